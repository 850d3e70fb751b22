/**
 * The deadline clock of a dossier, computed from its events at an instant `asOf`, and explained.
 *
 * @module
 */
import {
  DossierEventSchema,
  err,
  formatInstant,
  fromDayNumber,
  isMotcuaError,
  MotcuaError,
  ok,
  safeDecode,
  toDayNumber,
  vietnamDate,
  vietnamDayNumber,
  vietnamInstant,
  type DossierEvent,
  type DossierEventInput,
  type InstantInput,
  type LegalRef,
  type Procedure,
  type ProcedureInput,
  type Result,
} from "@motcua/core";
import type { WorkingCalendar } from "@motcua/calendar";
import * as z from "zod/mini";
import { eventPrecedence } from "./eventPrecedence";
import { judgeCompletion, judgePending } from "./judgeOutcome";
import { slaRuleSourcesOn } from "./ruleSources";
import type { ClockExplainEntry, ClockStatus, PauseInterval, SlaClock } from "./SlaClock";
import { SLA_ERROR_CODES } from "./SlaErrorCode";
import type { SlaRules } from "./slaSlot";
import { clockRulesOf } from "./internal/clockRules";
import { checkSlice, rule } from "./internal/rules";
import { fail } from "./internal/fail";
import { explainedDays } from "./internal/explainedDays";
import { checkCalendar, compileProcedure, toInstant } from "./internal/inputs";
import { replay, type IndexedEvent } from "./internal/replay";

const EventsSchema = z.array(DossierEventSchema);

function parseEvents(input: unknown): IndexedEvent[] {
  if (!Array.isArray(input)) {
    return fail(
      SLA_ERROR_CODES.invalidEvents,
      ["events"],
      "Danh sách sự kiện của hồ sơ phải là một mảng",
      "The dossier's events must be an array",
    );
  }
  const r = safeDecode(EventsSchema, input, {
    code: SLA_ERROR_CODES.invalidEvents,
    path: ["events"],
    label: { en: "dossier event", vi: "Sự kiện hồ sơ" },
  });
  if (!r.ok) throw r.error;
  const events = r.value;
  const seen = new Map<string, number>();
  events.forEach((e, i) => {
    const before = seen.get(e.id);
    if (before !== undefined) {
      fail(
        SLA_ERROR_CODES.duplicateEventId,
        ["events", i, "id"],
        `Mã sự kiện "${e.id}" bị trùng (đã dùng ở vị trí ${before})`,
        `Duplicate event id "${e.id}" (already used at index ${before})`,
        { id: e.id, first: before },
      );
    }
    seen.set(e.id, i);
    const prev = events[i - 1];
    if (prev !== undefined && e.at < prev.at) {
      fail(
        SLA_ERROR_CODES.eventsOutOfOrder,
        ["events", i, "at"],
        `Sự kiện "${e.id}" (${formatInstant(e.at)}) sớm hơn sự kiện trước nó "${prev.id}" (${formatInstant(prev.at)})`,
        `Event "${e.id}" (${formatInstant(e.at)}) is earlier than the event before it, "${prev.id}" (${formatInstant(prev.at)})`,
        { id: e.id, previous: prev.id },
      );
    }
  });
  return events.map((event, index) => ({ event, index }));
}

const byTimeThenPrecedence = (a: IndexedEvent, b: IndexedEvent): number =>
  a.event.at - b.event.at || eventPrecedence(a.event) - eventPrecedence(b.event) || a.index - b.index;

/**
 * The deadline clock of a dossier at `asOf`: when it started, the due instants (what the applicant
 * sees and the one judged against), the status, working time elapsed and remaining, pauses, the
 * outcome (completed) or pending state, the warning level, and an `explain` timeline.
 *
 * `rules` is the rulebook's `sla` slice (`sliceOf(rulebook, "sla")` in `@motcua/plugin-sdk`); the
 * clock holds no value of its own and throws `RULE_MISSING` naming a rule it needs that the slice
 * lacks. The event facts (reschedule, supplement, refusal, end) come from {@link eventRulesOf},
 * the same functions `@motcua/dossier`'s `replay` calls. What it applies:
 * - the clock starts at `received` (for a postal dossier the handover record at the agency: the
 *   `postalHandedOver` event precedes it and inbound transit never counts), moved to working time;
 * - a supplement request (at most `sla.supplementRequestsMax` per stage; at appraisal within
 *   `sla.appraisalReturnWorkingDays` of the receipt) restarts the period from the complete
 *   supplement (`sla.supplementPolicy: restart`, law) or pauses the clock meanwhile (`pause`,
 *   practice; absent: the procedure's own `supplementPolicy`); a pause keeps the remaining
 *   working time and never makes a due instant earlier;
 * - a reschedule (at most `sla.reschedulesMax`, at least `sla.lateNoticeDaysBefore`
 *   `sla.lateNoticeDayKind` before the due day) changes `due.current`; `due.judged` stays the
 *   original unless `sla.lateJudgedAgainst: "rescheduled"`;
 * - `resultReady` ends the agency's time (`resultReturned` does when no `resultReady` came first);
 *   `stopped` and `withdrawn` end the clock; a withdrawn dossier is not judged, a stopped one is
 *   judged at its stop only when the rulebook's `sla.stoppedJudgement` says `judgedAtStop`;
 * - events after `asOf` are ignored, so `asOf` can be any past cut-off.
 *
 * Events must be in non-decreasing time order; same-instant events are applied in the declared
 * {@link EVENT_PRECEDENCE}. Already-parsed events (epoch-ms `at`) are accepted.
 *
 * Throws a `MotcuaError` with an `SLA_*` code (see {@link SLA_ERROR_CODES}) for bad input or an
 * impossible sequence; {@link safeComputeClock} returns it instead.
 *
 * @example
 * ```ts
 * import { formatInstant } from "@motcua/core";
 * import { nationalCalendar, nationalRulebook } from "@motcua/national";
 * import { sliceOf } from "@motcua/plugin-sdk";
 * import { computeClock } from "@motcua/sla";
 *
 * const actor = { role: "postalStaff" } as const;
 * const clock = computeClock(
 *   [{ id: "e1", type: "received", at: "2026-02-12T09:00:00+07:00", actor, dossierCode: "H23-260212-0001" }],
 *   { code: "1.001234", processingTime: { amount: 3, unit: "workingDays" } },
 *   nationalCalendar(),
 *   sliceOf(nationalRulebook("2026-02-12"), "sla"),
 *   "2026-02-23T09:00:00+07:00",
 * );
 * formatInstant(clock.due.current); // "2026-02-24T09:00:00+07:00"
 * clock.pending; // "withinDeadline"
 * clock.explain.filter((x) => x.kind === "nonWorkingDay").length; // 9: weekends and Tết 16–20/2
 * ```
 * @since 0.1.0
 * @category Clock
 */
export function computeClock(
  events: ReadonlyArray<DossierEventInput | DossierEvent>,
  procedure: ProcedureInput | Procedure,
  calendar: WorkingCalendar,
  rules: SlaRules,
  asOf: InstantInput,
): SlaClock {
  const cal = checkCalendar(calendar, ["calendar"]);
  const proc = compileProcedure(procedure, ["procedure"]);
  const now = toInstant(asOf, ["asOf"]);
  const parsed = parseEvents(events);
  const pol = clockRulesOf(rules, ["rules"]);
  const ordered = parsed.filter((ie) => ie.event.at <= now).sort(byTimeThenPrecedence);
  const r = replay(ordered, proc, cal, pol, pol.supplement ?? proc.supplementPolicy, now);

  const status: ClockStatus =
    r.end === null
      ? r.provisional
        ? "paused"
        : "running"
      : r.end.kind === "completed"
        ? "completed"
        : "stopped";
  const until = r.end === null ? now : r.end.at;
  const judged = pol.judgeAgainst === "rescheduled" ? r.dueCurrent : r.dueOriginal;

  // A period awaiting its restart has not started again: nothing of it has elapsed yet.
  const awaitingRestart = r.provisional && r.pauses[r.pauses.length - 1]?.restart === true;
  const periodStart = awaitingRestart ? until : r.periodStartedAt;
  const pauses: PauseInterval[] = r.pauses.map((p) => ({
    from: p.from,
    to: p.to,
    reasons: [...p.reasons],
    restart: p.restart,
    workingMinutes: Math.max(0, cal.workingMinutesBetween(p.from, p.to ?? until)),
    eventIds: [...p.eventIds],
  }));
  let elapsed = Math.max(0, cal.workingMinutesBetween(periodStart, until));
  for (const p of pauses) {
    const from = Math.max(p.from, periodStart);
    const to = Math.min(p.to ?? until, until);
    if (to > from) elapsed -= cal.workingMinutesBetween(from, to);
  }
  elapsed = Math.max(0, elapsed);
  const remaining = cal.workingMinutesBetween(until, judged);
  const ratio = r.periodMinutes > 0 ? Math.max(0, 1 - remaining / r.periodMinutes) : remaining >= 0 ? 0 : 1;
  const reached = pol.warningThresholds.filter((t) => ratio >= t);

  return {
    status,
    receivedAt: r.receivedAt,
    startedAt: r.startedAt,
    periodStartedAt: r.periodStartedAt,
    restarts: r.restarts,
    due: {
      current: r.dueCurrent,
      original: r.dueOriginal,
      judged,
      provisional: r.provisional,
      rescheduledAt: r.rescheduledAt,
    },
    endedAt: r.end === null ? null : r.end.at,
    stopReason: r.end === null || r.end.kind === "completed" ? null : r.end.kind,
    elapsedMinutes: elapsed,
    remainingMinutes: remaining,
    periodMinutes: r.periodMinutes,
    pauses,
    outcome:
      r.end?.kind === "completed" || (r.end?.kind === "stopped" && stoppedJudged(rules))
        ? judgeCompletion(r.end.at, judged)
        : null,
    pending: r.end === null ? judgePending(now, judged) : null,
    warning: { ratio, level: reached.length, threshold: reached[reached.length - 1] ?? null },
    explain: buildExplain(r, pauses, cal, until, pol.events.refs.reschedule),
  };
}

/**
 * Whether a stopped dossier is judged at its stop: the rulebook's `sla.stoppedJudgement`, read
 * only for a stopped dossier (`RULE_MISSING` naming it when the rules lack it).
 */
const stoppedJudged = (rules: SlaRules): boolean =>
  rule(checkSlice(rules, ["rules"]), "stoppedJudgement", ["rules"]).value === "judgedAtStop";

function buildExplain(
  r: ReturnType<typeof replay>,
  pauses: ReadonlyArray<PauseInterval>,
  cal: WorkingCalendar,
  until: number,
  rescheduleRef: LegalRef,
): ClockExplainEntry[] {
  const out: ClockExplainEntry[] = [...r.entries];
  const sources = slaRuleSourcesOn(vietnamDate(r.receivedAt));
  if (r.startedAt !== r.receivedAt) {
    out.push({
      kind: "start",
      at: r.startedAt,
      from: r.receivedAt,
      vi: r.afterCutoff
        ? `Tiếp nhận sau giờ chốt trong ngày: tính từ ${formatInstant(r.startedAt)}`
        : `Tiếp nhận ngoài giờ làm việc: bắt đầu tính từ ${formatInstant(r.startedAt)}`,
      en: r.afterCutoff
        ? `Received after the same-day cut-off: counted from ${formatInstant(r.startedAt)}`
        : `Received outside working time: the clock starts at ${formatInstant(r.startedAt)}`,
      legalRef: r.afterCutoff ? sources.sameDayCutoff : sources.outsideWorkingTime,
    });
  }
  for (const p of pauses) {
    const vi = p.to === null ? "đang tạm dừng" : `đến ${formatInstant(p.to)}`;
    const en = p.to === null ? "still paused" : `until ${formatInstant(p.to)}`;
    out.push({
      kind: "pause",
      at: p.from,
      to: p.to,
      reasons: p.reasons,
      workingMinutes: p.workingMinutes,
      vi: `Không tính thời hạn từ ${formatInstant(p.from)} ${vi} (${p.workingMinutes} phút làm việc)`,
      en: `Clock not running from ${formatInstant(p.from)} ${en} (${p.workingMinutes} working minutes)`,
    });
  }
  out.push({
    kind: "due",
    which: "original",
    at: r.dueOriginal,
    vi: `Hạn giải quyết theo quy định: ${formatInstant(r.dueOriginal)}`,
    en: `Legal deadline: ${formatInstant(r.dueOriginal)}`,
    legalRef: sources.receipt,
  });
  if (r.dueCurrent !== r.dueOriginal) {
    out.push({
      kind: "due",
      which: "current",
      at: r.dueCurrent,
      vi: `Ngày hẹn trả hiện tại: ${formatInstant(r.dueCurrent)}`,
      en: `Current appointment: ${formatInstant(r.dueCurrent)}`,
      legalRef: rescheduleRef,
    });
  }
  const first = vietnamDayNumber(r.receivedAt);
  const last = vietnamDayNumber(Math.max(r.dueCurrent, r.dueOriginal, until));
  if (last >= first) {
    for (const d of explainedDays(cal, fromDayNumber(first), fromDayNumber(last + 1), [
      "calendar",
      "explain",
    ])) {
      out.push({
        kind: "nonWorkingDay",
        at: vietnamInstant(toDayNumber(d.date), 0),
        date: d.date,
        dayKind: d.kind,
        projected: d.projected,
        ...(d.name === undefined ? {} : { name: d.name }),
        ...(d.legalRef === undefined ? {} : { legalRef: d.legalRef }),
        vi: `${d.date}: không phải ngày làm việc (${d.name ?? dayKindVi(d.kind)})${d.projected ? ", dự kiến" : ""}`,
        en: `${d.date}: not a working day (${d.nameEn ?? d.name ?? d.kind})${d.projected ? ", projected" : ""}`,
      });
    }
  }
  const order = { nonWorkingDay: 0, start: 2, event: 1, pause: 3, due: 4 } as const;
  return out
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || order[a.e.kind] - order[b.e.kind] || a.i - b.i)
    .map((x) => x.e);
}

const dayKindVi = (kind: string): string =>
  ({
    weekend: "nghỉ cuối tuần",
    holiday: "ngày lễ",
    compensatory: "nghỉ bù",
    localDayOff: "ngày nghỉ của địa phương",
  })[kind] ?? kind;

/**
 * {@link computeClock} returning a `Result` instead of throwing: `{ ok: true, value }` or
 * `{ ok: false, error }` with the coded `MotcuaError`. It never throws: an error that is not a
 * `MotcuaError` comes back as `SLA_UNEXPECTED` with the original as its `cause`.
 *
 * @example
 * ```ts
 * import { nationalCalendar, nationalRulebook } from "@motcua/national";
 * import { sliceOf } from "@motcua/plugin-sdk";
 * import { safeComputeClock } from "@motcua/sla";
 * const r = safeComputeClock([], { code: "X", processingTime: { amount: 3, unit: "workingDays" } },
 *   nationalCalendar(), sliceOf(nationalRulebook("2026-02-12"), "sla"), "2026-02-23T09:00:00+07:00");
 * if (!r.ok) r.error.code; // "SLA_NOT_RECEIVED"
 * ```
 * @since 0.1.0
 * @category Clock
 */
export function safeComputeClock(
  events: ReadonlyArray<DossierEventInput | DossierEvent>,
  procedure: ProcedureInput | Procedure,
  calendar: WorkingCalendar,
  rules: SlaRules,
  asOf: InstantInput,
): Result<SlaClock> {
  try {
    return ok(computeClock(events, procedure, calendar, rules, asOf));
  } catch (e) {
    if (isMotcuaError(e)) return err(e);
    // "safe" means it never throws: anything else is still returned, coded, with the original.
    return err(
      new MotcuaError({
        code: SLA_ERROR_CODES.unexpected,
        vi: "Lỗi không lường trước khi tính thời hạn (xin báo lỗi này)",
        en: "Unexpected error while computing the clock (please report it)",
        cause: e,
      }),
    );
  }
}
