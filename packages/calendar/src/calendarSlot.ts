/**
 * The `calendar` slot: the rule data a working calendar is built from — weekly rest days,
 * statutory holidays, compensatory days off, the yearly notices, office hours and local days off.
 * `@motcua/calendar` owns the schemas and holds no value: the national baseline is in
 * `@motcua/national`, a province's own days and hours in its plugin.
 *
 * Every entry is dated by the days it applies to (`from`/`to`, `validFrom`/`validTo`, a notice's
 * `year`), so one composed rulebook gives the calendar over every year it covers.
 *
 * @module
 */
import {
  bilingual,
  CivilDateSchema,
  ClockTimeSchema,
  isMotcuaError,
  LegalRefSchema,
  slotIssue,
  slotKey,
  uniqueBy,
  type ErrorPath,
  type MotcuaIssue,
  type SliceOf,
  type SlotDefinition,
} from "@motcua/core";
import * as z from "zod/mini";
import { CalendarErrorCode } from "./CalendarError";
import { officeHoursSchemaOf, resolveHours } from "./CalendarOverlay";

/**
 * Zod schema of a {@link HolidayRule}.
 *
 * @example
 * ```ts
 * import { HolidayRuleSchema } from "@motcua/calendar";
 * HolidayRuleSchema.parse({ id: "labour", kind: "solar", month: 5, day: 1, name: "Ngày Quốc tế Lao động (1/5)", nameEn: "International Labour Day (1/5)" });
 * ```
 * @since 0.2.0
 * @category Rules
 */
export const HolidayRuleSchema = z
  .strictObject({
    /** Stable id, named in notices and in `DayInfo.holiday` (e.g. `"tet"`). */
    id: z.string().check(z.minLength(1)),
    /**
     * `solar`: a Gregorian month/day; `lunar`: a lunar month/day; `lunarNewYear`: a block of `days`
     * working days around lunar 1/1 that the yearly notice fixes (projected otherwise);
     * `adjacent`: one day next to the solar month/day, fixed by the notice (projected otherwise).
     */
    kind: z.enum(["solar", "lunar", "lunarNewYear", "adjacent"]),
    /** Month (solar, or lunar for `lunar`); 1 for `lunarNewYear`. */
    month: z.int().check(z.minimum(1), z.maximum(12)),
    /** Day of the month; 1 for `lunarNewYear`. */
    day: z.int().check(z.minimum(1), z.maximum(31)),
    /** Days off it gives: the length of the Tết block for `lunarNewYear`; 1 otherwise. */
    days: z.optional(z.int().check(z.minimum(1), z.maximum(10))),
    /** Vietnamese name. */
    name: z.string().check(z.minLength(1)),
    /** English name. */
    nameEn: z.string().check(z.minLength(1)),
    /** First day (of the holiday's own date) the rule applies to; absent = always. */
    from: z.optional(CivilDateSchema),
    /** Last day the rule applies to; absent = still in force. */
    to: z.optional(CivilDateSchema),
    /** The entry's own source, when it differs from the rule's (an older code, a later decree). */
    legalRef: z.optional(LegalRefSchema),
  })
  .check(
    z.refine((h) => h.kind !== "lunarNewYear" || (h.month === 1 && h.day === 1), {
      message: bilingual(
        "a lunarNewYear block is anchored on lunar 1/1 (month 1, day 1)",
        "khối Tết Nguyên đán gắn với ngày 1/1 âm lịch (month 1, day 1)",
      ),
      path: ["month"],
    }),
  );

/**
 * A statutory holiday as data: which day, its names, the days it applies to and its source.
 *
 * @since 0.2.0
 * @category Rules
 */
export type HolidayRule = z.output<typeof HolidayRuleSchema>;

/**
 * Zod schema of a {@link CompensatoryRule}.
 *
 * @example
 * ```ts
 * import { CompensatoryRuleSchema } from "@motcua/calendar";
 * CompensatoryRuleSchema.parse({ rule: "nextWorkingDay", from: "2021-01-01" });
 * ```
 * @since 0.2.0
 * @category Rules
 */
export const CompensatoryRuleSchema = z.strictObject({
  /** `nextWorkingDay`: a holiday on a rest day (or on another holiday) gives the next working day off. */
  rule: z.enum(["nextWorkingDay", "none"]),
  /** First holiday date it applies to; absent = always. */
  from: z.optional(CivilDateSchema),
  /** Last holiday date it applies to; absent = still in force. */
  to: z.optional(CivilDateSchema),
  /** The entry's own source, when it differs from the rule's. */
  legalRef: z.optional(LegalRefSchema),
});

/**
 * Whether and how a holiday that falls on a rest day is compensated, over a span of dates.
 *
 * @since 0.2.0
 * @category Rules
 */
export type CompensatoryRule = z.output<typeof CompensatoryRuleSchema>;

/**
 * Zod schema of a {@link NoticeDayOff}.
 *
 * @example
 * ```ts
 * import { NoticeDayOffSchema } from "@motcua/calendar";
 * NoticeDayOffSchema.parse({ date: "2026-04-27", kind: "compensatory", holiday: "hungKings", compensates: "2026-04-26" });
 * ```
 * @since 0.2.0
 * @category Rules
 */
export const NoticeDayOffSchema = z.strictObject({
  /** The day off. */
  date: CivilDateSchema,
  /** `holiday` = a statutory holiday day; `compensatory` = nghỉ bù or a swapped day (hoán đổi). */
  kind: z.enum(["holiday", "compensatory"]),
  /** The id of the holiday it belongs to (a {@link HolidayRule} id); absent for a pure swap. */
  holiday: z.optional(z.string().check(z.minLength(1))),
  /** For a compensatory day: the holiday date on a rest day it compensates. */
  compensates: z.optional(CivilDateSchema),
  /** For a swapped day: the Saturday worked in exchange. */
  swappedWith: z.optional(CivilDateSchema),
});

/**
 * One weekday off in a yearly notice.
 *
 * @since 0.1.0
 * @category Rules
 */
export type NoticeDayOff = z.output<typeof NoticeDayOffSchema>;

/**
 * Zod schema of a {@link YearlyNotice}.
 *
 * @example
 * ```ts
 * import { YearlyNoticeSchema } from "@motcua/calendar";
 * YearlyNoticeSchema.parse({ year: 2027, legalRef: { document: "Thông báo …", verified: false }, daysOff: [], makeUpWorkdays: [] });
 * ```
 * @since 0.2.0
 * @category Rules
 */
export const YearlyNoticeSchema = z.strictObject({
  /** Gregorian year covered. */
  year: z.int().check(z.minimum(1995), z.maximum(2199)),
  /** The notice. */
  legalRef: LegalRefSchema,
  /** Weekdays off. */
  daysOff: z.array(NoticeDayOffSchema),
  /** Saturdays worked in exchange for a swapped weekday off. */
  makeUpWorkdays: z.array(z.strictObject({ date: CivilDateSchema, replaces: CivilDateSchema })),
});

/**
 * An official yearly notice of the civil-service holiday schedule: it replaces the projection
 * for its year.
 *
 * @since 0.1.0
 * @category Rules
 */
export type YearlyNotice = z.output<typeof YearlyNoticeSchema>;

/**
 * Zod schema of one office-hours entry of the slot: sessions `HH:MM`, optional seasons
 * (`MM-DD`, inclusive), the days it applies to and its source.
 *
 * @example
 * ```ts
 * import { OfficeHoursRuleSchema } from "@motcua/calendar";
 * OfficeHoursRuleSchema.parse({ sessions: [{ start: "07:30", end: "11:30" }, { start: "13:30", end: "17:00" }], validFrom: "2026-01-01" });
 * ```
 * @since 0.2.0
 * @category Rules
 */
export const OfficeHoursRuleSchema = officeHoursSchemaOf(
  z.strictObject({ start: ClockTimeSchema, end: ClockTimeSchema }),
  1,
);

/**
 * Zod schema of a local day off of the slot.
 *
 * @example
 * ```ts
 * import { LocalDayOffSchema } from "@motcua/calendar";
 * LocalDayOffSchema.parse({ date: "2026-03-02", name: "Ngày nghỉ địa phương (ví dụ)" });
 * ```
 * @since 0.2.0
 * @category Rules
 */
export const LocalDayOffSchema = z.strictObject({
  date: CivilDateSchema,
  name: z.string().check(z.minLength(1)),
  nameEn: z.optional(z.string().check(z.minLength(1))),
  legalRef: z.optional(LegalRefSchema),
});

/** The plugin SDK's issue codes for what the calendar finds wrong in office hours. */
const PLUGIN_CODE: Readonly<Record<string, string>> = {
  [CalendarErrorCode.OVERLAPPING_SESSIONS]: "PLUGIN_OVERLAPPING_SESSIONS",
  [CalendarErrorCode.INVALID_SESSION]: "PLUGIN_EMPTY_SESSION",
  [CalendarErrorCode.INVALID_OPTIONS]: "PLUGIN_VALIDITY_REVERSED",
};

const checkHours = (value: ReadonlyArray<z.output<typeof OfficeHoursRuleSchema>>, path: ErrorPath) => {
  const out: MotcuaIssue[] = [];
  value.forEach((h, i) => {
    try {
      resolveHours(h, "rule", [...path, i]);
    } catch (e) {
      if (!isMotcuaError(e)) throw e;
      out.push({ code: PLUGIN_CODE[e.code] ?? "PLUGIN_INVALID_VALUE", path: e.path, en: e.en, vi: e.vi });
    }
  });
  return out;
};

const reversed = (path: ErrorPath, from: string, to: string): MotcuaIssue[] =>
  to < from
    ? [
        slotIssue(
          "PLUGIN_VALIDITY_REVERSED",
          path,
          `"to" (${to}) is before "from" (${from})`,
          `"to" (${to}) trước "from" (${from})`,
        ),
      ]
    : [];

const checkSpans =
  <T extends { readonly from?: string | undefined; readonly to?: string | undefined }>(
    extra: (value: ReadonlyArray<T>, path: ErrorPath) => MotcuaIssue[],
  ) =>
  (value: ReadonlyArray<T>, path: ErrorPath): MotcuaIssue[] => [
    ...value.flatMap((e, i) =>
      e.from !== undefined && e.to !== undefined ? reversed([...path, i, "to"], e.from, e.to) : [],
    ),
    ...extra(value, path),
  ];

/** Rules of national acts (Labour Code, Prime Minister's notices): no province may set them. */
const NATIONAL_ONLY = { nationalOnly: true } as const;
/** National-only, and every list in the value is read as a set (order and repeats carry no meaning). */
const NATIONAL_SET = { nationalOnly: true, unordered: true } as const;

/**
 * The `calendar` slot: what a working day is. Its keys, each read by `makeCalendar`:
 *
 * | key | value |
 * |---|---|
 * | `weeklyRestDays` | weekdays off every week, 0 = Sunday (national only) |
 * | `statutoryHolidays` | {@link HolidayRule} list (national only) |
 * | `compensatoryDayOff` | {@link CompensatoryRule} list (national only) |
 * | `yearlyNotices` | {@link YearlyNotice} list (optional: a year without one is projected; national only) |
 * | `officeHours` | office-hours entries, later entries win |
 * | `localDaysOff` | a province's own days off (optional) |
 *
 * @example
 * ```ts
 * import { calendarSlot } from "@motcua/calendar";
 * Object.keys(calendarSlot.keys); // ["weeklyRestDays", "statutoryHolidays", "compensatoryDayOff", "yearlyNotices", "officeHours", "localDaysOff"]
 * ```
 * @since 0.2.0
 * @category Rules
 */
export const calendarSlot = {
  en: "working calendar",
  vi: "lịch làm việc",
  keys: {
    weeklyRestDays: slotKey(
      z.array(z.int().check(z.minimum(0), z.maximum(6))).check(z.maxLength(6)),
      { en: "weekly rest days (0 = Sunday)", vi: "ngày nghỉ hằng tuần (0 = Chủ nhật)" },
      (v, path) => uniqueBy((d: number) => String(d), "weekday")(v, path),
      NATIONAL_SET,
    ),
    statutoryHolidays: slotKey(
      z.array(HolidayRuleSchema).check(z.minLength(1)),
      { en: "statutory holidays", vi: "ngày nghỉ lễ, tết theo luật" },
      checkSpans<HolidayRule>((v, path) =>
        uniqueBy((h: HolidayRule) => `${h.id} from ${h.from ?? "always"}`, "holiday")(v, path),
      ),
      NATIONAL_ONLY,
    ),
    compensatoryDayOff: slotKey(
      z.array(CompensatoryRuleSchema).check(z.minLength(1)),
      {
        en: "a holiday on a weekly rest day gives a day off on the next working day",
        vi: "nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần",
      },
      checkSpans<CompensatoryRule>(() => []),
      NATIONAL_SET,
    ),
    yearlyNotices: slotKey(
      z.array(YearlyNoticeSchema),
      { en: "yearly holiday notices", vi: "thông báo nghỉ lễ, tết hằng năm" },
      (v, path) => uniqueBy((n: YearlyNotice) => String(n.year), "year")(v, path),
      NATIONAL_SET,
    ),
    officeHours: slotKey(
      z.array(OfficeHoursRuleSchema).check(z.minLength(1)),
      { en: "office hours (later entries win)", vi: "giờ làm việc (mục sau được ưu tiên)" },
      checkHours,
    ),
    localDaysOff: slotKey(
      z.array(LocalDayOffSchema),
      { en: "the province's own days off", vi: "ngày nghỉ riêng của địa phương" },
      (v, path) => uniqueBy((d: { date: string }) => d.date, "date")(v, path),
    ),
  },
} as const satisfies SlotDefinition;

/**
 * The calendar rules `makeCalendar` reads: the composed rulebook's `calendar` slice
 * (`sliceOf(rulebook, "calendar")` in `@motcua/plugin-sdk`), or one written by hand.
 *
 * @example
 * ```ts
 * import type { CalendarRules } from "@motcua/calendar";
 * const none: CalendarRules = {}; // makeCalendar(none) → RULE_MISSING "calendar.weeklyRestDays"
 * ```
 * @since 0.2.0
 * @category Rules
 */
export type CalendarRules = SliceOf<typeof calendarSlot>;
