/**
 * The per-day index behind a working calendar: built once, then every query is O(1).
 *
 * - `working[i]`: 1 when day `base + i` is a working day;
 * - `cumDays[i]`: working days in `[base, base + i)` (length `size + 1`);
 * - `workingDays[k]`: offset of the k-th working day (so "n-th working day after" is one lookup);
 * - `profileOf[i]`: index into `profiles` (the day's sessions), 0 on non-working days;
 * - `cumMinutes[k]`: working minutes before the k-th working day (length `W + 1`);
 * - `bucket[j]`: first working-day index k whose minutes reach `j * bucketSize`, where
 *   `bucketSize` is the shortest working day, so a minute total maps to its day in ≤ 2 steps.
 *
 * @internal
 */
import {
  dayNumberOf,
  fromDayNumber,
  MotcuaError,
  partsOfDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
  type LegalRef,
} from "@motcua/core";
import { CalendarErrorCode } from "../CalendarError";
import type { DayInfo } from "../DayInfo";
import { scheduleOfBook } from "../HolidaySchedule";
import { sessionsOfEntry, type ResolvedOverlay, type Session } from "../CalendarOverlay";
import type { CalendarBook } from "./book";

/** Sessions of one kind of working day, with running totals. */
export interface Profile {
  readonly sessions: ReadonlyArray<Session>;
  /** `before[s]`: working minutes of the day before session s starts (length sessions + 1). */
  readonly before: ReadonlyArray<number>;
  readonly total: number;
}

export interface CalendarIndex {
  readonly fromYear: number;
  readonly toYear: number;
  readonly base: number;
  readonly size: number;
  readonly working: Uint8Array;
  readonly cumDays: Int32Array;
  readonly workingDays: Int32Array;
  readonly profileOf: Uint16Array;
  readonly profiles: ReadonlyArray<Profile>;
  readonly cumMinutes: Int32Array;
  readonly bucket: Int32Array;
  readonly bucketSize: number;
  /** Offsets of special days (holidays, compensatory, make-up, local) → their info. */
  readonly special: ReadonlyMap<number, DayInfo>;
  /** 1 when the year `fromYear + y` is projected. */
  readonly projectedYear: Uint8Array;
}

const makeProfile = (sessions: ReadonlyArray<Session>): Profile => {
  const before = [0];
  let total = 0;
  for (const s of sessions) {
    total += s.end - s.start;
    before.push(total);
  }
  return { sessions, before, total };
};

export function buildIndex(
  fromYear: number,
  toYear: number,
  book: CalendarBook,
  extra: ReadonlyArray<ResolvedOverlay>,
): CalendarIndex {
  const overlays = [book.overlay, ...extra];
  const base = dayNumberOf(fromYear, 1, 1);
  const size = dayNumberOf(toYear + 1, 1, 1) - base;
  const working = new Uint8Array(size);
  const special = new Map<number, DayInfo>();
  const projectedYear = new Uint8Array(toYear - fromYear + 1);

  // 1. Weekly rest days.
  let w = weekdayOfDayNumber(base);
  for (let i = 0; i < size; i++) {
    working[i] = book.rest[w] === 1 ? 0 : 1;
    w = w === 6 ? 0 : w + 1;
  }
  // 2. Holiday schedule: notices, or the projection from the holiday rules.
  for (let y = fromYear; y <= toYear; y++) {
    const schedule = scheduleOfBook(book, y);
    projectedYear[y - fromYear] = schedule.projected ? 1 : 0;
    for (const d of schedule.days) {
      const i =
        dayNumberOf(Number(d.date.slice(0, 4)), Number(d.date.slice(5, 7)), Number(d.date.slice(8, 10))) -
        base;
      if (i < 0 || i >= size) continue;
      working[i] = d.working ? 1 : 0;
      special.set(i, d);
    }
  }
  // 3. Local days off.
  for (const o of overlays) {
    for (const d of o.daysOff) {
      const i =
        dayNumberOf(Number(d.date.slice(0, 4)), Number(d.date.slice(5, 7)), Number(d.date.slice(8, 10))) -
        base;
      if (i < 0 || i >= size || working[i] === 0) continue;
      working[i] = 0;
      const info: DayInfo = {
        date: d.date,
        working: false,
        kind: "localDayOff",
        name: d.name,
        ...(d.nameEn === undefined ? {} : { nameEn: d.nameEn }),
        ...(d.legalRef === undefined ? {} : { legalRef: d.legalRef as LegalRef }),
        projected: projectedYear[Number(d.date.slice(0, 4)) - fromYear] === 1,
        overlay: o.id,
      };
      special.set(i, Object.freeze(info));
    }
  }
  // 4. Sessions per working day: the last office-hours entry in force on the day wins.
  const hours = overlays
    .flatMap((o) => o.officeHours)
    .map((e) => ({
      e,
      from: e.validFrom === undefined ? -Infinity : toDayNumber(e.validFrom),
      to: e.validTo === undefined ? Infinity : toDayNumber(e.validTo),
    }));
  const profiles: Profile[] = [makeProfile([])];
  const profileKeys = new Map<ReadonlyArray<Session>, number>();
  const profileOf = new Uint16Array(size);
  const cumDays = new Int32Array(size + 1);
  let count = 0;
  for (let i = 0; i < size; i++) {
    cumDays[i] = count;
    if (working[i] === 1) {
      count++;
      const day = base + i;
      let sessions: ReadonlyArray<Session> | undefined;
      for (let h = hours.length - 1; h >= 0; h--) {
        const entry = hours[h];
        if (entry !== undefined && day >= entry.from && day <= entry.to) {
          const p = entry.e.seasons.length === 0 ? undefined : partsOfDayNumber(day);
          sessions = sessionsOfEntry(entry.e, p?.month ?? 1, p?.day ?? 1);
          break;
        }
      }
      if (sessions === undefined)
        throw new MotcuaError({
          code: CalendarErrorCode.INVALID_RULES,
          path: ["rules", "officeHours"],
          en: `No office hours of calendar.officeHours apply to the working day ${fromDayNumber(day)}`,
          vi: `Không có giờ làm việc nào của calendar.officeHours áp dụng cho ngày làm việc ${fromDayNumber(day)}`,
          data: { date: fromDayNumber(day) },
        });
      let id = profileKeys.get(sessions);
      if (id === undefined) {
        id = profiles.length;
        profiles.push(makeProfile(sessions));
        profileKeys.set(sessions, id);
      }
      profileOf[i] = id;
    }
  }
  cumDays[size] = count;
  const workingDays = new Int32Array(count);
  const cumMinutes = new Int32Array(count + 1);
  let minBucket = 1440;
  for (let i = 0, k = 0; i < size; i++) {
    if (working[i] === 1) {
      workingDays[k] = i;
      const total = (profiles[profileOf[i] ?? 0] as Profile).total;
      if (total < minBucket) minBucket = total;
      cumMinutes[k + 1] = (cumMinutes[k] ?? 0) + total;
      k++;
    }
  }
  const totalMinutes = cumMinutes[count] ?? 0;
  const bucketSize = Math.max(1, minBucket);
  const bucket = new Int32Array(Math.floor(totalMinutes / bucketSize) + 1);
  for (let j = 0, k = 0; j < bucket.length; j++) {
    const at = j * bucketSize;
    while (k < count - 1 && (cumMinutes[k + 1] ?? 0) <= at) k++;
    bucket[j] = k;
  }
  return {
    fromYear,
    toYear,
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
    projectedYear,
  };
}
