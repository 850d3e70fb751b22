/**
 * Instants: unambiguous points in time, given as ISO strings with an offset, epoch milliseconds or
 * `Date` objects,
 * and read in Vietnamese local time (UTC+7, no daylight saving since 1975) without consulting the
 * host time zone.
 *
 * @module
 */
import * as z from "zod/mini";
import {
  dayNumberOf,
  formatCivilDate,
  partsOfDayNumber,
  daysInMonth,
  MAX_CIVIL_YEAR,
  MIN_CIVIL_YEAR,
  type CivilDate,
} from "./CivilDate";
import { bilingual } from "./decode";
import { MotcuaError, type ErrorPath } from "./MotcuaError";
import { previewValue } from "./previewValue";
import { guardFunction } from "./guardFunction";

/**
 * An instant as accepted by motcua: ISO 8601 with `Z` or an offset, epoch milliseconds, or a valid
 * `Date` (of any realm). Schemas that decode JSON (events, summaries) take the string or the number.
 */
export type InstantInput = string | number | Date;

/** Code for an instant that is missing its offset, malformed or out of range. */
export const INVALID_INSTANT = "INVALID_INSTANT";

/** Vietnam's offset from UTC in milliseconds (UTC+7). */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Milliseconds in a day. */
export const MS_PER_DAY = 86_400_000;

/** Milliseconds in a minute. */
export const MS_PER_MINUTE = 60_000;

/**
 * Earliest instant motcua reads and writes: 0001-01-01T00:00:00+07:00, in epoch milliseconds.
 * Instants are whole milliseconds whose Vietnamese date has a four-digit year, so that
 * {@link formatInstant} and {@link tryParseInstant} are inverse over the whole range.
 *
 * @since 0.2.0
 * @category Instants
 */
export const MIN_INSTANT_MS = dayNumberOf(MIN_CIVIL_YEAR, 1, 1) * MS_PER_DAY - VIETNAM_OFFSET_MS;

/**
 * Latest instant motcua reads and writes: 9999-12-31T23:59:59.999+07:00, in epoch milliseconds.
 *
 * @since 0.2.0
 * @category Instants
 */
export const MAX_INSTANT_MS = dayNumberOf(MAX_CIVIL_YEAR + 1, 1, 1) * MS_PER_DAY - VIETNAM_OFFSET_MS - 1;

const inRange = (ms: number): boolean => Number.isInteger(ms) && ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS;

/**
 * Parses an instant or returns `undefined`. Strings must carry `Z` or an offset: a local
 * date-time without one is ambiguous and rejected. Numbers must be whole milliseconds and a `Date`
 * valid; all must fall within {@link MIN_INSTANT_MS} … {@link MAX_INSTANT_MS} (years 0001–9999
 * in Vietnam).
 *
 * @example
 * ```ts
 * import { tryParseInstant } from "@motcua/core";
 * tryParseInstant("2026-02-12T09:00:00+07:00"); // 1770861600000
 * tryParseInstant("2026-02-12T09:00:00"); // undefined (no offset)
 * tryParseInstant(new Date("2026-02-12T02:00:00Z")); // 1770861600000
 * ```
 * @since 0.1.0
 * @category Instants
 */
export function tryParseInstant(value: unknown): number | undefined {
  if (typeof value === "number") return inRange(value) ? value : undefined;
  if (typeof value !== "string")
    return typeof value === "object" && value !== null ? dateMs(value) : undefined;
  const ms = parseIsoMs(value);
  return Number.isNaN(ms) ? undefined : ms;
}

const dateTime = Date.prototype.getTime;

/** The epoch milliseconds of a valid, in-range `Date` (of any realm), or `undefined`. */
function dateMs(value: object): number | undefined {
  try {
    // getTime reads the internal slot: a fake with a "Date" tag or a proxy throws, a real Date of
    // another realm answers.
    const ms = dateTime.call(value);
    return inRange(ms) ? ms : undefined;
  } catch {
    return undefined;
  }
}

/** The digit at `i` (0–9), or -1. */
const digitAt = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
};

/** Two digits at `i` as a number, or -1. */
const twoDigits = (s: string, i: number): number => {
  const a = digitAt(s, i);
  const b = digitAt(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
};

/**
 * `YYYY-MM-DDTHH:MM[:SS[.f{1,9}]](Z|±HH:MM)` read character by character (exactly what the
 * pattern `^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$`
 * accepts, several times faster than matching it and converting the groups; a property test holds
 * the two equal), then range-checked; `NaN` when it is not an instant.
 */
function parseIsoMs(s: string): number {
  const n = s.length;
  if (n < 17 || s[4] !== "-" || s[7] !== "-" || s[10] !== "T" || s[13] !== ":") return Number.NaN;
  const y1 = twoDigits(s, 0);
  const y2 = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  if (y1 < 0 || y2 < 0 || month < 0 || day < 0 || hour < 0 || minute < 0) return Number.NaN;
  const year = y1 * 100 + y2;
  let i = 16;
  let second = 0;
  let fraction = 0;
  if (s[i] === ":") {
    second = twoDigits(s, i + 1);
    if (second < 0) return Number.NaN;
    i += 3;
    if (s[i] === ".") {
      const from = i + 1;
      let to = from;
      while (to < n && to - from < 9 && digitAt(s, to) >= 0) to++;
      if (to === from) return Number.NaN;
      fraction = Math.floor(Number(`0.${s.slice(from, to)}`) * 1000);
      i = to;
    }
  }
  let offsetMs = 0;
  if (s[i] === "Z") {
    if (i + 1 !== n) return Number.NaN;
  } else {
    const sign = s[i];
    if ((sign !== "+" && sign !== "-") || i + 6 !== n || s[i + 3] !== ":") return Number.NaN;
    const oh = twoDigits(s, i + 1);
    const om = twoDigits(s, i + 4);
    if (oh < 0 || om < 0 || oh > 23 || om > 59) return Number.NaN;
    offsetMs = (sign === "-" ? -1 : 1) * (oh * 60 + om) * MS_PER_MINUTE;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const ms =
    dayNumberOf(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    fraction -
    offsetMs;
  return inRange(ms) ? ms : Number.NaN;
}

/**
 * Parses an instant to epoch milliseconds, throwing {@link INVALID_INSTANT} with the field path.
 *
 * @example
 * ```ts
 * import { parseInstant } from "@motcua/core";
 * parseInstant("2026-02-12T02:00:00Z") === parseInstant("2026-02-12T09:00:00+07:00"); // true
 * ```
 * @since 0.1.0
 * @category Instants
 */
export function parseInstant(value: unknown, path: ErrorPath = []): number {
  const ms = tryParseInstant(value);
  if (ms === undefined) throw invalidInstant(value, path);
  return ms;
}

const invalidInstant = (value: unknown, path: ErrorPath): MotcuaError =>
  new MotcuaError({
    code: INVALID_INSTANT,
    path,
    vi: `Thời điểm không hợp lệ: ${previewValue(value)} (cần ISO 8601 có múi giờ, ví dụ 2026-02-12T09:00:00+07:00, số nguyên mili giây epoch hoặc Date hợp lệ, trong các năm 0001–9999)`,
    en: `Invalid instant: ${previewValue(value)} (expected ISO 8601 with an offset, e.g. 2026-02-12T09:00:00+07:00, whole epoch milliseconds or a valid Date, within years 0001–9999)`,
    data: { value: typeof value === "string" || typeof value === "number" ? value : previewValue(value) },
  });

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * Writes epoch milliseconds as ISO 8601 in Vietnamese time, e.g. `2026-02-24T09:00:00+07:00`
 * (milliseconds appear only when not zero). Throws {@link INVALID_INSTANT} for a value that
 * {@link tryParseInstant} would not accept, so every string written reads back to the same value.
 *
 * @example
 * ```ts
 * import { formatInstant } from "@motcua/core";
 * formatInstant(1770861600000); // "2026-02-12T09:00:00+07:00"
 * ```
 * @since 0.1.0
 * @category Instants
 */
export function formatInstant(ms: number): string {
  if (typeof ms !== "number" || !inRange(ms)) throw invalidInstant(ms, []);
  const local = ms + VIETNAM_OFFSET_MS;
  const dayNumber = Math.floor(local / MS_PER_DAY);
  const inDay = local - dayNumber * MS_PER_DAY;
  const { year, month, day } = partsOfDayNumber(dayNumber);
  const h = Math.floor(inDay / 3_600_000);
  const min = Math.floor((inDay % 3_600_000) / MS_PER_MINUTE);
  const s = Math.floor((inDay % MS_PER_MINUTE) / 1000);
  const frac = inDay % 1000;
  return `${formatCivilDate(year, month, day)}T${pad(h)}:${pad(min)}:${pad(s)}${frac === 0 ? "" : `.${pad(frac, 3)}`}+07:00`;
}

/**
 * Vietnamese civil day number (days since 1970-01-01) of an instant.
 *
 * @example
 * ```ts
 * import { vietnamDayNumber, parseInstant, fromDayNumber } from "@motcua/core";
 * fromDayNumber(vietnamDayNumber(parseInstant("2026-02-12T20:00:00Z"))); // "2026-02-13"
 * ```
 * @since 0.1.0
 * @category Instants
 */
export const vietnamDayNumber = guardFunction("vietnamDayNumber", (ms: number): number =>
  Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY),
);

/**
 * Vietnamese civil date (`YYYY-MM-DD`) of an instant.
 *
 * @example
 * ```ts
 * import { vietnamDate } from "@motcua/core";
 * vietnamDate("2026-02-12T20:00:00Z"); // "2026-02-13"
 * ```
 * @since 0.1.0
 * @category Instants
 */
export const vietnamDate = (instant: InstantInput): CivilDate => {
  const { year, month, day } = partsOfDayNumber(vietnamDayNumber(parseInstant(instant)));
  return formatCivilDate(year, month, day);
};

/**
 * Epoch milliseconds of a Vietnamese wall-clock time: day number plus minutes after midnight.
 *
 * @example
 * ```ts
 * import { vietnamInstant, toDayNumber, formatInstant } from "@motcua/core";
 * formatInstant(vietnamInstant(toDayNumber("2026-02-24"), 9 * 60)); // "2026-02-24T09:00:00+07:00"
 * ```
 * @since 0.1.0
 * @category Instants
 */
export const vietnamInstant = guardFunction(
  "vietnamInstant",
  (dayNumber: number, minuteOfDay: number): number =>
    dayNumber * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE - VIETNAM_OFFSET_MS,
);

/**
 * Zod schema of an instant input; parses to epoch milliseconds.
 *
 * @example
 * ```ts
 * import { InstantSchema } from "@motcua/core";
 * InstantSchema.parse("2026-02-12T09:00:00+07:00"); // 1770861600000
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const InstantSchema = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((value: string | number, ctx) => {
    const ms = tryParseInstant(value);
    if (ms === undefined) {
      ctx.issues.push({
        code: "custom",
        input: value,
        message: bilingual(
          "Invalid instant (expected ISO 8601 with an offset, or epoch milliseconds)",
          "Thời điểm không hợp lệ (cần ISO 8601 có múi giờ, hoặc mili giây epoch)",
        ),
      });
      return z.NEVER;
    }
    return ms;
  }),
);
