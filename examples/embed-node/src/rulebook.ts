/**
 * The province's rulebook for a Node service: the national baseline (`@motcua/national`) and the
 * province plugin (`@motcua/province-dong-thap`) composed with `@motcua/plugin-sdk`, turned into
 * what the concept packages take — a working calendar and, for each receipt date, the SLA policy
 * and the dossier rules in force.
 *
 * The bridge from composed slots to concept inputs is `conceptInputsOf` / `calendarOverlayOf` of
 * `@motcua/plugin-sdk` (the conformance suite judges plugins with the very same mapping, so a
 * service built on it computes what the suite certified, without depending on the suite).
 *
 * @module
 */
import { makeCalendar, type WorkingCalendar } from "@motcua/calendar";
import type { CivilDate, InstantInput } from "@motcua/core";
import { national } from "@motcua/national";
import {
  calendarOverlayOf,
  composeRulebook,
  conceptInputsOf,
  explain,
  type ConceptInputs,
  type Plugin,
} from "@motcua/plugin-sdk";
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
  // The calendar follows the plugins' office hours and local days off over time (dated overlay).
  const calendar = makeCalendar({ overlays: [calendarOverlayOf(plugins)] });
  const compose = (asOf: CivilDate | InstantInput) =>
    composeRulebook(plugins, { asOf: asOf as CivilDate | number | string });
  const byDate = new Map<CivilDate, ConceptInputs>();
  return {
    ids,
    calendar,
    inputsAt: (asOf) => {
      const book = compose(asOf);
      let inputs = byDate.get(book.asOf);
      if (inputs === undefined) {
        inputs = conceptInputsOf(book);
        byDate.set(book.asOf, inputs);
      }
      return inputs;
    },
    explain: (path, asOf) => explain(compose(asOf), path),
  };
}

let dongThapBook: ProvinceRulebook | undefined;

/** The Đồng Tháp rulebook (national + `@motcua/province-dong-thap`), built on first use. */
export const dongThapRulebook = (): ProvinceRulebook =>
  (dongThapBook ??= makeProvinceRulebook([national, dongThap]));
