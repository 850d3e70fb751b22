/**
 * Golden deadlines on the 2026 civil-service calendar (DOMAIN.md §7: Tết 16–20/2, make-up
 * Saturday 22/8 swapped against 31/8, Culture Day 24/11) with national sessions 08–12, 13–17.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatInstant,
  isMotcuaError,
  parseInstant,
  vietnamDayNumber,
  vietnamInstant,
  fromDayNumber,
} from "@motcua/core";
import { computeDeadline, SLA_RULE_SOURCES, type SlaRules } from "@motcua/sla";
import { RULES, slaRules } from "./support/rules";
import { calendar } from "./support/calendar";

const proc = (amount: number, unit: "workingDays" | "workingHours" | "calendarDays", cutoff?: string) => ({
  code: "T.0001",
  processingTime: { amount, unit },
  ...(cutoff === undefined ? {} : { sameDay: { cutoff } }),
});
const due = (p: ReturnType<typeof proc>, received: string, rules: SlaRules = RULES) =>
  formatInstant(computeDeadline(p, received, calendar, rules));

describe("workingDays: same wall-clock time on the N-th working day (NĐ 61/2018 Art. 17)", () => {
  it.each([
    // The worked example of the contract: Tết 16–20/2 and two weekends skipped.
    [3, "2026-02-12T09:00:00+07:00", "2026-02-24T09:00:00+07:00"],
    [1, "2026-02-12T09:00:00+07:00", "2026-02-13T09:00:00+07:00"],
    [2, "2026-02-12T09:00:00+07:00", "2026-02-23T09:00:00+07:00"],
    // Make-up Saturday 22/8/2026 is a working day; 31/8–2/9 are off.
    [1, "2026-08-21T10:00:00+07:00", "2026-08-22T10:00:00+07:00"],
    [2, "2026-08-21T10:00:00+07:00", "2026-08-24T10:00:00+07:00"],
    [1, "2026-08-22T09:00:00+07:00", "2026-08-24T09:00:00+07:00"],
    [1, "2026-08-28T10:00:00+07:00", "2026-09-03T10:00:00+07:00"],
    // Culture Day 24/11/2026 is off.
    [1, "2026-11-23T14:00:00+07:00", "2026-11-25T14:00:00+07:00"],
    [3, "2026-11-20T10:00:00+07:00", "2026-11-26T10:00:00+07:00"],
  ] as const)("%i working day(s) from %s → %s", (n, received, expected) => {
    expect(due(proc(n, "workingDays"), received)).toBe(expected);
  });

  it("starts outside working time at the next working instant (both sides of each session edge)", () => {
    const p = proc(1, "workingDays");
    // Friday evening before Tết → Monday 23/2 08:00 → Tuesday 24/2 08:00.
    expect(due(p, "2026-02-13T18:00:00+07:00")).toBe("2026-02-24T08:00:00+07:00");
    expect(due(p, "2026-02-13T16:59:59+07:00")).toBe("2026-02-23T16:59:59+07:00");
    expect(due(p, "2026-02-13T17:00:00+07:00")).toBe("2026-02-24T08:00:00+07:00");
    expect(due(p, "2026-02-12T11:59:00+07:00")).toBe("2026-02-13T11:59:00+07:00");
    expect(due(p, "2026-02-12T12:30:00+07:00")).toBe("2026-02-13T13:00:00+07:00");
    expect(due(p, "2026-02-12T07:59:59+07:00")).toBe("2026-02-13T08:00:00+07:00");
    expect(due(p, "2026-02-12T08:00:00+07:00")).toBe("2026-02-13T08:00:00+07:00");
  });

  it("an evening online submission counts from the next morning (and skips Culture Day)", () => {
    expect(due(proc(5, "workingDays"), "2026-11-17T20:00:00+07:00")).toBe("2026-11-26T08:00:00+07:00");
  });

  it("accepts epoch ms and any offset: the answer never depends on the host zone", () => {
    const p = proc(3, "workingDays");
    const a = computeDeadline(p, parseInstant("2026-02-12T02:00:00Z"), calendar, RULES);
    expect(a).toBe(computeDeadline(p, "2026-02-11T21:00:00-05:00", calendar, RULES));
    expect(formatInstant(a)).toBe("2026-02-24T09:00:00+07:00");
  });

  it("rule sla.workingDayCount=workingHours counts 1 working day = sla.workingDayHours hours (deployed practice)", () => {
    const p = proc(1, "workingDays");
    expect(due(p, "2026-02-12T08:00:00+07:00")).toBe("2026-02-13T08:00:00+07:00");
    expect(due(p, "2026-02-12T08:00:00+07:00", slaRules({ workingDayCount: "workingHours" }))).toBe(
      "2026-02-12T17:00:00+07:00",
    );
    expect(
      due(proc(3, "workingDays"), "2026-02-12T09:00:00+07:00", slaRules({ workingDayCount: "workingHours" })),
    ).toBe("2026-02-24T09:00:00+07:00");
  });
});

describe("workingHours: N working hours over the sessions", () => {
  it.each([
    [4, "2026-02-12T16:00:00+07:00", "2026-02-13T11:00:00+07:00"],
    [8, "2026-02-13T09:00:00+07:00", "2026-02-23T09:00:00+07:00"], // across Tết
    [4, "2026-02-13T13:00:00+07:00", "2026-02-13T17:00:00+07:00"], // ends exactly at the session end
    [1, "2026-02-13T11:30:00+07:00", "2026-02-13T13:30:00+07:00"], // lunch break skipped
    [2, "2026-08-21T16:00:00+07:00", "2026-08-22T09:00:00+07:00"], // make-up Saturday
  ] as const)("%i hour(s) from %s → %s", (n, received, expected) => {
    expect(due(proc(n, "workingHours"), received)).toBe(expected);
  });
});

describe("calendarDays: end of the office day N days later, or of the next working day (BLDS 2015 Art. 148)", () => {
  it.each([
    [7, "2026-03-02T10:00:00+07:00", "2026-03-09T17:00:00+07:00"], // lands on a working Monday
    [5, "2026-02-12T09:00:00+07:00", "2026-02-23T17:00:00+07:00"], // lands in Tết → Monday 23/2
    [3, "2026-02-12T09:00:00+07:00", "2026-02-23T17:00:00+07:00"], // lands on Sunday 15/2 → after Tết
    [1, "2026-11-23T09:00:00+07:00", "2026-11-25T17:00:00+07:00"], // lands on Culture Day
    [2, "2026-11-19T09:00:00+07:00", "2026-11-23T17:00:00+07:00"], // lands on Saturday
    [1, "2026-08-21T09:00:00+07:00", "2026-08-22T17:00:00+07:00"], // lands on the make-up Saturday: a working day
  ] as const)("%i day(s) from %s → %s", (n, received, expected) => {
    expect(due(proc(n, "calendarDays"), received)).toBe(expected);
  });
  it("cites the Civil Code", () => {
    expect(SLA_RULE_SOURCES.calendarDays).toMatchObject({
      document: "Bộ luật Dân sự 2015",
      article: "148",
      verified: true,
    });
  });
});

describe("same-day procedures with a 15:00 cut-off (NĐ 23/2015 Art. 7)", () => {
  const p = proc(0, "workingDays", "15:00");
  it.each([
    ["2026-11-23T14:59:59+07:00", "2026-11-23T17:00:00+07:00"],
    ["2026-11-23T15:00:00+07:00", "2026-11-23T17:00:00+07:00"], // at the cut-off: same day
    ["2026-11-23T15:00:00.001+07:00", "2026-11-25T17:00:00+07:00"], // after: next working day (24/11 off)
    ["2026-11-23T16:59:00+07:00", "2026-11-25T17:00:00+07:00"],
    ["2026-11-23T20:00:00+07:00", "2026-11-25T17:00:00+07:00"], // evening: next working day anyway
    ["2026-11-21T10:00:00+07:00", "2026-11-23T17:00:00+07:00"], // Saturday: Monday
    ["2026-08-22T16:00:00+07:00", "2026-08-24T17:00:00+07:00"], // make-up Saturday after the cut-off
  ] as const)("received %s → %s", (received, expected) => {
    expect(due(p, received)).toBe(expected);
  });
  it("without a cut-off, amount 0 is due at the end of the receipt day", () => {
    expect(due(proc(0, "workingDays"), "2026-11-23T16:30:00+07:00")).toBe("2026-11-23T17:00:00+07:00");
  });
  it("a cut-off with an amount counts the amount from the next working day", () => {
    expect(due(proc(1, "workingDays", "15:00"), "2026-11-23T16:00:00+07:00")).toBe(
      "2026-11-26T08:00:00+07:00",
    );
  });
});

describe("bad input → coded MotcuaError, never a crash", () => {
  const code = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (isMotcuaError(e)) return `${e.code}@${e.path.join(".")}`;
      throw e;
    }
    return "no error";
  };
  it("names the offending field", () => {
    expect(
      code(() =>
        computeDeadline(
          { code: "X", processingTime: { amount: -1, unit: "workingDays" } },
          0,
          calendar,
          RULES,
        ),
      ),
    ).toBe("SLA_INVALID_PROCEDURE@procedure.processingTime.amount");
    expect(code(() => computeDeadline(proc(1, "workingDays"), "2026-02-12T09:00:00", calendar, RULES))).toBe(
      "SLA_INVALID_INSTANT@receivedAt",
    );
    expect(code(() => computeDeadline(proc(1, "workingDays"), 0, {} as never, RULES))).toBe(
      "SLA_INVALID_CALENDAR@calendar",
    );
    expect(
      code(() =>
        computeDeadline(proc(1, "workingDays"), 0, calendar, slaRules({ workingDayCount: "x" as never })),
      ),
    ).toBe("SLA_INVALID_POLICY@rules.workingDayCount.value");
    expect(code(() => computeDeadline(proc(1, "workingDays"), 0, calendar, {}))).toBe(
      "RULE_MISSING@rules.workingDayCount",
    );
    expect(
      code(() =>
        computeDeadline(
          proc(1, "workingDays"),
          0,
          calendar,
          slaRules({ workingDayCount: "workingHours", workingDayHours: undefined }),
        ),
      ),
    ).toBe("RULE_MISSING@rules.workingDayHours");
  });

  it("re-checks a procedure object mutated after its first use", () => {
    const p = { code: "X", processingTime: { amount: 1, unit: "workingDays" as string } };
    expect(due(p as never, "2026-02-12T09:00:00+07:00")).toBe("2026-02-13T09:00:00+07:00");
    p.processingTime.unit = "weeks";
    expect(code(() => computeDeadline(p as never, 0, calendar, RULES))).toBe(
      "SLA_INVALID_PROCEDURE@procedure.processingTime.unit",
    );
  });

  it("never mutates its inputs", () => {
    const p = Object.freeze({
      code: "X",
      processingTime: Object.freeze({ amount: 2, unit: "workingDays" as const }),
    });
    const before = JSON.stringify(RULES);
    expect(due(p, "2026-02-12T09:00:00+07:00")).toBe("2026-02-23T09:00:00+07:00");
    expect(JSON.stringify(RULES)).toBe(before);
  });

  it("fuzz: anything into every argument throws only MotcuaError", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (a, b, c, d) => {
        for (const args of [
          [a, b, calendar, d],
          [proc(1, "workingDays"), b, calendar, d],
          [proc(1, "workingDays"), 0, c, RULES],
          [a, "2026-02-12T09:00:00+07:00", calendar, RULES],
        ] as const) {
          try {
            computeDeadline(...(args as unknown as Parameters<typeof computeDeadline>));
          } catch (e) {
            expect(isMotcuaError(e)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("properties over 2026", () => {
  const minute = fc.integer({ min: 0, max: 365 * 24 * 60 - 1 });
  const start2026 = parseInstant("2026-01-01T00:00:00+07:00");
  const unit = fc.constantFrom("workingDays" as const, "workingHours" as const, "calendarDays" as const);

  const isWorkingInstantOrSessionEnd = (t: number): boolean => {
    const dn = vietnamDayNumber(t);
    if (!calendar.isWorkingDayNumber(dn)) return false;
    const m = (t - vietnamInstant(dn, 0)) / 60_000;
    return calendar.sessionsOn(fromDayNumber(dn)).some((s) => m >= s.start && m <= s.end);
  };

  it("the due instant is never a non-working instant (a working day, inside a session or at its end)", () => {
    fc.assert(
      fc.property(
        minute,
        fc.integer({ min: 0, max: 40 }),
        unit,
        fc.option(fc.constant("15:00")),
        (m, n, u, cutoff) => {
          const d = computeDeadline(proc(n, u, cutoff ?? undefined), start2026 + m * 60_000, calendar, RULES);
          expect(isWorkingInstantOrSessionEnd(d)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("is monotone: a later receipt or a longer period never gives an earlier due instant", () => {
    fc.assert(
      fc.property(
        minute,
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 30 }),
        unit,
        (m, dm, n, u) => {
          const t = start2026 + m * 60_000;
          const p = proc(n, u);
          expect(computeDeadline(p, t + dm * 60_000, calendar, RULES)).toBeGreaterThanOrEqual(
            computeDeadline(p, t, calendar, RULES),
          );
          const longer = computeDeadline(proc(n + 1, u), t, calendar, RULES);
          // Calendar-day periods ending on consecutive days off roll to the same working day.
          if (u === "calendarDays")
            expect(longer).toBeGreaterThanOrEqual(computeDeadline(p, t, calendar, RULES));
          else expect(longer).toBeGreaterThan(computeDeadline(p, t, calendar, RULES));
        },
      ),
      { numRuns: 300 },
    );
  });
});
