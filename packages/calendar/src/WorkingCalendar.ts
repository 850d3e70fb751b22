/**
 * The Vietnamese working calendar built from the `calendar` rules of a composed rulebook:
 * holidays (notices or projection), weekly rest, office hours and local days off, with O(1)
 * working-day and working-minute arithmetic over a precomputed index.
 *
 * @module
 */
import { decode, MotcuaError, type CivilDate, type InstantInput } from "@motcua/core";
import * as z from "zod/mini";
import { CalendarErrorCode } from "./CalendarError";
import { resolveOverlays, type CalendarOverlay, type Session } from "./CalendarOverlay";
import type { DayInfo } from "./DayInfo";
import { YearlyNoticeSchema, type CalendarRules, type YearlyNotice } from "./calendarSlot";
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR } from "./HolidaySchedule";
import { calendarBookOf, withNotices } from "./internal/book";
import { buildIndex } from "./internal/CalendarIndex";
import { calendarOf } from "./internal/queries";

/**
 * Options of {@link makeCalendar}.
 *
 * @example
 * ```ts
 * import { makeCalendar, type CalendarOptions, type CalendarRules } from "@motcua/calendar";
 * declare const rules: CalendarRules; // sliceOf(rulebook, "calendar")
 * const options: CalendarOptions = { fromYear: 2020, toYear: 2030 };
 * const cal = makeCalendar(rules, options);
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export interface CalendarOptions {
  /** First year covered (default 2000, minimum 1995). */
  readonly fromYear?: number;
  /** Last year covered, inclusive (default 2100, maximum 2199). Queries outside → `CALENDAR_OUT_OF_RANGE`. */
  readonly toYear?: number;
  /**
   * Further layers over the rules' own office hours and local days off (e.g. one office's hours);
   * later layers win for office hours.
   */
  readonly overlays?: ReadonlyArray<CalendarOverlay>;
  /**
   * Yearly notices published after the rules were released: each replaces the rules' notice (or
   * the projection) for its year, so a notice that confirms or withdraws a day (24/11 Culture Day,
   * say) applies without a new version. Checked like the rules' own notices.
   */
  readonly notices?: ReadonlyArray<YearlyNotice>;
}

/**
 * A working calendar over a range of years, with every query O(1) after construction. Dates are
 * `YYYY-MM-DD`; instants are ISO strings with offset, epoch ms or `Date`s on input, epoch ms on output;
 * Vietnamese local time is UTC+7 and nothing depends on the host time zone.
 *
 * @example
 * ```ts
 * import type { WorkingCalendar } from "@motcua/calendar";
 * declare const cal: WorkingCalendar; // nationalCalendar() of @motcua/national
 * cal.addWorkingDays("2026-02-12", 3); // "2026-02-24" (Tết 16–20/2 and weekends skipped)
 * cal.workingDaysBetween("2026-02-12", "2026-02-24"); // 2
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export interface WorkingCalendar {
  /** First year covered. */
  readonly fromYear: number;
  /** Last year covered (inclusive). */
  readonly toYear: number;
  /** What the calendar knows about a day (kind, name, source, projected). */
  dayInfo(date: CivilDate): DayInfo;
  /** `true` when the day is a working day. */
  isWorkingDay(date: CivilDate): boolean;
  /**
   * The n-th working day after (n > 0) or before (n < 0) `date`; `date` itself for n = 0. From a
   * non-working day, +1 is the first working day after it and −1 the last one before it.
   */
  addWorkingDays(date: CivilDate, n: number): CivilDate;
  /** Working days d with `from` ≤ d < `to` (negative when `to` < `from`). `to` may be the day after the last covered day. */
  workingDaysBetween(from: CivilDate, to: CivilDate): number;
  /** The day's sessions in minutes after midnight (Vietnamese time); `[]` on a non-working day. */
  sessionsOn(date: CivilDate): ReadonlyArray<Session>;
  /** `t` itself when inside a session (start inclusive, end exclusive), else the start of the next session. */
  nextWorkingInstant(t: InstantInput): number;
  /**
   * Adds working minutes. For `minutes` > 0: the earliest instant at which that many working
   * minutes have elapsed since `nextWorkingInstant(t)` (so it may be a session end, e.g. 17:00).
   * For `minutes` < 0: the latest instant from which that many working minutes elapse until `t`
   * (so it may be a session start, e.g. 08:00). For 0: `nextWorkingInstant(t)`.
   */
  addWorkingMinutes(t: InstantInput, minutes: number): number;
  /** Working minutes in `[a, b)` (negative when `b` < `a`); fractional for sub-minute instants. */
  workingMinutesBetween(a: InstantInput, b: InstantInput): number;
  /**
   * The same Vietnamese wall-clock time as `t` on the n-th working day after `t`'s day (before, for
   * n < 0). When that time is not working time on the target day it is clamped into the day: before
   * the first session → the first session's start; in a break → the next session's start; after the
   * last session → the last session's end. For n = 0 on a non-working day: `nextWorkingInstant(t)`.
   */
  sameTimeOnWorkingDay(t: InstantInput, n: number): number;
  /** Instant of the end of the day's last session; `CALENDAR_NOT_WORKING_DAY` on a non-working day. */
  endOfWorkingDay(date: CivilDate): number;
  /** The non-working days d with `from` ≤ d < `to`, with kind, name and source (empty when `to` ≤ `from`). */
  explain(from: CivilDate, to: CivilDate): ReadonlyArray<DayInfo>;
  /** Fast path of {@link WorkingCalendar.isWorkingDay} on a core day number (days since 1970-01-01). */
  isWorkingDayNumber(dayNumber: number): boolean;
  /** Fast path of {@link WorkingCalendar.addWorkingDays} on core day numbers. */
  addWorkingDayNumbers(dayNumber: number, n: number): number;
  /**
   * Fast path of {@link WorkingCalendar.endOfWorkingDay} on a core day number.
   * @since 0.3.0
   */
  endOfWorkingDayNumber(dayNumber: number): number;
}

const OptionsSchema = z.strictObject({
  fromYear: z.optional(z.int()),
  toYear: z.optional(z.int()),
  overlays: z.optional(z.array(z.unknown())),
  notices: z.optional(z.array(YearlyNoticeSchema)),
});

const rangeError = (fromYear: number, toYear: number, field: string): MotcuaError =>
  new MotcuaError({
    code: CalendarErrorCode.INVALID_RANGE,
    path: ["options", field],
    vi: `Khoảng năm không hợp lệ: ${fromYear}–${toYear} (cần ${CALENDAR_MIN_YEAR} ≤ fromYear ≤ toYear ≤ ${CALENDAR_MAX_YEAR})`,
    en: `Invalid year range: ${fromYear}–${toYear} (expected ${CALENDAR_MIN_YEAR} ≤ fromYear ≤ toYear ≤ ${CALENDAR_MAX_YEAR})`,
    data: { fromYear, toYear },
  });

const shared = new WeakMap<object, WorkingCalendar>();

/**
 * Builds a working calendar over `[fromYear, toYear]` (default 2000–2100) from the `calendar`
 * rules of a composed rulebook (`sliceOf(rulebook, "calendar")`): weekly rest days, statutory
 * holidays with the yearly notices (a year without one is projected from the holiday rules),
 * compensatory days off, office hours and local days off, plus any further `overlays`.
 * Construction builds a per-day index once; every query is then O(1). Without options the
 * calendar is shared per rules object.
 *
 * The calendar holds no rule of its own: a rule it needs and the rules lack is refused with
 * `RULE_MISSING` naming it (`calendar.officeHours`), a malformed one with
 * `CALENDAR_INVALID_RULES`; `@motcua/national`'s `nationalCalendar()` gives the national one.
 *
 * @example
 * ```ts
 * import { makeCalendar } from "@motcua/calendar";
 * import { formatInstant } from "@motcua/core";
 * import { nationalRulebook } from "@motcua/national";
 * import { sliceOf } from "@motcua/plugin-sdk";
 * const cal = makeCalendar(sliceOf(nationalRulebook("2026-02-12"), "calendar"));
 * formatInstant(cal.sameTimeOnWorkingDay("2026-02-12T09:00:00+07:00", 3)); // "2026-02-24T09:00:00+07:00"
 * formatInstant(cal.nextWorkingInstant("2026-02-13T18:00:00+07:00")); // "2026-02-23T08:00:00+07:00"
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export function makeCalendar(rules: CalendarRules, options?: CalendarOptions): WorkingCalendar {
  const ruleBook = calendarBookOf(rules, ["rules"]);
  if (options === undefined) {
    const hit = shared.get(ruleBook);
    if (hit !== undefined) return hit;
  }
  const o = decode(OptionsSchema, options ?? {}, {
    code: CalendarErrorCode.INVALID_OPTIONS,
    path: ["options"],
    label: { en: "calendar options", vi: "Tùy chọn lịch" },
  });
  const fromYear = o.fromYear ?? 2000;
  const toYear = o.toYear ?? 2100;
  if (fromYear < CALENDAR_MIN_YEAR || fromYear > CALENDAR_MAX_YEAR)
    throw rangeError(fromYear, toYear, "fromYear");
  if (toYear < fromYear || toYear > CALENDAR_MAX_YEAR) throw rangeError(fromYear, toYear, "toYear");
  const overlays = resolveOverlays(o.overlays ?? [], ["options", "overlays"]);
  const book = o.notices === undefined ? ruleBook : withNotices(ruleBook, o.notices, ["options", "notices"]);
  const cal = calendarOf(buildIndex(fromYear, toYear, book, overlays));
  if (options === undefined) shared.set(ruleBook, cal);
  return cal;
}
