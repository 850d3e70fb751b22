/**
 * The non-working days a calendar's `explain` gives for the clock's timeline, checked: a calendar
 * need not come from `makeCalendar` (any object with its methods is accepted), so what its
 * `explain` returns is read as untrusted input.
 */
import { tryParseCivilDate, type ErrorPath } from "@motcua/core";
import type { DayInfo, WorkingCalendar } from "@motcua/calendar";
import { SLA_ERROR_CODES } from "../SlaErrorCode";
import { fail } from "./fail";
import { isObject } from "./inputs";

const bad = (path: ErrorPath, what: string, vi: string): never =>
  fail(
    SLA_ERROR_CODES.invalidCalendar,
    path,
    `Lịch làm việc không hợp lệ: explain trả về ${vi} (dùng makeCalendar của @motcua/calendar)`,
    `Invalid working calendar: explain returned ${what} (use makeCalendar from @motcua/calendar)`,
  );

const optionalString = (day: Record<string, unknown>, key: string, path: ErrorPath): void => {
  const v = day[key];
  if (v !== undefined && typeof v !== "string")
    bad([...path, key], `a day whose ${key} is not a string`, `một ngày có ${key} không phải chuỗi`);
};

/** `cal.explain(from, to)`, each day checked; a bad answer is `SLA_INVALID_CALENDAR` at `path`. */
export function explainedDays(
  cal: WorkingCalendar,
  from: string,
  to: string,
  path: ErrorPath,
): ReadonlyArray<DayInfo> {
  const days: unknown = cal.explain(from, to);
  if (!Array.isArray(days))
    return bad(path, "something other than a list of days", "thứ không phải danh sách ngày");
  for (let i = 0; i < days.length; i++) {
    const day: unknown = days[i];
    const at = [...path, i];
    if (!isObject(day)) return bad(at, "an item that is not a day", "một mục không phải ngày");
    if (typeof day["date"] !== "string" || tryParseCivilDate(day["date"]) === undefined)
      bad([...at, "date"], "a day without a YYYY-MM-DD date", "một ngày không có ngày dạng YYYY-MM-DD");
    if (typeof day["kind"] !== "string")
      bad([...at, "kind"], "a day whose kind is not a string", "một ngày có kind không phải chuỗi");
    if (typeof day["projected"] !== "boolean")
      bad(
        [...at, "projected"],
        "a day whose projected is not true or false",
        "một ngày có projected không phải true/false",
      );
    optionalString(day, "name", at);
    optionalString(day, "nameEn", at);
    if (day["legalRef"] !== undefined && !isObject(day["legalRef"]))
      bad(
        [...at, "legalRef"],
        "a day whose legalRef is not an object",
        "một ngày có legalRef không phải đối tượng",
      );
  }
  return days as ReadonlyArray<DayInfo>;
}
