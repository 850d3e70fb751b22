/**
 * Input-shape helpers for checks: keys are strict and required, values are passed through to the
 * library, which validates them with its own coded errors (that is what expectError cases test).
 *
 * @internal
 */
import type { SessionInput, WorkingCalendar } from "@motcua/calendar";
import { bilingual, formatInstant, tryParseCivilDate, tryParseInstant } from "@motcua/core";
import * as z from "zod";
import type { ResolvedRulebook, RulesAt } from "../Rulebook";

/** A required key whose value the library itself validates. */
export const required = (): z.ZodType<unknown> =>
  z.custom<unknown>((v) => v !== undefined, {
    message: bilingual("required field is missing", "thiếu trường bắt buộc"),
  });

/** An optional key whose value the library itself validates. */
export const optional = (): z.ZodOptional<z.ZodUnknown> => z.unknown().optional();

/** An optional `officeHours: { sessions: [...] }` a case states when its answer depends on them. */
export const officeHoursField = () =>
  z.strictObject({ sessions: z.array(z.strictObject({ start: required(), end: required() })) }).optional();

/** The calendar of the rules in force at `at`, or the same calendar with the case's own sessions. */
export const calendarFor = (
  rulebook: ResolvedRulebook,
  at: unknown,
  officeHours?:
    { readonly sessions: ReadonlyArray<{ readonly start?: unknown; readonly end?: unknown }> } | undefined,
): WorkingCalendar =>
  rulebook.calendarAt(at, officeHours?.sessions as ReadonlyArray<SessionInput> | undefined);

/** An instant as ISO with `+07:00`, or `null`. */
export const instantOrNull = (ms: number | null | undefined): string | null =>
  ms === null || ms === undefined ? null : formatInstant(ms);

/** Whether a value is a plain object. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The concept inputs in force at `at` when it is a readable date or instant; `undefined` otherwise,
 * so the library under test reports a bad value with its own code.
 */
export const inputsIfDated = (rulebook: ResolvedRulebook, at: unknown): RulesAt | undefined =>
  (typeof at === "string" && tryParseCivilDate(at) !== undefined) || tryParseInstant(at) !== undefined
    ? rulebook.inputsAt(at as string)
    : undefined;

/** The earliest readable `at` of a list of events (the receipt comes first), if any. */
export const firstEventAt = (events: unknown): number | undefined => {
  if (!Array.isArray(events)) return undefined;
  let first: number | undefined;
  for (const e of events) {
    const t = isRecord(e) ? tryParseInstant(e["at"]) : undefined;
    if (t !== undefined && (first === undefined || t < first)) first = t;
  }
  return first;
};
