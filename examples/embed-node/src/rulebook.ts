/**
 * The province's rulebook for a Node service: the national baseline (`@motcua/national`) and the
 * province plugin (`@motcua/province-dong-thap`) composed with `@motcua/plugin-sdk`, read by the
 * concept packages through `sliceOf` — for each receipt date, the working calendar, the SLA
 * policy and the dossier rules in force, in the concept packages' own shapes (the conformance
 * suite reads plugins the very same way, so a service built on it computes what the suite
 * certified, without depending on the suite).
 *
 * @module
 */
import { makeCalendar, type WorkingCalendar } from "@motcua/calendar";
import type { CivilDate, InstantInput } from "@motcua/core";
import type { DossierRules } from "@motcua/dossier";
import { national } from "@motcua/national";
import {
  composeRulebook,
  explain,
  sliceOf,
  type Plugin,
  type Rulebook,
  type SlotSlice,
} from "@motcua/plugin-sdk";
import { dongThap } from "@motcua/province-dong-thap";

/** The rules in force on one date. */
export interface RulesAt {
  /** The composed rulebook. */
  readonly rulebook: Rulebook;
  /** `makeCalendar(sliceOf(rulebook, "calendar"))`: holidays, notices, office hours, days off. */
  readonly calendar: WorkingCalendar;
  /** `sliceOf(rulebook, "sla")`, for `computeDeadline` / `computeClock`. */
  readonly slaRules: SlotSlice<"sla">;
  /** The `sla` and `permissions` slices, for `replay` / `can`. */
  readonly dossierRules: DossierRules;
}

/** What a service needs from its rulebook. */
export interface ProvinceRulebook {
  /** The plugin ids composed, national first. */
  readonly ids: ReadonlyArray<string>;
  /** The rules in force on a date or at an instant (a dossier keeps those of its receipt). */
  readonly inputsAt: (asOf: CivilDate | InstantInput) => RulesAt;
  /** Where a rule's value comes from (plugin, version, legal reference), as of a date. */
  readonly explain: (path: string, asOf: CivilDate | InstantInput) => string;
}

/**
 * Composes `plugins` (national first) into a {@link ProvinceRulebook}. Build it once at start-up:
 * each date's rules are composed once, and a calendar (a precomputed index, about a millisecond
 * to build, O(1) per query) once per distinct `calendar` slice.
 */
export function makeProvinceRulebook(plugins: ReadonlyArray<Plugin>): ProvinceRulebook {
  const ids = plugins.map((p) => p.id);
  const compose = (asOf: CivilDate | InstantInput) =>
    composeRulebook(plugins, { asOf: asOf as CivilDate | number | string });
  const byDate = new Map<CivilDate, RulesAt>();
  const calendars = new Map<string, WorkingCalendar>();
  const calendarOf = (book: Rulebook): WorkingCalendar => {
    const slice = sliceOf(book, "calendar");
    const key = JSON.stringify(Object.values(slice).map((r) => [r.plugins, r.validity]));
    let calendar = calendars.get(key);
    if (calendar === undefined) calendars.set(key, (calendar = makeCalendar(slice)));
    return calendar;
  };
  return {
    ids,
    inputsAt: (asOf) => {
      const rulebook = compose(asOf);
      let rules = byDate.get(rulebook.asOf);
      if (rules === undefined) {
        rules = {
          rulebook,
          calendar: calendarOf(rulebook),
          slaRules: sliceOf(rulebook, "sla"),
          dossierRules: { sla: sliceOf(rulebook, "sla"), permissions: sliceOf(rulebook, "permissions") },
        };
        byDate.set(rulebook.asOf, rules);
      }
      return rules;
    },
    explain: (path, asOf) => explain(compose(asOf), path),
  };
}

let dongThapBook: ProvinceRulebook | undefined;

/** The Đồng Tháp rulebook (national + `@motcua/province-dong-thap`), built on first use. */
export const dongThapRulebook = (): ProvinceRulebook =>
  (dongThapBook ??= makeProvinceRulebook([national, dongThap]));
