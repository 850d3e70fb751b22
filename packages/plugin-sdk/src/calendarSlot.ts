/**
 * The `calendar` slot: weekly rest days, statutory holidays, province days off and office hours.
 *
 * @module
 */
import * as z from "zod";
import { CivilDateSchema, type ErrorPath, type MotcuaIssue } from "@motcua/core";
import { issue, minutesOf, uniqueBy } from "./internal/issues";
import { ClockTimeSchema, slotKey, type SlotDefinition } from "@motcua/core";

/**
 * Zod schema of one {@link OfficeHours} session (`start` < `end`, `HH:MM`).
 *
 * @example
 * ```ts
 * import { OfficeSessionSchema } from "@motcua/plugin-sdk";
 * OfficeSessionSchema.parse({ start: "07:00", end: "11:30" });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const OfficeSessionSchema = z.object({ start: ClockTimeSchema, end: ClockTimeSchema }).strict();

/**
 * Zod schema of {@link OfficeHours}: the weekdays the office works and its sessions.
 *
 * @example
 * ```ts
 * import { OfficeHoursSchema } from "@motcua/plugin-sdk";
 * OfficeHoursSchema.parse({ weekdays: [1, 2, 3, 4, 5], sessions: [{ start: "07:00", end: "11:30" }, { start: "13:30", end: "17:00" }] });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const OfficeHoursSchema = z
  .object({
    /** Working weekdays, 0 = Sunday … 6 = Saturday. */
    weekdays: z.array(z.number().int().min(0).max(6)).min(1),
    /** Sessions of a working day, in order, not overlapping. */
    sessions: z.array(OfficeSessionSchema).min(1),
  })
  .strict();

/**
 * Office hours (giờ làm việc): working weekdays and the day's sessions.
 *
 * @since 0.1.0
 * @category Calendar
 */
export type OfficeHours = z.output<typeof OfficeHoursSchema>;

/**
 * Zod schema of a {@link LocalDayOff}.
 *
 * @example
 * ```ts
 * import { LocalDayOffSchema } from "@motcua/plugin-sdk";
 * LocalDayOffSchema.parse({ date: "2025-05-19", name: "Ngày nghỉ địa phương (ví dụ)" });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const LocalDayOffSchema = z.object({ date: CivilDateSchema, name: z.string().min(1) }).strict();

/**
 * A province's own day off (ngày nghỉ địa phương).
 *
 * @since 0.1.0
 * @category Calendar
 */
export type LocalDayOff = z.output<typeof LocalDayOffSchema>;

/**
 * Zod schema of a {@link StatutoryHoliday}: a solar date, a lunar date, or Tết (a span of days
 * around lunar new year whose exact days the yearly notice fixes).
 *
 * @example
 * ```ts
 * import { StatutoryHolidaySchema } from "@motcua/plugin-sdk";
 * StatutoryHolidaySchema.parse({ kind: "lunar", month: 3, day: 10, days: 1, name: "Giỗ Tổ Hùng Vương" });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const StatutoryHolidaySchema = z
  .object({
    kind: z.enum(["solar", "lunar", "lunarNewYear"]),
    /** Month (solar or lunar); for `lunarNewYear`, 1. */
    month: z.number().int().min(1).max(12),
    /** Day of month; for `lunarNewYear`, 1. */
    day: z.number().int().min(1).max(31),
    /** Days off it gives (Tết: 5; 2/9: 2, the adjacent day fixed yearly). */
    days: z.number().int().min(1).max(10),
    /** Vietnamese name. */
    name: z.string().min(1),
  })
  .strict();

/**
 * A statutory holiday of Bộ luật Lao động 2019 Art. 112.
 *
 * @since 0.1.0
 * @category Calendar
 */
export type StatutoryHoliday = z.output<typeof StatutoryHolidaySchema>;

const checkOfficeHours = (value: OfficeHours, path: ErrorPath): MotcuaIssue[] => {
  const out: MotcuaIssue[] = [];
  let previousEnd = -1;
  value.sessions.forEach((s, i) => {
    const start = minutesOf(s.start);
    const end = minutesOf(s.end);
    if (end <= start)
      out.push(
        issue(
          "PLUGIN_EMPTY_SESSION",
          [...path, "sessions", i, "end"],
          `session ends (${s.end}) at or before it starts (${s.start})`,
          `phiên làm việc kết thúc (${s.end}) không sau giờ bắt đầu (${s.start})`,
        ),
      );
    else if (start < previousEnd)
      out.push(
        issue(
          "PLUGIN_OVERLAPPING_SESSIONS",
          [...path, "sessions", i, "start"],
          `session ${s.start}–${s.end} overlaps or precedes the previous one`,
          `phiên ${s.start}–${s.end} chồng lấn hoặc đứng trước phiên trước đó`,
        ),
      );
    if (end > start) previousEnd = Math.max(previousEnd, end);
  });
  const seen = new Set<number>();
  value.weekdays.forEach((d, i) => {
    if (seen.has(d))
      out.push(
        issue(
          "PLUGIN_DUPLICATE_ENTRY",
          [...path, "weekdays", i],
          `weekday ${d} is listed twice`,
          `thứ ${d} bị lặp`,
        ),
      );
    seen.add(d);
  });
  return out;
};

/**
 * The `calendar` slot: what a working day is (weekly rest, holidays, local days off, office hours).
 *
 * @example
 * ```ts
 * import { calendarSlot } from "@motcua/plugin-sdk";
 * Object.keys(calendarSlot.keys); // ["weeklyRestDays", "statutoryHolidays", "compensatoryDayOff", "localDaysOff", "officeHours"]
 * ```
 * @since 0.1.0
 * @category Slots
 */
export const calendarSlot = {
  en: "working calendar overlays",
  vi: "lịch làm việc (lớp phủ)",
  keys: {
    weeklyRestDays: slotKey(
      z.array(z.number().int().min(0).max(6)),
      { en: "weekly rest days (0 = Sunday)", vi: "ngày nghỉ hằng tuần (0 = Chủ nhật)" },
      (v, path) => uniqueBy((d: number) => String(d), "weekday")(v, path),
    ),
    statutoryHolidays: slotKey(
      z.array(StatutoryHolidaySchema),
      { en: "statutory holidays", vi: "ngày nghỉ lễ, tết theo luật" },
      (v, path) => uniqueBy((h: StatutoryHoliday) => `${h.kind}-${h.month}-${h.day}`, "holiday")(v, path),
    ),
    compensatoryDayOff: slotKey(z.enum(["nextWorkingDay", "none"]), {
      en: "a holiday on a weekly rest day gives a day off on the next working day",
      vi: "nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần",
    }),
    localDaysOff: slotKey(
      z.array(LocalDayOffSchema),
      { en: "the province's own days off", vi: "ngày nghỉ riêng của địa phương" },
      (v, path) => uniqueBy((d: LocalDayOff) => d.date, "date")(v, path),
    ),
    officeHours: slotKey(OfficeHoursSchema, { en: "office hours", vi: "giờ làm việc" }, checkOfficeHours),
  },
} as const satisfies SlotDefinition;
