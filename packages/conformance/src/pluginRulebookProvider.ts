/**
 * Rulebooks from plugins: case files and the CLI name plugin ids (`national`, `ha-tinh`), the
 * provider composes those plugins with `@motcua/plugin-sdk`'s `composeRulebook` and maps the
 * composed slots to the concept packages' inputs with its `conceptInputsOf` and `calendarOverlayOf`.
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
import {
  calendarOverlayOf,
  composeRulebook,
  conceptInputsOf,
  type ConceptInputs,
  type Plugin,
} from "@motcua/plugin-sdk";
import { makeCachedRulebookProvider, type ResolvedRulebook, type RulebookProvider } from "./Rulebook";

/**
 * The names a plugin answers to in case files and on the command line: its id, and for a
 * province plugin its province slug (`province-ha-tinh` and `ha-tinh`).
 *
 * @example
 * ```ts
 * import { pluginAliases } from "@motcua/conformance";
 * import { haTinh } from "@motcua/province-ha-tinh";
 * pluginAliases(haTinh); // ["province-ha-tinh", "ha-tinh"]
 * ```
 * @since 0.1.0
 * @category Rulebooks
 */
export function pluginAliases(plugin: Plugin): ReadonlyArray<string> {
  const j = plugin.jurisdiction;
  const slug = j.level === "province" ? j.province : undefined;
  return slug === undefined || slug === plugin.id ? [plugin.id] : [plugin.id, slug];
}

const civilDateOf = (asOf: unknown): CivilDate | undefined => {
  if (typeof asOf === "string" && tryParseCivilDate(asOf) !== undefined) return asOf;
  const ms = tryParseInstant(asOf);
  return ms === undefined ? undefined : fromDayNumber(vietnamDayNumber(ms));
};

/** One rulebook: the calendar over all time, concept inputs per date (both cached). */
function resolvePlugins(ids: ReadonlyArray<string>, plugins: ReadonlyArray<Plugin>): ResolvedRulebook {
  const overlay = calendarOverlayOf(plugins, ids.join("+"));
  const calendar = makeCalendar({ overlays: [overlay] });
  const withSessions = new Map<string, WorkingCalendar>();
  const byDate = new Map<CivilDate, ConceptInputs>();
  return {
    ids,
    plugins: plugins.map((p) => ({ id: p.id, version: p.version })),
    calendar,
    calendarWithSessions: (sessions: ReadonlyArray<SessionInput>) => {
      const key = JSON.stringify(sessions);
      let cal = withSessions.get(key);
      if (cal === undefined) {
        cal = makeCalendar({ overlays: [overlay, { id: "case", officeHours: [{ sessions }] }] });
        withSessions.set(key, cal);
      }
      return cal;
    },
    inputsAt: (asOf: CivilDate | InstantInput) => {
      const date = civilDateOf(asOf);
      const cached = date === undefined ? undefined : byDate.get(date);
      if (cached !== undefined) return cached;
      const inputs = conceptInputsOf(composeRulebook(plugins, { asOf: date ?? (asOf as string) }));
      byDate.set(inputs.asOf, inputs);
      return inputs;
    },
  };
}

/**
 * A provider over the given plugins: a case's `rulebook: [national, ha-tinh]` composes those
 * plugins in order (`composeRulebook`, as of each case's own date), the calendar slot becomes the
 * working calendar's overlay (office hours, local days off, dated: `@motcua/plugin-sdk`'s
 * `calendarOverlayOf`), and the other slots the concept packages' inputs (its `conceptInputsOf`,
 * which throws `CONCEPT_RULE_UNSUPPORTED` for calendar rules `@motcua/calendar` cannot apply).
 * Plugins answer to their id and province slug (`canonicalId` maps either to the id).
 *
 * @example
 * ```ts
 * import { pluginRulebookProvider } from "@motcua/conformance";
 *  * import { haTinh } from "@motcua/province-ha-tinh";
 * const rb = pluginRulebookProvider([national, haTinh]).resolve(["national", "ha-tinh"]);
 * rb.inputsAt("2021-06-01").staffingNorms.throughput?.min.value; // 15 (Kế hoạch 41/KH-UBND)
 * ```
 * @since 0.1.0
 * @category Rulebooks
 */
export function pluginRulebookProvider(plugins: ReadonlyArray<Plugin>): RulebookProvider {
  const byName = new Map<string, Plugin>();
  for (const p of plugins) for (const name of pluginAliases(p)) if (!byName.has(name)) byName.set(name, p);
  return makeCachedRulebookProvider(
    [...byName.keys()],
    (ids) =>
      resolvePlugins(
        ids,
        ids.map((id) => byName.get(id) as Plugin),
      ),
    (name) => byName.get(name)?.id,
  );
}
