/**
 * Province overlays: local days off and office hours (morning/afternoon sessions, optionally
 * seasonal), validated at the boundary with coded bilingual errors.
 *
 * @module
 */
import {
  bilingual,
  CivilDateSchema,
  daysInMonth,
  decode,
  LegalRefSchema,
  MotcuaError,
  type CivilDate,
  type ErrorPath,
  type LegalRef,
} from "@motcua/core";
import * as z from "zod/mini";
import { CalendarErrorCode } from "./CalendarError";

/**
 * A time of day: `"HH:MM"` (00:00–24:00) or minutes after midnight (0–1440).
 *
 * @example
 * ```ts
 * import type { TimeOfDay } from "@motcua/calendar";
 * const opens: TimeOfDay = "07:30";
 * const closes: TimeOfDay = 17 * 60;
 * ```
 * @since 0.1.0
 * @category Office hours
 */
export type TimeOfDay = string | number;

/**
 * A working session as written in an overlay, e.g. `{ start: "08:00", end: "12:00" }`.
 *
 * @example
 * ```ts
 * import type { SessionInput } from "@motcua/calendar";
 * const morning: SessionInput = { start: "07:00", end: "11:30" };
 * ```
 * @since 0.1.0
 * @category Office hours
 */
export interface SessionInput {
  /** Opening time (inclusive). */
  readonly start: TimeOfDay;
  /** Closing time (exclusive), after `start`. */
  readonly end: TimeOfDay;
}

/**
 * A working session resolved to minutes after midnight, Vietnamese time: `[start, end)`.
 *
 * @example
 * ```ts
 * import type { Session } from "@motcua/calendar";
 * const morning: Session = { start: 480, end: 720 }; // 08:00–12:00
 * ```
 * @since 0.1.0
 * @category Office hours
 */
export interface Session {
  /** Minutes after midnight, inclusive. */
  readonly start: number;
  /** Minutes after midnight, exclusive. */
  readonly end: number;
}

/**
 * Office hours of a province (or unit), valid over a period, with optional seasons that replace
 * the default sessions between two month-days every year (a season may wrap over the new year).
 *
 * @example
 * ```ts
 * import type { OfficeHours } from "@motcua/calendar";
 * const hours: OfficeHours = {
 *   sessions: [{ start: "07:30", end: "11:30" }, { start: "13:30", end: "17:30" }],
 *   seasons: [{ name: "Mùa hè", from: "04-15", to: "10-14", sessions: [{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }] }],
 * };
 * ```
 * @since 0.1.0
 * @category Office hours
 */
export interface OfficeHours {
  /** Default sessions of a working day. */
  readonly sessions: ReadonlyArray<SessionInput>;
  /** Seasonal sessions, `from`/`to` as `MM-DD` (both inclusive). Seasons must not overlap. */
  readonly seasons?: ReadonlyArray<{
    readonly name?: string;
    readonly from: string;
    readonly to: string;
    readonly sessions: ReadonlyArray<SessionInput>;
  }>;
  /** First day these hours apply (inclusive); absent = always. */
  readonly validFrom?: CivilDate;
  /** Last day these hours apply (inclusive); absent = still in force. */
  readonly validTo?: CivilDate;
  /** Where the hours are decided (a provincial decision or plan…). */
  readonly legalRef?: LegalRef;
}

/**
 * A province (or unit) overlay over the national calendar: local days off and office hours.
 * Later overlays take precedence over earlier ones for office hours; a local day off that falls on
 * a day already off changes nothing (no compensatory day is derived for local days).
 *
 * @example
 * ```ts
 * import type { CalendarOverlay } from "@motcua/calendar";
 * const office: CalendarOverlay = {
 *   id: "hcc-office",
 *   daysOff: [{ date: "2026-03-02", name: "Ngày nghỉ địa phương (ví dụ)", legalRef: { document: "Example", verified: false } }],
 *   officeHours: [{ sessions: [{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }] }],
 * };
 * ```
 * @since 0.1.0
 * @category Office hours
 */
export interface CalendarOverlay {
  /** Stable id, e.g. `"hcc-office"`; reported in `DayInfo.overlay`. */
  readonly id: string;
  /** Human-readable name. */
  readonly name?: string;
  /** Local days off (working days become `localDayOff`). */
  readonly daysOff?: ReadonlyArray<{
    readonly date: CivilDate;
    readonly name: string;
    readonly nameEn?: string;
    readonly legalRef?: LegalRef;
  }>;
  /** Office hours, in order of increasing precedence. */
  readonly officeHours?: ReadonlyArray<OfficeHours>;
}

const TimeSchema = z.union([z.string(), z.number()]);
const SessionSchema = z.strictObject({ start: TimeSchema, end: TimeSchema });
/** Zod schema of a month-day `MM-DD` that exists in some year (02-29 allowed). @internal */
export const MonthDaySchema = z
  .string()
  .check(
    z.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
      message: bilingual("Expected a month-day MM-DD", "Cần dạng tháng-ngày MM-DD"),
    }),
  )
  .check(
    z.refine((md) => Number(md.slice(3, 5)) <= daysInMonth(2000, Number(md.slice(0, 2))), {
      message: bilingual(
        "No such day in that month (even in a leap year)",
        "Tháng đó không có ngày này (kể cả năm nhuận)",
      ),
    }),
  );
/**
 * Zod schema of an office-hours entry with its sessions in `session`'s form and at least
 * `minSessions` of them: the overlay's entries (`"HH:MM"` or minutes; an empty list is left to
 * `resolveSessions`, which names it) and the `calendar` slot's (`"HH:MM"`, at least one). @internal
 */
export const officeHoursSchemaOf = <S extends z.core.$ZodType>(session: S, minSessions: number) =>
  z.strictObject({
    sessions: z.array(session).check(z.minLength(minSessions)),
    seasons: z.optional(
      z.array(
        z.strictObject({
          name: z.optional(z.string()),
          from: MonthDaySchema,
          to: MonthDaySchema,
          sessions: z.array(session).check(z.minLength(minSessions)),
        }),
      ),
    ),
    validFrom: z.optional(CivilDateSchema),
    validTo: z.optional(CivilDateSchema),
    legalRef: z.optional(LegalRefSchema),
  });
const OfficeHoursSchema = officeHoursSchemaOf(SessionSchema, 0);
const OverlaySchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  name: z.optional(z.string()),
  daysOff: z.optional(
    z.array(
      z.strictObject({
        date: CivilDateSchema,
        name: z.string().check(z.minLength(1)),
        nameEn: z.optional(z.string()),
        legalRef: z.optional(LegalRefSchema),
      }),
    ),
  ),
  officeHours: z.optional(z.array(OfficeHoursSchema)),
});

/** An office-hours entry resolved to minutes. @internal */
export interface ResolvedHours {
  readonly overlay: string;
  readonly sessions: ReadonlyArray<Session>;
  /** Seasons with day-of-year ranges in a 366-day leap-year numbering (Feb 29 = 60). */
  readonly seasons: ReadonlyArray<{
    readonly from: number;
    readonly to: number;
    readonly sessions: ReadonlyArray<Session>;
  }>;
  readonly validFrom: CivilDate | undefined;
  readonly validTo: CivilDate | undefined;
}

/** A validated overlay. @internal */
export interface ResolvedOverlay {
  readonly id: string;
  readonly daysOff: ReadonlyArray<{
    readonly date: CivilDate;
    readonly name: string;
    readonly nameEn: string | undefined;
    readonly legalRef: LegalRef | undefined;
  }>;
  readonly officeHours: ReadonlyArray<ResolvedHours>;
}

const sessionError = (
  path: ErrorPath,
  vi: string,
  en: string,
  code: string = CalendarErrorCode.INVALID_SESSION,
): MotcuaError => new MotcuaError({ code, path, vi, en });

const toMinutes = (value: string | number, path: ErrorPath): number => {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 0 || value > 1440) {
      throw sessionError(
        path,
        `Giờ làm việc không hợp lệ: ${String(value)} (cần số phút nguyên 0–1440 hoặc "HH:MM")`,
        `Invalid time of day: ${String(value)} (expected integer minutes 0–1440 or "HH:MM")`,
      );
    }
    return value;
  }
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  const minutes = m === null ? NaN : Number(m[1]) * 60 + Number(m[2]);
  if (m === null || Number(m[2]) > 59 || minutes > 1440) {
    throw sessionError(
      path,
      `Giờ làm việc không hợp lệ: ${JSON.stringify(value)} (cần "HH:MM" từ 00:00 đến 24:00)`,
      `Invalid time of day: ${JSON.stringify(value)} (expected "HH:MM" from 00:00 to 24:00)`,
    );
  }
  return minutes;
};

/** Validates a list of sessions: each non-empty, inside the day, not overlapping; returns them sorted. @internal */
export function resolveSessions(input: ReadonlyArray<SessionInput>, path: ErrorPath): Session[] {
  if (input.length === 0) {
    throw sessionError(path, "Cần ít nhất một phiên làm việc", "At least one working session is required");
  }
  const out = input.map((s, i) => {
    const start = toMinutes(s.start, [...path, i, "start"]);
    const end = toMinutes(s.end, [...path, i, "end"]);
    if (end <= start) {
      throw sessionError(
        [...path, i, "end"],
        `Phiên làm việc phải kết thúc sau khi bắt đầu (${String(s.start)}–${String(s.end)})`,
        `A session must end after it starts (${String(s.start)}–${String(s.end)})`,
      );
    }
    return { start, end, index: i };
  });
  const sorted = [...out].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev !== undefined && cur !== undefined && cur.start < prev.end) {
      throw sessionError(
        [...path, cur.index],
        `Các phiên làm việc chồng lên nhau (phiên ${prev.index} và ${cur.index})`,
        `Working sessions overlap (sessions ${prev.index} and ${cur.index})`,
        CalendarErrorCode.OVERLAPPING_SESSIONS,
      );
    }
  }
  return Object.freeze(sorted.map(({ start, end }) => Object.freeze({ start, end }))) as Session[];
}

const CUM = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];
/** Day of year 1–366 of a month-day in leap-year numbering. @internal */
export const monthDayOrdinal = (month: number, day: number): number => (CUM[month - 1] ?? 0) + day;

const ordinalOf = (md: string): number => monthDayOrdinal(Number(md.slice(0, 2)), Number(md.slice(3, 5)));

const inSeason = (ord: number, from: number, to: number): boolean =>
  from <= to ? ord >= from && ord <= to : ord >= from || ord <= to;

/** An office-hours entry as parsed (optional fields may be `undefined`). @internal */
export interface HoursInput {
  readonly sessions: ReadonlyArray<SessionInput>;
  readonly seasons?:
    | ReadonlyArray<{
        readonly from: string;
        readonly to: string;
        readonly sessions: ReadonlyArray<SessionInput>;
      }>
    | undefined;
  readonly validFrom?: CivilDate | undefined;
  readonly validTo?: CivilDate | undefined;
}

/**
 * Validates one office-hours entry and resolves it to minutes: `CALENDAR_INVALID_OPTIONS` for
 * reversed dates, `CALENDAR_INVALID_SESSION` / `CALENDAR_OVERLAPPING_SESSIONS` for bad sessions
 * or overlapping seasons. @internal
 */
export function resolveHours(h: HoursInput, overlay: string, hp: ErrorPath): ResolvedHours {
  if (h.validFrom !== undefined && h.validTo !== undefined && h.validTo < h.validFrom) {
    throw new MotcuaError({
      code: CalendarErrorCode.INVALID_OPTIONS,
      path: [...hp, "validTo"],
      vi: "validTo trước validFrom",
      en: "validTo is before validFrom",
    });
  }
  const seasons = (h.seasons ?? []).map((s, k) => ({
    from: ordinalOf(s.from),
    to: ordinalOf(s.to),
    sessions: resolveSessions(s.sessions, [...hp, "seasons", k, "sessions"]),
  }));
  for (let a = 0; a < seasons.length; a++) {
    for (let b = a + 1; b < seasons.length; b++) {
      const sa = seasons[a];
      const sb = seasons[b];
      if (sa === undefined || sb === undefined) continue;
      let overlap = false;
      for (let d = 1; d <= 366 && !overlap; d++)
        overlap = inSeason(d, sa.from, sa.to) && inSeason(d, sb.from, sb.to);
      if (overlap) {
        throw sessionError(
          [...hp, "seasons", b],
          `Các mùa (giờ làm việc theo mùa) ${a} và ${b} chồng lên nhau`,
          `Seasons ${a} and ${b} of the office hours overlap`,
          CalendarErrorCode.OVERLAPPING_SESSIONS,
        );
      }
    }
  }
  return {
    overlay,
    sessions: resolveSessions(h.sessions, [...hp, "sessions"]),
    seasons,
    validFrom: h.validFrom,
    validTo: h.validTo,
  };
}

/**
 * Parses and validates an overlay list: `CALENDAR_INVALID_OPTIONS` for a malformed shape,
 * `CALENDAR_INVALID_SESSION` / `CALENDAR_OVERLAPPING_SESSIONS` for bad hours. @internal
 */
export function resolveOverlays(input: unknown, path: ErrorPath): ResolvedOverlay[] {
  const overlays = decode(z.array(OverlaySchema), input, {
    code: CalendarErrorCode.INVALID_OPTIONS,
    path,
    label: { en: "calendar overlay", vi: "Lớp lịch địa phương" },
  });
  const ids = new Set<string>();
  return overlays.map((o, i) => {
    const p = [...path, i];
    if (ids.has(o.id)) {
      throw new MotcuaError({
        code: CalendarErrorCode.INVALID_OPTIONS,
        path: [...p, "id"],
        vi: `Trùng mã lớp lịch: ${JSON.stringify(o.id)}`,
        en: `Duplicate overlay id: ${JSON.stringify(o.id)}`,
      });
    }
    ids.add(o.id);
    const officeHours = (o.officeHours ?? []).map((h, j) => resolveHours(h, o.id, [...p, "officeHours", j]));
    return {
      id: o.id,
      daysOff: (o.daysOff ?? []).map((d) => ({
        date: d.date,
        name: d.name,
        nameEn: d.nameEn,
        legalRef: d.legalRef,
      })),
      officeHours,
    };
  });
}

/** Sessions of an office-hours entry on a given month/day. @internal */
export const sessionsOfEntry = (h: ResolvedHours, month: number, day: number): ReadonlyArray<Session> => {
  if (h.seasons.length === 0) return h.sessions;
  const ord = monthDayOrdinal(month, day);
  for (const s of h.seasons) if (inSeason(ord, s.from, s.to)) return s.sessions;
  return h.sessions;
};
