/**
 * The one reading of a dossier's events: every event-dependent fact that both the lifecycle
 * (`@motcua/dossier`'s `replay`) and the clock ({@link computeClock}) need — whether a reschedule
 * is allowed and its notice, supplement once and its window, a refusal in time, postal delivery
 * attempts, what ends the dossier — computed here, once, from the `sla` slice. Both packages call
 * these functions; neither has its own copy, so they cannot disagree.
 *
 * @module
 */
import type { DossierEvent, LegalRef } from "@motcua/core";
import { guardFunction, vietnamDayNumber } from "@motcua/core";
import type { SlaRules } from "./slaSlot";
import { checkSlice, rule } from "./internal/rules";

/**
 * The working-day arithmetic the event facts need (`@motcua/calendar`'s `WorkingCalendar` has it).
 *
 * @since 0.2.0
 * @category Events
 */
export interface WorkingDayArithmetic {
  /** The day number `n` working days after (or before, `n < 0`) day number `day`. */
  addWorkingDayNumbers(day: number, n: number): number;
}

/**
 * The event rules of an `sla` slice, read once: the values both readers apply, and the legal
 * reference of each (the plugin layer that supplied it).
 *
 * @since 0.2.0
 * @category Events
 */
export interface EventRules {
  /** Supplement requests allowed per stage (`sla.supplementRequestsMax`). */
  readonly supplementLimit: number;
  /** Working days after receipt for an appraisal supplement request (`sla.appraisalReturnWorkingDays`). */
  readonly appraisalWindow: number;
  /** Re-appointments allowed (`sla.reschedulesMax`). */
  readonly maxReschedules: number;
  /** Days of notice before the due day (`sla.lateNoticeDaysBefore`, cited by `refs.reschedule`'s sibling `refs.notice` for the day kind). */
  readonly noticeDays: number;
  /** Whether the notice counts working or calendar days (`sla.lateNoticeDayKind`). */
  readonly noticeDayKind: "workingDays" | "calendarDays";
  /** A refusal after appraisal must come by the due instant (`sla.refusalWithinDeadline`). */
  readonly refusalWithinDeadline: boolean;
  /** Postal delivery invitations before a result is undeliverable (`sla.postalDeliveryAttempts`). */
  readonly undeliverableAttempts: number;
  /** The legal reference of each fact. */
  readonly refs: {
    readonly supplementLimit: LegalRef;
    readonly appraisalWindow: LegalRef;
    readonly reschedule: LegalRef;
    readonly notice: LegalRef;
    readonly refusalWithinDeadline: LegalRef;
    readonly undeliverableAttempts: LegalRef;
  };
}

const compiled = new WeakMap<object, EventRules>();

/**
 * Reads the event rules of an `sla` slice (cached per slice object). Throws `RULE_MISSING`
 * naming the first absent key (`sla.reschedulesMax`, …) and `SLA_INVALID_POLICY` for a value that
 * does not match the slot's schema; never falls back to a built-in value.
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { eventRulesOf } from "@motcua/sla";
 * const rules = eventRulesOf(sliceOf(composeRulebook([national], { asOf: "2024-06-03" }), "sla"));
 * rules.maxReschedules; // 1
 * ```
 * @since 0.2.0
 * @category Events
 */
export const eventRulesOf = guardFunction(
  "eventRulesOf",
  function eventRulesOf(rules: SlaRules, path: ReadonlyArray<string | number> = ["rules"]): EventRules {
    const slice = checkSlice(rules, path);
    const hit = compiled.get(slice);
    if (hit !== undefined) return hit;
    const supplement = rule(slice, "supplementRequestsMax", path);
    const window = rule(slice, "appraisalReturnWorkingDays", path);
    const reschedules = rule(slice, "reschedulesMax", path);
    const notice = rule(slice, "lateNoticeDaysBefore", path);
    const kind = rule(slice, "lateNoticeDayKind", path);
    const refusal = rule(slice, "refusalWithinDeadline", path);
    const delivery = rule(slice, "postalDeliveryAttempts", path);
    const out: EventRules = Object.freeze({
      supplementLimit: supplement.value,
      appraisalWindow: window.value,
      maxReschedules: reschedules.value,
      noticeDays: notice.value,
      noticeDayKind: kind.value,
      refusalWithinDeadline: refusal.value,
      undeliverableAttempts: delivery.value.invitations,
      refs: Object.freeze({
        supplementLimit: supplement.legalRef,
        appraisalWindow: window.legalRef,
        reschedule: reschedules.legalRef,
        notice: kind.legalRef,
        refusalWithinDeadline: refusal.legalRef,
        undeliverableAttempts: delivery.legalRef,
      }),
    });
    compiled.set(slice, out);
    return out;
  },
  { rules: "object", path: "array?" },
);

/**
 * The verdict on a reschedule (apology and new appointment, form 04): `ok`, or why it is refused —
 * `limit` (no re-appointment left), `tooLate` (less notice than the rules ask before the due
 * day, or after the due instant), `notLater` (the new appointment is not after the current one
 * and after the reschedule itself).
 *
 * @since 0.2.0
 * @category Events
 */
export type RescheduleVerdict = "ok" | "limit" | "tooLate" | "notLater";

/**
 * The last Vietnamese day number on which a reschedule may be made for a due instant:
 * `lateNoticeDaysBefore` working days (or calendar days, per `lateNoticeDayKind`) before the due
 * day; 0 days = the due day itself.
 *
 * @example
 * ```ts
 * import { latestRescheduleDay, type EventRules } from "@motcua/sla";
 * declare const rules: EventRules;
 * const calendar = { addWorkingDayNumbers: (day: number, n: number) => day + n };
 * latestRescheduleDay(rules, calendar, Date.parse("2026-02-24T09:00:00+07:00"));
 * ```
 * @since 0.2.0
 * @category Events
 */
export const latestRescheduleDay = guardFunction(
  "latestRescheduleDay",
  function latestRescheduleDay(rules: EventRules, calendar: WorkingDayArithmetic, dueAt: number): number {
    const dueDay = vietnamDayNumber(dueAt);
    if (rules.noticeDays === 0) return dueDay;
    return rules.noticeDayKind === "calendarDays"
      ? dueDay - rules.noticeDays
      : calendar.addWorkingDayNumbers(dueDay, -rules.noticeDays);
  },
  { rules: "object", calendar: ["addWorkingDayNumbers"], dueAt: "number" },
);

/**
 * Whether a reschedule at `at` to `newDueAt` is allowed after `done` earlier reschedules, with the
 * current due instant `dueAt` (undefined: not known, so only the limit and the order are checked).
 * The lifecycle refuses the event with this verdict; the clock moves its current due instant to
 * `newDueAt` exactly when it is `ok`.
 *
 * @example
 * ```ts
 * import { rescheduleVerdict, type EventRules } from "@motcua/sla";
 * declare const rules: EventRules;
 * const calendar = { addWorkingDayNumbers: (day: number, n: number) => day + n };
 * const due = Date.parse("2026-02-24T09:00:00+07:00");
 * rescheduleVerdict(rules, calendar, 0, due, due - 86_400_000 * 3, due + 86_400_000 * 5); // "ok"
 * ```
 * @since 0.2.0
 * @category Events
 */
export const rescheduleVerdict = guardFunction(
  "rescheduleVerdict",
  function rescheduleVerdict(
    rules: EventRules,
    calendar: WorkingDayArithmetic,
    done: number,
    dueAt: number | undefined,
    at: number,
    newDueAt: number,
  ): RescheduleVerdict {
    if (done >= rules.maxReschedules) return "limit";
    if (
      dueAt !== undefined &&
      (at > dueAt || vietnamDayNumber(at) > latestRescheduleDay(rules, calendar, dueAt))
    )
      return "tooLate";
    if (newDueAt <= at || (dueAt !== undefined && newDueAt <= dueAt)) return "notLater";
    return "ok";
  },
  {
    rules: "object",
    calendar: ["addWorkingDayNumbers"],
    done: "number",
    dueAt: "number?",
    at: "number",
    newDueAt: "number",
  },
);

/**
 * The verdict on a supplement request: `ok`, `limit` (already asked as often as the rules allow at
 * this stage: the law says once, listing everything missing), or `windowClosed` (an appraisal
 * request after the working-day window that follows the receipt).
 *
 * @since 0.2.0
 * @category Events
 */
export type SupplementVerdict = "ok" | "limit" | "windowClosed";

/**
 * The last Vietnamese day number on which appraisal may ask for a supplement, for a dossier
 * received at `receivedAt`: `appraisalReturnWorkingDays` working days after the receipt day.
 *
 * @example
 * ```ts
 * import { appraisalSupplementLastDay, type EventRules } from "@motcua/sla";
 * declare const rules: EventRules;
 * const calendar = { addWorkingDayNumbers: (day: number, n: number) => day + n };
 * appraisalSupplementLastDay(rules, calendar, Date.parse("2026-02-12T09:00:00+07:00"));
 * ```
 * @since 0.2.0
 * @category Events
 */
export const appraisalSupplementLastDay = guardFunction(
  "appraisalSupplementLastDay",
  function appraisalSupplementLastDay(
    rules: EventRules,
    calendar: WorkingDayArithmetic,
    receivedAt: number,
  ): number {
    return calendar.addWorkingDayNumbers(vietnamDayNumber(receivedAt), rules.appraisalWindow);
  },
  { rules: "object", calendar: ["addWorkingDayNumbers"], receivedAt: "number" },
);

/**
 * Whether a supplement request at `at` is allowed after `asked` earlier requests at the same stage.
 * `lastDay` is the appraisal window's last day ({@link appraisalSupplementLastDay}) for an
 * appraisal request, `undefined` for a receipt-stage request (no window).
 *
 * @example
 * ```ts
 * import { supplementVerdict, type EventRules } from "@motcua/sla";
 * declare const rules: EventRules;
 * supplementVerdict(rules, 1, undefined, Date.now()); // "limit" when the limit is 1
 * ```
 * @since 0.2.0
 * @category Events
 */
export const supplementVerdict = guardFunction(
  "supplementVerdict",
  function supplementVerdict(
    rules: EventRules,
    asked: number,
    lastDay: number | undefined,
    at: number,
  ): SupplementVerdict {
    if (asked >= rules.supplementLimit) return "limit";
    if (lastDay !== undefined && vietnamDayNumber(at) > lastDay) return "windowClosed";
    return "ok";
  },
  { rules: "object", asked: "number", lastDay: "number?", at: "number" },
);

/**
 * Whether a refusal after appraisal at `at` is in time for the due instant `dueAt` (always, when
 * the rules do not require it or the due instant is unknown).
 *
 * @example
 * ```ts
 * import { refusalInTime, type EventRules } from "@motcua/sla";
 * declare const rules: EventRules;
 * refusalInTime(rules, undefined, Date.now()); // true
 * ```
 * @since 0.2.0
 * @category Events
 */
export const refusalInTime = guardFunction(
  "refusalInTime",
  (rules: EventRules, dueAt: number | undefined, at: number): boolean =>
    !rules.refusalWithinDeadline || dueAt === undefined || at <= dueAt,
  { rules: "object", dueAt: "number?", at: "number" },
);

/**
 * How an event ends the dossier's handling, if it does: `stopped` (processing stopped, form 05),
 * `withdrawn` (the applicant withdraws), or `null`. The lifecycle closes the dossier on both, and
 * the clock ends without a judgement.
 *
 * @example
 * ```ts
 * import { endOf } from "@motcua/sla";
 * endOf({ type: "withdrawn" }); // "withdrawn"
 * ```
 * @since 0.2.0
 * @category Events
 */
export const endOf = guardFunction(
  "endOf",
  (event: Pick<DossierEvent, "type">): "stopped" | "withdrawn" | null =>
    event.type === "stopped" ? "stopped" : event.type === "withdrawn" ? "withdrawn" : null,
  { event: "object" },
);
