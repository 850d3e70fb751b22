/**
 * Civil dates (`YYYY-MM-DD`, no time, no zone) and their day numbers, computed without `Date`
 * so nothing depends on the host time zone.
 *
 * @module
 */
import * as z from "zod/mini";
import { bilingual } from "./decode";
import { MotcuaError, type ErrorPath } from "./MotcuaError";
import { previewValue } from "./previewValue";
import { guardFunction } from "./guardFunction";

/** A civil date written `YYYY-MM-DD`, e.g. `"2026-02-17"`. */
export type CivilDate = string;

/** Code for a string that is not a real `YYYY-MM-DD` date. */
export const INVALID_DATE = "INVALID_DATE";

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * First year motcua reads and writes: `0001`. Dates are four-digit `YYYY-MM-DD` strings, so the
 * supported range is 0001-01-01 to 9999-12-31 of the proleptic Gregorian calendar.
 *
 * @since 0.2.0
 * @category Dates
 */
export const MIN_CIVIL_YEAR = 1;

/**
 * Last year motcua reads and writes: `9999` (see {@link MIN_CIVIL_YEAR}).
 *
 * @since 0.2.0
 * @category Dates
 */
export const MAX_CIVIL_YEAR = 9999;

const invalidDate = (value: unknown, path: ErrorPath, what: { en: string; vi: string }): MotcuaError =>
  new MotcuaError({
    code: INVALID_DATE,
    path,
    vi: `Ngày không hợp lệ: ${previewValue(value)} (${what.vi})`,
    en: `Invalid date: ${previewValue(value)} (${what.en})`,
    data: { value: typeof value === "string" || typeof value === "number" ? value : previewValue(value) },
  });

const RANGE_TEXT = {
  en: "expected a real date from 0001-01-01 to 9999-12-31",
  vi: "cần một ngày có thật từ 0001-01-01 đến 9999-12-31",
};

/**
 * Days in a month of the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * import { daysInMonth } from "@motcua/core";
 * daysInMonth(2024, 2); // 29
 * ```
 * @since 0.1.0
 * @category Dates
 */
export const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/**
 * Day number (days since 1970-01-01) of a year/month/day, exact for any Gregorian date.
 *
 * @example
 * ```ts
 * import { dayNumberOf } from "@motcua/core";
 * dayNumberOf(1970, 1, 2); // 1
 * ```
 * @since 0.1.0
 * @category Dates
 */
export const dayNumberOf = guardFunction(
  "dayNumberOf",
  function dayNumberOf(year: number, month: number, day: number): number {
    // Howard Hinnant's days_from_civil.
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = (month + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
  },
);

/** A civil date split into numbers. */
export interface DateParts {
  /** Gregorian year. */
  readonly year: number;
  /** Month 1–12. */
  readonly month: number;
  /** Day of month 1–31. */
  readonly day: number;
}

/**
 * Year, month and day of a day number (inverse of {@link dayNumberOf}).
 *
 * @example
 * ```ts
 * import { partsOfDayNumber } from "@motcua/core";
 * partsOfDayNumber(0); // { year: 1970, month: 1, day: 1 }
 * ```
 * @since 0.1.0
 * @category Dates
 */
export function partsOfDayNumber(dayNumber: number): DateParts {
  if (!Number.isSafeInteger(dayNumber))
    throw invalidDate(dayNumber, [], {
      en: "a day number must be an integer",
      vi: "số ngày phải là số nguyên",
    });
  // Howard Hinnant's civil_from_days.
  const z0 = dayNumber + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const MIN_DAY_NUMBER = dayNumberOf(MIN_CIVIL_YEAR, 1, 1);
const MAX_DAY_NUMBER = dayNumberOf(MAX_CIVIL_YEAR, 12, 31);

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Writes a year/month/day as `YYYY-MM-DD`; throws {@link INVALID_DATE} for a date that is not
 * real or lies outside 0001-01-01 … 9999-12-31 (a negative year once gave `"00-5-01-02"`).
 *
 * @example
 * ```ts
 * import { formatCivilDate } from "@motcua/core";
 * formatCivilDate(2026, 2, 17); // "2026-02-17"
 * ```
 * @since 0.1.0
 * @category Dates
 */
export const formatCivilDate = (year: number, month: number, day: number): CivilDate => {
  if (
    !Number.isInteger(year) ||
    year < MIN_CIVIL_YEAR ||
    year > MAX_CIVIL_YEAR ||
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12 ||
    !Number.isInteger(day) ||
    day < 1 ||
    day > daysInMonth(year, month)
  )
    throw invalidDate(`${previewValue(year)}-${previewValue(month)}-${previewValue(day)}`, [], RANGE_TEXT);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
};

/**
 * Splits a `YYYY-MM-DD` string, or returns `undefined` when it is not a real date
 * (`2025-02-30`, `2025-2-3`, `2025-13-01`, year `0000`).
 *
 * @example
 * ```ts
 * import { tryParseCivilDate } from "@motcua/core";
 * tryParseCivilDate("2025-02-30"); // undefined
 * ```
 * @since 0.1.0
 * @category Dates
 */
export function tryParseCivilDate(value: unknown): DateParts | undefined {
  if (typeof value !== "string") return undefined;
  const m = PATTERN.exec(value);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_CIVIL_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  return { year, month, day };
}

/**
 * Parses a `YYYY-MM-DD` string into its parts, throwing {@link INVALID_DATE} with the field path.
 *
 * @example
 * ```ts
 * import { parseCivilDate } from "@motcua/core";
 * parseCivilDate("2026-11-24"); // { year: 2026, month: 11, day: 24 }
 * ```
 * @since 0.1.0
 * @category Dates
 */
export function parseCivilDate(value: unknown, path: ErrorPath = []): DateParts {
  const parts = tryParseCivilDate(value);
  if (parts === undefined)
    throw invalidDate(value, path, {
      en: "expected a real YYYY-MM-DD date",
      vi: "cần dạng YYYY-MM-DD có thật",
    });
  return parts;
}

/**
 * Day number of a `YYYY-MM-DD` string; throws {@link INVALID_DATE} for an impossible date.
 *
 * @example
 * ```ts
 * import { toDayNumber } from "@motcua/core";
 * toDayNumber("1970-01-11"); // 10
 * ```
 * @since 0.1.0
 * @category Dates
 */
export const toDayNumber = (value: CivilDate, path: ErrorPath = []): number => {
  const { year, month, day } = parseCivilDate(value, path);
  return dayNumberOf(year, month, day);
};

/**
 * `YYYY-MM-DD` of a day number; throws {@link INVALID_DATE} for a non-integer or one outside
 * 0001-01-01 … 9999-12-31.
 *
 * @example
 * ```ts
 * import { fromDayNumber } from "@motcua/core";
 * fromDayNumber(20501); // "2026-02-17"
 * ```
 * @since 0.1.0
 * @category Dates
 */
export const fromDayNumber = (dayNumber: number): CivilDate => {
  if (!Number.isSafeInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER)
    throw invalidDate(dayNumber, [], RANGE_TEXT);
  const { year, month, day } = partsOfDayNumber(dayNumber);
  return formatCivilDate(year, month, day);
};

/**
 * Day of week of a day number: 0 = Sunday (Chủ nhật) … 6 = Saturday (Thứ bảy).
 *
 * @example
 * ```ts
 * import { weekdayOfDayNumber, toDayNumber } from "@motcua/core";
 * weekdayOfDayNumber(toDayNumber("2026-04-26")); // 0 (a Sunday)
 * ```
 * @since 0.1.0
 * @category Dates
 */
export const weekdayOfDayNumber = guardFunction(
  "weekdayOfDayNumber",
  (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7,
);

/**
 * Zod schema of a real `YYYY-MM-DD` date (rejects `2025-02-30`).
 *
 * @example
 * ```ts
 * import { CivilDateSchema } from "@motcua/core";
 * CivilDateSchema.safeParse("2025-02-30").success; // false
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const CivilDateSchema = z.string().check(
  z.refine((s) => tryParseCivilDate(s) !== undefined, {
    message: bilingual(
      "Invalid date (expected a real YYYY-MM-DD date)",
      "Ngày không hợp lệ (cần dạng YYYY-MM-DD có thật)",
    ),
  }),
);
