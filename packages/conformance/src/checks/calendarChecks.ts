/**
 * The calendar checks: lunar conversion (Hồ Ngọc Đức's algorithm at UTC+7), day information,
 * working-day arithmetic and working-time instants, on the rulebook's working calendar.
 *
 * @module
 */
import { lunarToSolar, solarToLunar } from "@motcua/calendar";
import { formatInstant, type CivilDate, type InstantInput } from "@motcua/core";
import * as z from "zod";
import { defineCheck, type Check } from "../Check";
import { calendarFor, officeHoursField, optional, required } from "../internal/fields";

const lunarShape = z.strictObject({ year: required(), month: required(), day: required(), leap: optional() });

/**
 * The calendar checks: `calendar.lunarToSolar`, `calendar.solarToLunar`, `calendar.dayInfo`,
 * `calendar.addWorkingDays`, `calendar.workingDaysBetween`, `calendar.nextWorkingInstant`,
 * `calendar.addWorkingMinutes`, `calendar.sameTimeOnWorkingDay`. The three instant checks take an
 * optional `officeHours: { sessions }`: a case whose answer depends on the office's sessions states
 * them, so it holds for every province.
 *
 * @example
 * ```ts
 * import { calendarChecks } from "@motcua/conformance";
 * calendarChecks.map((c) => c.id).includes("calendar.dayInfo"); // true
 * ```
 * @since 0.1.0
 * @category Checks
 */
export const calendarChecks: ReadonlyArray<Check> = [
  defineCheck({
    id: "calendar.lunarToSolar",
    summary: "Solar date of a Vietnamese lunar date (UTC+7).",
    input: z.strictObject({ lunar: lunarShape }),
    outputKeys: ["date"],
    run: ({ lunar }) => ({ date: lunarToSolar(lunar as Parameters<typeof lunarToSolar>[0]) }),
  }),
  defineCheck({
    id: "calendar.solarToLunar",
    summary: "Vietnamese lunar date (UTC+7) of a solar date.",
    input: z.strictObject({ date: required() }),
    outputKeys: ["lunar"],
    run: ({ date }) => {
      const l = solarToLunar(date as CivilDate);
      return { lunar: { year: l.year, month: l.month, day: l.day, leap: l.leap } };
    },
  }),
  defineCheck({
    id: "calendar.dayInfo",
    summary:
      "Whether a day is a working day, and why not (weekend, holiday, compensatory day, …); whether the source deciding it was read (verified).",
    input: z.strictObject({ date: required() }),
    outputKeys: ["date", "working", "kind", "projected", "name", "verified"],
    run: ({ date }, rulebook) => {
      const info = rulebook.calendarAt(date).dayInfo(date as CivilDate);
      return {
        date: info.date,
        working: info.working,
        kind: info.kind,
        projected: info.projected,
        ...(info.name === undefined ? {} : { name: info.name }),
        ...(info.legalRef === undefined ? {} : { verified: info.legalRef.verified }),
      };
    },
  }),
  defineCheck({
    id: "calendar.addWorkingDays",
    summary: "The date n working days after (or before, n < 0) a date.",
    input: z.strictObject({ date: required(), days: required() }),
    outputKeys: ["date"],
    run: ({ date, days }, rulebook) => ({
      date: rulebook.calendarAt(date).addWorkingDays(date as CivilDate, days as number),
    }),
  }),
  defineCheck({
    id: "calendar.workingDaysBetween",
    summary: "Working days d with from ≤ d < to (negative when to < from).",
    input: z.strictObject({ from: required(), to: required() }),
    outputKeys: ["days"],
    run: ({ from, to }, rulebook) => ({
      days: rulebook.calendarAt(from).workingDaysBetween(from as CivilDate, to as CivilDate),
    }),
  }),
  defineCheck({
    id: "calendar.nextWorkingInstant",
    summary: "The instant itself if inside an office session, else the start of the next session.",
    input: z.strictObject({ at: required(), officeHours: officeHoursField() }),
    outputKeys: ["at"],
    run: ({ at, officeHours }, rulebook) => ({
      at: formatInstant(calendarFor(rulebook, at, officeHours).nextWorkingInstant(at as InstantInput)),
    }),
  }),
  defineCheck({
    id: "calendar.addWorkingMinutes",
    summary: "The earliest instant at which the given working minutes have elapsed.",
    input: z.strictObject({ at: required(), minutes: required(), officeHours: officeHoursField() }),
    outputKeys: ["at"],
    run: ({ at, minutes, officeHours }, rulebook) => ({
      at: formatInstant(
        calendarFor(rulebook, at, officeHours).addWorkingMinutes(at as InstantInput, minutes as number),
      ),
    }),
  }),
  defineCheck({
    id: "calendar.sameTimeOnWorkingDay",
    summary: "The same Vietnamese wall-clock time on the n-th working day after the instant's day.",
    input: z.strictObject({ at: required(), days: required(), officeHours: officeHoursField() }),
    outputKeys: ["at"],
    run: ({ at, days, officeHours }, rulebook) => ({
      at: formatInstant(
        calendarFor(rulebook, at, officeHours).sameTimeOnWorkingDay(at as InstantInput, days as number),
      ),
    }),
  }),
];
