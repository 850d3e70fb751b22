/**
 * The rulebook of an office of a province, whatever the date: `composeForProvince` of
 * `@motcua/national` as of each date a check asks about, so one selector serves dossiers on both
 * sides of the 1/7/2025 mergers.
 *
 * @module
 */
import { composeForProvince } from "@motcua/national";
import type { Plugin } from "@motcua/plugin-sdk";
import { composedRulebook } from "./internal/composedRulebook";
import type { ResolvedRulebook } from "./Rulebook";
import { pluginAliases } from "./pluginRulebookProvider";

/**
 * The rulebook of an office of `province` (a slug of either era, or a province plugin's id),
 * composed per date with `composeForProvince` over `plugins` (the national baseline and the known
 * province plugins): a province with no known plugin gets the national baseline and the statement
 * that no province rules are known; an office of a province merged on 1/7/2025 gets its own
 * plugin before that day and its successor's rulebook after (a former Vĩnh Phúc office in 2026
 * composes as Phú Thọ). Throws `NATIONAL_UNKNOWN_PROVINCE` (with the closest slug) for a slug
 * the registry of provinces does not know.
 *
 * @example
 * ```ts
 * import { provinceRulebook } from "@motcua/conformance";
 * import { national } from "@motcua/national";
 * import { vinhPhuc } from "@motcua/province-vinh-phuc";
 * const rb = provinceRulebook("vinh-phuc", [national, vinhPhuc]);
 * rb.inputsAt("2026-03-02").rulebook.jurisdiction; // { level: "province", province: "phu-tho" }
 * rb.inputsAt("2025-05-01").rulebook.jurisdiction; // { level: "province", province: "vinh-phuc" }
 * ```
 * @since 0.2.0
 * @category Rulebooks
 */
export function provinceRulebook(province: string, plugins: ReadonlyArray<Plugin>): ResolvedRulebook {
  const baseline = plugins.find((p) => p.jurisdiction.level === "national");
  const provinces = plugins.filter((p) => p.jurisdiction.level === "province");
  const own = provinces.find((p) => pluginAliases(p).includes(province));
  const slug = own?.jurisdiction.level === "province" ? own.jurisdiction.province : province;
  const starts = [baseline, own].flatMap((p) =>
    p?.validity.validFrom === undefined ? [] : [p.validity.validFrom],
  );
  return composedRulebook({
    ids: [baseline?.id ?? "national", slug],
    plugins: [baseline, own].flatMap((p) => (p === undefined ? [] : [{ id: p.id, version: p.version }])),
    compose: (asOf) =>
      composeForProvince({
        province: slug,
        asOf,
        plugins: provinces,
        ...(baseline === undefined ? {} : { baseline }),
      }),
    anyDate: starts.sort().at(-1) ?? "2000-01-03",
    forProvince: (other, asOf) =>
      composeForProvince({
        province: other,
        asOf,
        plugins: provinces,
        ...(baseline === undefined ? {} : { baseline }),
      }),
  });
}
