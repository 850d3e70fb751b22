/**
 * The Vietnamese working calendar of motcua: the lunar calendar at UTC+7, and a working calendar
 * built from the `calendar` rules of a composed rulebook (statutory holidays and yearly notices as
 * dated data with legal references, weekly rest, office hours, local days off), with O(1)
 * working-day and working-minute arithmetic. The package owns the rule schemas
 * ({@link calendarSlot}) and holds no rule value: the national ones are in `@motcua/national`.
 *
 * @packageDocumentation
 * @module @motcua/calendar
 */
export { makeCalendar, type CalendarOptions, type WorkingCalendar } from "./WorkingCalendar";
export type { DayInfo, DayKind } from "./DayInfo";
export {
  calendarSlot,
  CompensatoryRuleSchema,
  HolidayRuleSchema,
  LocalDayOffSchema,
  NoticeDayOffSchema,
  OfficeHoursRuleSchema,
  YearlyNoticeSchema,
  type CalendarRules,
  type CompensatoryRule,
  type HolidayRule,
  type NoticeDayOff,
  type YearlyNotice,
} from "./calendarSlot";
export type { CalendarOverlay, OfficeHours, Session, SessionInput, TimeOfDay } from "./CalendarOverlay";
export {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  holidayScheduleOf,
  projectedScheduleOf,
  type YearSchedule,
} from "./HolidaySchedule";
export { PROJECTION_SOURCES } from "./HolidayRules";
export {
  hungKingsDayOf,
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  lunarToSolar,
  solarToLunar,
  tetOf,
  type LunarDate,
  type LunarDateInput,
} from "./LunarCalendar";
export { CalendarErrorCode, type CalendarErrorCodeValue } from "./CalendarError";
export { safeMakeCalendar } from "./safe";
