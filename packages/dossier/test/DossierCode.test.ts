import { issueDossierCode, parseDossierCode, type DossierCodeCounter } from "@motcua/dossier";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

// Nghị định 61/2018 Art. 26; Thông tư 01/2018/TT-VPCP Art. 19: <agency id>-<YYMMDD>-<NNNN>, reset daily per unit.
const unit = "000.00.01.H23";
const issue = (prev: DossierCodeCounter | undefined, at: string | number, agency = unit) => {
  const r = issueDossierCode(prev, agency, at);
  if (!r.ok) throw r.error;
  return r.value;
};

describe("issueDossierCode", () => {
  it("numbers a unit's dossiers per Vietnamese day, from 0001", () => {
    const a = issue(undefined, "2026-02-12T09:00:00+07:00");
    expect(a.code).toBe("000.00.01.H23-260212-0001");
    const b = issue(a.counter, "2026-02-12T16:59:00+07:00");
    expect(b.code).toBe("000.00.01.H23-260212-0002");
    // 23:30 UTC on the 12th is 06:30 on the 13th in Vietnam: a new day, the counter resets.
    const c = issue(b.counter, "2026-02-12T23:30:00Z");
    expect(c.code).toBe("000.00.01.H23-260213-0001");
    expect(c.counter).toEqual({ agencyId: unit, dayNumber: 20497, last: 1 });
  });

  it("refuses another unit's counter, a clock going backwards, and the 10,000th dossier of a day", () => {
    const a = issue(undefined, "2026-02-12T09:00:00+07:00");
    const other = issueDossierCode(a.counter, "H24", "2026-02-12T09:00:00+07:00");
    expect(!other.ok && other.error.code).toBe("DOSSIER_CODE_OTHER_UNIT");
    const back = issueDossierCode(a.counter, unit, "2026-02-11T09:00:00+07:00");
    expect(!back.ok && [back.error.code, back.error.path]).toEqual(["DOSSIER_CODE_CLOCK_BACKWARDS", ["at"]]);
    const full = issueDossierCode({ ...a.counter, last: 9999 }, unit, "2026-02-12T10:00:00+07:00");
    expect(!full.ok && full.error.code).toBe("DOSSIER_CODE_EXHAUSTED");
    expect(issueDossierCode(undefined, "has space", 0).ok).toBe(false);
    expect(issueDossierCode(undefined, unit, "2026-02-12T09:00:00").ok).toBe(false); // no offset
  });

  it("round-trips through parseDossierCode (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 946_659_600_000, max: 4_102_419_599_000 }),
        fc.integer({ min: 0, max: 9998 }),
        (ms, last) => {
          const first = issue(undefined, ms);
          const next = issue({ ...first.counter, last }, ms);
          const parsed = parseDossierCode(next.code);
          expect(parsed.ok && parsed.value.sequence).toBe(last + 1);
          expect(parsed.ok && parsed.value.agencyId).toBe(unit);
        },
      ),
    );
  });

  it("parses and rejects codes", () => {
    expect(parseDossierCode("000.00.01.H23-260212-0001")).toEqual({
      ok: true,
      value: { agencyId: unit, date: "2026-02-12", sequence: 1 },
    });
    for (const bad of ["H23-260230-0001", "H23-260212-0000", "H23-260212-001", "-260212-0001", 42])
      expect(parseDossierCode(bad).ok).toBe(false);
  });
});

describe("issueDossierCode with the rulebook's forms slice", () => {
  const slice = (legalRef: { document: string; verified: boolean; note?: string }) => ({
    dossierCode: { value: { format: "unit-yymmdd-nnnn" as const }, legalRef, verified: legalRef.verified },
  });
  const carried = { document: "Nghị định 118/2025/NĐ-CP", verified: false, note: "carried over" };

  it("cites the slice's dossierCode rule, in the result and in its errors", () => {
    const r = issueDossierCode(undefined, "XA-A", "2026-03-02T09:00:00+07:00", slice(carried) as never);
    expect(r.ok && r.value).toMatchObject({ code: "XA-A-260302-0001", legalRef: carried });
    const bad = issueDossierCode(undefined, "XA A", "2026-03-02T09:00:00+07:00", slice(carried) as never);
    expect(bad.ok || bad.error.data).toMatchObject({ rule: carried });
  });

  it("a slice without the rule is RULE_MISSING naming forms.dossierCode; without a slice, the 61/2018 reference", () => {
    const r = issueDossierCode(undefined, "XA-A", "2026-03-02T09:00:00+07:00", {} as never);
    expect(r.ok || { code: r.error.code, path: r.error.path }).toEqual({
      code: "RULE_MISSING",
      path: ["forms", "dossierCode"],
    });
    const plain = issueDossierCode(undefined, "XA-A", "2024-03-01T09:00:00+07:00");
    expect(plain.ok && plain.value.legalRef.document).toMatch(/61\/2018/);
  });
});
