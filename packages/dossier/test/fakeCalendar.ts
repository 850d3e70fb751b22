/**
 * A tiny stand-in for @motcua/calendar implementing the agreed contract methods the dossier rules
 * need, with the 2026 civil-service days off of DOMAIN.md §7 (Mon–Fri, 08:00–12:00 and 13:00–17:00).
 */
import {
  fromDayNumber,
  parseInstant,
  toDayNumber,
  vietnamDayNumber,
  vietnamInstant,
  weekdayOfDayNumber,
} from "@motcua/core";
import type { DossierCalendar } from "@motcua/dossier";

const OFF_2026 = new Set(
  [
    "2026-01-01",
    "2026-01-02",
    "2026-02-16",
    "2026-02-17",
    "2026-02-18",
    "2026-02-19",
    "2026-02-20",
    "2026-04-27",
    "2026-04-30",
    "2026-05-01",
    "2026-08-31",
    "2026-09-01",
    "2026-09-02",
    "2026-11-24",
  ].map((d) => toDayNumber(d)),
);
const WORKED_SATURDAYS = new Set(["2026-01-10", "2026-08-22"].map((d) => toDayNumber(d)));
const SESSIONS = [
  { start: 8 * 60, end: 12 * 60 },
  { start: 13 * 60, end: 17 * 60 },
];

const isWorking = (d: number): boolean => {
  if (WORKED_SATURDAYS.has(d)) return true;
  const w = weekdayOfDayNumber(d);
  return w !== 0 && w !== 6 && !OFF_2026.has(d);
};

export const fakeCalendar: DossierCalendar = {
  isWorkingDayNumber: isWorking,
  addWorkingDayNumbers(day, n) {
    let d = day;
    let left = n;
    const step = n >= 0 ? 1 : -1;
    if (left === 0) return d;
    while (left !== 0) {
      d += step;
      if (isWorking(d)) left -= step;
    }
    return d;
  },
  nextWorkingInstant(t) {
    const ms = parseInstant(t);
    let d = vietnamDayNumber(ms);
    const minute = (ms - vietnamInstant(d, 0)) / 60_000;
    for (;;) {
      if (isWorking(d)) {
        for (const s of SESSIONS) {
          if (d === vietnamDayNumber(ms) && minute >= s.start && minute < s.end) return ms;
          if (d > vietnamDayNumber(ms) || minute < s.start) return vietnamInstant(d, s.start);
        }
      }
      d++;
    }
  },
  endOfWorkingDay(date) {
    const d = toDayNumber(date);
    if (!isWorking(d)) throw new Error(`not a working day: ${fromDayNumber(d)}`);
    return vietnamInstant(d, 17 * 60);
  },
};
