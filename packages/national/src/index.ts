/**
 * The national baseline of motcua as a plugin: Nghị định 61/2018 (until 30/6/2025), the Nghị định
 * 118/2025 framework (from 1/7/2025, unverified), Quyết định 45/2016 postal rules, the Labour Code
 * calendar, default office hours, staffing norms and Biểu 06, with its own rule cases.
 *
 * @packageDocumentation
 * @module @motcua/national
 */
export { national } from "./national";
export { nationalRulebook } from "./nationalRulebook";
export { nationalCalendar, nationalCalendarRules } from "./nationalCalendar";
export {
  CALENDAR_SOURCES,
  NATIONAL_COMPENSATORY_RULES,
  NATIONAL_HOLIDAY_RULES,
  NATIONAL_OFFICE_HOURS,
} from "./calendarRules";
export { YEARLY_NOTICES } from "./yearlyNotices";
export { nationalCases } from "./nationalCases";
export { NATIONAL_SOURCES } from "./sources";
export { FORM_SOURCES } from "./formRules";
export { LAW_SINCE_2025 } from "./lawSince2025";
export {
  PROVINCES_2025,
  PROVINCES_BEFORE_2025,
  PROVINCES_2025_SOURCE,
  type Province2025,
  type ProvinceBefore2025,
} from "./jurisdictions";
export {
  composeForProvince,
  NATIONAL_UNKNOWN_PROVINCE,
  type ProvinceRulebookOptions,
} from "./composeForProvince";
export { safeComposeForProvince } from "./safe";
