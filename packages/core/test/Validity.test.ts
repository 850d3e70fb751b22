import { describe, expect, it } from "vitest";
import {
  citeLegalRef,
  DOSSIER_EVENT_TYPES,
  isValidOn,
  LegalRefSchema,
  levelExistsOn,
  MotcuaError,
  resolveSuccessor,
  validitiesOverlap,
  type Office,
} from "@motcua/core";

describe("validity, levels, offices", () => {
  it("treats both ends as inclusive", () => {
    const v = { validFrom: "2021-02-22", validTo: "2021-09-30" };
    expect(isValidOn(v, "2021-02-21")).toBe(false);
    expect(isValidOn(v, "2021-02-22")).toBe(true);
    expect(isValidOn(v, "2021-09-30")).toBe(true);
    expect(isValidOn(v, "2021-10-01")).toBe(false);
    expect(validitiesOverlap(v, { validFrom: "2021-09-30" })).toBe(true);
    expect(validitiesOverlap(v, { validFrom: "2021-10-01" })).toBe(false);
  });

  it("ends the district level on 30/6/2025 (Nghị quyết 202/2025/QH15)", () => {
    expect(levelExistsOn("district", "2025-06-30")).toBe(true);
    expect(levelExistsOn("district", "2025-07-01")).toBe(false);
    expect(levelExistsOn("commune", "2025-07-01")).toBe(true);
  });

  const offices: Office[] = [
    {
      id: "VP",
      name: "HCC Vĩnh Phúc",
      kind: "publicServiceCentre",
      level: "province",
      province: "vinh-phuc",
      validity: { validTo: "2025-06-30" },
      successorId: "PT",
    },
    {
      id: "PT",
      name: "HCC Phú Thọ",
      kind: "publicServiceCentre",
      level: "province",
      province: "phu-tho",
      validity: {},
    },
    {
      id: "LOOP-A",
      name: "A",
      kind: "oneStopUnit",
      level: "district",
      province: "x",
      validity: { validTo: "2020-01-01" },
      successorId: "LOOP-B",
    },
    {
      id: "LOOP-B",
      name: "B",
      kind: "oneStopUnit",
      level: "district",
      province: "x",
      validity: { validTo: "2020-01-01" },
      successorId: "LOOP-A",
    },
  ];

  it("follows succession after a merger and keeps the original before", () => {
    expect(resolveSuccessor(offices, "VP", "2025-06-30").id).toBe("VP");
    expect(resolveSuccessor(offices, "VP", "2025-07-01").id).toBe("PT");
  });

  it("refuses loops and unknown offices with a coded error", () => {
    expect(() => resolveSuccessor(offices, "LOOP-A", "2021-01-01")).toThrow(MotcuaError);
    expect(() => resolveSuccessor(offices, "NOPE", "2021-01-01")).toThrow(/OFFICE_SUCCESSION_BROKEN/);
  });

  // Fuzz four-zone check: for an unknown office, a Date as the date was written into the message
  // in the host's zone, so the error differed between host zones.
  it("refuses a date that is not a YYYY-MM-DD string with INVALID_ARGUMENT naming it", () => {
    let thrown: unknown;
    try {
      resolveSuccessor(offices, "NOPE", new Date(Date.UTC(2021, 0, 1)) as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(MotcuaError);
    expect((thrown as MotcuaError).code).toBe("INVALID_ARGUMENT");
    expect((thrown as MotcuaError).path).toEqual(["date"]);
    expect((thrown as MotcuaError).en).not.toMatch(/GMT|Coordinated|Standard Time/);
  });

  it("cites sources and flags unverified ones", () => {
    expect(citeLegalRef({ document: "Nghị định 61/2018/NĐ-CP", article: "19", verified: true })).toBe(
      "Nghị định 61/2018/NĐ-CP, Điều 19",
    );
    expect(citeLegalRef({ document: "Thông tư 03/2025/TT-VPCP", verified: false })).toContain("unverified");
    expect(citeLegalRef({ document: "Thông tư 01/2018/TT-VPCP", form: "05", verified: true })).toBe(
      "Thông tư 01/2018/TT-VPCP, Mẫu số 05",
    );
  });

  it("cites a province's document by issuer, date and lines, and still reads a deprecated seed", () => {
    const plan = { document: "Kế hoạch 41/KH-UBND", issuer: "UBND tỉnh Hà Tĩnh", issued: "2021-02-18" };
    expect(citeLegalRef({ ...plan, clause: "III.3.1.1", lines: "L231, L260", verified: true })).toBe(
      "Kế hoạch 41/KH-UBND (UBND tỉnh Hà Tĩnh, 18/02/2021) khoản III.3.1.1, L231, L260",
    );
    const review = { document: "Báo cáo sơ kết", issuer: "Văn phòng UBND tỉnh Đồng Tháp", issued: "2022" };
    expect(citeLegalRef({ ...review, lines: "L59", verified: false })).toBe(
      "Báo cáo sơ kết (Văn phòng UBND tỉnh Đồng Tháp, 2022), L59 [chưa xác minh / unverified]",
    );
    expect(citeLegalRef({ document: "Nghị định 61/2018/NĐ-CP", issued: "2018-04-23", verified: true })).toBe(
      "Nghị định 61/2018/NĐ-CP (23/04/2018)",
    );
    expect(
      LegalRefSchema.parse({ document: "Kế hoạch 1/KH-UBND", seed: "plan.txt L3", verified: true }),
    ).toEqual({
      document: "Kế hoạch 1/KH-UBND",
      seed: "plan.txt L3",
      verified: true,
    });
    expect(citeLegalRef({ document: "Kế hoạch 1/KH-UBND", seed: "plan.txt L3", verified: true })).toBe(
      "Kế hoạch 1/KH-UBND (seed plan.txt L3)",
    );
  });

  it("lists every event type once", () => {
    expect(new Set(DOSSIER_EVENT_TYPES).size).toBe(DOSSIER_EVENT_TYPES.length);
    expect(DOSSIER_EVENT_TYPES).toContain("controlSlipSigned");
  });
});
