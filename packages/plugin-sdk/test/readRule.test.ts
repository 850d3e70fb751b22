import { describe, expect, it } from "vitest";
import { composeRulebook, definePlugin, getRule, ruleValue } from "@motcua/plugin-sdk";
import { kh41, national, nationalInput, thrown } from "./fixtures";

const book = composeRulebook([national], { asOf: "2025-03-01" });

describe("getRule and ruleValue: unknown slots, keys and procedure codes", () => {
  it("refuses a misspelt key with the closest declared key, in both languages", () => {
    const reads = [
      () => ruleValue(book, "sla", "paperTransferCutof" as never),
      () => getRule(book, "sla", "paperTransferCutof" as never),
    ];
    for (const read of reads) {
      const e = thrown(read);
      expect(e.code).toBe("RULEBOOK_UNKNOWN_KEY");
      expect(e.path).toEqual(["key"]);
      expect(e.data).toEqual({ slot: "sla", key: "paperTransferCutof", suggestion: "paperTransferCutoff" });
      expect(e.en).toContain('did you mean "paperTransferCutoff"?');
      expect(e.vi).toContain('có phải ý bạn là "paperTransferCutoff"?');
    }
  });

  it("refuses an unknown slot with the closest slot", () => {
    const e = thrown(() => ruleValue(book, "slas" as never, "paperTransferCutoff" as never));
    expect(e.code).toBe("RULEBOOK_UNKNOWN_SLOT");
    expect(e.path).toEqual(["slot"]);
    expect(e.data).toMatchObject({ slot: "slas", suggestion: "sla" });
    expect(e.vi).toContain("sla");
  });

  it("a key with no close match lists no suggestion", () => {
    const e = thrown(() => getRule(book, "calendar", "zzzzzzzzzzzz" as never));
    expect(e.code).toBe("RULEBOOK_UNKNOWN_KEY");
    expect(e.data).toEqual({ slot: "calendar", key: "zzzzzzzzzzzz" });
    expect(e.en).not.toContain("did you mean");
  });

  it("keeps undefined for a declared key that no plugin supplies on the date", () => {
    expect(ruleValue(book, "sla", "sameDayCutoff")).toBeUndefined();
    expect(getRule(book, "handover", "authorities")).toBeUndefined();
  });

  it("refuses a procedure code no plugin of the rulebook has, naming the code", () => {
    for (const read of [
      () => ruleValue(book, "procedures", "1.000002"),
      () => getRule(book, "procedures", "1.000002"),
    ]) {
      const e = thrown(read);
      expect(e.code).toBe("PROCEDURE_UNKNOWN");
      expect(e.path).toEqual(["code"]);
      expect(e.data).toEqual({ code: "1.000002", suggestion: "1.000001" });
      expect(e.en).toContain('"1.000002"');
      expect(e.vi).toContain('"1.000002"');
    }
    expect(thrown(() => ruleValue(book, "procedures", "9.999")).data).toEqual({ code: "9.999" });
  });

  it("keeps undefined for a procedure a plugin has but not on the rulebook's date", () => {
    const later = definePlugin({
      ...nationalInput,
      rules: {
        procedures: {
          "2.000001": {
            value: {
              code: "2.000001",
              name: "Thủ tục sau",
              processingTime: { amount: 1, unit: "workingDays" },
            },
            legalRef: kh41,
            validity: { validFrom: "2026-01-01" },
          },
        },
      },
    });
    const early = composeRulebook([later], { asOf: "2025-03-01" });
    expect(ruleValue(early, "procedures", "2.000001")).toBeUndefined();
    expect(getRule(early, "procedures", "2.000001")).toBeUndefined();
    const late = composeRulebook([later], { asOf: "2026-03-01" });
    expect(ruleValue(late, "procedures", "2.000001")?.processingTime.amount).toBe(1);
  });
});
