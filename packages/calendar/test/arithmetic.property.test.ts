import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberOf, fromDayNumber, MS_PER_MINUTE, toDayNumber, vietnamInstant } from "@motcua/core";
import { makeCalendar } from "@motcua/calendar";
import { rules } from "./support/national";

// Property tests for the O(1) arithmetic, checked against a naive day-by-day / minute-by-minute
// reading of the same calendar (isWorkingDay, sessionsOn).
const cal = makeCalendar(rules, { fromYear: 2016, toYear: 2034 });
const lo = dayNumberOf(2019, 1, 1);
const hi = dayNumberOf(2031, 12, 31);
const day = fc.integer({ min: lo, max: hi });
const steps = fc.integer({ min: -300, max: 300 });

const naiveAdd = (date: string, n: number): string => {
  let d = toDayNumber(date);
  let left = Math.abs(n);
  const step = n > 0 ? 1 : -1;
  while (left > 0) {
    d += step;
    if (cal.isWorkingDay(fromDayNumber(d))) left--;
  }
  return fromDayNumber(d);
};

describe("addWorkingDays / workingDaysBetween properties", () => {
  it("agrees with a naive day-by-day loop", () => {
    fc.assert(
      fc.property(day, steps, (d, n) => {
        expect(cal.addWorkingDays(fromDayNumber(d), n)).toBe(
          n === 0 ? fromDayNumber(d) : naiveAdd(fromDayNumber(d), n),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("is associative for steps of the same sign, from any day", () => {
    fc.assert(
      fc.property(day, fc.nat(200), fc.nat(200), fc.boolean(), (d, a, b, negative) => {
        const s = negative ? -1 : 1;
        const date = fromDayNumber(d);
        expect(cal.addWorkingDays(date, s * (a + b))).toBe(
          cal.addWorkingDays(cal.addWorkingDays(date, s * a), s * b),
        );
      }),
    );
  });

  it("is associative for any steps from a working day", () => {
    fc.assert(
      fc.property(day, steps, steps, (d, a, b) => {
        const date = cal.addWorkingDays(fromDayNumber(d), 1); // a working day
        expect(cal.addWorkingDays(date, a + b)).toBe(cal.addWorkingDays(cal.addWorkingDays(date, a), b));
      }),
    );
  });

  it("is consistent with workingDaysBetween", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 300 }), (d, n) => {
        const date = fromDayNumber(d);
        const target = cal.addWorkingDays(date, n);
        // n working days strictly after `date`, up to and including `target`:
        const next = fromDayNumber(toDayNumber(target) + 1);
        expect(cal.workingDaysBetween(fromDayNumber(d + 1), next)).toBe(n);
        expect(cal.isWorkingDay(target)).toBe(true);
        if (cal.isWorkingDay(date)) expect(cal.workingDaysBetween(date, target)).toBe(n);
      }),
    );
  });

  it("workingDaysBetween is additive and antisymmetric", () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        const [x, y, z] = [a, b, c].map(fromDayNumber) as [string, string, string];
        expect(cal.workingDaysBetween(x, y) + cal.workingDaysBetween(y, z)).toBe(
          cal.workingDaysBetween(x, z),
        );
        expect(cal.workingDaysBetween(y, x) + cal.workingDaysBetween(x, y)).toBe(0);
      }),
    );
  });

  it("day-number fast paths agree with the string API", () => {
    fc.assert(
      fc.property(day, steps, (d, n) => {
        expect(cal.isWorkingDayNumber(d)).toBe(cal.isWorkingDay(fromDayNumber(d)));
        expect(fromDayNumber(cal.addWorkingDayNumbers(d, n))).toBe(cal.addWorkingDays(fromDayNumber(d), n));
        if (cal.isWorkingDayNumber(d))
          expect(cal.endOfWorkingDayNumber(d)).toBe(cal.endOfWorkingDay(fromDayNumber(d)));
        else expect(() => cal.endOfWorkingDayNumber(d)).toThrow(/CALENDAR_NOT_WORKING_DAY/);
      }),
    );
  });
});

const instant = fc.tuple(day, fc.integer({ min: 0, max: 1439 })).map(([d, m]) => vietnamInstant(d, m));

/** Naive working minutes in [a, b) for whole-minute instants a ≤ b, minute by minute. */
const naiveMinutes = (a: number, b: number): number => {
  let total = 0;
  for (let t = a; t < b; t += MS_PER_MINUTE) {
    const local = t + 7 * 3_600_000;
    const d = Math.floor(local / 86_400_000);
    const m = (local - d * 86_400_000) / MS_PER_MINUTE;
    if (cal.sessionsOn(fromDayNumber(d)).some((s) => m >= s.start && m < s.end)) total++;
  }
  return total;
};

describe("working-minute properties", () => {
  it("workingMinutesBetween agrees with a minute-by-minute count", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 4 * 1440 }), (a, span) => {
        const b = a + span * MS_PER_MINUTE;
        expect(cal.workingMinutesBetween(a, b)).toBe(naiveMinutes(a, b));
      }),
      { numRuns: 60 },
    );
  });

  it("addWorkingMinutes then workingMinutesBetween round-trips, and the result is the earliest such instant", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 20_000 }), (t, m) => {
        const r = cal.addWorkingMinutes(t, m);
        expect(cal.workingMinutesBetween(t, r)).toBe(m);
        expect(cal.workingMinutesBetween(t, r - MS_PER_MINUTE)).toBe(m - 1);
      }),
    );
  });

  it("negative minutes give the latest instant, and undo positive ones from a working instant", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 20_000 }), (t, m) => {
        const r = cal.addWorkingMinutes(t, -m);
        expect(cal.workingMinutesBetween(r, t)).toBe(m);
        expect(cal.workingMinutesBetween(r + MS_PER_MINUTE, t)).toBe(m - 1);
        const start = cal.nextWorkingInstant(t);
        expect(cal.addWorkingMinutes(cal.addWorkingMinutes(start, m), -m)).toBe(start);
      }),
    );
  });

  it("addWorkingMinutes is additive for positive steps", () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        (t, a, b) => {
          expect(cal.addWorkingMinutes(t, a + b)).toBe(cal.addWorkingMinutes(cal.addWorkingMinutes(t, a), b));
        },
      ),
    );
  });

  it("nextWorkingInstant is idempotent, never earlier, and adds no working time", () => {
    fc.assert(
      fc.property(instant, (t) => {
        const n = cal.nextWorkingInstant(t);
        expect(n).toBeGreaterThanOrEqual(t);
        expect(cal.nextWorkingInstant(n)).toBe(n);
        expect(cal.workingMinutesBetween(t, n)).toBe(0);
      }),
    );
  });

  it("sameTimeOnWorkingDay lands on the n-th working day, inside working time or at a session end", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 60 }), (t, n) => {
        const r = cal.sameTimeOnWorkingDay(t, n);
        const local = r + 7 * 3_600_000;
        const d = Math.floor(local / 86_400_000);
        const tDay = Math.floor((t + 7 * 3_600_000) / 86_400_000);
        expect(d).toBe(cal.addWorkingDayNumbers(tDay, n));
        const m = (local - d * 86_400_000) / MS_PER_MINUTE;
        const sessions = cal.sessionsOn(fromDayNumber(d));
        expect(sessions.some((s) => m >= s.start && m <= s.end)).toBe(true);
      }),
    );
  });
});
