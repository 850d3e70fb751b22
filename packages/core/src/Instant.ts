/**
 * Instants: unambiguous points in time, given as ISO strings with an offset or epoch milliseconds,
 * and read in Vietnamese local time (UTC+7, no daylight saving since 1975) without consulting the
 * host time zone.
 *
 * @module
 */
import * as z from "zod";
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

/** An instant as accepted by motcua: ISO 8601 with `Z` or an offset, or epoch milliseconds. */
export type InstantInput = string | number;

/** Code for an instant that is missing its offset, malformed or out of range. */
export const INVALID_INSTANT = "INVALID_INSTANT";

/** Vietnam's offset from UTC in milliseconds (UTC+7). */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Milliseconds in a day. */
export const MS_PER_DAY = 86_400_000;

/** Milliseconds in a minute. */
export const MS_PER_MINUTE = 60_000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
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
 * date-time without one is ambiguous and rejected. Numbers must be whole milliseconds; both must
 * fall within {@link MIN_INSTANT_MS} … {@link MAX_INSTANT_MS} (years 0001–9999 in Vietnam).
 *
 * @example
 * ```ts
 * import { tryParseInstant } from "@motcua/core";
 * tryParseInstant("2026-02-12T09:00:00+07:00"); // 1770861600000
 * tryParseInstant("2026-02-12T09:00:00"); // undefined (no offset)
 * ```
 * @since 0.1.0
 * @category Instants
 */
export function tryParseInstant(value: unknown): number | undefined {
  if (typeof value === "number") return inRange(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const m = ISO.exec(value);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = m[8] as string;
  let offsetMs = 0;
  if (zone !== "Z") {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return undefined;
    offsetMs = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om) * MS_PER_MINUTE;
  }
  const ms =
    dayNumberOf(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    fraction -
    offsetMs;
  return inRange(ms) ? ms : undefined;
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
    vi: `Thời điểm không hợp lệ: ${previewValue(value)} (cần ISO 8601 có múi giờ, ví dụ 2026-02-12T09:00:00+07:00, hoặc số nguyên mili giây epoch, trong các năm 0001–9999)`,
    en: `Invalid instant: ${previewValue(value)} (expected ISO 8601 with an offset, e.g. 2026-02-12T09:00:00+07:00, or whole epoch milliseconds, within years 0001–9999)`,
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
export const InstantSchema = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const ms = tryParseInstant(value);
  if (ms === undefined) {
    ctx.addIssue({
      code: "custom",
      message: bilingual(
        "Invalid instant (expected ISO 8601 with an offset, or epoch milliseconds)",
        "Thời điểm không hợp lệ (cần ISO 8601 có múi giờ, hoặc mili giây epoch)",
      ),
    });
    return z.NEVER;
  }
  return ms;
});
