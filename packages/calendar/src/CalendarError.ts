/**
 * The stable error codes of `@motcua/calendar`. Every error is a `MotcuaError` from
 * `@motcua/core` with one of these codes, a Vietnamese and an English message, and the path of the
 * offending field.
 *
 * @module
 */

/**
 * Error codes thrown by the calendar, as a frozen record (`CalendarErrorCode.OUT_OF_RANGE` is
 * `"CALENDAR_OUT_OF_RANGE"`).
 *
 * | code | when |
 * |---|---|
 * | `CALENDAR_INVALID_DATE` | not a real `YYYY-MM-DD` date (`2025-02-30`) |
 * | `CALENDAR_INVALID_INSTANT` | not an ISO instant with offset, finite epoch ms or a valid `Date` |
 * | `CALENDAR_INVALID_NUMBER` | a count of days or minutes that is not a (safe integer / finite) number |
 * | `CALENDAR_OUT_OF_RANGE` | a date, instant or result outside the calendar's years |
 * | `CALENDAR_INVALID_RANGE` | `fromYear`/`toYear` not integers, reversed or outside the supported years |
 * | `CALENDAR_INVALID_OPTIONS` | malformed options or overlay (unknown field, wrong type…) |
 * | `CALENDAR_INVALID_RULES` | a malformed rule of the `calendar` slice (a rule it needs but lacks is `RULE_MISSING`) |
 * | `CALENDAR_INVALID_SESSION` | a session that ends before it starts, is empty or leaves the day |
 * | `CALENDAR_OVERLAPPING_SESSIONS` | two sessions (or two seasons) of one office-hours entry overlap |
 * | `CALENDAR_NOT_WORKING_DAY` | a working day was required (e.g. `endOfWorkingDay`) |
 * | `CALENDAR_INVALID_LUNAR_DATE` | a lunar date that does not exist (leap flag on a non-leap month, day 30 of a short month) |
 *
 * @example
 * ```ts
 * import { isMotcuaError } from "@motcua/core";
 * import { CalendarErrorCode, type WorkingCalendar } from "@motcua/calendar";
 * declare const calendar: WorkingCalendar;
 * try {
 *   calendar.isWorkingDay("2025-02-30");
 * } catch (e) {
 *   isMotcuaError(e, CalendarErrorCode.INVALID_DATE); // true
 * }
 * ```
 * @since 0.1.0
 * @category Errors
 */
export const CalendarErrorCode = Object.freeze({
  INVALID_DATE: "CALENDAR_INVALID_DATE",
  INVALID_INSTANT: "CALENDAR_INVALID_INSTANT",
  INVALID_NUMBER: "CALENDAR_INVALID_NUMBER",
  OUT_OF_RANGE: "CALENDAR_OUT_OF_RANGE",
  INVALID_RANGE: "CALENDAR_INVALID_RANGE",
  INVALID_OPTIONS: "CALENDAR_INVALID_OPTIONS",
  INVALID_RULES: "CALENDAR_INVALID_RULES",
  INVALID_SESSION: "CALENDAR_INVALID_SESSION",
  OVERLAPPING_SESSIONS: "CALENDAR_OVERLAPPING_SESSIONS",
  NOT_WORKING_DAY: "CALENDAR_NOT_WORKING_DAY",
  INVALID_LUNAR_DATE: "CALENDAR_INVALID_LUNAR_DATE",
} as const);

/**
 * One of the {@link CalendarErrorCode} values.
 *
 * @example
 * ```ts
 * import type { CalendarErrorCodeValue } from "@motcua/calendar";
 * const code: CalendarErrorCodeValue = "CALENDAR_OUT_OF_RANGE";
 * ```
 * @since 0.1.0
 * @category Errors
 */
export type CalendarErrorCodeValue = (typeof CalendarErrorCode)[keyof typeof CalendarErrorCode];
