/**
 * `composeForProvince`: the rulebook of any province of Vietnam on a date — the national baseline,
 * the province's plugin when one is known, and otherwise a statement that no province rules are
 * known. A former province's office after its merger composes as its successor.
 *
 * @module
 */
import {
  closestMatch,
  MotcuaError,
  tryParseCivilDate,
  tryParseInstant,
  vietnamDate,
  type CivilDate,
  type InstantInput,
} from "@motcua/core";
import { composeRulebook, definePlugin, type Plugin, type Rulebook } from "@motcua/plugin-sdk";
import {
  PROVINCES_1997_TO,
  PROVINCES_2025,
  PROVINCES_2025_SOURCE,
  PROVINCES_BEFORE_2025,
} from "./jurisdictions";
import { national } from "./national";

/**
 * Code of the error for a province slug the registry does not know.
 *
 * @since 0.2.0
 * @category Jurisdictions
 */
export const NATIONAL_UNKNOWN_PROVINCE = "NATIONAL_UNKNOWN_PROVINCE";

/**
 * What {@link composeForProvince} takes.
 *
 * @since 0.2.0
 * @category Jurisdictions
 */
export interface ProvinceRulebookOptions {
  /** The province's slug, of either era (`vinh-phuc`, `phu-tho`, `ha-noi`, …). */
  readonly province: string;
  /** The date the rules are judged on: a dossier's receipt (civil date, instant or `Date`). */
  readonly asOf: CivilDate | InstantInput;
  /** The province plugins known to the caller (e.g. `@motcua/province-*`); the others have no rules. */
  readonly plugins?: ReadonlyArray<Plugin>;
  /** The national baseline plugin to compose first (default: this package's `national`). */
  readonly baseline?: Plugin;
}

const slugs = new Set([...PROVINCES_2025.map((x) => x.slug), ...PROVINCES_BEFORE_2025.map((x) => x.slug)]);
const ended = new Map(
  PROVINCES_BEFORE_2025.filter((x) => x.successor !== x.slug).map((x) => [x.slug, x] as const),
);
const nameOf = (slug: string): string =>
  PROVINCES_2025.find((x) => x.slug === slug)?.name ??
  PROVINCES_BEFORE_2025.find((x) => x.slug === slug)?.name ??
  slug;

const registry = new Map<string, Plugin>();

/** The former provinces whose offices a plugin of province `slug` covers (its own by default). */
const territoryOf = (plugin: Plugin, slug: string): ReadonlyArray<string> =>
  plugin.jurisdiction.level === "province" ? (plugin.jurisdiction.territory ?? [slug]) : [slug];

/**
 * The rule-less plugin of a registry province: its jurisdiction, legal basis and succession. With
 * `former`, the province as seen from an office of that former province, which the known plugin
 * of the province does not cover (its rules were written for another territory).
 */
function registryPlugin(slug: string, former?: { readonly slug: string; readonly plugin: Plugin }): Plugin {
  const key = former === undefined ? slug : `${slug}<${former.slug}`;
  let plugin = registry.get(key);
  if (plugin !== undefined) return plugin;
  const gone = ended.get(slug);
  const not =
    former === undefined
      ? ""
      : `The rules of ${former.plugin.id}@${former.plugin.version} were written for ${territoryOf(former.plugin, slug).map(nameOf).join(", ")} and say nothing of the offices of former ${nameOf(former.slug)}. `;
  plugin = definePlugin({
    id: `province-${slug}`,
    name: former === undefined ? nameOf(slug) : `${nameOf(slug)}, offices of former ${nameOf(former.slug)}`,
    version: "0.2.0",
    jurisdiction: { level: "province", province: slug },
    legalBasis: [
      {
        ...PROVINCES_2025_SOURCE,
        note: `${not}No province rules of ${nameOf(slug)} are known to motcua${former === undefined ? "" : ` for them`}: the national baseline applies. ${PROVINCES_2025_SOURCE.note ?? ""}`,
      },
    ],
    ...(gone === undefined
      ? {}
      : {
          validity: { validTo: PROVINCES_1997_TO },
          succession: { successor: `province-${gone.successor}`, legalRef: PROVINCES_2025_SOURCE },
        }),
    rules: {},
  });
  registry.set(key, plugin);
  return plugin;
}

const dateOf = (asOf: unknown): CivilDate => {
  if (typeof asOf === "string" && tryParseCivilDate(asOf) !== undefined) return asOf;
  const ms = tryParseInstant(asOf);
  if (ms === undefined)
    throw new MotcuaError({
      code: "COMPOSE_INVALID_AS_OF",
      path: ["asOf"],
      en: "asOf must be a civil date YYYY-MM-DD or an instant (ISO with offset, epoch ms or Date)",
      vi: "asOf phải là ngày YYYY-MM-DD hoặc một thời điểm (ISO có múi giờ, epoch ms hoặc Date)",
    });
  return vietnamDate(ms);
};

/**
 * Composes the rulebook of any province on a date: the national baseline, then the province's
 * plugin from `plugins` when one is given for it, else the registry's rule-less plugin, whose
 * legal basis says that no province rules are known (and `explain` says so). A province that
 * ended on 30/6/2025 (Nghị quyết 202/2025/QH15) is followed by its successor after that day: a
 * former Vĩnh Phúc office in 2026 composes as Phú Thọ — never with Vĩnh Phúc's rules, never an
 * error. A known plugin of the successor applies to such an office only when its jurisdiction's
 * `territory` lists the former province: Đồng Tháp's plugin (written for the former Đồng Tháp)
 * does not reach an office of former Tiền Giang, which gets the national baseline, said so. Throws {@link NATIONAL_UNKNOWN_PROVINCE} (with the closest slug) for a slug not in the
 * registry, `COMPOSE_INVALID_AS_OF` for a bad date. Inputs are not modified.
 *
 * @example
 * ```ts
 * import { composeForProvince } from "@motcua/national";
 * const book = composeForProvince({ province: "vinh-phuc", asOf: "2026-03-02" });
 * book.jurisdiction; // { level: "province", province: "phu-tho" }
 * ```
 * @since 0.2.0
 * @category Jurisdictions
 */
export function composeForProvince(options: ProvinceRulebookOptions): Rulebook {
  const slug = typeof options?.province === "string" ? options.province : "";
  if (!slugs.has(slug)) {
    const hint = closestMatch(slug, [...slugs]);
    throw new MotcuaError({
      code: NATIONAL_UNKNOWN_PROVINCE,
      path: ["province"],
      en: `Unknown province "${slug}"${hint === undefined ? "" : ` (did you mean "${hint}"?)`}`,
      vi: `Không biết tỉnh "${slug}"${hint === undefined ? "" : ` (có phải "${hint}"?)`}`,
      data: { province: slug, ...(hint === undefined ? {} : { suggestion: hint }) },
    });
  }
  const date = dateOf(options.asOf);
  const known = options.plugins ?? [];
  const knownFor = (s: string): Plugin | undefined =>
    known.find((p) => p.jurisdiction.level === "province" && p.jurisdiction.province === s);
  const pluginFor = (s: string): Plugin => knownFor(s) ?? registryPlugin(s);
  /** The successor's plugin for an office of former province `from`: only if its territory covers it. */
  const successorFor = (s: string, from: string): Plugin => {
    const plugin = knownFor(s);
    if (plugin === undefined) return registryPlugin(s);
    return territoryOf(plugin, s).includes(from) ? plugin : registryPlugin(s, { slug: from, plugin });
  };
  const successor = ended.get(slug)?.successor;
  const own = pluginFor(slug);
  // After the merger, the former province's plugin comes along only to record the succession.
  const chain =
    successor === undefined || date <= PROVINCES_1997_TO
      ? [own]
      : own.succession === undefined
        ? [successorFor(successor, slug)]
        : [own, successorFor(successor, slug)];
  return composeRulebook([options.baseline ?? national, ...chain], { asOf: date });
}
