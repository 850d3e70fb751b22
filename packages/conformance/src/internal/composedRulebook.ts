/**
 * One resolved rulebook over a composition function: the rules composed as of each date a check
 * asks about (cached per date), and the working calendar of the `calendar` slice in force then
 * (built once per distinct slice). Shared by the plugin-id rulebooks and the province rulebooks.
 *
 * @module
 */
import { makeCalendar, type SessionInput, type WorkingCalendar } from "@motcua/calendar";
import {
  fromDayNumber,
  tryParseCivilDate,
  tryParseInstant,
  vietnamDayNumber,
  type CivilDate,
  type InstantInput,
} from "@motcua/core";
import { sliceOf, type Rulebook, type SlotSlice } from "@motcua/plugin-sdk";
import type { PluginInfo, ResolvedRulebook, RulesAt } from "../Rulebook";

const civilDateOf = (asOf: unknown): CivilDate | undefined => {
  if (typeof asOf === "string" && tryParseCivilDate(asOf) !== undefined) return asOf;
  const ms = tryParseInstant(asOf);
  return ms === undefined ? undefined : fromDayNumber(vietnamDayNumber(ms));
};

/** Which rule versions a calendar slice holds: equal keys give the same calendar. */
const calendarKey = (slice: SlotSlice<"calendar">): string =>
  JSON.stringify(Object.entries(slice).map(([k, r]) => [k, r.plugins, r.validity]));

/** What {@link composedRulebook} is made of. */
export interface ComposedRulebookParts {
  readonly ids: ReadonlyArray<string>;
  readonly plugins: ReadonlyArray<PluginInfo>;
  /** The rulebook in force on a civil date (or on an unreadable value, which it reports itself). */
  readonly compose: (asOf: CivilDate) => Rulebook;
  /** A date the composition applies on, for a case whose own date is unreadable. */
  readonly anyDate: CivilDate;
  readonly forProvince?: ResolvedRulebook["forProvince"];
}

/** The resolved rulebook of a composition, memoised per date and per calendar slice. */
export function composedRulebook(parts: ComposedRulebookParts): ResolvedRulebook {
  const calendars = new Map<string, WorkingCalendar>();
  const calendarOf = (book: Rulebook, sessions?: ReadonlyArray<SessionInput>): WorkingCalendar => {
    const slice = sliceOf(book, "calendar");
    const key = `${calendarKey(slice)}${sessions === undefined ? "" : JSON.stringify(sessions)}`;
    let cal = calendars.get(key);
    if (cal === undefined) {
      cal =
        sessions === undefined
          ? makeCalendar(slice)
          : makeCalendar(slice, { overlays: [{ id: "case", officeHours: [{ sessions }] }] });
      calendars.set(key, cal);
    }
    return cal;
  };
  const byDate = new Map<CivilDate, RulesAt>();
  const inputsAt = (asOf: CivilDate | InstantInput): RulesAt => {
    const date = civilDateOf(asOf);
    const cached = date === undefined ? undefined : byDate.get(date);
    if (cached !== undefined) return cached;
    const rulebook = parts.compose(date ?? (asOf as string));
    let calendar: WorkingCalendar | undefined;
    const rules: RulesAt = {
      asOf: rulebook.asOf,
      rulebook,
      get calendar(): WorkingCalendar {
        return (calendar ??= calendarOf(rulebook));
      },
      calendarWithSessions: (sessions) => calendarOf(rulebook, sessions),
      slaRules: sliceOf(rulebook, "sla"),
      dossierRules: { sla: sliceOf(rulebook, "sla"), permissions: sliceOf(rulebook, "permissions") },
    };
    byDate.set(rules.asOf, rules);
    return rules;
  };
  // Compose once now: a stack that cannot be composed (a province overriding a national `final`
  // rule such as the holidays) is refused before any case runs.
  inputsAt(parts.anyDate);
  return {
    ids: parts.ids,
    plugins: parts.plugins,
    inputsAt,
    calendarAt: (at, sessions) => {
      const rules = inputsAt(civilDateOf(at) ?? parts.anyDate);
      return sessions === undefined ? rules.calendar : rules.calendarWithSessions(sessions);
    },
    ...(parts.forProvince === undefined ? {} : { forProvince: parts.forProvince }),
  };
}
