/**
 * The `safe*` twins of this package's throwing entry points: the same call, returning a `Result`
 * that never throws (see docs/errors.md).
 *
 * @module
 */
import { attempt, type Result } from "@motcua/core";
import { makeCalendar } from "./WorkingCalendar";

/**
 * {@link makeCalendar} returning a `Result` instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with the coded `MotcuaError` makeCalendar would throw. It never throws (an
 * uncoded error comes back as `UNEXPECTED_ERROR` with the original as its `cause`).
 *
 * @example
 * ```ts
 * import { nationalCalendarRules } from "@motcua/national";
 * import { safeMakeCalendar } from "@motcua/calendar";
 * const r = safeMakeCalendar(nationalCalendarRules(), { fromYear: 2026, toYear: 2025 });
 * if (!r.ok) r.error.code; // "CALENDAR_INVALID_RANGE"
 * ```
 * @since 0.2.0
 * @category Calendar
 */
export const safeMakeCalendar = (
  ...args: Parameters<typeof makeCalendar>
): Result<ReturnType<typeof makeCalendar>> => attempt(() => makeCalendar(...args));
