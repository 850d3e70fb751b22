import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isMotcuaError } from "@motcua/core";
import { composeRulebook, explain } from "@motcua/plugin-sdk";
import { national, province } from "./fixtures";

describe("explain", () => {
  const book = composeRulebook([national, province], { asOf: "2021-03-01" });

  it("shows the provenance of a value overridden by a province", () => {
    expect(explain(book, "sla.paperTransferCutoff")).toBe(
      [
        'sla.paperTransferCutoff = "16:00" (as of 2021-03-01)',
        '  1. national@1.0.0 define "15:00" — Nghị định 61/2018/NĐ-CP, Điều 18 [always]',
        '  2. province-demo@0.2.0 replace "16:00" — Kế hoạch 41/KH-UBND (UBND tỉnh Hà Tĩnh, 18/02/2021), L231 [2021-02-22 → 2021-09-30]',
        "  → supplied by province-demo@0.2.0",
      ].join("\n"),
    );
  });

  it("marks forbidden and unverified values, and rules not in force", () => {
    expect(explain(book, "permissions.postalCounterTasks")).toContain("forbidden by province-demo@0.2.0");
    expect(explain(book, "calendar.officeHours")).toContain("[unverified source]");
    expect(explain(book, "sla.sameDayCutoff")).toBe(
      "sla.sameDayCutoff: no rule in force on 2021-03-01 (plugins: national@1.0.0, province-demo@0.2.0)",
    );
    expect(explain(book, "procedures.1.000001")).toContain("extend");
  });

  it("suggests the closest path for an unknown one", () => {
    try {
      explain(book, "sla.paperTransferCutof");
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "RULEBOOK_UNKNOWN_PATH")).toBe(true);
      expect((e as Error).message).toContain('did you mean "sla.paperTransferCutoff"');
    }
  });

  it("throws only MotcuaError for any input (fuzz)", () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (rulebook, path) => {
        for (const args of [
          [rulebook, path],
          [book, path],
          [book, rulebook],
        ] as const) {
          try {
            explain(args[0] as never, args[1] as never);
          } catch (e) {
            if (!isMotcuaError(e)) return false;
          }
        }
        return true;
      }),
    );
  });
});
