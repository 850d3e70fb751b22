import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError, MotcuaError } from "@motcua/core";
import {
  decodeStaffingNorms,
  dongThap2022StaffingReference,
  haTinh2021StaffingNorms,
  vinhPhuc2025StaffingNorms,
} from "@motcua/staffing";

describe("seed norms", () => {
  it("Hà Tĩnh: 15–20 dossiers/day, 1–3 domains, one spare (unverified reading) — seed 000_2e345361e98f0131.txt", () => {
    const n = decodeStaffingNorms(haTinh2021StaffingNorms);
    expect([n.throughput?.min.value, n.throughput?.max?.value]).toEqual([15, 20]);
    expect(
      n.domainCoverage?.kind === "range" && [n.domainCoverage.min?.value, n.domainCoverage.max.value],
    ).toEqual([1, 3]);
    expect(n.reserve?.kind === "extra" && n.reserve.extra.verified).toBe(false);
    expect(n.throughput?.min.source).toMatchObject({
      document: "Kế hoạch 41/KH-UBND",
      seed: "000_2e345361e98f0131.txt",
      verified: true,
    });
  });

  it("Vĩnh Phúc: many domains, pool 2×, degree and digital signature — seed 002_3dbcea63c5a39460.txt", () => {
    const n = decodeStaffingNorms(vinhPhuc2025StaffingNorms);
    expect(n.domainCoverage?.kind).toBe("many");
    expect(n.reserve?.kind === "factor" && n.reserve.factor.value).toBe(2);
    expect(n.throughput).toBeUndefined(); // the plan gives none
    expect(n.qualifications.find((q) => q.id === "personalDigitalSignature")?.source.note).toContain(
      "01/2023/TT-VPCP",
    );
  });

  it("Đồng Tháp: 10 freed at the province centre, 2–8 per district — seed 003_954eb8228a922e85.txt", () => {
    const n = decodeStaffingNorms(dongThap2022StaffingReference);
    expect(n.civilServantsFreed.map((r) => [r.level, r.min.value, r.max.value])).toEqual([
      ["province", 10, 10],
      ["district", 2, 8],
    ]);
  });
});

describe("decodeStaffingNorms", () => {
  it("refuses a maximum below the minimum and negative activity minutes, with the path", () => {
    const ht = haTinh2021StaffingNorms;
    const bad = { ...ht, throughput: { min: ht.throughput!.min, max: { ...ht.throughput!.min, value: 10 } } };
    try {
      decodeStaffingNorms(bad);
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "STAFFING_INVALID_NORMS")).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(["norms", "throughput", "max", "value"]);
    }
    const m = { value: -1, source: { document: "x", verified: false }, verified: false };
    const ok = { ...m, value: 1 };
    expect(() =>
      decodeStaffingNorms({
        id: "x",
        activityMinutes: { guidance: ok, receipt: m, digitisationPerPage: ok, return: ok },
      }),
    ).toThrow(/activityMinutes\.receipt\.value/);
    expect(() =>
      decodeStaffingNorms({ id: "x", reserve: { kind: "extra", extra: { ...m, value: 0.5 } } }),
    ).toThrow(/STAFFING_RESERVE_BELOW_ONE/);
  });

  it("only ever throws MotcuaError", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        try {
          decodeStaffingNorms(x);
        } catch (e) {
          if (!(e instanceof MotcuaError)) throw e;
        }
      }),
    );
  });
});
