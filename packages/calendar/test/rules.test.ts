/**
 * The calendar reads its rules from the slice it is given and from nowhere else: a missing rule is
 * `RULE_MISSING` naming it, a malformed one `CALENDAR_INVALID_RULES` naming the field, and the
 * mechanism (rest days, projection, compensatory days, office hours) follows the data.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError, RULE_MISSING, type LegalRef } from "@motcua/core";
import {
  calendarSlot,
  HolidayRuleSchema,
  CalendarErrorCode,
  holidayScheduleOf,
  makeCalendar,
  type CalendarRules,
} from "@motcua/calendar";

const ref: LegalRef = { document: "test fixture", verified: false };
const r = <T>(value: T) => ({ value, legalRef: ref, verified: false });

/** A fictional country: Sunday rest only, one solar holiday, a 3-day new year, 07:00–15:00. */
const fixture = (over: Partial<Record<keyof CalendarRules, unknown>> = {}): CalendarRules =>
  ({
    weeklyRestDays: r([0]),
    statutoryHolidays: r([
      { id: "spring", kind: "solar", month: 3, day: 21, name: "Xuân", nameEn: "Spring" },
      { id: "newYear", kind: "lunarNewYear", month: 1, day: 1, days: 3, name: "Tết", nameEn: "New year" },
    ]),
    compensatoryDayOff: r([{ rule: "nextWorkingDay" }]),
    officeHours: r([{ sessions: [{ start: "07:00", end: "15:00" }] }]),
    ...Object.fromEntries(Object.entries(over).map(([k, v]) => [k, v === undefined ? undefined : r(v)])),
  }) as CalendarRules;

const codeOf = (f: () => unknown): { code: string; path: ReadonlyArray<unknown> } => {
  try {
    f();
  } catch (e) {
    if (isMotcuaError(e)) return { code: e.code, path: e.path };
    throw e;
  }
  throw new Error("did not throw");
};

describe("makeCalendar reads only the rules it is given", () => {
  it.each(["weeklyRestDays", "statutoryHolidays", "compensatoryDayOff", "officeHours"] as const)(
    "without calendar.%s it refuses with RULE_MISSING naming the rule",
    (key) => {
      const e = codeOf(() => makeCalendar(fixture({ [key]: undefined }), { fromYear: 2026, toYear: 2026 }));
      expect(e).toEqual({ code: RULE_MISSING, path: ["rules", key] });
    },
  );

  it("a malformed rule is CALENDAR_INVALID_RULES naming the field", () => {
    expect(codeOf(() => makeCalendar(fixture({ weeklyRestDays: [7] })))).toMatchObject({
      code: CalendarErrorCode.INVALID_RULES,
      path: ["rules", "weeklyRestDays", "value", 0],
    });
    expect(codeOf(() => makeCalendar("rules" as never)).code).toBe(CalendarErrorCode.INVALID_RULES);
    expect(
      codeOf(() =>
        makeCalendar(
          fixture({
            yearlyNotices: [
              {
                year: 2026,
                legalRef: ref,
                daysOff: [{ date: "2026-03-23", kind: "holiday", holiday: "autumn" }],
                makeUpWorkdays: [],
              },
            ],
          }),
        ),
      ),
    ).toEqual({
      code: CalendarErrorCode.INVALID_RULES,
      path: ["rules", "yearlyNotices", "value", 0, "daysOff", 0, "holiday"],
    });
  });

  it("office hours that leave a working day uncovered are refused, naming the day", () => {
    const e = codeOf(() =>
      makeCalendar(
        fixture({ officeHours: [{ sessions: [{ start: "07:00", end: "15:00" }], validFrom: "2026-06-01" }] }),
        {
          fromYear: 2026,
          toYear: 2026,
        },
      ),
    );
    expect(e).toEqual({ code: CalendarErrorCode.INVALID_RULES, path: ["rules", "officeHours"] });
  });

  it("follows the data: Saturday works, the holiday on a Sunday gives Monday off, the day is 07:00–15:00", () => {
    const cal = makeCalendar(fixture(), { fromYear: 2027, toYear: 2027 });
    expect(cal.isWorkingDay("2027-03-20")).toBe(true); // Saturday
    expect(cal.dayInfo("2027-03-21")).toMatchObject({ kind: "holiday", holiday: "spring", projected: true });
    expect(cal.dayInfo("2027-03-22")).toMatchObject({
      kind: "compensatory",
      holiday: "spring",
      legalRef: ref,
    });
    expect(cal.sessionsOn("2027-03-23")).toEqual([{ start: 420, end: 900 }]);
    const tet = holidayScheduleOf(fixture(), 2027).days.filter((d) => d.holiday === "newYear");
    expect(tet.filter((d) => d.kind === "holiday")).toHaveLength(3);
  });

  it("a compensatory rule of 'none' gives no compensatory day", () => {
    const cal = makeCalendar(fixture({ compensatoryDayOff: [{ rule: "none" }] }), {
      fromYear: 2027,
      toYear: 2027,
    });
    expect(cal.isWorkingDay("2027-03-22")).toBe(true);
  });

  it("the slot's own checks report reversed entry dates with the plugin SDK's code", () => {
    const holidays = [
      {
        id: "x",
        kind: "solar",
        month: 1,
        day: 2,
        name: "X",
        nameEn: "X",
        from: "2026-01-01",
        to: "2025-01-01",
      },
    ] as const;
    expect(
      calendarSlot.keys.statutoryHolidays.check?.([...holidays], ["value"], "statutoryHolidays"),
    ).toEqual([expect.objectContaining({ code: "PLUGIN_VALIDITY_REVERSED", path: ["value", 0, "to"] })]);
    const hours = [
      { sessions: [{ start: "08:00", end: "12:00" }], validFrom: "2026-02-01", validTo: "2026-01-01" },
    ];
    expect(calendarSlot.keys.officeHours.check?.(hours, ["value"], "officeHours")).toEqual([
      expect.objectContaining({ code: "PLUGIN_VALIDITY_REVERSED", path: ["value", 0, "validTo"] }),
    ]);
  });

  it("never changes the rules it reads", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1995, max: 2199 }), (year) => {
        const rules = fixture();
        const before = JSON.stringify(rules);
        holidayScheduleOf(rules, year);
        expect(JSON.stringify(rules)).toBe(before);
      }),
      { numRuns: 50 },
    );
  });
});

describe("HolidayRuleSchema: a Tết block is anchored on lunar 1/1", () => {
  const tet = { id: "tet", kind: "lunarNewYear", month: 1, day: 1, days: 5, name: "Tết", nameEn: "Tết" };
  it("accepts 1/1 and refuses any other anchor (the block is placed around lunar 1/1 whatever the fields say)", () => {
    expect(HolidayRuleSchema.safeParse(tet).success).toBe(true);
    expect(HolidayRuleSchema.safeParse({ ...tet, month: 2 }).success).toBe(false);
    expect(HolidayRuleSchema.safeParse({ ...tet, day: 2 }).success).toBe(false);
    expect(HolidayRuleSchema.safeParse({ ...tet, kind: "lunar", month: 2 }).success).toBe(true);
  });
});
