import { describe, expect, it } from "vitest";
import { isMotcuaError, requireRule, ruleMissingError, RULE_MISSING, type RuleSlice } from "@motcua/core";

const ref = { document: "Nghị định 61/2018/NĐ-CP", article: "Điều 18", verified: true } as const;

describe("requireRule", () => {
  it("returns the sourced rule when the slice has it", () => {
    const slice: RuleSlice<{ cutoff: string }> = {
      cutoff: { value: "15:00", legalRef: ref, verified: true },
    };
    expect(requireRule(slice, "sla", "cutoff").value).toBe("15:00");
  });

  it("throws RULE_MISSING naming slot.key, in both languages, when the slice lacks it", () => {
    const slice: RuleSlice<{ cutoff: string }> = {};
    let caught: unknown;
    try {
      requireRule(slice, "sla", "cutoff");
    } catch (e) {
      caught = e;
    }
    expect(isMotcuaError(caught, RULE_MISSING)).toBe(true);
    const err = ruleMissingError("sla", "cutoff");
    expect(err.data).toEqual({ rule: "sla.cutoff" });
    expect(err.en).toContain('"sla.cutoff"');
    expect(err.vi).toContain('"sla.cutoff"');
  });
});
