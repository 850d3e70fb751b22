/**
 * One reading of the events: the lifecycle (`replay`) and the clock (`@motcua/sla`'s
 * `computeClock`) call the same functions for every fact they share, so over any generated event
 * sequence they never disagree — a reschedule accepted by the replay is a rescheduled clock and a
 * refused one is the clock's refusal of the same event with no change to the clock before it; the
 * same for the supplement (once, within its window, restart or pause), the stop and the withdrawal.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError, type DossierEvent } from "@motcua/core";
import { replay, type DossierRules } from "@motcua/dossier";
import { computeClock, type SlaClock } from "@motcua/sla";
import { calendar, rulesOf } from "./fixtures";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = Date.parse("2026-01-05T09:00:00+07:00");
const procedure = { code: "1.001", processingTime: { amount: 5, unit: "workingDays" } } as const;
const officer = { role: "oneStopOfficer" } as const;
const leader = { role: "agencyLeader" } as const;

/** The lifecycle refusal ↔ the clock refusal of the same fact. */
const SHARED: Readonly<Record<string, string>> = {
  DOSSIER_RESCHEDULE_LIMIT: "SLA_RESCHEDULE_LIMIT",
  DOSSIER_RESCHEDULE_TOO_LATE: "SLA_RESCHEDULE_TOO_LATE",
  DOSSIER_RESCHEDULE_NOT_LATER: "SLA_RESCHEDULE_NOT_LATER",
  DOSSIER_SUPPLEMENT_ALREADY_REQUESTED: "SLA_SUPPLEMENT_LIMIT",
  DOSSIER_APPRAISAL_WINDOW_CLOSED: "SLA_SUPPLEMENT_WINDOW_CLOSED",
  DOSSIER_CLOSED: "SLA_EVENT_AFTER_END",
};
const SHARED_CLOCK = new Set(Object.values(SHARED));

type Op =
  | { readonly kind: "supplement"; readonly wait: number; readonly answer: number }
  | { readonly kind: "reschedule"; readonly wait: number; readonly newDueIn: number }
  | { readonly kind: "stop" | "withdraw" | "resolve"; readonly wait: number };

const wait = fc.integer({ min: 1, max: 8 * 24 * 60 }).map((m) => m * MIN);
const supplement = fc.record({ kind: fc.constant("supplement" as const), wait, answer: wait });

const soon = fc.integer({ min: 1, max: 2 * 24 * 60 }).map((m) => m * MIN);
const reschedule = fc.record({
  kind: fc.constant("reschedule" as const),
  wait: soon,
  newDueIn: fc.integer({ min: -3 * 24 * 60, max: 20 * 24 * 60 }).map((m) => m * MIN),
});
const ending = fc.record({
  kind: fc.constantFrom("stop" as const, "withdraw" as const, "resolve" as const),
  wait,
});
/** Supplements (each answered) first, then reschedules, then perhaps an end, then perhaps more. */
const ops = fc
  .tuple(
    fc.array(supplement, { maxLength: 2 }),
    fc.array(reschedule, { maxLength: 3 }),
    fc.option(ending, { nil: undefined }),
    fc.array(fc.oneof(reschedule, ending), { maxLength: 2 }),
  )
  .map(([s, r, e, tail]): Op[] => [...s, ...r, ...(e === undefined ? [] : [e]), ...tail]);

const rules = fc
  .record({
    supplementRequestsMax: fc.integer({ min: 0, max: 2 }),
    appraisalReturnWorkingDays: fc.integer({ min: 0, max: 5 }),
    reschedulesMax: fc.integer({ min: 0, max: 2 }),
    lateNoticeDaysBefore: fc.integer({ min: 0, max: 3 }),
    lateNoticeDayKind: fc.constantFrom("workingDays" as const, "calendarDays" as const),
    supplementPolicy: fc.constantFrom("restart" as const, "pause" as const),
  })
  .map((sla) => rulesOf(sla));

/** The events of a generated dossier: submitted, received, transferred, assigned, then the ops. */
function eventsOf(receivedAfter: number, list: ReadonlyArray<Op>): DossierEvent[] {
  let t = calendar.nextWorkingInstant(T0 + receivedAfter);
  let n = 0;
  const at = (dt: number) => (t += dt);
  const id = () => `e${n++}`;
  const out: DossierEvent[] = [
    { id: id(), type: "submitted", at: t - 10 * MIN, actor: { role: "applicant" }, channel: "counter" },
    { id: id(), type: "received", at: t, actor: officer, dossierCode: "X-260105-0001" },
    { id: id(), type: "transferred", at: at(MIN), actor: officer, paper: false },
    { id: id(), type: "assigned", at: at(MIN), actor: leader, assignee: "cv-1" },
  ];
  for (const op of list) {
    const when = at(op.wait);
    switch (op.kind) {
      case "supplement":
        out.push(
          {
            id: id(),
            type: "supplementRequested",
            at: when,
            actor: leader,
            stage: "appraisal",
            items: ["x"],
          },
          { id: id(), type: "supplementReceived", at: at(op.answer), actor: officer },
        );
        break;
      case "reschedule":
        out.push({
          id: id(),
          type: "rescheduled",
          at: when,
          actor: leader,
          newDueAt: when + op.newDueIn,
          reason: "r",
        });
        break;
      case "stop":
        out.push({ id: id(), type: "stopped", at: when, actor: leader, reason: "r" });
        break;
      case "withdraw":
        out.push({ id: id(), type: "withdrawn", at: when, actor: { role: "applicant" } });
        break;
      case "resolve":
        out.push(
          { id: id(), type: "resolved", at: when, actor: leader, decision: "approved" },
          { id: id(), type: "resultReady", at: at(MIN), actor: officer },
        );
        break;
    }
  }
  return out;
}

type Verdict = { readonly ok: true } | { readonly ok: false; readonly index: number; readonly code: string };

const clockOf = (events: ReadonlyArray<DossierEvent>, r: DossierRules): SlaClock =>
  computeClock(events, procedure, calendar, r.sla, (events[events.length - 1]?.at ?? T0) + MIN);
const clockVerdict = (events: ReadonlyArray<DossierEvent>, r: DossierRules): Verdict => {
  try {
    clockOf(events, r);
    return { ok: true };
  } catch (e) {
    if (!isMotcuaError(e)) throw e;
    return { ok: false, index: e.path[1] as number, code: e.code };
  }
};
/** The lifecycle, told the clock's due instant before the first reschedule (as an embedder does). */
const dueBeforeReschedule = (events: ReadonlyArray<DossierEvent>, r: DossierRules): number | undefined => {
  const first = events.findIndex((e) => e.type === "rescheduled");
  if (first < 0) return undefined;
  const before = events.slice(0, first);
  return clockVerdict(before, r).ok ? clockOf(before, r).due.current : undefined;
};
const lifecycleOf = (events: ReadonlyArray<DossierEvent>, r: DossierRules) => {
  const dueAt = dueBeforeReschedule(events, r);
  return replay(events, r, { calendar, scope: false, ...(dueAt === undefined ? {} : { dueAt }) });
};
const lifecycleVerdict = (events: ReadonlyArray<DossierEvent>, r: DossierRules): Verdict => {
  const res = lifecycleOf(events, r);
  return res.ok ? { ok: true } : { ok: false, index: res.error.path[1] as number, code: res.error.code };
};

describe("one reading of the events: replay ⇔ computeClock", () => {
  it("never disagree on a reschedule, a supplement, a stop or a withdrawal (fast-check)", () => {
    const refused = new Map<string, number>();
    let rescheduled = 0;
    fc.assert(
      fc.property(
        rules,
        fc.integer({ min: 0, max: 300 }).map((d) => d * DAY),
        ops,
        (r, after, list) => {
          let events = eventsOf(after, list);
          // Facts only one side reads (the chart's own order, …) are not this property: cut there.
          const d0 = lifecycleVerdict(events, r);
          const c0 = clockVerdict(events, r);
          const cuts = [
            !d0.ok && SHARED[d0.code] === undefined ? d0.index : Infinity,
            !c0.ok && !SHARED_CLOCK.has(c0.code) ? c0.index : Infinity,
          ];
          events = events.slice(0, Math.min(...cuts));
          const d = lifecycleVerdict(events, r);
          const c = clockVerdict(events, r);
          expect(d.ok).toBe(c.ok);
          if (!d.ok && !c.ok) {
            refused.set(d.code, (refused.get(d.code) ?? 0) + 1);
            expect(c.index).toBe(d.index);
            expect(c.code).toBe(SHARED[d.code]);
            // A refused event changes nothing: both accept everything before it.
            expect(lifecycleVerdict(events.slice(0, d.index), r).ok).toBe(true);
            expect(clockVerdict(events.slice(0, d.index), r).ok).toBe(true);
            return;
          }
          const snap = lifecycleOf(events, r);
          if (!snap.ok) throw snap.error;
          const clock = clockOf(events, r);
          const reschedules = events.filter((e) => e.type === "rescheduled");
          const last = reschedules[reschedules.length - 1];
          // Accepted reschedules ⇔ a rescheduled clock, on the last new appointment.
          expect(snap.value.reschedules).toBe(reschedules.length);
          if (last !== undefined && last.type === "rescheduled") {
            rescheduled++;
            expect(clock.due.current).toBe(last.newDueAt);
            expect(clock.due.rescheduledAt).toBe(last.at);
            expect(snap.value.dueAt).toBe(last.newDueAt);
          } else expect(clock.due.rescheduledAt).toBeNull();
          // Accepted supplements ⇔ the clock paused or restarted for each.
          const asked = events.filter((e) => e.type === "supplementRequested").length;
          expect(snap.value.supplements.appraisal).toBe(asked);
          expect(clock.pauses.filter((p) => p.reasons.includes("supplement"))).toHaveLength(asked);
          expect(clock.restarts).toBe(r.sla.supplementPolicy?.value === "restart" ? asked : 0);
          // Stop and withdrawal: a closed dossier ⇔ a clock that ended without a judgement.
          const state = snap.value.state;
          if (state === "stopped" || state === "withdrawn") {
            expect(clock.status).toBe("stopped");
            expect(clock.stopReason).toBe(state);
          } else expect(clock.stopReason).toBeNull();
        },
      ),
      { numRuns: 1500, seed: 2026 },
    );
    // The generator reaches both sides of the facts.
    for (const code of Object.keys(SHARED)) expect(refused.get(code) ?? 0, code).toBeGreaterThan(5);
    expect(rescheduled).toBeGreaterThan(20);
  });

  it("the notice: working days by the rules' choice, calendar days when a plugin sets it (Tết 2026)", () => {
    // Due Mon 23/02/2026 09:00; 1 day of notice. The working day before is Fri 13/02 (Tết 16–20,
    // weekends); the calendar day before is Sun 22/02.
    const due = Date.parse("2026-02-23T09:00:00+07:00");
    const at = Date.parse("2026-02-22T10:00:00+07:00");
    const events: DossierEvent[] = [
      { id: "a", type: "submitted", at: at - 3 * DAY, actor: { role: "applicant" }, channel: "counter" },
      { id: "b", type: "received", at: at - 3 * DAY + MIN, actor: officer, dossierCode: "X" },
      { id: "c", type: "transferred", at: at - 3 * DAY + 2 * MIN, actor: officer, paper: false },
      { id: "d", type: "assigned", at: at - 3 * DAY + 3 * MIN, actor: leader, assignee: "cv" },
      { id: "e", type: "rescheduled", at, actor: leader, newDueAt: due + 5 * DAY, reason: "r" },
    ];
    const working = replay(events, rulesOf({ lateNoticeDayKind: "workingDays" }), {
      calendar,
      scope: false,
      dueAt: due,
    });
    expect(!working.ok && working.error.code).toBe("DOSSIER_RESCHEDULE_TOO_LATE");
    const days = replay(events, rulesOf({ lateNoticeDayKind: "calendarDays" }), {
      calendar,
      scope: false,
      dueAt: due,
    });
    expect(days.ok).toBe(true);
  });
});
