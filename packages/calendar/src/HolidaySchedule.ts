/**
 * A year's holiday schedule, from the calendar rules: the yearly notice when the rules have one,
 * otherwise the projection from the statutory holiday rules (every day marked `projected: true`).
 *
 * @module
 */
import {
  dayNumberOf,
  fromDayNumber,
  MotcuaError,
  partsOfDayNumber,
  weekdayOfDayNumber,
  type LegalRef,
} from "@motcua/core";
import { CalendarErrorCode } from "./CalendarError";
import { show } from "./internal/errors";
import type { DayInfo } from "./DayInfo";
import type { CalendarRules, YearlyNotice } from "./calendarSlot";
import { fixedStatutoryDays, projectYear } from "./HolidayRules";
import { calendarBookOf, type CalendarBook } from "./internal/book";

/**
 * First Gregorian year a calendar can cover.
 *
 * @example
 * ```ts
 * import { CALENDAR_MIN_YEAR } from "@motcua/calendar";
 * CALENDAR_MIN_YEAR; // 1995
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export const CALENDAR_MIN_YEAR = 1995;

/**
 * Last Gregorian year a calendar can cover (the lunar algorithm is validated to 2199).
 *
 * @example
 * ```ts
 * import { CALENDAR_MAX_YEAR } from "@motcua/calendar";
 * CALENDAR_MAX_YEAR; // 2199
 * ```
 * @since 0.1.0
 * @category Calendar
 */
export const CALENDAR_MAX_YEAR = 2199;

/**
 * The special days of one year (holidays, compensatory and swapped days, make-up Saturdays).
 *
 * @example
 * ```ts
 * import { holidayScheduleOf, type CalendarRules } from "@motcua/calendar";
 * declare const rules: CalendarRules; // sliceOf(nationalRulebook("2027-01-04"), "calendar")
 * const s = holidayScheduleOf(rules, 2027);
 * s.projected; // true when the rules hold no notice for 2027
 * ```
 * @since 0.1.0
 * @category Holidays
 */
export interface YearSchedule {
  /** Gregorian year. */
  readonly year: number;
  /** `true` when no official notice is encoded and the schedule is projected from the statutes. */
  readonly projected: boolean;
  /** The notice the schedule comes from, when not projected. */
  readonly notice?: LegalRef;
  /** The special days in date order (weekend holidays included, named, non-working). */
  readonly days: ReadonlyArray<DayInfo>;
}

const WEEKDAY_VI = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const WEEKDAY_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const dm = (n: number): string => {
  const p = partsOfDayNumber(n);
  return `${p.day}/${p.month}/${p.year}`;
};

const nameOf = (book: CalendarBook, id: string): { readonly vi: string; readonly en: string } =>
  book.names.get(id) ?? { vi: id, en: id };

const holidayDay = (
  book: CalendarBook,
  n: number,
  id: string,
  legalRef: LegalRef,
  projected: boolean,
): DayInfo => ({
  date: fromDayNumber(n),
  working: false,
  kind: "holiday",
  name: nameOf(book, id).vi,
  nameEn: nameOf(book, id).en,
  holiday: id,
  legalRef,
  projected,
});

const compensatoryDay = (
  book: CalendarBook,
  n: number,
  id: string,
  of: number,
  legalRef: LegalRef,
  projected: boolean,
): DayInfo => ({
  date: fromDayNumber(n),
  working: false,
  kind: "compensatory",
  name: `Nghỉ bù ${nameOf(book, id).vi} (${WEEKDAY_VI[weekdayOfDayNumber(of)] ?? ""} ${dm(of)})`,
  nameEn: `Compensatory day off for ${nameOf(book, id).en} (${WEEKDAY_EN[weekdayOfDayNumber(of)] ?? ""} ${dm(of)})`,
  holiday: id,
  legalRef,
  projected,
});

const toDay = (date: string): number => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return dayNumberOf(y, m, d);
};

function fromNotice(book: CalendarBook, notice: YearlyNotice): DayInfo[] {
  const ref = notice.legalRef;
  const out: DayInfo[] = [];
  const off = new Set<number>();
  const tetDays: number[] = [];
  let tetId: string | undefined;
  const blockIds = new Set(book.holidays.filter((h) => h.kind === "lunarNewYear").map((h) => h.id));
  for (const d of notice.daysOff) {
    const n = toDay(d.date);
    off.add(n);
    if (d.kind === "holiday" && d.holiday !== undefined) {
      out.push(holidayDay(book, n, d.holiday, ref, false));
      if (blockIds.has(d.holiday)) {
        tetDays.push(n);
        tetId = d.holiday;
      }
    } else if (d.swappedWith !== undefined) {
      const s = toDay(d.swappedWith);
      out.push({
        date: d.date,
        working: false,
        kind: "compensatory",
        name: `Nghỉ hoán đổi (làm bù ${WEEKDAY_VI[weekdayOfDayNumber(s)] ?? ""} ${dm(s)})`,
        nameEn: `Swapped day off (worked on ${WEEKDAY_EN[weekdayOfDayNumber(s)] ?? ""} ${dm(s)})`,
        legalRef: ref,
        projected: false,
      });
    } else if (d.holiday !== undefined && d.compensates !== undefined) {
      out.push(compensatoryDay(book, n, d.holiday, toDay(d.compensates), ref, false));
    }
  }
  for (const m of notice.makeUpWorkdays) {
    const r = toDay(m.replaces);
    out.push({
      date: m.date,
      working: true,
      kind: "makeUpWorkday",
      name: `Làm bù cho ngày nghỉ ${WEEKDAY_VI[weekdayOfDayNumber(r)] ?? ""} ${dm(r)}`,
      nameEn: `Make-up working day for the day off on ${WEEKDAY_EN[weekdayOfDayNumber(r)] ?? ""} ${dm(r)}`,
      legalRef: ref,
      projected: false,
    });
  }
  // Name the rest days that are holidays too: rest days inside the Tết block, and fixed statutory
  // days falling on a rest day (their compensatory day is in the notice).
  if (tetDays.length > 0 && tetId !== undefined) {
    const first = Math.min(...tetDays);
    const last = Math.max(...tetDays);
    for (let n = first; n < last; n++) if (!off.has(n)) out.push(holidayDay(book, n, tetId, ref, false));
  }
  for (const s of fixedStatutoryDays(book, notice.year)) {
    if (book.rest[weekdayOfDayNumber(s.dayNumber)] === 1 && !off.has(s.dayNumber)) {
      off.add(s.dayNumber);
      out.push(holidayDay(book, s.dayNumber, s.id, s.legalRef, false));
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function projected(book: CalendarBook, year: number): DayInfo[] {
  return projectYear(book, year).map((p) =>
    p.kind === "holiday"
      ? holidayDay(book, p.dayNumber, p.id, p.legalRef, true)
      : compensatoryDay(book, p.dayNumber, p.id, p.compensates ?? p.dayNumber, p.legalRef, true),
  );
}

const checkYear = (year: unknown): number => {
  if (
    typeof year !== "number" ||
    !Number.isInteger(year) ||
    year < CALENDAR_MIN_YEAR ||
    year > CALENDAR_MAX_YEAR
  ) {
    throw new MotcuaError({
      code: CalendarErrorCode.OUT_OF_RANGE,
      path: ["year"],
      vi: `Năm ${show(year)} nằm ngoài phạm vi hỗ trợ (${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}, số nguyên)`,
      en: `Year ${show(year)} is outside the supported range (${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}, integer)`,
    });
  }
  return year;
};

const freezeSchedule = (s: YearSchedule): YearSchedule => {
  for (const d of s.days) Object.freeze(d);
  Object.freeze(s.days);
  return Object.freeze(s);
};

/** The projected schedule of a year from a read calendar book (cached in the book). @internal */
export function projectedScheduleOfBook(book: CalendarBook, year: number): YearSchedule {
  let s = book.projected.get(year);
  if (s === undefined) {
    s = freezeSchedule({ year, projected: true, days: projected(book, year) });
    book.projected.set(year, s);
  }
  return s;
}

/** The schedule of a year from a read calendar book (cached in the book). @internal */
export function scheduleOfBook(book: CalendarBook, year: number): YearSchedule {
  let s = book.schedules.get(year);
  if (s === undefined) {
    const notice = book.notices.get(year);
    s =
      notice === undefined
        ? projectedScheduleOfBook(book, year)
        : freezeSchedule({ year, projected: false, notice: notice.legalRef, days: fromNotice(book, notice) });
    book.schedules.set(year, s);
  }
  return s;
}

/**
 * The schedule the statutory holiday rules alone give for a year, ignoring any notice: the Tết
 * block and adjacent days placed by the documented projection ({@link PROJECTION_SOURCES}), and
 * compensatory days for holidays on rest days where the rules give them. It is what
 * {@link holidayScheduleOf} returns for a year the rules hold no notice for; beside a notice it
 * shows how close the projection comes.
 *
 * Throws `RULE_MISSING` naming the calendar rule the rules lack, `CALENDAR_INVALID_RULES` for a
 * malformed one, `CALENDAR_OUT_OF_RANGE` for a year outside 1995–2199.
 *
 * @example
 * ```ts
 * import { projectedScheduleOf, type CalendarRules } from "@motcua/calendar";
 * declare const rules: CalendarRules; // sliceOf(nationalRulebook("2026-01-05"), "calendar")
 * projectedScheduleOf(rules, 2026).days.some((d) => d.date === "2026-01-02"); // false with the national rules — the swap is not statutory
 * ```
 * @since 0.1.0
 * @category Holidays
 */
export function projectedScheduleOf(rules: CalendarRules, year: number): YearSchedule {
  const book = calendarBookOf(rules, ["rules"]);
  return projectedScheduleOfBook(book, checkYear(year));
}

/**
 * The holiday schedule of a Gregorian year (1995–2199) under the calendar rules: the rules'
 * yearly notice for that year, otherwise the projection ({@link projectedScheduleOf}), every day
 * marked `projected: true`.
 *
 * Throws `RULE_MISSING` naming the calendar rule the rules lack, `CALENDAR_INVALID_RULES` for a
 * malformed one, `CALENDAR_OUT_OF_RANGE` for a year outside 1995–2199.
 *
 * @example
 * ```ts
 * import { holidayScheduleOf, type CalendarRules } from "@motcua/calendar";
 * declare const rules: CalendarRules; // sliceOf(nationalRulebook("2026-01-05"), "calendar")
 * holidayScheduleOf(rules, 2026).days.filter((d) => d.kind === "makeUpWorkday").map((d) => d.date); // ["2026-01-10", "2026-08-22"] with the national rules
 * ```
 * @since 0.1.0
 * @category Holidays
 */
export function holidayScheduleOf(rules: CalendarRules, year: number): YearSchedule {
  const book = calendarBookOf(rules, ["rules"]);
  return scheduleOfBook(book, checkYear(year));
}
