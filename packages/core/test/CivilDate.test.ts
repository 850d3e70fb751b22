import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dayNumberOf,
  daysInMonth,
  fromDayNumber,
  isMotcuaError,
  parseCivilDate,
  partsOfDayNumber,
  toDayNumber,
  tryParseCivilDate,
  weekdayOfDayNumber,
  CivilDateSchema,
} from "@motcua/core";

describe("CivilDate", () => {
  it("agrees with UTC Date arithmetic over 1900–2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(1900, 1, 1), max: dayNumberOf(2200, 12, 31) }), (n) => {
        const d = new Date(n * 86_400_000);
        const p = partsOfDayNumber(n);
        expect(p).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
        expect(weekdayOfDayNumber(n)).toBe(d.getUTCDay());
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it("knows leap years and month lengths", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it("gives known weekdays", () => {
    expect(weekdayOfDayNumber(toDayNumber("2026-04-26"))).toBe(0); // Hùng Kings day 2026 is a Sunday
    expect(weekdayOfDayNumber(toDayNumber("2026-01-10"))).toBe(6); // make-up Saturday
    expect(fromDayNumber(20501)).toBe("2026-02-17");
  });

  it.each(["2025-02-30", "2025-13-01", "2025-2-3", "2025-00-10", "20250101", "", "2024-02-30", "abcd-ef-gh"])(
    "rejects %j with a coded bilingual error naming the field",
    (bad) => {
      expect(tryParseCivilDate(bad)).toBeUndefined();
      expect(CivilDateSchema.safeParse(bad).success).toBe(false);
      try {
        parseCivilDate(bad, ["input", "date"]);
        expect.unreachable();
      } catch (e) {
        expect(isMotcuaError(e, "INVALID_DATE")).toBe(true);
        if (isMotcuaError(e)) {
          expect(e.path).toEqual(["input", "date"]);
          expect(e.vi).toContain("Ngày không hợp lệ");
          expect(e.en).toContain("Invalid date");
          expect(e.message).toContain("input.date");
        }
      }
    },
  );

  it("rejects non-strings without crashing", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return;
        expect(tryParseCivilDate(value)).toBeUndefined();
      }),
    );
  });
});
