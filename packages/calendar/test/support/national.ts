/**
 * Test fixture: the national calendar rules, read from `@motcua/national`'s source. The calendar
 * package holds no rule value, so its tests run the mechanism on the baseline's data.
 */
export {
  CALENDAR_SOURCES,
  nationalCalendar,
  nationalCalendarRules,
  YEARLY_NOTICES,
} from "../../../national/src/index";
import { nationalCalendarRules } from "../../../national/src/index";

/** The national `calendar` slice. */
export const rules = nationalCalendarRules();
