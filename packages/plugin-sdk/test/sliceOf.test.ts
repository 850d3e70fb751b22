import { describe, expect, it } from "vitest";
import { composeRulebook, definePlugin, sliceOf } from "@motcua/plugin-sdk";

const ref = { document: "Kế hoạch 1/KH-UBND", verified: true } as const;
const base = definePlugin({
  id: "base",
  name: "Base",
  version: "1.0.0",
  jurisdiction: { level: "national" },
  legalBasis: [ref],
  rules: {
    sla: {
      paperTransferCutoff: { value: "15:00", legalRef: ref, validity: { validFrom: "2020-01-01" } },
      reschedulesMax: { value: 1, legalRef: { document: "x", verified: false } },
    },
  },
});

describe("sliceOf", () => {
  it("gives each present key with its value, source, verified flag and validity", () => {
    const slice = sliceOf(composeRulebook([base], { asOf: "2021-01-01" }), "sla");
    expect(slice.paperTransferCutoff?.value).toBe("15:00");
    expect(slice.paperTransferCutoff?.legalRef.document).toBe("Kế hoạch 1/KH-UBND");
    expect(slice.paperTransferCutoff?.verified).toBe(true);
    expect(slice.paperTransferCutoff?.validity).toEqual({ validFrom: "2020-01-01" });
    expect(slice.paperTransferCutoff?.plugins).toEqual(["base"]);
    expect(slice.reschedulesMax?.verified).toBe(false);
    expect(Object.isFrozen(slice)).toBe(true);
  });

  it("leaves out a key not in force on the rulebook's date", () => {
    const slice = sliceOf(composeRulebook([base], { asOf: "2019-06-01" }), "sla");
    expect(slice.paperTransferCutoff).toBeUndefined();
    expect("paperTransferCutoff" in slice).toBe(false);
  });

  it("returns the same frozen slice for the same rulebook", () => {
    const book = composeRulebook([base], { asOf: "2021-01-01" });
    expect(sliceOf(book, "sla")).toBe(sliceOf(book, "sla"));
  });
});
