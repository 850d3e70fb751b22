/**
 * The Vietnamese working calendar of motcua: the lunar calendar at UTC+7, statutory holidays and
 * yearly official notices as dated data with legal references, province overlays (local days off,
 * office hours), and O(1) working-day and working-minute arithmetic.
 *
 * @packageDocumentation
 * @module @motcua/calendar
 */
export { makeCalendar, type CalendarOptions, type WorkingCalendar } from "./WorkingCalendar";
export type { DayInfo, DayKind } from "./DayInfo";
export {
  NATIONAL_SESSIONS,
  type CalendarOverlay,
  type OfficeHours,
  type Session,
  type SessionInput,
  type TimeOfDay,
} from "./CalendarOverlay";
export {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  holidayScheduleOf,
  projectedScheduleOf,
  type YearSchedule,
} from "./HolidaySchedule";
export { HOLIDAY_NAMES, HOLIDAY_SOURCES, type HolidayId } from "./HolidayRules";
export { YEARLY_NOTICES, type NoticeDayOff, type YearlyNotice } from "./YearlyNotices";
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
