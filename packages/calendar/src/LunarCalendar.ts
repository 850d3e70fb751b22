/**
 * The Vietnamese lunisolar calendar (âm lịch), computed with Hồ Ngọc Đức's method at UTC+7.
 *
 * Chinese-calendar libraries evaluate the same astronomy at UTC+8 and are wrong for Vietnam in
 * some years: Tết 1985 is 21/1 in Vietnam (20/2 in China), 2007 is 17/2 (18/2), 2030 is 2/2 (3/2),
 * 2053 is 18/2 (19/2).
 *
 * @module
 */
import {
  checkArguments,
  dayNumberOf,
  fromDayNumber,
  MotcuaError,
  partsOfDayNumber,
  type CivilDate,
} from "@motcua/core";
import { CalendarErrorCode } from "./CalendarError";
import {
  JDN_EPOCH,
  leapMonthOffset,
  lunarMonth11,
  newMoonDay,
  NEW_MOON_1900,
  SYNODIC,
} from "./internal/astro";
import { parseDate } from "./internal/dates";
import { show } from "./internal/errors";

/** Vietnam's time zone for the lunar calendar, hours east of UTC. */
const VIETNAM_TZ = 7;

/**
 * First Gregorian year the lunar conversion accepts (North Vietnam adopted UTC+7 in 1968).
 *
 * @example
 * ```ts
 * import { LUNAR_MIN_YEAR } from "@motcua/calendar";
 * LUNAR_MIN_YEAR; // 1968
 * ```
 * @since 0.1.0
 * @category Lunar calendar
 */
export const LUNAR_MIN_YEAR = 1968;

/**
 * Last Gregorian year the lunar conversion accepts.
 *
 * @example
 * ```ts
 * import { LUNAR_MAX_YEAR } from "@motcua/calendar";
 * LUNAR_MAX_YEAR; // 2199
 * ```
 * @since 0.1.0
 * @category Lunar calendar
 */
export const LUNAR_MAX_YEAR = 2199;

/**
 * A date of the Vietnamese lunar calendar.
 *
 * @example
 * ```ts
 * import type { LunarDate } from "@motcua/calendar";
 * const tet2026: LunarDate = { year: 2026, month: 1, day: 1, leap: false };
 * ```
 * @since 0.1.0
 * @category Lunar calendar
 */
export interface LunarDate {
  /** Lunar year, numbered like the Gregorian year in which it mostly falls (Tết 2026 opens lunar year 2026). */
  readonly year: number;
  /** Month 1–12. */
  readonly month: number;
  /** Day 1–30. */
  readonly day: number;
  /** `true` for the intercalary (nhuận) month that repeats `month`. */
  readonly leap: boolean;
}

/**
 * The input of {@link lunarToSolar}: a {@link LunarDate} whose `leap` may be omitted (= `false`).
 *
 * @example
 * ```ts
 * import type { LunarDateInput } from "@motcua/calendar";
 * const hungKings: LunarDateInput = { year: 2026, month: 3, day: 10 };
 * ```
 * @since 0.1.0
 * @category Lunar calendar
 */
export interface LunarDateInput {
  /** Lunar year. */
  readonly year: number;
  /** Month 1–12. */
  readonly month: number;
  /** Day 1–30. */
  readonly day: number;
  /** Intercalary month; default `false`. */
  readonly leap?: boolean;
}

const month11Cache = new Map<number, number>();
/** JDN of the first day of lunar month 11 of Gregorian year `yy` (memoised: pure and small). */
const month11 = (yy: number): number => {
  let v = month11Cache.get(yy);
  if (v === undefined) {
    v = lunarMonth11(dayNumberOf(yy, 12, 31) + JDN_EPOCH, VIETNAM_TZ);
    month11Cache.set(yy, v);
  }
  return v;
};

const leapCache = new Map<number, number>();
/** Leap-month offset of the lunar year starting at JDN `a11` (memoised: pure and small). */
const leapOffset = (a11: number): number => {
  let v = leapCache.get(a11);
  if (v === undefined) {
    v = leapMonthOffset(a11, VIETNAM_TZ);
    leapCache.set(a11, v);
  }
  return v;
};

const rangeError = (
  what: { vi: string; en: string },
  value: unknown,
  path: ReadonlyArray<string | number>,
): MotcuaError =>
  new MotcuaError({
    code: CalendarErrorCode.OUT_OF_RANGE,
    path,
    vi: `${what.vi} ${show(value)} nằm ngoài phạm vi âm lịch được hỗ trợ (năm dương lịch ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR})`,
    en: `${what.en} ${show(value)} is outside the supported lunar range (Gregorian years ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR})`,
    data: { min: LUNAR_MIN_YEAR, max: LUNAR_MAX_YEAR },
  });

/** Lunar date of a core day number (no validation). @internal */
export function lunarOfDayNumber(dayNumber: number): LunarDate {
  const jdn = dayNumber + JDN_EPOCH;
  const yy = partsOfDayNumber(dayNumber).year;
  // Hồ Ngọc Đức's estimate of the month's new moon uses the mean synodic month and can be one
  // month off near a boundary (his published code then returns day 0, e.g. 2062-04-09):
  // step until monthStart ≤ jdn < next month's start.
  let k = Math.floor((jdn - NEW_MOON_1900) / SYNODIC);
  let monthStart = newMoonDay(k + 1, VIETNAM_TZ);
  while (monthStart > jdn) {
    k--;
    monthStart = newMoonDay(k + 1, VIETNAM_TZ);
  }
  while (newMoonDay(k + 2, VIETNAM_TZ) <= jdn) {
    k++;
    monthStart = newMoonDay(k + 1, VIETNAM_TZ);
  }
  let a11 = month11(yy);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = yy;
    a11 = month11(yy - 1);
  } else {
    year = yy + 1;
    b11 = month11(yy + 1);
  }
  const day = jdn - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leap };
}

/** Core day number of a lunar date, or NaN when it does not exist (no range validation). @internal */
export function dayNumberOfLunar(year: number, month: number, day: number, leap: boolean): number {
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = month11(year - 1);
    b11 = month11(year);
  } else {
    a11 = month11(year);
    b11 = month11(year + 1);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return NaN;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return NaN;
  }
  const monthStart = newMoonDay(k + off, VIETNAM_TZ);
  const nextStart = newMoonDay(k + off + 1, VIETNAM_TZ);
  if (day > nextStart - monthStart) return NaN;
  return monthStart + day - 1 - JDN_EPOCH;
}

/**
 * Converts a Gregorian date to the Vietnamese lunar calendar (UTC+7), leap months included.
 * Valid for Gregorian years 1968–2199; throws `CALENDAR_INVALID_DATE` or `CALENDAR_OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * import { solarToLunar } from "@motcua/calendar";
 * solarToLunar("1985-01-21"); // { year: 1985, month: 1, day: 1, leap: false } — Tết 1985 in Vietnam
 * solarToLunar("2023-03-22"); // { year: 2023, month: 2, day: 1, leap: true } — 2023 has a leap 2nd month
 * ```
 * @since 0.1.0
 * @category Lunar calendar
 */
export function solarToLunar(date: CivilDate): LunarDate {
  const n = parseDate(date, ["date"]);
  const { year } = partsOfDayNumber(n);
  if (year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR)
    throw rangeError({ vi: "Ngày", en: "Date" }, date, ["date"]);
  return lunarOfDayNumber(n);
}

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

/**
 * Converts a Vietnamese lunar date (UTC+7) to the Gregorian `YYYY-MM-DD`. Throws
 * `CALENDAR_INVALID_LUNAR_DATE` for a date that does not exist (leap flag on a month that is not
 * the year's leap month, day 30 of a 29-day month) and `CALENDAR_OUT_OF_RANGE` outside 1968–2199.
 *
 * @example
 * ```ts
 * import { lunarToSolar } from "@motcua/calendar";
 * lunarToSolar({ year: 2026, month: 1, day: 1 }); // "2026-02-17" (Tết)
 * lunarToSolar({ year: 2026, month: 3, day: 10 }); // "2026-04-26" (Hùng Kings day)
 * ```
 * @since 0.1.0
 * @category Lunar calendar
 */
export function lunarToSolar(lunar: LunarDateInput): CivilDate {
  if (typeof lunar !== "object" || lunar === null) {
    throw new MotcuaError({
      code: CalendarErrorCode.INVALID_LUNAR_DATE,
      path: ["lunar"],
      vi: "Ngày âm lịch phải là một đối tượng { year, month, day, leap? }",
      en: "A lunar date must be an object { year, month, day, leap? }",
    });
  }
  checkArguments("lunarToSolar", { lunar: "any" }, [lunar]);
  const { year, month, day, leap } = lunar as { year: unknown; month: unknown; day: unknown; leap: unknown };
  const bad = (field: string, vi: string, en: string): MotcuaError =>
    new MotcuaError({ code: CalendarErrorCode.INVALID_LUNAR_DATE, path: ["lunar", field], vi, en });
  if (!isInt(year)) throw bad("year", "Năm âm lịch phải là số nguyên", "Lunar year must be an integer");
  if (!isInt(month) || month < 1 || month > 12)
    throw bad("month", "Tháng âm lịch phải là số nguyên 1–12", "Lunar month must be an integer 1–12");
  if (!isInt(day) || day < 1 || day > 30)
    throw bad("day", "Ngày âm lịch phải là số nguyên 1–30", "Lunar day must be an integer 1–30");
  if (leap !== undefined && typeof leap !== "boolean")
    throw bad("leap", "Trường leap (tháng nhuận) phải là true/false", "leap must be a boolean");
  // Lunar year Y spans roughly Feb Y … Feb Y+1: the Gregorian result is range-checked below.
  const yearError = (): MotcuaError =>
    rangeError({ vi: "Năm âm lịch", en: "Lunar year" }, year, ["lunar", "year"]);
  if (year < LUNAR_MIN_YEAR - 1 || year > LUNAR_MAX_YEAR) throw yearError();
  const n = dayNumberOfLunar(year, month, day, leap === true);
  if (n !== n) {
    throw leap === true
      ? bad(
          "leap",
          `Tháng ${month} năm ${year} âm lịch không có tháng nhuận`,
          `Lunar month ${month} of ${year} is not a leap month`,
        )
      : bad(
          "day",
          `Tháng ${month} năm ${year} âm lịch không có ngày ${day}`,
          `Lunar ${year}-${month} has no day ${day}`,
        );
  }
  const gregorianYear = partsOfDayNumber(n).year;
  if (gregorianYear < LUNAR_MIN_YEAR || gregorianYear > LUNAR_MAX_YEAR) throw yearError();
  return fromDayNumber(n);
}

/**
 * Tết Nguyên Đán (lunar 1/1) of a Gregorian year, as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { tetOf } from "@motcua/calendar";
 * tetOf(2030); // "2030-02-02" (China: 3/2)
 * ```
 * @since 0.1.0
 * @category Lunar calendar
 */
export const tetOf = (year: number): CivilDate => lunarToSolar({ year, month: 1, day: 1 });

/**
 * Hùng Kings' Commemoration day (Giỗ Tổ Hùng Vương, lunar 10/3) of a Gregorian year.
 *
 * @example
 * ```ts
 * import { hungKingsDayOf } from "@motcua/calendar";
 * hungKingsDayOf(2025); // "2025-04-07"
 * ```
 * @since 0.1.0
 * @category Lunar calendar
 */
export const hungKingsDayOf = (year: number): CivilDate => lunarToSolar({ year, month: 3, day: 10 });
