/**
 * The queries of a working calendar over its precomputed index: every method of
 * {@link WorkingCalendar} in O(1), with the argument checks and the coded errors.
 *
 * @module
 */
import type { MotcuaError } from "@motcua/core";
import {
  formatInstant,
  fromDayNumber,
  MS_PER_DAY,
  MS_PER_MINUTE,
  partsOfDayNumber,
  tryParseInstant,
  VIETNAM_OFFSET_MS,
  weekdayOfDayNumber,
  type ErrorPath,
} from "@motcua/core";
import type { Session } from "../CalendarOverlay";
import type { DayInfo } from "../DayInfo";
import type { WorkingCalendar } from "../WorkingCalendar";
import type { CalendarIndex, Profile } from "./CalendarIndex";
import { dayNumberOrNaN, parseInstantInput } from "./dates";
import { invalidDate, invalidNumber, notWorkingDay, outOfRange } from "./errors";

/** A day number as `YYYY-MM-DD` when it has one (years 0001–9999), else as the number itself. */
const dayLabel = (dayNumber: number): string => {
  try {
    return fromDayNumber(dayNumber);
  } catch {
    return String(dayNumber);
  }
};

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

export function calendarOf(ix: CalendarIndex): WorkingCalendar {
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
