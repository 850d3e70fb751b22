/**
 * The stable error codes of `@motcua/sla`. Every error is a core `MotcuaError` with one of these
 * codes, a Vietnamese and an English message, and the path of the offending input.
 *
 * @module
 */

/**
 * Every error code `@motcua/sla` throws, with what it means.
 *
 * | code | meaning |
 * |---|---|
 * | `SLA_INVALID_PROCEDURE` | the procedure does not match core's `ProcedureSchema` |
 * | `SLA_INVALID_POLICY` | the `sla` rules are not a slice, or a value does not match {@link slaSlot}'s schema |
 * | `SLA_INVALID_CALENDAR` | the calendar is not a `WorkingCalendar` from `@motcua/calendar` |
 * | `SLA_INVALID_INSTANT` | `receivedAt` / `asOf` is not an instant (ISO with offset or epoch ms) |
 * | `SLA_INVALID_EVENTS` | the events are not an array of core `DossierEvent`s |
 * | `SLA_DUPLICATE_EVENT_ID` | two events share an id |
 * | `SLA_EVENTS_OUT_OF_ORDER` | an event is earlier than the one before it, or a lifecycle order is broken (e.g. the postal handover after the receipt) |
 * | `SLA_EVENT_IMPOSSIBLE` | an event that cannot happen at that point (a supplement received before it was requested, a second receipt, …) |
 * | `SLA_EVENT_AFTER_END` | an event that moves the clock after the result was ready or processing was stopped |
 * | `SLA_NOT_RECEIVED` | no valid receipt (`received`) at or before `asOf`: the clock has not started |
 * | `SLA_RESCHEDULE_LIMIT` | more reschedules than the policy allows (law: once) |
 * | `SLA_RESCHEDULE_TOO_LATE` | the apology and new appointment came less than the required day(s) (`sla.lateNoticeDaysBefore`, `sla.lateNoticeDayKind`) before the due date |
 * | `SLA_RESCHEDULE_NOT_LATER` | the new appointment is not after the current one |
 * | `SLA_SUPPLEMENT_LIMIT` | more supplement requests at one stage than `sla.supplementRequestsMax` (law: once) |
 * | `SLA_SUPPLEMENT_WINDOW_CLOSED` | an appraisal supplement request after `sla.appraisalReturnWorkingDays` working days from the receipt |
 * | `RULE_MISSING` (core) | the `sla` slice lacks a rule the function needs (`data.rule` names it) |
 * | `SLA_UNEXPECTED` | `safeComputeClock` caught an error that was not a `MotcuaError` (a bug to report; the original is the `cause`) |
 *
 * Errors of the calendar itself (e.g. `CALENDAR_OUT_OF_RANGE`) pass through unchanged.
 *
 * @example
 * ```ts
 * import { isMotcuaError } from "@motcua/core";
 * import { SLA_ERROR_CODES } from "@motcua/sla";
 * const e: unknown = new Error("x");
 * if (isMotcuaError(e, SLA_ERROR_CODES.eventImpossible)) console.log(e.path);
 * ```
 * @since 0.1.0
 * @category Errors
 */
export const SLA_ERROR_CODES = {
  invalidProcedure: "SLA_INVALID_PROCEDURE",
  invalidPolicy: "SLA_INVALID_POLICY",
  invalidCalendar: "SLA_INVALID_CALENDAR",
  invalidInstant: "SLA_INVALID_INSTANT",
  invalidEvents: "SLA_INVALID_EVENTS",
  duplicateEventId: "SLA_DUPLICATE_EVENT_ID",
  eventsOutOfOrder: "SLA_EVENTS_OUT_OF_ORDER",
  eventImpossible: "SLA_EVENT_IMPOSSIBLE",
  eventAfterEnd: "SLA_EVENT_AFTER_END",
  notReceived: "SLA_NOT_RECEIVED",
  rescheduleLimit: "SLA_RESCHEDULE_LIMIT",
  rescheduleTooLate: "SLA_RESCHEDULE_TOO_LATE",
  rescheduleNotLater: "SLA_RESCHEDULE_NOT_LATER",
  supplementLimit: "SLA_SUPPLEMENT_LIMIT",
  supplementWindowClosed: "SLA_SUPPLEMENT_WINDOW_CLOSED",
  unexpected: "SLA_UNEXPECTED",
} as const;

/**
 * One of the {@link SLA_ERROR_CODES}.
 *
 * @example
 * ```ts
 * import type { SlaErrorCode } from "@motcua/sla";
 * const code: SlaErrorCode = "SLA_NOT_RECEIVED";
 * ```
 * @since 0.1.0
 * @category Errors
 */
export type SlaErrorCode = (typeof SLA_ERROR_CODES)[keyof typeof SLA_ERROR_CODES];
