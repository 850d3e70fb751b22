/**
 * The calendar the tests run on: the national one, built from `@motcua/national`'s calendar rules
 * (read from its source: a test fixture; `@motcua/sla` holds no rule value).
 */
import type { WorkingCalendar } from "@motcua/calendar";
import { nationalCalendar } from "../../../national/src/nationalCalendar";

/** The national working calendar, default sessions 08:00–12:00 and 13:00–17:00. */
export const calendar: WorkingCalendar = nationalCalendar();
