/**
 * Rulebooks from plugins: case files and the CLI name plugin ids (`national`, `ha-tinh`), the
 * provider composes those plugins with `@motcua/plugin-sdk`'s `composeRulebook` as of each case's
 * date, and the checks read the composed slots with `sliceOf`, in the concept packages' own shape.
 *
 * @module
 */
import { composeForProvince } from "@motcua/national";
import { composeRulebook, type Plugin } from "@motcua/plugin-sdk";
import { composedRulebook } from "./internal/composedRulebook";
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

/** One rulebook: the plugins composed in order as of each date a case asks about. */
function resolvePlugins(ids: ReadonlyArray<string>, plugins: ReadonlyArray<Plugin>): ResolvedRulebook {
  // A date every plugin applies on, for a case whose own date is unreadable (the library under
  // test then reports the bad value itself).
  const starts = plugins.flatMap((p) => (p.validity.validFrom === undefined ? [] : [p.validity.validFrom]));
  const baseline = plugins.find((p) => p.jurisdiction.level === "national");
  return composedRulebook({
    ids,
    plugins: plugins.map((p) => ({ id: p.id, version: p.version })),
    compose: (asOf) => composeRulebook(plugins, { asOf }),
    anyDate: starts.sort().at(-1) ?? "2000-01-03",
    forProvince: (province, asOf) =>
      composeForProvince({
        province,
        asOf,
        plugins: plugins.filter((p) => p.jurisdiction.level === "province"),
        ...(baseline === undefined ? {} : { baseline }),
      }),
  });
}

/**
 * A provider over the given plugins: a case's `rulebook: [national, ha-tinh]` composes those
 * plugins in order (`composeRulebook`, as of each case's own date); the checks read the composed
 * slots with `sliceOf`, and the working calendar is `makeCalendar(sliceOf(rulebook, "calendar"))`
 * of the same date. Plugins answer to their id and province slug (`canonicalId` maps either to
 * the id).
 *
 * @example
 * ```ts
 * import { pluginRulebookProvider } from "@motcua/conformance";
 * import { national } from "@motcua/national";
 * import { haTinh } from "@motcua/province-ha-tinh";
 * import { sliceOf } from "@motcua/plugin-sdk";
 * const rb = pluginRulebookProvider([national, haTinh]).resolve(["national", "ha-tinh"]);
 * sliceOf(rb.inputsAt("2021-06-01").rulebook, "staffing").minimumWorkload?.value; // { min: 15, max: 20 } (Kế hoạch 41/KH-UBND)
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
