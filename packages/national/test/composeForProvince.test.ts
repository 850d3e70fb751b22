import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import {
  composeForProvince,
  NATIONAL_UNKNOWN_PROVINCE,
  PROVINCES_2025,
  PROVINCES_BEFORE_2025,
} from "@motcua/national";
import { definePlugin, explain } from "@motcua/plugin-sdk";

describe("the provinces of Vietnam, dated (Nghị quyết 202/2025/QH15)", () => {
  it("34 from 1/7/2025 and 63 until 30/6/2025, every former province in exactly one new one", () => {
    expect(PROVINCES_2025).toHaveLength(34);
    expect(PROVINCES_BEFORE_2025).toHaveLength(63);
    expect(new Set(PROVINCES_2025.map((p) => p.slug)).size).toBe(34);
    expect(new Set(PROVINCES_BEFORE_2025.map((p) => p.slug)).size).toBe(63);
    expect(PROVINCES_2025.filter((p) => p.predecessors.length === 0)).toHaveLength(11);
    for (const p of PROVINCES_2025)
      if (p.predecessors.length > 0) {
        expect(p.predecessors).toContain(p.slug); // the new province keeps one former name
        if (p.seat !== undefined) expect(p.predecessors).toContain(p.seat);
      }
    expect(PROVINCES_BEFORE_2025.find((p) => p.slug === "tien-giang")?.successor).toBe("dong-thap");
  });
});

describe("composeForProvince", () => {
  it("composes each of the 34 provinces in 2026: the national baseline, and explain says no province rules are known", () => {
    for (const p of PROVINCES_2025) {
      const book = composeForProvince({ province: p.slug, asOf: "2026-03-02" });
      expect(book.jurisdiction).toEqual({ level: "province", province: p.slug });
      expect(book.rules.get("sla.paperTransferCutoff")?.value).toBe("15:00");
      expect(explain(book, "sla.paperTransferCutoff")).toContain(
        `no province rules of ${p.name} (province-${p.slug}) are known: the national baseline applies`,
      );
    }
  });

  it("composes each of the 63 former provinces before the merger", () => {
    for (const p of PROVINCES_BEFORE_2025) {
      const book = composeForProvince({ province: p.slug, asOf: "2025-03-03" });
      expect(book.jurisdiction).toEqual({ level: "province", province: p.slug });
    }
  });

  it("a former Vĩnh Phúc office after 1/7/2025 composes as Phú Thọ: never an error, never Vĩnh Phúc's rules", () => {
    const ref = { document: "Kế hoạch 60/KH-UBND", verified: true } as const;
    const vinhPhuc = definePlugin({
      id: "province-vinh-phuc",
      name: "Vĩnh Phúc",
      version: "1.0.0",
      jurisdiction: { level: "province", province: "vinh-phuc" },
      legalBasis: [ref],
      validity: { validTo: "2025-06-30" },
      succession: { successor: "province-phu-tho", legalRef: ref },
      rules: { staffing: { reserve: { value: { kind: "factor", factor: 2 }, legalRef: ref } } },
    });
    const before = composeForProvince({ province: "vinh-phuc", asOf: "2025-05-05", plugins: [vinhPhuc] });
    expect(before.rules.get("staffing.reserve")?.value).toEqual({ kind: "factor", factor: 2 });
    for (const plugins of [[vinhPhuc], []]) {
      const after = composeForProvince({ province: "vinh-phuc", asOf: "2026-03-02T09:00:00+07:00", plugins });
      expect(after.jurisdiction).toEqual({ level: "province", province: "phu-tho" });
      expect(after.rules.get("staffing.reserve")).toBeUndefined();
      expect(after.succession[0]).toMatchObject({
        from: "province-vinh-phuc",
        to: "province-phu-tho",
        lastDay: "2025-06-30",
      });
    }
    // the day of the merger is judged in Vietnamese time
    expect(composeForProvince({ province: "vinh-phuc", asOf: "2025-06-30T16:59:59Z" }).jurisdiction).toEqual({
      level: "province",
      province: "vinh-phuc",
    });
  });

  it("a former Tiền Giang office in 2026 composes as Đồng Tháp", () => {
    const book = composeForProvince({ province: "tien-giang", asOf: new Date("2026-01-05T02:00:00Z") });
    expect(book.jurisdiction).toEqual({ level: "province", province: "dong-thap" });
  });

  it("uses the caller's plugin for its province, and the registry's for the others", () => {
    const ref = { document: "Quyết định 1/QĐ-UBND", verified: false } as const;
    const mine = definePlugin({
      id: "province-ha-noi",
      name: "Hà Nội",
      version: "1.0.0",
      jurisdiction: { level: "province", province: "ha-noi" },
      legalBasis: [ref],
      rules: {
        calendar: {
          localDaysOff: { value: [{ date: "2026-10-10", name: "Ngày Giải phóng Thủ đô" }], legalRef: ref },
        },
      },
    });
    const book = composeForProvince({ province: "ha-noi", asOf: "2026-03-02", plugins: [mine] });
    expect(book.rules.get("calendar.localDaysOff")?.provenance[0]?.plugin).toBe("province-ha-noi");
    expect(explain(book, "calendar.localDaysOff")).not.toContain("no province rules");
  });

  it("refuses an unknown province with the closest slug, and a bad date, with codes", () => {
    try {
      composeForProvince({ province: "vinh-phuk", asOf: "2026-03-02" });
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, NATIONAL_UNKNOWN_PROVINCE)).toBe(true);
      if (isMotcuaError(e)) expect(e.data["suggestion"]).toBe("vinh-phuc");
    }
    expect(() => composeForProvince({ province: "ha-noi", asOf: "2026-02-30" })).toThrow(
      /COMPOSE_INVALID_AS_OF/,
    );
    expect(() => composeForProvince(null as never)).toThrow(/NATIONAL_UNKNOWN_PROVINCE/);
  });
});
