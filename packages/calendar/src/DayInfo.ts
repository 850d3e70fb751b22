/**
 * What the calendar knows about one day: working or not, why, its name and its legal source.
 *
 * @module
 */
import type { CivilDate, LegalRef } from "@motcua/core";

/**
 * Why a day is (or is not) a working day.
 *
 * - `weekday`: an ordinary Monday–Friday, working;
 * - `weekend`: Saturday or Sunday (weekly rest day), not working;
 * - `holiday`: a statutory holiday (also when it falls on a weekend), not working;
 * - `compensatory`: a compensatory day off (nghỉ bù, Labour Code 2019 Art. 111(3)) or a weekday
 *   swapped off against a make-up Saturday (hoán đổi), not working;
 * - `makeUpWorkday`: a Saturday worked in exchange (làm bù), working;
 * - `localDayOff`: a day off added by a province overlay, not working.
 *
 * @example
 * ```ts
 * import type { DayKind } from "@motcua/calendar";
 * const k: DayKind = "makeUpWorkday";
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export type DayKind = "weekday" | "weekend" | "holiday" | "compensatory" | "makeUpWorkday" | "localDayOff";

/**
 * The answer of `dayInfo`: whether the day is worked, its kind, name and source, and whether the
 * year's schedule is projected from the statutes (no official notice yet).
 *
 * @example
 * ```ts
 * import type { WorkingCalendar } from "@motcua/calendar";
 * declare const calendar: WorkingCalendar; // nationalCalendar() of @motcua/national
 * const info = calendar.dayInfo("2026-04-27");
 * // { date: "2026-04-27", working: false, kind: "compensatory", holiday: "hungKings", name: "Nghỉ bù …", … projected: false }
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export interface DayInfo {
  /** The day, `YYYY-MM-DD`. */
  readonly date: CivilDate;
  /** `true` when it is a working day of the calendar (overlays applied). */
  readonly working: boolean;
  /** Why. */
  readonly kind: DayKind;
  /** Vietnamese name of the holiday or reason (absent for plain weekdays and weekends). */
  readonly name?: string;
  /** English name of the holiday or reason. */
  readonly nameEn?: string;
  /** The id of the statutory holiday the day belongs to, when any (a `HolidayRule` id, e.g. `"tet"`). */
  readonly holiday?: string;
  /** The source deciding this day: the yearly notice, the statute, or the overlay's reference. */
  readonly legalRef?: LegalRef;
  /** `true` when the year has no official notice and the schedule is projected from the statutes. */
  readonly projected: boolean;
  /** Id of the overlay that supplied this answer, when one did. */
  readonly overlay?: string;
}
