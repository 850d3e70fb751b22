/**
 * The composed `calendar` slot as `@motcua/calendar` overlay entries, and the check that a
 * rulebook only changes what `@motcua/calendar` lets an overlay change.
 *
 * @internal
 */
import type { OfficeHours as CalendarOfficeHours } from "@motcua/calendar";
import { MotcuaError, type CivilDate, type LegalRef } from "@motcua/core";
import type { LocalDayOff, OfficeHours } from "../calendarSlot";
import type { Rulebook } from "../composeRulebook";
import { sourced } from "./sourced";

/**
 * Error code of {@link conceptInputsOf} and {@link calendarOverlayOf} for a plugin rule the concept
 * packages cannot apply: a province changing the national holidays, the weekly rest, the
 * compensatory day off, or working a week other than Monday–Friday.
 *
 * @example
 * ```ts
 * import { CONCEPT_RULE_UNSUPPORTED, conceptInputsOf, type Rulebook } from "@motcua/plugin-sdk";
 * import { isMotcuaError } from "@motcua/core";
 * declare const book: Rulebook;
 * try { conceptInputsOf(book); } catch (e) { if (isMotcuaError(e) && e.code === CONCEPT_RULE_UNSUPPORTED) console.log(e.vi); }
 * ```
 * @since 0.1.0
 * @category Concept inputs
 */
export const CONCEPT_RULE_UNSUPPORTED = "CONCEPT_RULE_UNSUPPORTED";

/** Calendar rules the national calendar builds in: a plugin may not change them (yet). */
const BUILT_IN = ["weeklyRestDays", "statutoryHolidays", "compensatoryDayOff"] as const;
const WEEKDAYS = "1,2,3,4,5";

const unsupported = (path: string, plugin: string, en: string, vi: string): MotcuaError =>
  new MotcuaError({
    code: CONCEPT_RULE_UNSUPPORTED,
    path: path.split("."),
    en: `${path} of "${plugin}": ${en}`,
    vi: `${path} của "${plugin}": ${vi}`,
    data: { path, plugin },
  });

/** Throws {@link CONCEPT_RULE_UNSUPPORTED} when a rulebook changes what the national calendar builds in. */
export function assertCalendarSupported(book: Rulebook): void {
  for (const key of BUILT_IN) {
    const rule = book.rules.get(`calendar.${key}`);
    const other = rule?.provenance.find((s) => s.level !== "national");
    if (other !== undefined)
      throw unsupported(
        `calendar.${key}`,
        other.plugin,
        "@motcua/calendar builds the national holidays and weekly rest in; a province cannot change them",
        "@motcua/calendar đã có sẵn ngày nghỉ lễ và nghỉ hằng tuần quốc gia; tỉnh không thay đổi được",
      );
  }
  const hours = sourced<OfficeHours>(book, "calendar", "officeHours");
  if (hours !== undefined && [...hours.value.weekdays].sort().join(",") !== WEEKDAYS)
    throw unsupported(
      "calendar.officeHours",
      hours.plugins[hours.plugins.length - 1] ?? "?",
      `working weekdays ${hours.value.weekdays.join(",")} are not Monday–Friday, which @motcua/calendar assumes`,
      `ngày làm việc trong tuần ${hours.value.weekdays.join(",")} khác thứ Hai–thứ Sáu mà @motcua/calendar dùng`,
    );
}

/** A local day off as a `@motcua/calendar` overlay entry. */
export interface DayOffEntry {
  readonly date: CivilDate;
  readonly name: string;
  readonly legalRef: LegalRef;
}

/** The office hours of a rulebook (absent or forbidden → undefined), valid over `span`. */
export function officeHoursOf(
  book: Rulebook,
  span: { readonly validFrom?: CivilDate; readonly validTo?: CivilDate } = {},
): CalendarOfficeHours | undefined {
  const hours = sourced<OfficeHours>(book, "calendar", "officeHours");
  return hours === undefined
    ? undefined
    : { sessions: hours.value.sessions, ...span, legalRef: hours.legalRef };
}

/** The local days off of a rulebook that fall in `[from, to]` (both optional, inclusive). */
export function daysOffOf(book: Rulebook, from?: CivilDate, to?: CivilDate): DayOffEntry[] {
  const local = sourced<ReadonlyArray<LocalDayOff>>(book, "calendar", "localDaysOff");
  if (local === undefined) return [];
  return local.value
    .filter((d) => (from === undefined || d.date >= from) && (to === undefined || d.date <= to))
    .map((d) => ({ date: d.date, name: d.name, legalRef: local.legalRef }));
}
