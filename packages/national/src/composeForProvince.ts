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
  readonly asOf: CivilDate | InstantInput | Date;
  /** The province plugins known to the caller (e.g. `@motcua/province-*`); the others have no rules. */
  readonly plugins?: ReadonlyArray<Plugin>;
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

/** The rule-less plugin of a registry province: its jurisdiction, legal basis and succession. */
function registryPlugin(slug: string): Plugin {
  let plugin = registry.get(slug);
  if (plugin !== undefined) return plugin;
  const gone = ended.get(slug);
  plugin = definePlugin({
    id: `province-${slug}`,
    name: nameOf(slug),
    version: "0.2.0",
    jurisdiction: { level: "province", province: slug },
    legalBasis: [
      {
        ...PROVINCES_2025_SOURCE,
        note: `No province rules of ${nameOf(slug)} are known to motcua: the national baseline applies. ${PROVINCES_2025_SOURCE.note ?? ""}`,
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
  registry.set(slug, plugin);
  return plugin;
}

const dateOf = (asOf: unknown): CivilDate => {
  if (typeof asOf === "string" && tryParseCivilDate(asOf) !== undefined) return asOf;
  const ms = tryParseInstant(asOf instanceof Date ? asOf.getTime() : asOf);
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
 * error. Throws {@link NATIONAL_UNKNOWN_PROVINCE} (with the closest slug) for a slug not in the
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
  const pluginFor = (s: string): Plugin =>
    known.find((p) => p.jurisdiction.level === "province" && p.jurisdiction.province === s) ??
    registryPlugin(s);
  const successor = ended.get(slug)?.successor;
  const own = pluginFor(slug);
  // After the merger, the former province's plugin comes along only to record the succession.
  const chain =
    successor === undefined || date <= PROVINCES_1997_TO
      ? [own]
      : own.succession === undefined
        ? [pluginFor(successor)]
        : [own, pluginFor(successor)];
  return composeRulebook([national, ...chain], { asOf: date });
}
