import { describe, expect, it } from "vitest";
import { isMotcuaError, toDayNumber, weekdayOfDayNumber } from "@motcua/core";
import { CalendarErrorCode, holidayScheduleOf, projectedScheduleOf } from "@motcua/calendar";
import { CALENDAR_SOURCES, YEARLY_NOTICES, rules } from "./support/national";

const weekdaysOff = (days: ReadonlyArray<{ date: string; working: boolean }>): string[] =>
  days
    .filter((d) => !d.working && ![0, 6].includes(weekdayOfDayNumber(toDayNumber(d.date))))
    .map((d) => d.date);

describe("holiday sources", () => {
  it("Labour Code 2019 Art. 111(3) and 112 are verified; notices, older codes and Culture Day are not", () => {
    expect(CALENDAR_SOURCES.labourCode2019Holidays).toMatchObject({ article: "112", verified: true });
    expect(CALENDAR_SOURCES.labourCode2019Compensatory).toMatchObject({
      article: "111",
      clause: "3",
      verified: true,
    });
    expect(CALENDAR_SOURCES.cultureDay.verified).toBe(false);
    expect(CALENDAR_SOURCES.labourCode2012Holidays.verified).toBe(false);
    for (const n of YEARLY_NOTICES) {
      expect(n.legalRef.verified).toBe(false);
      expect(n.legalRef.note).toContain("secondary transcriptions");
      expect(n.legalRef.note).toContain("number was not recorded");
    }
  });

  it("constant data cannot be mutated", () => {
    expect(Object.isFrozen(YEARLY_NOTICES[0]?.daysOff)).toBe(true);
    expect(Object.isFrozen(CALENDAR_SOURCES.cultureDay)).toBe(true);
    expect(Object.isFrozen(holidayScheduleOf(rules, 2026).days[0])).toBe(true);
  });
});

describe("projection against the notices (DOMAIN.md §7)", () => {
  // The projection uses only the statutes + the documented Tết and 2/9 rules. It reproduces the
  // 2021–2023 notices exactly; in 2024–2026 only the swaps (a weekday off against a make-up
  // Saturday, which no statute gives) differ.
  const swaps: Record<number, string[]> = {
    2021: [],
    2022: [],
    2023: [],
    2024: ["2024-04-29"],
    2025: ["2025-05-02"],
    2026: ["2026-01-02", "2026-08-31"],
  };
  for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
    it(`${year}: projection = notice minus the swapped days`, () => {
      const notice = weekdaysOff(holidayScheduleOf(rules, year).days);
      const projected = weekdaysOff(projectedScheduleOf(rules, year).days);
      expect(projected).toEqual(notice.filter((d) => !(swaps[year] ?? []).includes(d)));
      expect(projectedScheduleOf(rules, year).days.every((d) => d.projected)).toBe(true);
      expect(holidayScheduleOf(rules, year).days.every((d) => !d.projected)).toBe(true);
    });
  }
});

describe("statutory regimes", () => {
  it("2/9 has no adjacent day before 2021 (Labour Code 2012) and one from 2021 (Labour Code 2019)", () => {
    const national2020 = projectedScheduleOf(rules, 2020).days.filter(
      (d) => d.holiday === "nationalAdjacent",
    );
    expect(national2020).toEqual([]);
    expect(holidayScheduleOf(rules, 2021).days.find((d) => d.holiday === "nationalAdjacent")?.date).toBe(
      "2021-09-03",
    );
  });

  it("24/11 Culture Day is a holiday only from 1/7/2026 ([L], unverified)", () => {
    expect(holidayScheduleOf(rules, 2025).days.some((d) => d.holiday === "cultureDay")).toBe(false);
    const c = holidayScheduleOf(rules, 2027).days.find((d) => d.holiday === "cultureDay");
    expect(c).toMatchObject({ date: "2027-11-24", projected: true });
    expect(c?.legalRef?.verified).toBe(false);
  });

  it("Tết has 4 days under the 1994 code and 5 from 1/5/2013", () => {
    expect(
      projectedScheduleOf(rules, 2010).days.filter((d) => d.holiday === "tet" && d.kind === "holiday").length,
    ).toBeGreaterThanOrEqual(4);
    expect(
      weekdaysOff(projectedScheduleOf(rules, 2010).days.filter((d) => d.holiday === "tet")),
    ).toHaveLength(4);
    expect(
      weekdaysOff(projectedScheduleOf(rules, 2014).days.filter((d) => d.holiday === "tet")),
    ).toHaveLength(5);
  });

  it("no Hùng Kings day before 2007", () => {
    expect(projectedScheduleOf(rules, 2006).days.some((d) => d.holiday === "hungKings")).toBe(false);
    expect(projectedScheduleOf(rules, 2007).days.find((d) => d.holiday === "hungKings")?.date).toBe(
      "2007-04-26",
    );
  });

  it("compensates a holiday on a rest day on the next free weekday (Art. 111(3)): 2028", () => {
    // 2028: 1/1 Sat → Mon 3/1; 30/4 Sun → Tue 2/5 (Mon 1/5 is itself a holiday); 2/9 Sat → Mon 4/9.
    const comp = projectedScheduleOf(rules, 2028)
      .days.filter((d) => d.kind === "compensatory")
      .map((d) => [d.date, d.holiday]);
    expect(comp).toEqual([
      ["2028-01-03", "newYear"],
      ["2028-05-02", "reunification"],
      ["2028-09-04", "national"],
    ]);
  });

  it("rejects years outside 1995–2199", () => {
    for (const y of [1994, 2200, 2026.5, Number.NaN]) {
      try {
        holidayScheduleOf(rules, y);
        expect.unreachable();
      } catch (e) {
        expect(isMotcuaError(e, CalendarErrorCode.OUT_OF_RANGE)).toBe(true);
      }
    }
  });
});
