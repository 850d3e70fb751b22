/**
 * A year's holiday schedule: the official notice when there is one, otherwise the projection from
 * the statutes (every day marked `projected: true`).
 *
 * @module
 */
import {
  dayNumberOf,
  fromDayNumber,
  MotcuaError,
  partsOfDayNumber,
  weekdayOfDayNumber,
  type LegalRef,
} from "@motcua/core";
import { CalendarErrorCode } from "./CalendarError";
import { show } from "./internal/errors";
import type { DayInfo } from "./DayInfo";
import { fixedStatutoryDays, HOLIDAY_NAMES, projectYear, type HolidayId } from "./HolidayRules";
import { YEARLY_NOTICES, type YearlyNotice } from "./YearlyNotices";

/**
 * First Gregorian year a calendar can cover (Labour Code 1994 in force 1/1/1995).
 *
 * @example
 * ```ts
 * import { CALENDAR_MIN_YEAR } from "@motcua/calendar";
 * CALENDAR_MIN_YEAR; // 1995
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export const CALENDAR_MIN_YEAR = 1995;

/**
 * Last Gregorian year a calendar can cover (the lunar algorithm is validated to 2199).
 *
 * @example
 * ```ts
 * import { CALENDAR_MAX_YEAR } from "@motcua/calendar";
 * CALENDAR_MAX_YEAR; // 2199
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export const CALENDAR_MAX_YEAR = 2199;

/**
 * The special days of one year (holidays, compensatory and swapped days, make-up Saturdays).
 *
 * @example
 * ```ts
 * import { holidayScheduleOf } from "@motcua/calendar";
 * const s = holidayScheduleOf(2027);
 * s.projected; // true — no notice for 2027 yet
 * ```
 * @since 0.1.0
 * @category Holidays
 */
export interface YearSchedule {
  /** Gregorian year. */
  readonly year: number;
  /** `true` when no official notice is encoded and the schedule is projected from the statutes. */
  readonly projected: boolean;
  /** The notice the schedule comes from, when not projected. */
  readonly notice?: LegalRef;
  /** The special days in date order (weekend holidays included, named, non-working). */
  readonly days: ReadonlyArray<DayInfo>;
}

const WEEKDAY_VI = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const WEEKDAY_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const dm = (n: number): string => {
  const p = partsOfDayNumber(n);
  return `${p.day}/${p.month}/${p.year}`;
};

const holidayDay = (n: number, id: HolidayId, legalRef: LegalRef, projected: boolean): DayInfo => ({
  date: fromDayNumber(n),
  working: false,
  kind: "holiday",
  name: HOLIDAY_NAMES[id].vi,
  nameEn: HOLIDAY_NAMES[id].en,
  holiday: id,
  legalRef,
  projected,
});

const compensatoryDay = (
  n: number,
  id: HolidayId,
  of: number,
  legalRef: LegalRef,
  projected: boolean,
): DayInfo => ({
  date: fromDayNumber(n),
  working: false,
  kind: "compensatory",
  name: `Nghỉ bù ${HOLIDAY_NAMES[id].vi} (${WEEKDAY_VI[weekdayOfDayNumber(of)] ?? ""} ${dm(of)})`,
  nameEn: `Compensatory day off for ${HOLIDAY_NAMES[id].en} (${WEEKDAY_EN[weekdayOfDayNumber(of)] ?? ""} ${dm(of)})`,
  holiday: id,
  legalRef,
  projected,
});

const toDay = (date: string): number => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return dayNumberOf(y, m, d);
};

function fromNotice(notice: YearlyNotice): DayInfo[] {
  const ref = notice.legalRef;
  const out: DayInfo[] = [];
  const off = new Set<number>();
  const tetDays: number[] = [];
  for (const d of notice.daysOff) {
    const n = toDay(d.date);
    off.add(n);
    if (d.kind === "holiday" && d.holiday !== undefined) {
      out.push(holidayDay(n, d.holiday, ref, false));
      if (d.holiday === "tet") tetDays.push(n);
    } else if (d.swappedWith !== undefined) {
      const s = toDay(d.swappedWith);
      out.push({
        date: d.date,
        working: false,
        kind: "compensatory",
        name: `Nghỉ hoán đổi (làm bù ${WEEKDAY_VI[weekdayOfDayNumber(s)] ?? ""} ${dm(s)})`,
        nameEn: `Swapped day off (worked on ${WEEKDAY_EN[weekdayOfDayNumber(s)] ?? ""} ${dm(s)})`,
        legalRef: ref,
        projected: false,
      });
    } else if (d.holiday !== undefined && d.compensates !== undefined) {
      out.push(compensatoryDay(n, d.holiday, toDay(d.compensates), ref, false));
    }
  }
  for (const m of notice.makeUpWorkdays) {
    const r = toDay(m.replaces);
    out.push({
      date: m.date,
      working: true,
      kind: "makeUpWorkday",
      name: `Làm bù cho ngày nghỉ ${WEEKDAY_VI[weekdayOfDayNumber(r)] ?? ""} ${dm(r)}`,
      nameEn: `Make-up working day for the day off on ${WEEKDAY_EN[weekdayOfDayNumber(r)] ?? ""} ${dm(r)}`,
      legalRef: ref,
      projected: false,
    });
  }
  // Name the rest days that are holidays too: weekends inside the Tết block, and fixed statutory
  // days falling on a weekend (their compensatory day is in the notice).
  if (tetDays.length > 0) {
    const first = Math.min(...tetDays);
    const last = Math.max(...tetDays);
    for (let n = first; n < last; n++) if (!off.has(n)) out.push(holidayDay(n, "tet", ref, false));
  }
  for (const s of fixedStatutoryDays(notice.year)) {
    const w = weekdayOfDayNumber(s.dayNumber);
    if ((w === 0 || w === 6) && !off.has(s.dayNumber)) {
      off.add(s.dayNumber);
      out.push(holidayDay(s.dayNumber, s.id, s.legalRef, false));
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function projected(year: number): DayInfo[] {
  return projectYear(year).map((p) =>
    p.kind === "holiday"
      ? holidayDay(p.dayNumber, p.id, p.legalRef, true)
      : compensatoryDay(p.dayNumber, p.id, p.compensates ?? p.dayNumber, p.legalRef, true),
  );
}

const cache = new Map<number, YearSchedule>();
const projectedCache = new Map<number, YearSchedule>();

const checkYear = (year: unknown): number => {
  if (
    typeof year !== "number" ||
    !Number.isInteger(year) ||
    year < CALENDAR_MIN_YEAR ||
    year > CALENDAR_MAX_YEAR
  ) {
    throw new MotcuaError({
      code: CalendarErrorCode.OUT_OF_RANGE,
      path: ["year"],
      vi: `Năm ${show(year)} nằm ngoài phạm vi hỗ trợ (${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}, số nguyên)`,
      en: `Year ${show(year)} is outside the supported range (${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}, integer)`,
    });
  }
  return year;
};

const freezeSchedule = (s: YearSchedule): YearSchedule => {
  for (const d of s.days) Object.freeze(d);
  Object.freeze(s.days);
  return Object.freeze(s);
};

/**
 * The schedule the statutes alone give for a year, ignoring any notice: the Tết block and the day
 * adjacent to 2/9 chosen by the documented projection rules, and compensatory days for holidays on
 * rest days (Labour Code 2019 Art. 111(3)). It is what {@link holidayScheduleOf} returns for a year
 * without a notice; for 2021–2026 it shows how close the projection comes to the real notices
 * (identical in 2021–2023; in 2024–2026 only the swapped days and make-up Saturdays differ).
 *
 * @example
 * ```ts
 * import { projectedScheduleOf } from "@motcua/calendar";
 * projectedScheduleOf(2026).days.some((d) => d.date === "2026-01-02"); // false — the swap is not statutory
 * ```
 * @since 0.1.0
 * @category Holidays
 */
export function projectedScheduleOf(year: number): YearSchedule {
  checkYear(year);
  let s = projectedCache.get(year);
  if (s === undefined) {
    s = freezeSchedule({ year, projected: true, days: projected(year) });
    projectedCache.set(year, s);
  }
  return s;
}

/**
 * The holiday schedule of a Gregorian year (1995–2199): the yearly notice for 2021–2026, otherwise
 * the projection from the statutes (see `HOLIDAY_SOURCES.tetProjection` and
 * `HOLIDAY_SOURCES.nationalAdjacentProjection`), every day marked `projected: true`.
 *
 * @example
 * ```ts
 * import { holidayScheduleOf } from "@motcua/calendar";
 * holidayScheduleOf(2026).days.filter((d) => d.kind === "makeUpWorkday").map((d) => d.date); // ["2026-01-10", "2026-08-22"]
 * ```
 * @since 0.1.0
 * @category Holidays
 */
export function holidayScheduleOf(year: number): YearSchedule {
  checkYear(year);
  let s = cache.get(year);
  if (s === undefined) {
    const notice = YEARLY_NOTICES.find((n) => n.year === year);
    s =
      notice === undefined
        ? projectedScheduleOf(year)
        : freezeSchedule({ year, projected: false, notice: notice.legalRef, days: fromNotice(notice) });
    cache.set(year, s);
  }
  return s;
}
