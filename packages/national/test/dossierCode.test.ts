import { issueDossierCode } from "@motcua/dossier";
import { composeRulebook, explain, sliceOf } from "@motcua/plugin-sdk";
import { describe, expect, it } from "vitest";
import { national } from "../src/index";

const formsOn = (date: string) => sliceOf(composeRulebook([national], { asOf: date }), "forms");

describe("the national dossier-code rule, dated", () => {
  it("cites Nghị định 61/2018 Art. 26 for a receipt on 30/6/2025, and flags it carried over from 1/7/2025", () => {
    const before = issueDossierCode(undefined, "XA-A", "2025-06-30T09:00:00+07:00", formsOn("2025-06-30"));
    const after = issueDossierCode(undefined, "XA-A", "2025-07-01T09:00:00+07:00", formsOn("2025-07-01"));
    expect(before.ok && before.value.legalRef).toMatchObject({
      document: "Nghị định 61/2018/NĐ-CP",
      article: "26",
      verified: true,
    });
    expect(after.ok && after.value.legalRef).toMatchObject({
      document: "Nghị định 118/2025/NĐ-CP",
      verified: false,
    });
    expect(after.ok && after.value.code).toBe("XA-A-250701-0001");
    expect(explain(composeRulebook([national], { asOf: "2026-03-02" }), "forms.dossierCode")).toMatch(
      /carried over from Nghị định 61\/2018; the 118\/2025 text was not read/,
    );
  });
});
