/**
 * A one-stop service as a vendor would write it, with no HTTP in sight: plain functions a route
 * handler, a queue worker or a nightly job calls. Each takes untrusted input (JSON from a form or a
 * database), lets motcua validate it, and returns plain data or a `Result`.
 *
 * - {@link OneStopService.issueReceiptSlip} — the appointment printed on form 01 (`@motcua/sla` on
 *   the province's calendar);
 * - {@link OneStopService.replayDossier} — a dossier's state from its events (`@motcua/dossier`);
 * - {@link OneStopService.checkPermission} — may this actor do this now;
 * - {@link OneStopService.summarize} + {@link OneStopService.bieu06} — the dossier's line in the
 *   statistics, and Biểu số 06 over a period (`@motcua/reports`).
 *
 * @module
 */
import type { DayInfo } from "@motcua/calendar";
import {
  err,
  formatInstant,
  fromDayNumber,
  MotcuaError,
  vietnamDayNumber,
  type Actor,
  type CivilDate,
  type DossierEvent,
  type HandoverRegister,
  type InstantInput,
  type Level,
  type ProcedureInput,
  type Result,
} from "@motcua/core";
import { can, parseDossierEvents, replay, type DossierAction, type DossierSnapshot } from "@motcua/dossier";
import { sliceOf } from "@motcua/plugin-sdk";
import {
  aggregate,
  computeShares,
  toCsv,
  totalCounts,
  type Aggregate,
  type DossierSummary,
  type ReportCounts,
  type ReportPeriod,
  type ReportShares,
} from "@motcua/reports";
import { computeClock, computeDeadline } from "@motcua/sla";
import type { ProvinceRulebook } from "./rulebook";

/** Where a dossier is handled: the procedure, the one-stop unit and its handover register. */
export interface DossierContext {
  /** The procedure (from the province's catalogue). */
  readonly procedure: ProcedureInput;
  /** The one-stop unit, e.g. `DT-HCC`. */
  readonly officeId: string;
  /** Its level. */
  readonly officeLevel: Level;
  /** What postal staff operate there (`@motcua/handover`'s `toRegister` writes it). */
  readonly register?: HandoverRegister;
}

/** What form 01 prints, plus the days the deadline skipped (for the officer's screen). */
export interface ReceiptSlip {
  /** Dossier code (Art. 26 of Nghị định 61/2018). */
  readonly dossierCode: string;
  /** Valid-receipt instant, `+07:00`. */
  readonly receivedAt: string;
  /** Ngày hẹn trả: the appointed return instant, `+07:00`. */
  readonly dueAt: string;
  /** Its civil date. */
  readonly dueDate: CivilDate;
  /** Non-working days between receipt and the due date, with their kind, name and source. */
  readonly skipped: ReadonlyArray<DayInfo>;
}

/** Biểu 06 over a period: the aggregate, its total line, its shares and the CSV export. */
export interface Bieu06 {
  /** The aggregate (rows per level, office and domain). */
  readonly report: Aggregate;
  /** Total over all rows. */
  readonly total: ReportCounts;
  /** Channel and outcome shares, rounded as the official reports print them. */
  readonly shares: ReportShares;
  /** The CSV (UTF-8 with BOM, CRLF, Vietnamese headers). */
  readonly csv: string;
}

/** The service's functions, bound to one province rulebook. */
export interface OneStopService {
  /** The appointment for a dossier received at `receivedAt` (throws a coded `MotcuaError` on bad input). */
  issueReceiptSlip(input: {
    readonly procedure: ProcedureInput;
    readonly receivedAt: InstantInput;
    readonly dossierCode: string;
  }): ReceiptSlip;
  /** Replays untrusted events; the snapshot, or the coded refusal of the first bad event. */
  replayDossier(events: unknown, context: DossierContext): Result<DossierSnapshot>;
  /** May `actor` perform `action` on the dossier now? `ok(true)` or the coded refusal. */
  checkPermission(
    snapshot: DossierSnapshot,
    actor: Actor,
    action: DossierAction,
    at: InstantInput,
    context: DossierContext,
  ): Result<true>;
  /** The dossier's line in the statistics, as of `asOf`. */
  summarize(
    events: unknown,
    context: DossierContext & { readonly domain: string },
    asOf: InstantInput,
  ): DossierSummary;
  /** Biểu số 06 over `[from, to)`. */
  bieu06(dossiers: ReadonlyArray<DossierSummary>, period: ReportPeriod): Bieu06;
}

const dateOf = (ms: number): CivilDate => fromDayNumber(vietnamDayNumber(ms));

/** The receipt instant of a dossier's events (`received`, form 01), if any. */
const receivedAtOf = (events: ReadonlyArray<DossierEvent>): number | undefined =>
  events.find((e) => e.type === "received")?.at;

/** Builds the service over a province rulebook. */
export function makeOneStopService(rulebook: ProvinceRulebook): OneStopService {
  /** The due instant of form 01: the rules in force at receipt (a dossier keeps them). */
  const dueAtOf = (procedure: ProcedureInput, receivedAt: InstantInput): number => {
    const rules = rulebook.inputsAt(receivedAt);
    return computeDeadline(procedure, receivedAt, rules.calendar, rules.slaRules);
  };

  const replayParsed = (events: ReadonlyArray<DossierEvent>, context: DossierContext) => {
    const receivedAt = receivedAtOf(events);
    const first = events[0]?.at;
    const rules = rulebook.inputsAt(first ?? Date.now()); // no event yet: the rules in force now
    return replay(events, rules.dossierRules, {
      calendar: rules.calendar,
      ...(receivedAt === undefined ? {} : { dueAt: dueAtOf(context.procedure, receivedAt) }),
      scope: {
        procedure: context.procedure,
        officeId: context.officeId,
        officeLevel: context.officeLevel,
        ...(context.register === undefined ? {} : { register: context.register }),
      },
    });
  };

  return {
    issueReceiptSlip({ procedure, receivedAt, dossierCode }) {
      const due = dueAtOf(procedure, receivedAt);
      const { calendar } = rulebook.inputsAt(receivedAt);
      const start = calendar.nextWorkingInstant(receivedAt);
      return {
        dossierCode,
        receivedAt: formatInstant(start),
        dueAt: formatInstant(due),
        dueDate: dateOf(due),
        skipped: calendar.explain(dateOf(start), dateOf(due)),
      };
    },

    replayDossier(events, context) {
      let parsed: ReadonlyArray<DossierEvent>;
      try {
        parsed = parseDossierEvents(events);
      } catch (e) {
        return err(e as MotcuaError);
      }
      return replayParsed(parsed, context);
    },

    checkPermission(snapshot, actor, action, at, context) {
      const rules = rulebook.inputsAt(snapshot.receivedAt ?? at);
      return can(snapshot, actor, action, {
        rules: rules.dossierRules,
        at,
        calendar: rules.calendar,
        procedure: context.procedure,
        officeId: context.officeId,
        officeLevel: context.officeLevel,
        ...(context.register === undefined ? {} : { register: context.register }),
      });
    },

    summarize(events, context, asOf) {
      const parsed = parseDossierEvents(events);
      const snapshot = replayParsed(parsed, context);
      if (!snapshot.ok) throw snapshot.error;
      const { receivedAt, channel, decision } = snapshot.value;
      if (receivedAt === undefined || channel === undefined)
        throw new MotcuaError({
          code: "EXAMPLE_NOT_RECEIVED",
          vi: "Hồ sơ chưa được tiếp nhận nên chưa được thống kê",
          en: "The dossier was not received, so it is not counted",
          path: ["events"],
        });
      const rules = rulebook.inputsAt(receivedAt);
      const clock = computeClock(parsed, context.procedure, rules.calendar, rules.slaRules, asOf);
      return {
        officeId: context.officeId,
        level: context.officeLevel,
        domain: context.domain,
        channel,
        receivedAt: clock.receivedAt,
        dueAt: clock.due.judged,
        ...(clock.status === "completed" && clock.endedAt !== null ? { completedAt: clock.endedAt } : {}),
        ...(clock.stopReason !== null
          ? { closure: clock.stopReason }
          : decision === "refused"
            ? { closure: "refused" as const }
            : {}),
      };
    },

    bieu06(dossiers, period) {
      // The province's Biểu 06 rules in force on the period's first day (one door: the composed rulebook).
      const rules = sliceOf(rulebook.inputsAt(period.from).rulebook, "reports");
      const report = aggregate(dossiers, period, rules);
      const total = totalCounts(report);
      return { report, total, shares: computeShares(total, rules), csv: toCsv(report, rules) };
    },
  };
}
