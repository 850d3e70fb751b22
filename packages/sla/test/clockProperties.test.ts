/**
 * Invariants of the clock over random 2026 dossiers: a pause never makes a deadline earlier, the
 * due instant is never a non-working instant, and anything thrown at the public entry points gives
 * a coded MotcuaError, never a crash.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fromDayNumber,
  isMotcuaError,
  parseInstant,
  vietnamDayNumber,
  vietnamInstant,
  type DossierEventInput,
} from "@motcua/core";
import { computeClock, computeDeadline } from "@motcua/sla";
import { calendar } from "./support/calendar";
import { slaRules } from "./support/rules";

/** The fixture with a 30-working-day appraisal window: these properties pause at any time. */
const WIDE = slaRules({ appraisalReturnWorkingDays: 30 });
import { procedure } from "./support/events";

const START = parseInstant("2026-01-01T00:00:00+07:00");
const MIN = 60_000;
const actor = { role: "oneStopOfficer" } as const;
const minuteOf2026 = fc.integer({ min: 0, max: 330 * 24 * 60 });
const unit = fc.constantFrom("workingDays" as const, "workingHours" as const, "calendarDays" as const);

const isWorkingInstantOrSessionEnd = (t: number): boolean => {
  const dn = vietnamDayNumber(t);
  if (!calendar.isWorkingDayNumber(dn)) return false;
  const m = (t - vietnamInstant(dn, 0)) / MIN;
  return calendar.sessionsOn(fromDayNumber(dn)).some((s) => m >= s.start && m <= s.end);
};

describe("a pause never makes a deadline earlier", () => {
  it("for both supplement rules, any unit, any pause (or financial-obligation wait)", () => {
    fc.assert(
      fc.property(
        minuteOf2026,
        fc.integer({ min: 1, max: 20 }),
        unit,
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.constantFrom("restart" as const, "pause" as const),
        fc.boolean(),
        (m, n, u, toPause, pauseLen, rule, financial) => {
          const received = START + m * MIN;
          const from = received + toPause * MIN;
          const to = from + pauseLen * MIN;
          const p = procedure(n, u, rule);
          const asOf = to + 1;
          const base = computeClock(
            [{ id: "r", type: "received", at: received, actor, dossierCode: "X" }],
            p,
            calendar,
            WIDE,
            asOf,
          );
          const paused = computeClock(
            [
              { id: "r", type: "received", at: received, actor, dossierCode: "X" },
              financial
                ? { id: "a", type: "financialObligationRequested", at: from, actor }
                : { id: "a", type: "supplementRequested", at: from, actor, stage: "appraisal", items: ["x"] },
              financial
                ? { id: "b", type: "financialObligationMet", at: to, actor }
                : { id: "b", type: "supplementReceived", at: to, actor },
            ],
            p,
            calendar,
            WIDE,
            asOf,
          );
          expect(paused.due.original).toBeGreaterThanOrEqual(base.due.original);
          expect(paused.due.current).toBeGreaterThanOrEqual(base.due.current);
          expect(isWorkingInstantOrSessionEnd(paused.due.original)).toBe(true);
          // The unpaused clock agrees with computeDeadline.
          expect(base.due.original).toBe(computeDeadline(p, received, calendar, WIDE));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a longer pause never gives an earlier deadline", () => {
    fc.assert(
      fc.property(
        minuteOf2026,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 9000 }),
        fc.integer({ min: 0, max: 9000 }),
        fc.integer({ min: 0, max: 9000 }),
        (m, n, a, l, extra) => {
          const received = START + m * MIN;
          const events = (len: number): DossierEventInput[] => [
            { id: "r", type: "received", at: received, actor, dossierCode: "X" },
            {
              id: "a",
              type: "supplementRequested",
              at: received + a * MIN,
              actor,
              stage: "appraisal",
              items: ["x"],
            },
            { id: "b", type: "supplementReceived", at: received + (a + len) * MIN, actor },
          ];
          const asOf = received + (a + l + extra + 1) * MIN;
          const p = procedure(n, "workingDays", "pause");
          const short = computeClock(events(l), p, calendar, WIDE, asOf);
          const long = computeClock(events(l + extra), p, calendar, WIDE, asOf);
          expect(long.due.original).toBeGreaterThanOrEqual(short.due.original);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("clock invariants", () => {
  it("elapsed + remaining is the period while nothing paused it (working-day periods)", () => {
    fc.assert(
      fc.property(
        minuteOf2026,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 30_000 }),
        (m, n, later) => {
          const received = START + m * MIN;
          const c = computeClock(
            [{ id: "r", type: "received", at: received, actor, dossierCode: "X" }],
            procedure(n),
            calendar,
            WIDE,
            received + later * MIN,
          );
          if (c.receivedAt + later * MIN >= c.startedAt)
            expect(c.elapsedMinutes + c.remainingMinutes).toBeCloseTo(c.periodMinutes, 6);
          expect(c.pending).toBe(c.due.judged >= received + later * MIN ? "withinDeadline" : "overdue");
          expect(c.warning.level).toBe([0.5, 0.75, 1].filter((t) => c.warning.ratio >= t).length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("fuzz: only MotcuaError ever escapes", () => {
  const eventType = fc.constantFrom(
    "submitted",
    "postalHandedOver",
    "received",
    "supplementRequested",
    "supplementReceived",
    "financialObligationRequested",
    "financialObligationMet",
    "rescheduled",
    "stopped",
    "withdrawn",
    "resolved",
    "resultReady",
    "resultReturned",
    "transferred",
  );
  const plausible = fc
    .array(
      fc.tuple(
        eventType,
        fc.integer({ min: 0, max: 60 * 24 * 30 }),
        fc.integer({ min: 0, max: 60 * 24 * 40 }),
      ),
      { maxLength: 8 },
    )
    .map((xs) => {
      let t = START + 40 * 24 * 60 * MIN;
      return xs.map(([type, dt, due], i): Record<string, unknown> => {
        t += dt * MIN;
        const e: Record<string, unknown> = { id: `e${i}`, type, at: t, actor };
        if (type === "submitted") e["channel"] = "postal";
        if (type === "received") e["dossierCode"] = "X";
        if (type === "supplementRequested")
          Object.assign(e, { stage: i === 0 ? "receipt" : "appraisal", items: ["x"] });
        if (type === "rescheduled") Object.assign(e, { newDueAt: t + due * MIN, reason: "r" });
        if (type === "stopped") e["reason"] = "r";
        if (type === "resolved") e["decision"] = "approved";
        if (type === "resultReturned") e["via"] = "postal";
        return e;
      });
    });
  const policy = fc
    .record(
      {
        supplementPolicy: fc.constantFrom("restart" as const, "pause" as const),
        financialObligation: fc.constantFrom("pause" as const, "count" as const),
        lateJudgedAgainst: fc.constantFrom("original" as const, "rescheduled" as const),
        workingDayCount: fc.constantFrom("sameWallClock" as const, "workingHours" as const),
        lateNoticeDayKind: fc.constantFrom("workingDays" as const, "calendarDays" as const),
      },
      { requiredKeys: [] },
    )
    .map((o) => slaRules(o));

  it("plausible but random event sequences: a clock or a coded error", () => {
    fc.assert(
      fc.property(
        plausible,
        policy,
        unit,
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 200 * 24 * 60 }),
        (events, pol, u, n, asOfMin) => {
          try {
            const c = computeClock(
              events as never,
              procedure(n, u),
              calendar,
              pol as never,
              START + asOfMin * MIN,
            );
            expect(["running", "paused", "stopped", "completed"]).toContain(c.status);
            expect(c.due.original).toBeGreaterThanOrEqual(c.startedAt);
            expect(c.elapsedMinutes).toBeGreaterThanOrEqual(0);
          } catch (e) {
            if (!isMotcuaError(e)) throw e;
            expect(e.code).toMatch(/^(SLA|CALENDAR)_/);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("anything into any argument", () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (a, b, c, d, e) => {
          const good: unknown[] = [
            [{ id: "r", type: "received", at: "2026-02-12T09:00:00+07:00", actor, dossierCode: "X" }],
            procedure(3),
            calendar,
            WIDE,
            "2026-02-20T00:00:00+07:00",
          ];
          const tries: unknown[][] = [
            [a, b, c, d, e],
            [a, ...good.slice(1)],
            [good[0], b, ...good.slice(2)],
            [...good.slice(0, 2), c, ...good.slice(3)],
            [...good.slice(0, 3), d, good[4]],
            [...good.slice(0, 4), e],
            [[a], ...good.slice(1)],
          ];
          for (const args of tries) {
            try {
              computeClock(...(args as Parameters<typeof computeClock>));
            } catch (err) {
              expect(isMotcuaError(err)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
