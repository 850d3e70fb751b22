/**
 * The part of a working calendar the dossier lifecycle needs: a structural subset of
 * `WorkingCalendar` from `@motcua/calendar`, so any calendar built with `makeCalendar` fits.
 *
 * @module
 */
import type { CivilDate, InstantInput } from "@motcua/core";

/**
 * The working-calendar methods the dossier rules use (a subset of `@motcua/calendar`'s
 * `WorkingCalendar`): the 3-working-day appraisal window and the 15:00 paper-transfer rule.
 *
 * @example
 * ```ts
 * import type { DossierCalendar } from "@motcua/dossier";
 * import { nationalCalendar } from "@motcua/national";
 * const calendar: DossierCalendar = nationalCalendar();
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export interface DossierCalendar {
  /** Adds `n` working days to a day number (days since 1970-01-01); from a non-working day, +1 is the first working day after. */
  addWorkingDayNumbers(dayNumber: number, n: number): number;
  /** Tells whether a day number is a working day. */
  isWorkingDayNumber(dayNumber: number): boolean;
  /** `t` itself if inside a working session, else the start of the next session (epoch ms). */
  nextWorkingInstant(t: InstantInput): number;
  /** The instant the day's last session ends; the date must be a working day. */
  endOfWorkingDay(date: CivilDate): number;
}
