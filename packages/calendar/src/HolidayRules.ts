/**
 * Statutory public holidays of Vietnam as dated rules, each with its legal reference, and the
 * documented projection used for a year that has no official notice.
 *
 * @module
 */
import { dayNumberOf, legalRef, type LegalRef } from "@motcua/core";
import { deepFreeze } from "./internal/freeze";
import { dayNumberOfLunar } from "./LunarCalendar";

/**
 * Which statutory holiday a day belongs to.
 *
 * @example
 * ```ts
 * import type { HolidayId } from "@motcua/calendar";
 * const id: HolidayId = "tet";
 * ```
 * @since 0.1.0
 * @category Holidays
 */
export type HolidayId =
  | "newYear"
  | "tet"
  | "hungKings"
  | "reunification"
  | "labour"
  | "national"
  | "nationalAdjacent"
  | "cultureDay";

/**
 * Vietnamese and English names of each {@link HolidayId}.
 *
 * @example
 * ```ts
 * import { HOLIDAY_NAMES } from "@motcua/calendar";
 * HOLIDAY_NAMES.tet.vi; // "Tết Nguyên đán"
 * ```
 * @since 0.1.0
 * @category Holidays
 */
export const HOLIDAY_NAMES: Readonly<Record<HolidayId, { readonly vi: string; readonly en: string }>> =
  deepFreeze({
    newYear: { vi: "Tết Dương lịch", en: "New Year's Day" },
    tet: { vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)" },
    hungKings: { vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", en: "Hùng Kings' Commemoration Day (10/3 lunar)" },
    reunification: { vi: "Ngày Chiến thắng (30/4)", en: "Reunification Day (30/4)" },
    labour: { vi: "Ngày Quốc tế Lao động (1/5)", en: "International Labour Day (1/5)" },
    national: { vi: "Quốc khánh (2/9)", en: "National Day (2/9)" },
    nationalAdjacent: { vi: "Quốc khánh (ngày liền kề 2/9)", en: "National Day (day adjacent to 2/9)" },
    cultureDay: { vi: "Ngày Văn hóa Việt Nam (24/11)", en: "Vietnamese Culture Day (24/11)" },
  });

/**
 * The legal sources of the holiday rules. Labour Code 2019 Art. 111(3) and 112 are read in the
 * text (DOMAIN.md §7 [C]); the older codes are encoded for years before 2021 from general
 * knowledge and marked unverified; Culture Day is [L] in DOMAIN.md.
 *
 * @example
 * ```ts
 * import { HOLIDAY_SOURCES } from "@motcua/calendar";
 * HOLIDAY_SOURCES.labourCode2019Holidays.article; // "112"
 * ```
 * @since 0.1.0
 * @category Holidays
 */
export const HOLIDAY_SOURCES = deepFreeze({
  labourCode2019Holidays: legalRef("Bộ luật Lao động 2019 (45/2019/QH14)", {
    title: "Nghỉ lễ, tết",
    article: "112",
    verified: true,
    note: "1/1; Tết Âm lịch 5 ngày; 10/3 âm lịch; 30/4; 1/5; 2/9 và 1 ngày liền kề. In force 1/1/2021. DOMAIN.md §7 [C].",
  }),
  labourCode2019Compensatory: legalRef("Bộ luật Lao động 2019 (45/2019/QH14)", {
    title: "Nghỉ hằng tuần",
    article: "111",
    clause: "3",
    verified: true,
    note: "Ngày nghỉ hằng tuần trùng ngày nghỉ lễ, tết → nghỉ bù vào ngày làm việc kế tiếp. DOMAIN.md §7 [C].",
  }),
  labourCode2012Holidays: legalRef("Bộ luật Lao động 2012 (10/2012/QH13)", {
    article: "115",
    verified: false,
    note: "In force 1/5/2013–31/12/2020: 1/1; Tết 5 days; 10/3 lunar; 30/4; 1/5; 2/9 (one day). Not in DOMAIN.md; encoded from general knowledge for projected years before 2021.",
  }),
  labourCode1994Holidays: legalRef("Bộ luật Lao động 1994, sửa đổi 2007", {
    article: "73",
    verified: false,
    note: "In force 1/1/1995–30/4/2013: 1/1; Tết 4 days; 30/4; 1/5; 2/9; Hùng Kings day added by the 2007 amendment (first observed 2007). Not in DOMAIN.md; encoded from general knowledge for projected years before 2013.",
  }),
  cultureDay: legalRef("Ngày Văn hóa Việt Nam 24/11 — ngày nghỉ lễ từ 1/7/2026", {
    verified: false,
    note: "DOMAIN.md §7 marks this [L] (several secondary sources agree); enacting document and article not recorded.",
  }),
  tetProjection: legalRef("Projection rule of @motcua/calendar for Tết (no official notice)", {
    verified: false,
    note: "The Prime Minister fixes the Tết days yearly. Projection: the statutory number of weekdays (Mon–Fri) in a row, starting two days before Tết (lunar 1/1), moved to the Monday when that is a Sunday and to the Friday when it is a Saturday. Matches the notices of 2021–2026.",
  }),
  nationalAdjacentProjection: legalRef(
    "Projection rule of @motcua/calendar for the day adjacent to 2/9 (no official notice)",
    {
      verified: false,
      note: "Projection: 3/9 when 2/9 is a Monday, Thursday or Sunday; otherwise 1/9. Matches the notices of 2021–2026.",
    },
  ),
} satisfies Record<string, LegalRef>);

/** A statutory holiday placed on a date. @internal */
export interface StatutoryDay {
  readonly dayNumber: number;
  readonly id: HolidayId;
  readonly legalRef: LegalRef;
}

const LC2019_FROM = dayNumberOf(2021, 1, 1);
const LC2012_FROM = dayNumberOf(2013, 5, 1);
const CULTURE_DAY_FROM = dayNumberOf(2026, 7, 1);
const HUNG_KINGS_FROM_YEAR = 2007;

/** The Labour Code regime in force on a day. @internal */
const regimeOn = (dayNumber: number): { tetDays: number; adjacent: boolean; ref: LegalRef } =>
  dayNumber >= LC2019_FROM
    ? { tetDays: 5, adjacent: true, ref: HOLIDAY_SOURCES.labourCode2019Holidays }
    : dayNumber >= LC2012_FROM
      ? { tetDays: 5, adjacent: false, ref: HOLIDAY_SOURCES.labourCode2012Holidays }
      : { tetDays: 4, adjacent: false, ref: HOLIDAY_SOURCES.labourCode1994Holidays };

const weekday = (n: number): number => (((n + 4) % 7) + 7) % 7;
const isWeekend = (n: number): boolean => {
  const w = weekday(n);
  return w === 0 || w === 6;
};

/** Day number of Tết (lunar 1/1) of a Gregorian year. @internal */
export const tetDayNumber = (year: number): number => dayNumberOfLunar(year, 1, 1, false);

/**
 * The projected Tết block of a year: `count` weekdays in a row starting at T−2, moved to Monday
 * when T−2 is a Sunday and to Friday when it is a Saturday. Returns the weekday day numbers.
 * @internal
 */
export function projectedTetBlock(year: number): { days: number[]; ref: LegalRef } {
  const tet = tetDayNumber(year);
  const { tetDays, ref } = regimeOn(tet);
  let start = tet - 2;
  const w = weekday(start);
  if (w === 0) start += 1;
  else if (w === 6) start -= 1;
  const days: number[] = [];
  for (let d = start; days.length < tetDays; d++) if (!isWeekend(d)) days.push(d);
  return { days, ref };
}

/** Projected day adjacent to 2/9 (see {@link HOLIDAY_SOURCES}.nationalAdjacentProjection). @internal */
export function projectedNationalAdjacent(year: number): number {
  const national = dayNumberOf(year, 9, 2);
  const w = weekday(national);
  return w === 1 || w === 4 || w === 0 ? national + 1 : national - 1;
}

/**
 * The statutory holidays of a year whose dates are fixed by law (solar days and the lunar Hùng
 * Kings day), without Tết and without the adjacent day (which the Prime Minister fixes).
 * @internal
 */
export function fixedStatutoryDays(year: number): StatutoryDay[] {
  const out: StatutoryDay[] = [];
  const add = (dayNumber: number, id: HolidayId, ref?: LegalRef): void => {
    out.push({ dayNumber, id, legalRef: ref ?? regimeOn(dayNumber).ref });
  };
  add(dayNumberOf(year, 1, 1), "newYear");
  if (year >= HUNG_KINGS_FROM_YEAR) add(dayNumberOfLunar(year, 3, 10, false), "hungKings");
  add(dayNumberOf(year, 4, 30), "reunification");
  add(dayNumberOf(year, 5, 1), "labour");
  add(dayNumberOf(year, 9, 2), "national");
  const culture = dayNumberOf(year, 11, 24);
  if (culture >= CULTURE_DAY_FROM) add(culture, "cultureDay", HOLIDAY_SOURCES.cultureDay);
  return out.sort((a, b) => a.dayNumber - b.dayNumber);
}

/** One projected day off or working day. @internal */
export interface ProjectedDay {
  readonly dayNumber: number;
  readonly kind: "holiday" | "compensatory";
  readonly id: HolidayId;
  readonly legalRef: LegalRef;
  /** For compensatory days: the holiday date it compensates. */
  readonly compensates?: number;
}

/**
 * Projects a year's days off from the statutes alone: fixed days, the projected Tết block, the
 * projected day adjacent to 2/9 (from 2021), and a compensatory day on the next weekday that is not
 * already off for every holiday falling on a Saturday or Sunday or on another holiday
 * (Labour Code 2019 Art. 111(3)). Weekend holidays are included with their date (they are non-working
 * anyway) so that `dayInfo` can name them.
 * @internal
 */
export function projectYear(year: number): ProjectedDay[] {
  const tet = projectedTetBlock(year);
  const named: Array<{ dayNumber: number; id: HolidayId; legalRef: LegalRef }> = [];
  for (const d of tet.days) named.push({ dayNumber: d, id: "tet", legalRef: tet.ref });
  for (const s of fixedStatutoryDays(year)) named.push(s);
  const national = dayNumberOf(year, 9, 2);
  if (regimeOn(national).adjacent) {
    named.push({
      dayNumber: projectedNationalAdjacent(year),
      id: "nationalAdjacent",
      legalRef: HOLIDAY_SOURCES.labourCode2019Holidays,
    });
  }
  named.sort((a, b) => a.dayNumber - b.dayNumber);
  const off = new Set<number>();
  const out: ProjectedDay[] = [];
  const owed: Array<{ after: number; id: HolidayId }> = [];
  for (const h of named) {
    if (isWeekend(h.dayNumber) || off.has(h.dayNumber)) owed.push({ after: h.dayNumber, id: h.id });
    if (!off.has(h.dayNumber)) {
      off.add(h.dayNumber);
      out.push({ dayNumber: h.dayNumber, kind: "holiday", id: h.id, legalRef: h.legalRef });
    }
  }
  // Weekend days inside the projected Tết block are Tết too (named, non-working).
  const first = tet.days[0];
  const last = tet.days[tet.days.length - 1];
  if (first !== undefined && last !== undefined) {
    for (let d = first; d < last; d++) {
      if (!off.has(d)) {
        off.add(d);
        out.push({ dayNumber: d, kind: "holiday", id: "tet", legalRef: tet.ref });
      }
    }
  }
  for (const o of owed) {
    let d = o.after + 1;
    while (isWeekend(d) || off.has(d)) d++;
    off.add(d);
    out.push({
      dayNumber: d,
      kind: "compensatory",
      id: o.id,
      legalRef: d >= LC2019_FROM ? HOLIDAY_SOURCES.labourCode2019Compensatory : regimeOn(d).ref,
      compensates: o.after,
    });
  }
  return out.sort((a, b) => a.dayNumber - b.dayNumber);
}
