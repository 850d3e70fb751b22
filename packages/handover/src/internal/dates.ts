/**
 * Date helpers private to `@motcua/handover`.
 *
 * @module
 */
import {
  dayNumberOf,
  daysInMonth,
  fromDayNumber,
  partsOfDayNumber,
  MotcuaError,
  tryParseCivilDate,
  tryParseInstant,
  vietnamDayNumber,
  type CivilDate,
  type ErrorPath,
} from "@motcua/core";

const CIVIL = /^\d{4}-\d{2}-\d{2}$/;

/** Reads `at` as a civil date (`YYYY-MM-DD`) or an instant (Vietnamese date), or throws `code`. */
export function toCivilDate(at: unknown, path: ErrorPath, code: string): CivilDate {
  if (typeof at === "string" && CIVIL.test(at)) {
    if (tryParseCivilDate(at) !== undefined) return at;
  } else {
    const ms = tryParseInstant(at);
    if (ms !== undefined) return fromDayNumber(vietnamDayNumber(ms));
  }
  throw new MotcuaError({
    code,
    path,
    vi: `Ngày không hợp lệ: ${safeJson(at)} (cần YYYY-MM-DD, ISO 8601 có múi giờ, mili giây epoch hoặc Date)`,
    en: `Invalid date: ${safeJson(at)} (expected YYYY-MM-DD, ISO 8601 with an offset, epoch milliseconds or a Date)`,
    data: { value: typeof at === "string" || typeof at === "number" ? at : typeof at },
  });
}

/** JSON.stringify that never throws (BigInt, cycles) and stays short. */
export function safeJson(value: unknown): string {
  try {
    const s = JSON.stringify(value);
    if (s === undefined) return String(typeof value);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return typeof value;
  }
}

/** The civil date `months` months after a day number, the day clamped to the month's length. */
export function addMonthsToDayNumber(dayNumber: number, months: number): CivilDate {
  const { year, month, day } = partsOfDayNumber(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return fromDayNumber(dayNumberOf(y, m, Math.min(day, daysInMonth(y, m))));
}
