/**
 * The Vietnamese working calendar built from the `calendar` rules of a composed rulebook:
 * holidays (notices or projection), weekly rest, office hours and local days off, with O(1)
 * working-day and working-minute arithmetic over a precomputed index.
 *
 * @module
 */
import {
  decode,
  formatInstant,
  fromDayNumber,
  MotcuaError,
  MS_PER_DAY,
  MS_PER_MINUTE,
  partsOfDayNumber,
  tryParseInstant,
  VIETNAM_OFFSET_MS,
  weekdayOfDayNumber,
  type CivilDate,
  type ErrorPath,
  type InstantInput,
} from "@motcua/core";
import * as z from "zod/mini";
import { CalendarErrorCode } from "./CalendarError";
import { resolveOverlays, type CalendarOverlay, type Session } from "./CalendarOverlay";
import type { DayInfo } from "./DayInfo";
import { YearlyNoticeSchema, type CalendarRules, type YearlyNotice } from "./calendarSlot";
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR } from "./HolidaySchedule";
import { calendarBookOf, withNotices } from "./internal/book";
import { buildIndex, type CalendarIndex, type Profile } from "./internal/CalendarIndex";
import { dayNumberOrNaN, parseInstantInput } from "./internal/dates";
import { invalidDate, invalidNumber, notWorkingDay, outOfRange } from "./internal/errors";

/**
 * Options of {@link makeCalendar}.
 *
 * @example
 * ```ts
 * import { makeCalendar, type CalendarOptions, type CalendarRules } from "@motcua/calendar";
 * declare const rules: CalendarRules; // sliceOf(rulebook, "calendar")
 * const options: CalendarOptions = { fromYear: 2020, toYear: 2030 };
 * const cal = makeCalendar(rules, options);
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export interface CalendarOptions {
  /** First year covered (default 2000, minimum 1995). */
  readonly fromYear?: number;
  /** Last year covered, inclusive (default 2100, maximum 2199). Queries outside → `CALENDAR_OUT_OF_RANGE`. */
  readonly toYear?: number;
  /**
   * Further layers over the rules' own office hours and local days off (e.g. one office's hours);
   * later layers win for office hours.
   */
  readonly overlays?: ReadonlyArray<CalendarOverlay>;
  /**
   * Yearly notices published after the rules were released: each replaces the rules' notice (or
   * the projection) for its year, so a notice that confirms or withdraws a day (24/11 Culture Day,
   * say) applies without a new version. Checked like the rules' own notices.
   */
  readonly notices?: ReadonlyArray<YearlyNotice>;
}

/**
 * A working calendar over a range of years, with every query O(1) after construction. Dates are
 * `YYYY-MM-DD`; instants are ISO strings with offset, epoch ms or `Date`s on input, epoch ms on output;
 * Vietnamese local time is UTC+7 and nothing depends on the host time zone.
 *
 * @example
 * ```ts
 * import type { WorkingCalendar } from "@motcua/calendar";
 * declare const cal: WorkingCalendar; // nationalCalendar() of @motcua/national
 * cal.addWorkingDays("2026-02-12", 3); // "2026-02-24" (Tết 16–20/2 and weekends skipped)
 * cal.workingDaysBetween("2026-02-12", "2026-02-24"); // 2
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export interface WorkingCalendar {
  /** First year covered. */
  readonly fromYear: number;
  /** Last year covered (inclusive). */
  readonly toYear: number;
  /** What the calendar knows about a day (kind, name, source, projected). */
  dayInfo(date: CivilDate): DayInfo;
  /** `true` when the day is a working day. */
  isWorkingDay(date: CivilDate): boolean;
  /**
   * The n-th working day after (n > 0) or before (n < 0) `date`; `date` itself for n = 0. From a
   * non-working day, +1 is the first working day after it and −1 the last one before it.
   */
  addWorkingDays(date: CivilDate, n: number): CivilDate;
  /** Working days d with `from` ≤ d < `to` (negative when `to` < `from`). `to` may be the day after the last covered day. */
  workingDaysBetween(from: CivilDate, to: CivilDate): number;
  /** The day's sessions in minutes after midnight (Vietnamese time); `[]` on a non-working day. */
  sessionsOn(date: CivilDate): ReadonlyArray<Session>;
  /** `t` itself when inside a session (start inclusive, end exclusive), else the start of the next session. */
  nextWorkingInstant(t: InstantInput): number;
  /**
   * Adds working minutes. For `minutes` > 0: the earliest instant at which that many working
   * minutes have elapsed since `nextWorkingInstant(t)` (so it may be a session end, e.g. 17:00).
   * For `minutes` < 0: the latest instant from which that many working minutes elapse until `t`
   * (so it may be a session start, e.g. 08:00). For 0: `nextWorkingInstant(t)`.
   */
  addWorkingMinutes(t: InstantInput, minutes: number): number;
  /** Working minutes in `[a, b)` (negative when `b` < `a`); fractional for sub-minute instants. */
  workingMinutesBetween(a: InstantInput, b: InstantInput): number;
  /**
   * The same Vietnamese wall-clock time as `t` on the n-th working day after `t`'s day (before, for
   * n < 0). When that time is not working time on the target day it is clamped into the day: before
   * the first session → the first session's start; in a break → the next session's start; after the
   * last session → the last session's end. For n = 0 on a non-working day: `nextWorkingInstant(t)`.
   */
  sameTimeOnWorkingDay(t: InstantInput, n: number): number;
  /** Instant of the end of the day's last session; `CALENDAR_NOT_WORKING_DAY` on a non-working day. */
  endOfWorkingDay(date: CivilDate): number;
  /** The non-working days d with `from` ≤ d < `to`, with kind, name and source (empty when `to` ≤ `from`). */
  explain(from: CivilDate, to: CivilDate): ReadonlyArray<DayInfo>;
  /** Fast path of {@link WorkingCalendar.isWorkingDay} on a core day number (days since 1970-01-01). */
  isWorkingDayNumber(dayNumber: number): boolean;
  /** Fast path of {@link WorkingCalendar.addWorkingDays} on core day numbers. */
  addWorkingDayNumbers(dayNumber: number, n: number): number;
  /**
   * Fast path of {@link WorkingCalendar.endOfWorkingDay} on a core day number.
   * @since 0.3.0
   */
  endOfWorkingDayNumber(dayNumber: number): number;
}

const OptionsSchema = z.strictObject({
  fromYear: z.optional(z.int()),
  toYear: z.optional(z.int()),
  overlays: z.optional(z.array(z.unknown())),
  notices: z.optional(z.array(YearlyNoticeSchema)),
});

const rangeError = (fromYear: number, toYear: number, field: string): MotcuaError =>
  new MotcuaError({
    code: CalendarErrorCode.INVALID_RANGE,
    path: ["options", field],
    vi: `Khoảng năm không hợp lệ: ${fromYear}–${toYear} (cần ${CALENDAR_MIN_YEAR} ≤ fromYear ≤ toYear ≤ ${CALENDAR_MAX_YEAR})`,
    en: `Invalid year range: ${fromYear}–${toYear} (expected ${CALENDAR_MIN_YEAR} ≤ fromYear ≤ toYear ≤ ${CALENDAR_MAX_YEAR})`,
    data: { fromYear, toYear },
  });

/** A day number as `YYYY-MM-DD` when it has one (years 0001–9999), else as the number itself. */
const dayLabel = (dayNumber: number): string => {
  try {
    return fromDayNumber(dayNumber);
  } catch {
    return String(dayNumber);
  }
};

const shared = new WeakMap<object, WorkingCalendar>();

/**
 * Builds a working calendar over `[fromYear, toYear]` (default 2000–2100) from the `calendar`
 * rules of a composed rulebook (`sliceOf(rulebook, "calendar")`): weekly rest days, statutory
 * holidays with the yearly notices (a year without one is projected from the holiday rules),
 * compensatory days off, office hours and local days off, plus any further `overlays`.
 * Construction builds a per-day index once; every query is then O(1). Without options the
 * calendar is shared per rules object.
 *
 * The calendar holds no rule of its own: a rule it needs and the rules lack is refused with
 * `RULE_MISSING` naming it (`calendar.officeHours`), a malformed one with
 * `CALENDAR_INVALID_RULES`; `@motcua/national`'s `nationalCalendar()` gives the national one.
 *
 * @example
 * ```ts
 * import { makeCalendar } from "@motcua/calendar";
 * import { formatInstant } from "@motcua/core";
 * import { nationalRulebook } from "@motcua/national";
 * import { sliceOf } from "@motcua/plugin-sdk";
 * const cal = makeCalendar(sliceOf(nationalRulebook("2026-02-12"), "calendar"));
 * formatInstant(cal.sameTimeOnWorkingDay("2026-02-12T09:00:00+07:00", 3)); // "2026-02-24T09:00:00+07:00"
 * formatInstant(cal.nextWorkingInstant("2026-02-13T18:00:00+07:00")); // "2026-02-23T08:00:00+07:00"
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export function makeCalendar(rules: CalendarRules, options?: CalendarOptions): WorkingCalendar {
  const ruleBook = calendarBookOf(rules, ["rules"]);
  if (options === undefined) {
    const hit = shared.get(ruleBook);
    if (hit !== undefined) return hit;
  }
  const o = decode(OptionsSchema, options ?? {}, {
    code: CalendarErrorCode.INVALID_OPTIONS,
    path: ["options"],
    label: { en: "calendar options", vi: "Tùy chọn lịch" },
  });
  const fromYear = o.fromYear ?? 2000;
  const toYear = o.toYear ?? 2100;
  if (fromYear < CALENDAR_MIN_YEAR || fromYear > CALENDAR_MAX_YEAR)
    throw rangeError(fromYear, toYear, "fromYear");
  if (toYear < fromYear || toYear > CALENDAR_MAX_YEAR) throw rangeError(fromYear, toYear, "toYear");
  const overlays = resolveOverlays(o.overlays ?? [], ["options", "overlays"]);
  const book = o.notices === undefined ? ruleBook : withNotices(ruleBook, o.notices, ["options", "notices"]);
  const cal = calendarOf(buildIndex(fromYear, toYear, book, overlays));
  if (options === undefined) shared.set(ruleBook, cal);
  return cal;
}

/** Error paths of the calendar's parameters, allocated once (the query methods are hot paths). */
const AT = Object.freeze({
  a: Object.freeze(["a"]) as ErrorPath,
  b: Object.freeze(["b"]) as ErrorPath,
  date: Object.freeze(["date"]) as ErrorPath,
  dayNumber: Object.freeze(["dayNumber"]) as ErrorPath,
  from: Object.freeze(["from"]) as ErrorPath,
  minutes: Object.freeze(["minutes"]) as ErrorPath,
  n: Object.freeze(["n"]) as ErrorPath,
  t: Object.freeze(["t"]) as ErrorPath,
  to: Object.freeze(["to"]) as ErrorPath,
});

function calendarOf(ix: CalendarIndex): WorkingCalendar {
  const {
    base,
    size,
    working,
    cumDays,
    workingDays,
    profileOf,
    profiles,
    cumMinutes,
    bucket,
    bucketSize,
    special,
  } = ix;
  const count = workingDays.length;
  const totalMinutes = cumMinutes[count] ?? 0;
  const { fromYear, toYear } = ix;

  const range = (value: string, path: ErrorPath): MotcuaError => outOfRange(value, fromYear, toYear, path);

  /** Offset of a civil date in the index; `allowEnd` admits the day after the last one. */
  const offsetOf = (date: unknown, path: ErrorPath, allowEnd = false): number => {
    const d = dayNumberOrNaN(date);
    if (d !== d) throw invalidDate(date, path);
    const i = d - base;
    if (i < 0 || i > size || (i === size && !allowEnd)) throw range(date as string, path);
    return i;
  };
  const checkCount = (n: unknown, path: ErrorPath): number => {
    if (typeof n !== "number" || !Number.isSafeInteger(n)) throw invalidNumber(n, path, true);
    return n;
  };
  /** Offset of a core day number in the index (the day-number fast paths). */
  const dayOffsetOf = (dayNumber: unknown): number => {
    const d = checkCount(dayNumber, AT.dayNumber);
    const i = d - base;
    if (i < 0 || i >= size) throw range(dayLabel(d), AT.dayNumber);
    return i;
  };
  /** Working-day index of the n-th working day from offset i (n ≠ 0), or -1 when outside the index. */
  const shiftIndex = (i: number, n: number): number => {
    const k = n > 0 ? (cumDays[i + 1] as number) + n - 1 : (cumDays[i] as number) + n;
    return k >= 0 && k < count ? k : -1;
  };
  /** Offset of the n-th working day from offset i, or -1 when outside the index. */
  const shift = (i: number, n: number): number => {
    const k = n > 0 ? (cumDays[i + 1] as number) + n - 1 : n < 0 ? (cumDays[i] as number) + n : -2;
    if (k === -2) return i;
    return k >= 0 && k < count ? (workingDays[k] as number) : -1;
  };
  const profileAt = (i: number): Profile => profiles[profileOf[i] as number] as Profile;

  // The instant last located: its offset in the index, minute of the day and epoch ms (written by
  // `locate` instead of returning an object, so a query allocates nothing).
  let li = 0;
  let lMinute = 0;
  let lMs = 0;
  /** Locates an instant: sets `li`, `lMinute` and `lMs`. */
  const locate = (t: unknown, path: ErrorPath): void => {
    const ms = parseInstantInput(t, path);
    const local = ms + VIETNAM_OFFSET_MS;
    const day = Math.floor(local / MS_PER_DAY);
    const i = day - base;
    if (i < 0 || i >= size)
      throw range(
        typeof t === "string" ? t : tryParseInstant(ms) === undefined ? String(t) : formatInstant(ms),
        path,
      );
    li = i;
    lMinute = (local - day * MS_PER_DAY) / MS_PER_MINUTE;
    lMs = ms;
  };
  const at = (i: number, minute: number): number =>
    Math.round((base + i) * MS_PER_DAY + minute * MS_PER_MINUTE - VIETNAM_OFFSET_MS);
  /** The end of the last session of the working day at offset i. */
  const endOfDayAt = (i: number): number => {
    const ss = profileAt(i).sessions;
    return at(i, (ss[ss.length - 1] as Session).end);
  };

  /** Working minutes from the start of the index to the located instant. */
  const workedBefore = (i: number, minute: number): number => {
    const k = cumDays[i] as number;
    let acc = cumMinutes[k] as number;
    if (working[i] === 0) return acc;
    for (const s of profileAt(i).sessions) {
      if (minute >= s.end) acc += s.end - s.start;
      else {
        if (minute > s.start) acc += minute - s.start;
        break;
      }
    }
    return acc;
  };

  /** Working-day index k and position r within it for a minute total T (earliest or latest instant). */
  const instantOfTotal = (T: number, latest: boolean, path: ErrorPath): number => {
    if (latest ? T < 0 || T >= totalMinutes : T <= 0 || T > totalMinutes) {
      throw range(`${T} min`, path);
    }
    let k = bucket[Math.min(Math.floor(T / bucketSize), bucket.length - 1)] as number;
    if (latest) {
      while ((cumMinutes[k + 1] as number) <= T) k++;
      while ((cumMinutes[k] as number) > T) k--;
    } else {
      while ((cumMinutes[k + 1] as number) < T) k++;
      while (k > 0 && (cumMinutes[k] as number) >= T) k--;
    }
    const i = workingDays[k] as number;
    const p = profileAt(i);
    const r = T - (cumMinutes[k] as number);
    const ss = p.sessions;
    for (let s = 0; s < ss.length; s++) {
      const sess = ss[s] as Session;
      const end = p.before[s + 1] as number;
      if (latest ? r < end : r <= end) return at(i, sess.start + r - (p.before[s] as number));
    }
    /* c8 ignore next */
    return at(i, (ss[ss.length - 1] as Session).end);
  };

  const nextWorking = (i: number, minute: number, ms: number, path: ErrorPath): number => {
    if (working[i] === 1) {
      for (const s of profileAt(i).sessions) {
        if (minute < s.end) return minute >= s.start ? ms : at(i, s.start);
      }
    }
    const k = cumDays[i + 1] as number;
    if (k >= count) throw range(fromDayNumber(base + i), path);
    const d = workingDays[k] as number;
    return at(d, (profileAt(d).sessions[0] as Session).start);
  };

  const clampInto = (i: number, minute: number): number => {
    const ss = profileAt(i).sessions;
    for (const s of ss) if (minute < s.end) return minute >= s.start ? minute : s.start;
    return (ss[ss.length - 1] as Session).end;
  };

  const infoAt = (i: number): DayInfo => {
    const sp = special.get(i);
    if (sp !== undefined) return sp;
    const w = weekdayOfDayNumber(base + i);
    const year = partsOfDayNumber(base + i).year;
    return Object.freeze({
      date: fromDayNumber(base + i),
      working: working[i] === 1,
      kind: w === 0 || w === 6 ? "weekend" : "weekday",
      projected: ix.projectedYear[year - fromYear] === 1,
    });
  };

  const EMPTY: ReadonlyArray<Session> = Object.freeze([]);
  // Result strings of addWorkingDays, by working-day index, filled on first use (a memo: the
  // strings are immutable, so sharing them is safe; it saves formatting on the hot path).
  let resultStrings: Array<string | undefined> | undefined;
  const workingDayString = (k: number): string => {
    resultStrings ??= new Array<string | undefined>(count);
    let s = resultStrings[k];
    if (s === undefined) {
      s = fromDayNumber(base + (workingDays[k] as number));
      resultStrings[k] = s;
    }
    return s;
  };

  const cal: WorkingCalendar = {
    fromYear,
    toYear,
    dayInfo: (date) => infoAt(offsetOf(date, AT.date)),
    isWorkingDay: (date) => working[offsetOf(date, AT.date)] === 1,
    addWorkingDays: (date, n) => {
      const i = offsetOf(date, AT.date);
      checkCount(n, AT.n);
      if (n === 0) return date;
      const k = shiftIndex(i, n);
      if (k < 0) throw range(`${date} ${n > 0 ? "+" : ""}${n}`, AT.n);
      return workingDayString(k);
    },
    workingDaysBetween: (from, to) => {
      const a = offsetOf(from, AT.from, true);
      const b = offsetOf(to, AT.to, true);
      return (cumDays[b] as number) - (cumDays[a] as number);
    },
    sessionsOn: (date) => {
      const i = offsetOf(date, AT.date);
      return working[i] === 1 ? profileAt(i).sessions : EMPTY;
    },
    nextWorkingInstant: (t) => {
      locate(t, AT.t);
      return nextWorking(li, lMinute, lMs, AT.t);
    },
    addWorkingMinutes: (t, minutes) => {
      locate(t, AT.t);
      const i = li;
      const minute = lMinute;
      const ms = lMs;
      if (typeof minutes !== "number" || !Number.isFinite(minutes))
        throw invalidNumber(minutes, AT.minutes, false);
      if (minutes === 0) return nextWorking(i, minute, ms, AT.t);
      return instantOfTotal(workedBefore(i, minute) + minutes, minutes < 0, AT.minutes);
    },
    workingMinutesBetween: (a, b) => {
      locate(a, AT.a);
      const before = workedBefore(li, lMinute);
      locate(b, AT.b);
      return workedBefore(li, lMinute) - before;
    },
    sameTimeOnWorkingDay: (t, n) => {
      locate(t, AT.t);
      const i = li;
      const minute = lMinute;
      const ms = lMs;
      checkCount(n, AT.n);
      if (n === 0 && working[i] === 0) return nextWorking(i, minute, ms, AT.t);
      const j = shift(i, n);
      if (j < 0) throw range(`${fromDayNumber(base + i)} ${n > 0 ? "+" : ""}${n}`, AT.n);
      return at(j, clampInto(j, minute));
    },
    endOfWorkingDay: (date) => {
      const i = offsetOf(date, AT.date);
      if (working[i] === 0) throw notWorkingDay(date, AT.date);
      return endOfDayAt(i);
    },
    explain: (from, to) => {
      const a = offsetOf(from, AT.from, true);
      const b = offsetOf(to, AT.to, true);
      const out: DayInfo[] = [];
      for (let i = a; i < b; i++) if (working[i] === 0) out.push(infoAt(i));
      return out;
    },
    isWorkingDayNumber: (dayNumber) => {
      const i = dayOffsetOf(dayNumber);
      return working[i] === 1;
    },
    endOfWorkingDayNumber: (dayNumber) => {
      const i = dayOffsetOf(dayNumber);
      if (working[i] === 0) throw notWorkingDay(dayLabel(dayNumber), AT.dayNumber);
      return endOfDayAt(i);
    },
    addWorkingDayNumbers: (dayNumber, n) => {
      checkCount(dayNumber, AT.dayNumber);
      checkCount(n, AT.n);
      const i = dayNumber - base;
      if (i < 0 || i >= size) throw range(dayLabel(dayNumber), AT.dayNumber);
      const j = shift(i, n);
      if (j < 0) throw range(`${dayLabel(dayNumber)} ${n > 0 ? "+" : ""}${n}`, AT.n);
      return base + j;
    },
  };
  return Object.freeze(cal);
}
