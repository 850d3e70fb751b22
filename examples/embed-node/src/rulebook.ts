/**
 * The province's rulebook for a Node service: the national baseline (`@motcua/national`) and the
 * province plugin (`@motcua/province-dong-thap`) composed with `@motcua/plugin-sdk`, turned into
 * what the concept packages take — a working calendar and, for each receipt date, the SLA policy
 * and the dossier rules in force.
 *
 * The bridge from composed slots to concept inputs is `pluginRulebookProvider` / `conceptInputsOf`
 * of `@motcua/conformance` (the conformance suite judges plugins with the very same mapping, so a
 * service built on it computes what the suite certified).
 *
 * @module
 */
import type { WorkingCalendar } from "@motcua/calendar";
import { pluginRulebookProvider, type ConceptInputs } from "@motcua/conformance";
import type { CivilDate, InstantInput } from "@motcua/core";
import { national } from "@motcua/national";
import { composeRulebook, explain, type Plugin } from "@motcua/plugin-sdk";
import { dongThap } from "@motcua/province-dong-thap";

/** What a service needs from its rulebook. */
export interface ProvinceRulebook {
  /** The plugin ids composed, national first. */
  readonly ids: ReadonlyArray<string>;
  /** The working calendar: national holidays and notices, the plugins' office hours and days off. */
  readonly calendar: WorkingCalendar;
  /** The SLA policy, dossier rules, … in force on a date or at an instant (a dossier keeps those of its receipt). */
  readonly inputsAt: (asOf: CivilDate | InstantInput) => ConceptInputs;
  /** Where a rule's value comes from (plugin, version, legal reference), as of a date. */
  readonly explain: (path: string, asOf: CivilDate | InstantInput) => string;
}

/**
 * Composes `plugins` (national first) into a {@link ProvinceRulebook}. Build it once at start-up:
 * the calendar is a precomputed index (about a millisecond to build, O(1) per query).
 */
export function makeProvinceRulebook(plugins: ReadonlyArray<Plugin>): ProvinceRulebook {
  const ids = plugins.map((p) => p.id);
  const resolved = pluginRulebookProvider(plugins).resolve(ids);
  return {
    ids,
    calendar: resolved.calendar,
    inputsAt: (asOf) => resolved.inputsAt(asOf),
    explain: (path, asOf) =>
      explain(composeRulebook(plugins, { asOf: asOf as CivilDate | number | string }), path),
  };
}

let dongThapBook: ProvinceRulebook | undefined;

/** The Đồng Tháp rulebook (national + `@motcua/province-dong-thap`), built on first use. */
export const dongThapRulebook = (): ProvinceRulebook =>
  (dongThapBook ??= makeProvinceRulebook([national, dongThap]));
