/**
 * The projection of a year's days off from the statutory holiday rules (the calendar slot's
 * data), used for a year that has no official notice. The rules are data; the projection is
 * `@motcua/calendar`'s documented method, cited by {@link PROJECTION_SOURCES}.
 *
 * @module
 */
import { dayNumberOf, daysInMonth, legalRef, type LegalRef } from "@motcua/core";
import type { CalendarBook, ResolvedHoliday } from "./internal/book";
import { deepFreeze } from "./internal/freeze";
import { dayNumberOfLunar } from "./LunarCalendar";

/**
 * The method by which `@motcua/calendar` places the days the yearly notice would fix (the Tết
 * block, a day adjacent to a holiday) for a year without a notice. Not legal sources: every
 * projected day is also marked `projected: true`.
 *
 * @example
 * ```ts
 * import { PROJECTION_SOURCES } from "@motcua/calendar";
 * PROJECTION_SOURCES.tet.verified; // false
 * ```
 * @since 0.2.0
 * @category Holidays
 */
export const PROJECTION_SOURCES = deepFreeze({
  tet: legalRef("Projection rule of @motcua/calendar for Tết (no official notice)", {
    verified: false,
    note: "The Prime Minister fixes the Tết days yearly. Projection: the rule's number of working days in a row, starting two days before Tết (lunar 1/1), moved to the Monday when that is a Sunday and to the Friday when it is a Saturday. Matches the notices of 2021–2026.",
  }),
  adjacent: legalRef(
    "Projection rule of @motcua/calendar for a day adjacent to a holiday (no official notice)",
    {
      verified: false,
      note: "Projection: the day after when the holiday is a Monday, Thursday or Sunday; otherwise the day before. For 2/9 this matches the notices of 2021–2026.",
    },
  ),
} satisfies Record<string, LegalRef>);

/** A holiday placed on a date. @internal */
export interface PlacedDay {
  readonly dayNumber: number;
  readonly id: string;
  readonly legalRef: LegalRef;
}

/** One projected day off. @internal */
export interface ProjectedDay extends PlacedDay {
  readonly kind: "holiday" | "compensatory";
  /** For compensatory days: the holiday date it compensates. */
  readonly compensates?: number;
}

const weekday = (n: number): number => (((n + 4) % 7) + 7) % 7;
const applies = (h: ResolvedHoliday, day: number): boolean => day >= h.fromDay && day <= h.toDay;

/** Day number of Tết (lunar 1/1) of a Gregorian year. @internal */
export const tetDayNumber = (year: number): number => dayNumberOfLunar(year, 1, 1, false);

/**
 * The projected Tết block of a year: the rule's `days` working days in a row starting at T−2,
 * moved to Monday when T−2 is a Sunday and to Friday when it is a Saturday; `undefined` when no
 * `lunarNewYear` rule applies to the year's Tết. @internal
 */
export function projectedTetBlock(
  book: CalendarBook,
  year: number,
): { days: number[]; rule: ResolvedHoliday } | undefined {
  const tet = tetDayNumber(year);
  const rule = book.holidays.find((h) => h.kind === "lunarNewYear" && applies(h, tet));
  if (rule === undefined) return undefined;
  let start = tet - 2;
  const w = weekday(start);
  if (w === 0) start += 1;
  else if (w === 6) start -= 1;
  const days: number[] = [];
  for (let d = start; days.length < (rule.days ?? 1); d++) if (book.rest[weekday(d)] === 0) days.push(d);
  return { days, rule };
}

/** The anchor day of a solar or adjacent rule in a year. */
const solarDay = (year: number, h: ResolvedHoliday): number | undefined =>
  h.day <= daysInMonth(year, h.month) ? dayNumberOf(year, h.month, h.day) : undefined;

/**
 * The holidays of a year whose dates the rules fix (solar and lunar days), without the Tết block
 * and adjacent days (which the notice fixes). @internal
 */
export function fixedStatutoryDays(book: CalendarBook, year: number): PlacedDay[] {
  const out: PlacedDay[] = [];
  for (const h of book.holidays) {
    const n = h.kind === "solar" ? solarDay(year, h) : h.kind === "lunar" ? lunarDay(year, h) : undefined;
    if (n !== undefined && applies(h, n)) out.push({ dayNumber: n, id: h.id, legalRef: h.legalRef });
  }
  return out.sort((a, b) => a.dayNumber - b.dayNumber);
}

const lunarDay = (year: number, h: ResolvedHoliday): number | undefined => {
  try {
    return dayNumberOfLunar(year, h.month, h.day, false);
  } catch {
    return undefined; // day 30 of a short lunar month that year
  }
};

/** The projected adjacent days of a year (see {@link PROJECTION_SOURCES}.adjacent). @internal */
function adjacentDays(book: CalendarBook, year: number): PlacedDay[] {
  const out: PlacedDay[] = [];
  for (const h of book.holidays) {
    if (h.kind !== "adjacent") continue;
    const anchor = solarDay(year, h);
    if (anchor === undefined || !applies(h, anchor)) continue;
    const w = weekday(anchor);
    out.push({
      dayNumber: w === 1 || w === 4 || w === 0 ? anchor + 1 : anchor - 1,
      id: h.id,
      legalRef: h.legalRef,
    });
  }
  return out;
}

/**
 * Projects a year's days off from the rules alone: fixed days, the projected Tết block and
 * adjacent days, and a compensatory day on the next day that is neither a rest day nor already
 * off for every holiday falling on a rest day or on another holiday, where the compensatory rule
 * in force on the holiday's date says so. Rest-day holidays are included with their date
 * (non-working anyway) so that `dayInfo` can name them. @internal
 */
export function projectYear(book: CalendarBook, year: number): ProjectedDay[] {
  const isRest = (d: number): boolean => book.rest[weekday(d)] === 1;
  const tet = projectedTetBlock(book, year);
  const named: PlacedDay[] = [
    ...(tet?.days.map((d) => ({ dayNumber: d, id: tet.rule.id, legalRef: tet.rule.legalRef })) ?? []),
    ...fixedStatutoryDays(book, year),
    ...adjacentDays(book, year),
  ].sort((a, b) => a.dayNumber - b.dayNumber);
  const off = new Set<number>();
  const out: ProjectedDay[] = [];
  const owed: PlacedDay[] = [];
  for (const h of named) {
    if (isRest(h.dayNumber) || off.has(h.dayNumber)) owed.push(h);
    if (!off.has(h.dayNumber)) {
      off.add(h.dayNumber);
      out.push({ ...h, kind: "holiday" });
    }
  }
  // Rest days inside the projected Tết block are Tết too (named, non-working).
  const first = tet?.days[0];
  const last = tet?.days[tet.days.length - 1];
  if (tet !== undefined && first !== undefined && last !== undefined) {
    for (let d = first; d < last; d++) {
      if (!off.has(d)) {
        off.add(d);
        out.push({ dayNumber: d, kind: "holiday", id: tet.rule.id, legalRef: tet.rule.legalRef });
      }
    }
  }
  for (const o of owed) {
    const c = book.compensatory.find((r) => o.dayNumber >= r.fromDay && o.dayNumber <= r.toDay);
    if (c === undefined || c.rule === "none") continue;
    let d = o.dayNumber + 1;
    while (isRest(d) || off.has(d)) d++;
    off.add(d);
    out.push({
      dayNumber: d,
      kind: "compensatory",
      id: o.id,
      legalRef: c.legalRef,
      compensates: o.dayNumber,
    });
  }
  return out.sort((a, b) => a.dayNumber - b.dayNumber);
}
