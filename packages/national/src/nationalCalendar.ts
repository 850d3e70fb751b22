/**
 * The national working calendar without composing: the `calendar` rules of the national
 * baseline, and the calendar `@motcua/calendar` builds from them.
 *
 * @module
 */
import {
  makeCalendar,
  type CalendarOptions,
  type CalendarRules,
  type WorkingCalendar,
} from "@motcua/calendar";
import { sliceOf } from "@motcua/plugin-sdk";
import { nationalRulebook } from "./nationalRulebook";

/**
 * The national calendar rules carry no validity of their own: every holiday, notice and
 * office-hours entry is dated by the days it applies to, so the rulebook of any date gives the
 * same calendar slice (a test holds the baseline to that).
 */
const ANY_DATE = "2000-01-03";
let rules: CalendarRules | undefined;

/**
 * The `calendar` slice of the national baseline: statutory holidays (Labour Codes 1994, 2012 and
 * 2019, Culture Day from 1/7/2026), compensatory days, the yearly notices 2021–2026, Saturday and
 * Sunday rest and the default office hours 08:00–12:00 / 13:00–17:00. Same as
 * `sliceOf(nationalRulebook(asOf), "calendar")` on any date.
 *
 * @example
 * ```ts
 * import { nationalCalendarRules } from "@motcua/national";
 * nationalCalendarRules().yearlyNotices?.value.map((n) => n.year); // [2021, 2022, 2023, 2024, 2025, 2026]
 * ```
 * @since 0.2.0
 * @category Calendar
 */
export function nationalCalendarRules(): CalendarRules {
  return (rules ??= sliceOf(nationalRulebook(ANY_DATE), "calendar"));
}

/**
 * The national working calendar: `makeCalendar(nationalCalendarRules(), options)` (without
 * options, one shared instance over 2000–2100).
 *
 * @example
 * ```ts
 * import { nationalCalendar } from "@motcua/national";
 * const cal = nationalCalendar();
 * cal.addWorkingDays("2026-02-12", 3); // "2026-02-24" (Tết 16–20/2 and weekends skipped)
 * cal.dayInfo("2026-04-27").kind; // "compensatory"
 * ```
 * @since 0.2.0
 * @category Calendar
 */
export function nationalCalendar(options?: CalendarOptions): WorkingCalendar {
  return makeCalendar(nationalCalendarRules(), options);
}
