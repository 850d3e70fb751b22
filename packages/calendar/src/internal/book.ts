/**
 * The calendar slice read once: each rule checked against the slot's schema (`RULE_MISSING`
 * naming `calendar.<key>` for a rule the calendar needs, `CALENDAR_INVALID_RULES` for a malformed
 * one), entries resolved to day numbers with their sources. Cached per slice object.
 *
 * @internal
 */
import {
  isMotcuaError,
  MotcuaError,
  sliceReader,
  toDayNumber,
  type ErrorPath,
  type LegalRef,
  type SourcedRule,
} from "@motcua/core";
import { CalendarErrorCode } from "../CalendarError";
import { resolveHours, type ResolvedHours, type ResolvedOverlay } from "../CalendarOverlay";
import { calendarSlot, type HolidayRule, type YearlyNotice } from "../calendarSlot";
import type { YearSchedule } from "../HolidaySchedule";

/** A holiday rule with its days as day numbers and its source resolved. */
export interface ResolvedHoliday extends Omit<HolidayRule, "legalRef"> {
  readonly fromDay: number;
  readonly toDay: number;
  readonly legalRef: LegalRef;
}

/** A compensatory rule with its days as day numbers and its source resolved. */
export interface ResolvedCompensatory {
  readonly rule: "nextWorkingDay" | "none";
  readonly fromDay: number;
  readonly toDay: number;
  readonly legalRef: LegalRef;
}

/** The calendar rules, read. */
export interface CalendarBook {
  /** `rest[w]` is 1 when weekday w (0 = Sunday) is a weekly rest day. */
  readonly rest: Uint8Array;
  readonly holidays: ReadonlyArray<ResolvedHoliday>;
  readonly compensatory: ReadonlyArray<ResolvedCompensatory>;
  readonly notices: ReadonlyMap<number, YearlyNotice>;
  /** The slice's office hours and local days off, as the first overlay. */
  readonly overlay: ResolvedOverlay;
  /** Names of each holiday id (its first rule's). */
  readonly names: ReadonlyMap<string, { readonly vi: string; readonly en: string }>;
  /** Schedules per year, filled on demand. */
  readonly schedules: Map<number, YearSchedule>;
  readonly projected: Map<number, YearSchedule>;
}

const read = sliceReader("calendar", calendarSlot, CalendarErrorCode.INVALID_RULES);
const cache = new WeakMap<object, CalendarBook>();

const dayOr = (date: string | undefined, fallback: number): number =>
  date === undefined ? fallback : toDayNumber(date);

const sourceOf = (own: LegalRef | undefined, rule: SourcedRule<unknown>): LegalRef => own ?? rule.legalRef;

const invalid = (path: ErrorPath, en: string, vi: string): MotcuaError =>
  new MotcuaError({ code: CalendarErrorCode.INVALID_RULES, path, en, vi });

/**
 * Reads `rules` (the `calendar` slice) once; `path` names the argument in errors. Rules that
 * cannot even be read (a throwing getter or proxy) are `CALENDAR_INVALID_RULES` too.
 */
export function calendarBookOf(rules: unknown, path: ErrorPath): CalendarBook {
  try {
    return readBook(rules, path);
  } catch (e) {
    if (isMotcuaError(e)) throw e;
    throw new MotcuaError({
      code: CalendarErrorCode.INVALID_RULES,
      path,
      en: "The calendar rules could not be read",
      vi: "Không đọc được quy tắc lịch",
      cause: e,
    });
  }
}

/** The notices by year, each day's holiday id known to the rules and its date in the notice's year. */
function noticeMap(
  list: ReadonlyArray<YearlyNotice>,
  names: ReadonlyMap<string, unknown>,
  path: ErrorPath,
  base: ReadonlyMap<number, YearlyNotice> = new Map(),
): Map<number, YearlyNotice> {
  const notices = new Map(base);
  list.forEach((n, i) => {
    n.daysOff.forEach((d, j) => {
      if (d.holiday !== undefined && !names.has(d.holiday))
        throw invalid(
          [...path, i, "daysOff", j, "holiday"],
          `"${d.holiday}" is not the id of a statutory holiday of calendar.statutoryHolidays`,
          `"${d.holiday}" không phải mã ngày lễ nào trong calendar.statutoryHolidays`,
        );
      if (!d.date.startsWith(`${n.year}-`))
        throw invalid(
          [...path, i, "daysOff", j, "date"],
          `${d.date} is not in the notice's year ${n.year}`,
          `${d.date} không thuộc năm ${n.year} của thông báo`,
        );
    });
    notices.set(n.year, n);
  });
  return notices;
}

/**
 * The book with later yearly notices in place of the rules' own for their years (a notice
 * published after the release: it confirms or withdraws a day without a new version).
 */
export function withNotices(
  book: CalendarBook,
  list: ReadonlyArray<YearlyNotice>,
  path: ErrorPath,
): CalendarBook {
  return {
    ...book,
    notices: noticeMap(list, book.names, path, book.notices),
    schedules: new Map(),
    projected: new Map(),
  };
}

function readBook(rules: unknown, path: ErrorPath): CalendarBook {
  const slice = read.slice(rules, path);
  const hit = cache.get(slice);
  if (hit !== undefined) return hit;
  const restRule = read.required(slice, "weeklyRestDays", path);
  const holidaysRule = read.required(slice, "statutoryHolidays", path);
  const compRule = read.required(slice, "compensatoryDayOff", path);
  const hoursRule = read.required(slice, "officeHours", path);
  const noticesRule = read.optional(slice, "yearlyNotices", path);
  const localRule = read.optional(slice, "localDaysOff", path);

  const rest = new Uint8Array(7);
  for (const d of restRule.value) rest[d] = 1;
  if (rest.every((r) => r === 1))
    throw invalid(
      [...path, "weeklyRestDays", "value"],
      "every weekday is a rest day",
      "mọi ngày đều là ngày nghỉ",
    );
  const holidays = holidaysRule.value.map((h): ResolvedHoliday => ({
    ...h,
    fromDay: dayOr(h.from, -Infinity),
    toDay: dayOr(h.to, Infinity),
    legalRef: sourceOf(h.legalRef, holidaysRule),
  }));
  const names = new Map<string, { vi: string; en: string }>();
  for (const h of holidays) if (!names.has(h.id)) names.set(h.id, { vi: h.name, en: h.nameEn });
  const compensatory = compRule.value.map((c): ResolvedCompensatory => ({
    rule: c.rule,
    fromDay: dayOr(c.from, -Infinity),
    toDay: dayOr(c.to, Infinity),
    legalRef: sourceOf(c.legalRef, compRule),
  }));
  const notices = noticeMap(noticesRule?.value ?? [], names, [...path, "yearlyNotices", "value"]);
  const id = (rule: SourcedRule<unknown> | undefined): string =>
    rule?.plugins?.[rule.plugins.length - 1] ?? "calendar";
  const officeHours: ResolvedHours[] = hoursRule.value.map((h, i) =>
    resolveHours(h, id(hoursRule), [...path, "officeHours", "value", i]),
  );
  const overlay: ResolvedOverlay = {
    id: id(localRule ?? hoursRule),
    officeHours,
    daysOff: (localRule?.value ?? []).map((d) => ({
      date: d.date,
      name: d.name,
      nameEn: d.nameEn,
      legalRef: d.legalRef ?? localRule?.legalRef,
    })),
  };
  const book: CalendarBook = {
    rest,
    holidays,
    compensatory,
    notices,
    overlay,
    names,
    schedules: new Map(),
    projected: new Map(),
  };
  cache.set(slice, book);
  return book;
}
