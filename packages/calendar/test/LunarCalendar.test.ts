import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, dayNumberOf, isMotcuaError } from "@motcua/core";
import { hungKingsDayOf, lunarToSolar, solarToLunar, tetOf, CalendarErrorCode } from "@motcua/calendar";

// Source: DOMAIN.md §7 (Hồ Ngọc Đức's algorithm at UTC+7; Chinese UTC+8 libraries differ).
describe("lunar calendar at UTC+7", () => {
  it.each([
    [1985, "1985-01-21"], // China: 1985-02-20
    [2007, "2007-02-17"], // China: 2007-02-18
    [2030, "2030-02-02"], // China: 2030-02-03
    [2053, "2053-02-18"], // China: 2053-02-19
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
  ])("Tết %i is %s (DOMAIN.md §7)", (year, date) => {
    expect(tetOf(year)).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
  });

  it.each([
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
    [2027, "2027-04-16"],
  ])("Hùng Kings day %i is %s (DOMAIN.md §7)", (year, date) => {
    expect(hungKingsDayOf(year)).toBe(date);
  });

  it("knows leap months (2023 has a leap 2nd month, 2025 a leap 6th)", () => {
    expect(solarToLunar("2023-03-22")).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe("2023-03-22");
    expect(lunarToSolar({ year: 2023, month: 2, day: 1 })).toBe("2023-02-20");
    expect(solarToLunar("2025-07-25")).toEqual({ year: 2025, month: 6, day: 1, leap: true });
  });

  it("puts the last days of a lunar year in the previous lunar year", () => {
    expect(solarToLunar("2026-02-16")).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(solarToLunar("2026-01-01")).toEqual({ year: 2025, month: 11, day: 13, leap: false });
  });

  it("solar → lunar → solar is the identity over 1968–2199", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(1968, 1, 1), max: dayNumberOf(2199, 12, 31) }), (n) => {
        const date = fromDayNumber(n);
        const lunar = solarToLunar(date);
        expect(lunarToSolar(lunar)).toBe(date);
        expect(lunar.day).toBeGreaterThanOrEqual(1);
        expect(lunar.day).toBeLessThanOrEqual(30);
      }),
      { numRuns: 3000 },
    );
  });

  it("lunar months are 29 or 30 days and consecutive", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberOf(1968, 2, 1), max: dayNumberOf(2199, 11, 30) }), (n) => {
        const a = solarToLunar(fromDayNumber(n));
        const b = solarToLunar(fromDayNumber(n + 1));
        if (b.day === 1) expect([29, 30]).toContain(a.day);
        else expect(b).toEqual({ ...a, day: a.day + 1 });
      }),
      { numRuns: 3000 },
    );
  });

  it("every day 1968–2199 (exhaustive): round-trips, and days run 1…29/30 without gaps", () => {
    let prev = solarToLunar("1968-01-01");
    let bad = 0;
    for (let n = dayNumberOf(1968, 1, 2); n <= dayNumberOf(2199, 12, 31); n++) {
      const date = fromDayNumber(n);
      const l = solarToLunar(date);
      const next =
        l.day === 1
          ? prev.day === 29 || prev.day === 30
          : l.day === prev.day + 1 && l.month === prev.month && l.leap === prev.leap && l.year === prev.year;
      if (!next || lunarToSolar(l) !== date) bad++;
      prev = l;
    }
    expect(bad).toBe(0);
  });

  it("regression: 2062-04-09 is 30/2, not day 0 (the mean-month estimate is one month off there)", () => {
    expect(solarToLunar("2062-04-09")).toEqual({ year: 2062, month: 2, day: 30, leap: false });
  });

  it.each([
    [{ year: 2026, month: 3, day: 10, leap: true }, ["lunar", "leap"]],
    [{ year: 2026, month: 13, day: 1 }, ["lunar", "month"]],
    [{ year: 2026, month: 1, day: 0 }, ["lunar", "day"]],
    [{ year: 2026.5, month: 1, day: 1 }, ["lunar", "year"]],
    [{ year: 2026, month: 1, day: 1, leap: "no" }, ["lunar", "leap"]],
  ])("rejects the impossible lunar date %j", (input, path) => {
    try {
      lunarToSolar(input as never);
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, CalendarErrorCode.INVALID_LUNAR_DATE)).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(path);
    }
  });

  it("rejects day 30 of a 29-day month", () => {
    // Lunar 12/2025 has 29 days (Tết 2026 follows 2026-02-16 = 29/12).
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 30 })).toThrow(/no day 30/);
  });

  it("rejects out-of-range years and invalid dates with coded errors", () => {
    expect(() => solarToLunar("1967-12-31")).toThrow(
      expect.objectContaining({ code: CalendarErrorCode.OUT_OF_RANGE }),
    );
    expect(() => solarToLunar("2025-02-30")).toThrow(
      expect.objectContaining({ code: CalendarErrorCode.INVALID_DATE }),
    );
    expect(() => lunarToSolar({ year: 2200, month: 1, day: 1 })).toThrow(
      expect.objectContaining({ code: CalendarErrorCode.OUT_OF_RANGE, path: ["lunar", "year"] }),
    );
  });

  it("only throws MotcuaError on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        for (const f of [() => solarToLunar(x as never), () => lunarToSolar(x as never)]) {
          try {
            f();
          } catch (e) {
            expect(isMotcuaError(e)).toBe(true);
          }
        }
      }),
    );
  });
});

// Issue 19, fuzz finding calendar.lunarToSolar: a proxy whose reads throw, or a throwing getter,
// as the lunar date threw the raw error.
describe("lunarToSolar refuses an unreadable lunar date with a coded error", () => {
  const proxy = new Proxy([], {
    get() {
      throw new Error("proxy");
    },
    ownKeys() {
      throw new Error("proxy");
    },
  });
  const getter = Object.defineProperty({ year: 2026, month: 1 }, "day", {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  });
  it.each([
    ["a proxy", proxy, ["lunar"]],
    ["a throwing getter", getter, ["lunar", "day"]],
  ])("%s", (_, lunar, path) => {
    let thrown: unknown;
    try {
      lunarToSolar(lunar as never);
    } catch (e) {
      thrown = e;
    }
    expect(isMotcuaError(thrown, "INVALID_ARGUMENT")).toBe(true);
    expect((thrown as { path: unknown }).path).toEqual(path);
  });
});
