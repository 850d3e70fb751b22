/** Fast, allocation-free civil-date parsing for the hot paths. @internal */
import { dayNumberOf, daysInMonth, parseInstant, type ErrorPath } from "@motcua/core";
import { invalidDate, invalidInstant } from "./errors";

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
};

/** Day number of a strict `YYYY-MM-DD` string, or NaN when it is not a real date. */
export function dayNumberOrNaN(value: unknown): number {
  if (typeof value !== "string" || value.length !== 10) return NaN;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return dayNumberOf(year, month, day);
}

/** Day number of a civil date, or a `CALENDAR_INVALID_DATE` error naming `path`. */
export function parseDate(value: unknown, path: ErrorPath): number {
  const n = dayNumberOrNaN(value);
  if (n !== n) throw invalidDate(value, path);
  return n;
}

/** Epoch ms of an instant input, or a `CALENDAR_INVALID_INSTANT` error naming `path`. */
export function parseInstantInput(value: unknown, path: ErrorPath): number {
  if (typeof value === "number") {
    if (Number.isFinite(value) && Math.abs(value) <= 8.64e15) return value;
    throw invalidInstant(value, path);
  }
  try {
    return parseInstant(value, path);
  } catch {
    throw invalidInstant(value, path);
  }
}
