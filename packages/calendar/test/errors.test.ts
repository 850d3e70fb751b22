import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import {
  CalendarErrorCode,
  holidayScheduleOf,
  makeCalendar,
  projectedScheduleOf,
  type WorkingCalendar,
} from "@motcua/calendar";
import { nationalCalendar, rules } from "./support/national";

const cal = makeCalendar(rules, { fromYear: 2020, toYear: 2030 });

const expectCode = (f: () => unknown, code: string, path?: ReadonlyArray<string | number>): void => {
  try {
    f();
    expect.unreachable(`expected ${code}`);
  } catch (e) {
    expect(isMotcuaError(e)).toBe(true);
    if (!isMotcuaError(e)) return;
    expect(e.code).toBe(code);
    expect(e.vi).not.toBe(e.en);
    if (path !== undefined) expect(e.path).toEqual(path);
  }
};

describe("coded errors", () => {
  it("impossible dates", () => {
    for (const bad of ["2025-02-30", "2025-13-01", "2025-2-3", "", "2025-02-30T00:00", 20250101, null]) {
      expectCode(() => cal.isWorkingDay(bad as never), CalendarErrorCode.INVALID_DATE, ["date"]);
    }
    expectCode(() => cal.workingDaysBetween("2026-01-01", "2026-02-29"), CalendarErrorCode.INVALID_DATE, [
      "to",
    ]);
  });

  it("out-of-range dates, results and instants", () => {
    expectCode(() => cal.dayInfo("2019-12-31"), CalendarErrorCode.OUT_OF_RANGE, ["date"]);
    expectCode(() => cal.addWorkingDays("2030-12-20", 30), CalendarErrorCode.OUT_OF_RANGE, ["n"]);
    expectCode(() => cal.addWorkingDays("2020-01-03", -30), CalendarErrorCode.OUT_OF_RANGE, ["n"]);
    expectCode(() => cal.nextWorkingInstant("2030-12-31T18:00:00+07:00"), CalendarErrorCode.OUT_OF_RANGE, [
      "t",
    ]);
    expectCode(
      () => cal.addWorkingMinutes("2030-12-31T08:00:00+07:00", 1e6),
      CalendarErrorCode.OUT_OF_RANGE,
      ["minutes"],
    );
    expectCode(
      () => cal.sameTimeOnWorkingDay("2040-01-01T08:00:00+07:00", 1),
      CalendarErrorCode.OUT_OF_RANGE,
      ["t"],
    );
    expectCode(() => cal.addWorkingDayNumbers(0, 1), CalendarErrorCode.OUT_OF_RANGE, ["dayNumber"]);
    // The day after the last covered day is accepted as an exclusive bound.
    expect(cal.workingDaysBetween("2030-12-31", "2031-01-01")).toBe(1);
    expect(cal.explain("2030-12-31", "2031-01-01")).toEqual([]);
  });

  it("bad instants and counts", () => {
    expectCode(() => cal.nextWorkingInstant("2026-02-12T09:00:00"), CalendarErrorCode.INVALID_INSTANT, ["t"]); // no offset
    expectCode(() => cal.nextWorkingInstant(Number.NaN), CalendarErrorCode.INVALID_INSTANT, ["t"]);
    expectCode(
      () => cal.workingMinutesBetween("2026-02-12T09:00:00+07:00", {} as never),
      CalendarErrorCode.INVALID_INSTANT,
      ["b"],
    );
    expectCode(() => cal.addWorkingDays("2026-02-12", 1.5), CalendarErrorCode.INVALID_NUMBER, ["n"]);
    expectCode(() => cal.addWorkingDays("2026-02-12", "3" as never), CalendarErrorCode.INVALID_NUMBER, ["n"]);
    expectCode(
      () => cal.addWorkingMinutes("2026-02-12T09:00:00+07:00", Infinity),
      CalendarErrorCode.INVALID_NUMBER,
      ["minutes"],
    );
    expectCode(
      () => cal.sameTimeOnWorkingDay("2026-02-12T09:00:00+07:00", Number.NaN),
      CalendarErrorCode.INVALID_NUMBER,
      ["n"],
    );
  });

  it("bad options and year ranges", () => {
    expectCode(() => makeCalendar(rules, { fromYear: 2030, toYear: 2020 }), CalendarErrorCode.INVALID_RANGE, [
      "options",
      "toYear",
    ]);
    expectCode(() => makeCalendar(rules, { fromYear: 1990 }), CalendarErrorCode.INVALID_RANGE, [
      "options",
      "fromYear",
    ]);
    expectCode(() => makeCalendar(rules, { toYear: 2200 }), CalendarErrorCode.INVALID_RANGE, [
      "options",
      "toYear",
    ]);
    expectCode(() => makeCalendar(rules, { fromYear: 2020.5 }), CalendarErrorCode.INVALID_OPTIONS, [
      "options",
      "fromYear",
    ]);
    expectCode(() => makeCalendar(rules, { fromyear: 2020 } as never), CalendarErrorCode.INVALID_OPTIONS);
    expectCode(() => makeCalendar(rules, "2020" as never), CalendarErrorCode.INVALID_OPTIONS);
  });

  it("explain of a reversed range is empty; nationalCalendar() is shared and frozen", () => {
    expect(cal.explain("2026-02-24", "2026-02-12")).toEqual([]);
    expect(nationalCalendar()).toBe(nationalCalendar());
    expect(Object.isFrozen(nationalCalendar())).toBe(true);
    expect(Object.isFrozen(cal.dayInfo("2026-02-17"))).toBe(true);
    expect(Object.isFrozen(cal.sessionsOn("2026-02-12"))).toBe(true);
  });
});

describe("fuzz: arbitrary input into every public entry point throws only MotcuaError", () => {
  const only = (f: () => unknown): void => {
    try {
      f();
    } catch (e) {
      if (!isMotcuaError(e)) throw e;
    }
  };
  const methods: Array<(c: WorkingCalendar, x: unknown, y: unknown) => unknown> = [
    (c, x) => c.dayInfo(x as never),
    (c, x) => c.isWorkingDay(x as never),
    (c, x, y) => c.addWorkingDays(x as never, y as never),
    (c, x, y) => c.workingDaysBetween(x as never, y as never),
    (c, x) => c.sessionsOn(x as never),
    (c, x) => c.nextWorkingInstant(x as never),
    (c, x, y) => c.addWorkingMinutes(x as never, y as never),
    (c, x, y) => c.workingMinutesBetween(x as never, y as never),
    (c, x, y) => c.sameTimeOnWorkingDay(x as never, y as never),
    (c, x) => c.endOfWorkingDay(x as never),
    (c, x, y) => c.explain(x as never, y as never),
    (c, x) => c.isWorkingDayNumber(x as never),
    (c, x, y) => c.addWorkingDayNumbers(x as never, y as never),
  ];
  it("makeCalendar, holidayScheduleOf, projectedScheduleOf", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        only(() => makeCalendar(rules, x as never));
        only(() => makeCalendar(rules, { fromYear: 2026, toYear: 2026, overlays: [x] } as never));
        only(() =>
          makeCalendar(rules, {
            fromYear: 2026,
            toYear: 2026,
            overlays: [{ id: "x", officeHours: [x] }],
          } as never),
        );
        only(() => holidayScheduleOf(rules, x as never));
        only(() => projectedScheduleOf(rules, x as never));
      }),
      { numRuns: 300 },
    );
  });
  it("calendar methods", () => {
    const date = fc.oneof(
      fc.anything(),
      fc
        .date({ noInvalidDate: false })
        .map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toISOString().slice(0, 10))),
    );
    const num = fc.oneof(fc.anything(), fc.double(), fc.integer({ min: -100_000, max: 100_000 }));
    const instant = fc.oneof(
      fc.anything(),
      fc.double(),
      fc.date().map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toISOString())),
    );
    fc.assert(
      fc.property(date, num, instant, (d, n, t) => {
        for (const m of methods) {
          only(() => m(cal, d, n));
          only(() => m(cal, t, n));
          only(() => m(cal, d, d));
        }
      }),
      { numRuns: 300 },
    );
  });
});
