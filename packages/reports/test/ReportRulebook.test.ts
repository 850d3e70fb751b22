import { describe, expect, it } from "vitest";
import { citeLegalRef, isMotcuaError } from "@motcua/core";
import {
  DONG_THAP_REVIEW_REF,
  FORM_REF,
  NATIONAL_REPORT_RULEBOOK,
  OUTCOME_RULE_REF,
  parseReportRulebook,
  REPORTS_ERRORS,
} from "@motcua/reports";

describe("report rulebook: every open choice is data with its source", () => {
  it("national baseline: refused resolved (NĐ 61/2018 Art. 19), withdrawn and stopped excluded, all unverified", () => {
    const { refused, withdrawn, stopped } = NATIONAL_REPORT_RULEBOOK.closures;
    expect([refused.count, withdrawn.count, stopped.count]).toEqual(["resolved", "excluded", "excluded"]);
    expect(refused.legalRef).toMatchObject({
      document: "Nghị định 61/2018/NĐ-CP",
      article: "19",
      verified: false,
    });
    expect([withdrawn.legalRef.verified, stopped.legalRef.verified]).toEqual([false, false]);
    expect(parseReportRulebook(NATIONAL_REPORT_RULEBOOK)).toEqual(NATIONAL_REPORT_RULEBOOK);
  });

  it("cites the form [L], the outcome boundary [C] and the Đồng Tháp seed", () => {
    expect(citeLegalRef(FORM_REF)).toBe("Thông tư 01/2020/TT-VPCP [chưa xác minh / unverified]");
    expect(citeLegalRef(OUTCOME_RULE_REF)).toBe("Thông tư 01/2018/TT-VPCP, Điều 13");
    expect(DONG_THAP_REVIEW_REF.seed).toBe("003_954eb8228a922e85.txt");
  });

  it("refuses a rule without its source", () => {
    try {
      parseReportRulebook({
        closures: { ...NATIONAL_REPORT_RULEBOOK.closures, stopped: { count: "resolved" } },
      });
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, REPORTS_ERRORS.invalidRulebook)).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(["rulebook", "closures", "stopped", "legalRef"]);
    }
  });
});

describe("constants are frozen", () => {
  it("the national rulebook and its sources cannot be changed by a caller", () => {
    expect(Object.isFrozen(NATIONAL_REPORT_RULEBOOK.closures.withdrawn.legalRef)).toBe(true);
    expect(() => {
      (NATIONAL_REPORT_RULEBOOK.closures.withdrawn as { count: string }).count = "resolved";
    }).toThrow(TypeError);
    expect(Object.isFrozen(FORM_REF)).toBe(true);
  });
});
