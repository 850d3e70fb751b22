/**
 * Every call the store makes into the concept packages (`@motcua/dossier`, `@motcua/sla`,
 * `@motcua/reports`) lives here, so the way rules are read can change in one place.
 */
import type { WorkingCalendar } from "@motcua/calendar";
import {
  err,
  isMotcuaError,
  type DossierEvent,
  type HandoverRegister,
  type Level,
  type Procedure,
  type Result,
} from "@motcua/core";
import { parseDossierEvents, replay, type DossierRules, type DossierSnapshot } from "@motcua/dossier";
import { nationalCalendar, nationalRulebook } from "@motcua/national";
import { sliceOf } from "@motcua/plugin-sdk";
import {
  aggregate,
  mergeAggregates,
  parseReportPeriod,
  periodBounds,
  readCountingRules,
  type Aggregate,
  type CountingRules,
  type DossierSummary,
  type ReportPeriod,
  type ReportRules,
} from "@motcua/reports";
import { computeDeadline, safeComputeClock, type SlaClock } from "@motcua/sla";

/** A value, or the value in force at an instant (epoch ms). */
export type AtInstant<T> = T | ((at: number) => T);

/** The rules the store validates and judges with (options of `openStore`). */
export interface ConceptOptions {
  readonly rules?: AtInstant<DossierRules>;
  readonly calendar?: WorkingCalendar;
  readonly register?: HandoverRegister;
  readonly permissions?: boolean;
  readonly reportRules?: AtInstant<ReportRules>;
}

/** The facts of a dossier the concept packages need. */
export interface DossierFacts {
  readonly officeId: string;
  readonly level: Level;
  readonly domain: string;
  readonly procedure: Procedure;
}

/** What the store keeps per dossier for Biểu 06 and the office lists. */
export interface Projection {
  readonly state: string;
  readonly channel: string | null;
  readonly receivedAt: number | null;
  readonly dueAt: number | null;
  readonly completedAt: number | null;
  readonly closure: "refused" | "withdrawn" | "stopped" | null;
}

/** The concept calls, bound to the store's options. */
export interface Concepts {
  /** Parses untrusted events (throws `DOSSIER_INVALID_EVENT` naming the event and field). */
  parse(input: unknown): ReadonlyArray<DossierEvent>;
  /** Replays a dossier's whole event list under the rules in force at its receipt. */
  validate(events: ReadonlyArray<DossierEvent>, facts: DossierFacts): Result<DossierSnapshot>;
  /** The Biểu 06 line of a validated dossier (after all its events). */
  project(events: ReadonlyArray<DossierEvent>, snapshot: DossierSnapshot, facts: DossierFacts): Projection;
  /** The deadline clock as of `asOf`, or undefined before the receipt. */
  clock(events: ReadonlyArray<DossierEvent>, facts: DossierFacts, asOf: number): Result<SlaClock> | undefined;
  /** The counting rules of the `reports` slice in force at the period's start. */
  countingRules(period: ReportPeriod): CountingRules;
  /** Sorts and checks SQL rows into the `@motcua/reports` shape. */
  toAggregate(period: ReportPeriod, rows: Aggregate["rows"]): Aggregate;
  /** Biểu 06 in JS, for comparison. */
  aggregateJs(dossiers: ReadonlyArray<DossierSummary>, period: ReportPeriod): Aggregate;
  /** The national (or any larger) figure as the merge of partial aggregates. */
  merge(parts: ReadonlyArray<Aggregate>): Aggregate;
}

const at = <T>(value: AtInstant<T>, instant: number): T =>
  typeof value === "function" ? (value as (at: number) => T)(instant) : value;

/** The instant whose rules apply to a dossier: its valid receipt, else its first event. */
const receiptOf = (events: ReadonlyArray<DossierEvent>): number | undefined =>
  events.find((e) => e.type === "received")?.at ?? events[0]?.at;

/** The national baseline's dossier rules in force at an instant (`@motcua/national`), one per day. */
const nationalRulesAt = (): ((instant: number) => DossierRules) => {
  const byDay = new Map<number, DossierRules>();
  return (instant) => {
    const day = Math.floor((instant + 7 * 3_600_000) / 86_400_000);
    let rules = byDay.get(day);
    if (rules === undefined) {
      const book = nationalRulebook(instant);
      rules = { sla: sliceOf(book, "sla"), permissions: sliceOf(book, "permissions") };
      byDay.set(day, rules);
    }
    return rules;
  };
};

/** The national baseline's `reports` slice in force at an instant (`@motcua/national`). */
const nationalReportRulesAt = (instant: number): ReportRules => sliceOf(nationalRulebook(instant), "reports");

/** Binds the concept calls to the store's options. */
export function makeConcepts(options: ConceptOptions): Concepts {
  const calendar = options.calendar ?? nationalCalendar();
  const rules = options.rules ?? nationalRulesAt();
  const reportRulesAt = (period: ReportPeriod): ReportRules =>
    at(options.reportRules ?? nationalReportRulesAt, periodBounds(parseReportPeriod(period)).start);
  const slaAt = (instant: number) => at(rules, instant).sla;

  const dueAtOf = (facts: DossierFacts, receivedAt: number): number =>
    computeDeadline(facts.procedure, receivedAt, calendar, slaAt(receivedAt));

  return {
    parse: (input) => parseDossierEvents(input),

    validate(events, facts) {
      const receipt = receiptOf(events);
      const receivedAt = events.find((e) => e.type === "received")?.at;
      let dueAt: number | undefined;
      try {
        dueAt = receivedAt === undefined ? undefined : dueAtOf(facts, receivedAt);
      } catch (e) {
        if (isMotcuaError(e)) return err(e);
        throw e;
      }
      const scope =
        options.permissions === false
          ? (false as const)
          : {
              procedure: facts.procedure,
              officeId: facts.officeId,
              officeLevel: facts.level,
              ...(options.register === undefined ? {} : { register: options.register }),
            };
      return replay(events, at(rules, receipt ?? 0), {
        calendar,
        scope,
        ...(dueAt === undefined ? {} : { dueAt }),
      });
    },

    project(events, snapshot, facts) {
      const none = {
        channel: snapshot.channel ?? null,
        receivedAt: null,
        dueAt: null,
        completedAt: null,
        closure: null,
      };
      if (snapshot.receivedAt === undefined) return { state: snapshot.state, ...none };
      const last = events[events.length - 1]?.at ?? snapshot.receivedAt;
      const clock = safeComputeClock(events, facts.procedure, calendar, slaAt(snapshot.receivedAt), last);
      if (!clock.ok) throw clock.error;
      const c = clock.value;
      const closure =
        c.endedAt === null
          ? null
          : (c.stopReason ?? (snapshot.decision === "refused" ? ("refused" as const) : null));
      return {
        state: snapshot.state,
        channel: snapshot.channel ?? null,
        receivedAt: c.receivedAt,
        dueAt: c.due.judged,
        completedAt: c.endedAt,
        closure,
      };
    },

    clock(events, facts, asOf) {
      const receivedAt = events.find((e) => e.type === "received" && e.at <= asOf)?.at;
      if (receivedAt === undefined) return undefined;
      return safeComputeClock(events, facts.procedure, calendar, slaAt(receivedAt), asOf);
    },

    countingRules: (period) => readCountingRules(reportRulesAt(period)),

    toAggregate: (period, rows) => mergeAggregates([{ period, rows }]),

    aggregateJs: (dossiers, period) => aggregate(dossiers, period, reportRulesAt(period)),

    merge: (parts) => mergeAggregates(parts),
  };
}
