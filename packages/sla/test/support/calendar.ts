/** The calendar the tests run on: the national calendar of @motcua/calendar (DOMAIN.md §7). */
import { makeCalendar, type WorkingCalendar } from "@motcua/calendar";

/** The national working calendar, default sessions 08:00–12:00 and 13:00–17:00. */
export const calendar: WorkingCalendar = makeCalendar();
