/**
 * Rulebooks per request: a selector (`{ province, asOf }` or plugin ids) resolved through the
 * conformance package's plugin provider, the same one `motcua-conformance` runs cases with, and
 * kept in a bounded least-recently-used cache.
 *
 * @module
 */
import {
  pluginAliases,
  pluginRulebookProvider,
  provinceRulebook,
  type ResolvedRulebook,
} from "@motcua/conformance";
import {
  closestMatch,
  fromDayNumber,
  MotcuaError,
  tryParseCivilDate,
  tryParseInstant,
  vietnamDayNumber,
} from "@motcua/core";
import { PROVINCES_2025, PROVINCES_BEFORE_2025 } from "@motcua/national";
import type { Plugin } from "@motcua/plugin-sdk";
import { SERVER_PLUGINS } from "./plugins";
import type { RulebookSelector } from "./schemas";

/**
 * Code for a `province` that is neither a province of Vietnam (of either era, 63 until 30/6/2025
 * and 34 from 1/7/2025) nor a registered province plugin (path `["rulebook", "province"]`).
 *
 * @example
 * ```ts
 * import { SERVER_UNKNOWN_PROVINCE } from "@motcua/server";
 * SERVER_UNKNOWN_PROVINCE; // "SERVER_UNKNOWN_PROVINCE"
 * ```
 * @since 0.2.0
 * @category Rulebooks
 */
export const SERVER_UNKNOWN_PROVINCE = "SERVER_UNKNOWN_PROVINCE";

/**
 * Options of {@link makeRulebookCache}.
 *
 * @since 0.2.0
 * @category Rulebooks
 */
export interface RulebookCacheOptions {
  /** The plugins to compose (default: every registered plugin of `@motcua/conformance`). */
  readonly plugins?: ReadonlyArray<Plugin>;
  /** How many composed rulebooks are kept (default 32). */
  readonly max?: number;
  /**
   * A composed rulebook memoises the rules in force per date and a calendar per set of office
   * sessions; once it has been asked for more distinct dates than this (default 4,096) it is
   * composed afresh, which bounds that memory against requests spread over many dates.
   */
  readonly maxDates?: number;
  /** The same bound for distinct office-session sets (default 64). */
  readonly maxSessionSets?: number;
}

/**
 * A bounded cache of composed rulebooks.
 *
 * @since 0.2.0
 * @category Rulebooks
 */
export interface RulebookCache {
  /** Every plugin name accepted in id lists (ids and province slugs). */
  readonly knownIds: ReadonlyArray<string>;
  /** The province rulebooks offered, as comma-joined id lists (`national`, `national,ha-tinh`, …). */
  readonly rulebooks: ReadonlyArray<string>;
  /**
   * Every province a `{ province }` selector accepts: the slugs of the 63 provinces until
   * 30/6/2025 and of the 34 from 1/7/2025, and the registered province plugins' ids and slugs.
   *
   * @since 0.3.0
   */
  readonly provinces: ReadonlyArray<string>;
  /**
   * The ids a selector stands for: the plugin ids of an id list, `[baseline, slug]` for a
   * province. Throws a coded `MotcuaError` for an unknown province.
   */
  readonly idsOf: (selector: RulebookSelector | undefined) => ReadonlyArray<string>;
  /** The composed rulebook of plugin ids (cached). Throws `CONFORMANCE_UNKNOWN_RULEBOOK`. */
  readonly resolve: (ids: ReadonlyArray<string>) => ResolvedRulebook;
  /**
   * The rulebook of a selector. Plugin ids compose exactly those plugins; a `{ province }`
   * composes an office of that province as of each date asked (`provinceRulebook` of
   * `@motcua/conformance`: a province without a plugin gets the national baseline, a former
   * province after 30/6/2025 its successor). With `asOf`, also checks the rulebook can be composed
   * then (`COMPOSE_*` errors, path `["rulebook", "asOf"]`).
   */
  readonly select: (selector: RulebookSelector | undefined) => ResolvedRulebook;
  /** Cache statistics. */
  readonly stats: () => { readonly size: number; readonly hits: number; readonly misses: number };
}

interface Entry {
  readonly rulebook: ResolvedRulebook;
  readonly dates: Set<string>;
  readonly sessions: Set<string>;
}

/** The key the rulebook memoises rules under: the Vietnamese civil date of a date or instant. */
const dateKey = (asOf: unknown): string => {
  if (typeof asOf === "string" && tryParseCivilDate(asOf) !== undefined) return asOf;
  const ms = tryParseInstant(asOf);
  return ms === undefined ? String(asOf) : fromDayNumber(vietnamDayNumber(ms));
};

/** The rulebook, counting the distinct dates and session sets it is asked for. */
const tracked = (rulebook: ResolvedRulebook, entry: Omit<Entry, "rulebook">): ResolvedRulebook => ({
  ids: rulebook.ids,
  plugins: rulebook.plugins,
  inputsAt: (asOf) => {
    entry.dates.add(dateKey(asOf));
    return rulebook.inputsAt(asOf);
  },
  calendarAt: (at, sessions) => {
    entry.dates.add(dateKey(at));
    if (sessions !== undefined) entry.sessions.add(JSON.stringify(sessions));
    return rulebook.calendarAt(at, sessions);
  },
  ...(rulebook.forProvince === undefined ? {} : { forProvince: rulebook.forProvince }),
});

/**
 * A rulebook cache over the registered plugins. Each miss composes through a fresh
 * `pluginRulebookProvider(plugins)`, so an evicted (or retired) rulebook is really freed.
 *
 * @example
 * ```ts
 * import { makeRulebookCache } from "@motcua/server";
 * const cache = makeRulebookCache({ max: 8 });
 * cache.select({ province: "ha-tinh" }).ids; // ["national", "ha-tinh"]
 * cache.select(undefined).calendar.isWorkingDay("2026-02-17"); // false (Tết)
 * ```
 * @since 0.2.0
 * @category Rulebooks
 */
export function makeRulebookCache(options: RulebookCacheOptions = {}): RulebookCache {
  const plugins = options.plugins ?? SERVER_PLUGINS;
  const max = Math.max(1, options.max ?? 32);
  const maxDates = Math.max(1, options.maxDates ?? 4096);
  const maxSessionSets = Math.max(1, options.maxSessionSets ?? 64);
  const validator = pluginRulebookProvider(plugins);
  const knownIds = validator.knownIds;
  const provinces = new Map<string, string>();
  for (const p of plugins) {
    if (p.jurisdiction.level !== "province") continue;
    for (const alias of pluginAliases(p)) provinces.set(alias, pluginAliases(p).at(-1) as string);
  }
  const baseline = plugins.find((p) => p.jurisdiction.level === "national")?.id ?? "national";
  const rulebooks = [baseline, ...new Set([...provinces.values()].map((slug) => `${baseline},${slug}`))];
  const accepted = new Set([
    ...PROVINCES_2025.map((x) => x.slug),
    ...PROVINCES_BEFORE_2025.map((x) => x.slug),
  ]);
  for (const alias of provinces.keys()) accepted.add(alias);
  const cache = new Map<string, Entry>();
  let hits = 0;
  let misses = 0;

  /** The cached rulebook under `key`, composed by `make` on a miss (or once it tracked too much). */
  const cached = (key: string, make: () => ResolvedRulebook): ResolvedRulebook => {
    const found = cache.get(key);
    if (found !== undefined && found.dates.size <= maxDates && found.sessions.size <= maxSessionSets) {
      hits++;
      cache.delete(key);
      cache.set(key, found);
      return found.rulebook;
    }
    misses++;
    const counts = { dates: new Set<string>(), sessions: new Set<string>() };
    const rulebook = tracked(make(), counts);
    cache.delete(key);
    cache.set(key, { rulebook, ...counts });
    while (cache.size > max) cache.delete(cache.keys().next().value as string);
    return rulebook;
  };

  const resolve = (ids: ReadonlyArray<string>): ResolvedRulebook => {
    // An unknown id: the provider's own error (with its "did you mean"), and nothing is cached.
    for (const id of ids) if (!knownIds.includes(id)) return validator.resolve(ids);
    return cached(ids.join(","), () => pluginRulebookProvider(plugins).resolve(ids));
  };

  /** The province slug of a `{ province }` selector, or `undefined` for the national baseline. */
  const provinceOf = (selector: RulebookSelector | undefined): string | undefined => {
    if (selector === undefined || Array.isArray(selector)) return undefined;
    const province = selector.province;
    if (province === undefined || province === baseline) return undefined;
    if (!accepted.has(province)) {
      const hint = closestMatch(province, [...accepted]);
      throw new MotcuaError({
        code: SERVER_UNKNOWN_PROVINCE,
        vi: `Không có tỉnh "${province}"${hint === undefined ? "" : ` (có phải "${hint}"?)`}; nhận slug của 63 tỉnh đến 30/6/2025 và 34 tỉnh từ 1/7/2025`,
        en: `No province "${province}"${hint === undefined ? "" : ` (did you mean "${hint}"?)`}; the slugs of the 63 provinces until 30/6/2025 and the 34 from 1/7/2025 are accepted`,
        path: ["rulebook", "province"],
        data: { province, ...(hint === undefined ? {} : { suggestion: hint }) },
      });
    }
    return provinces.get(province) ?? province;
  };

  const idsOf = (selector: RulebookSelector | undefined): ReadonlyArray<string> => {
    if (Array.isArray(selector)) return selector;
    const slug = provinceOf(selector);
    return slug === undefined ? [baseline] : [baseline, slug];
  };

  const rulebookOf = (selector: RulebookSelector | undefined): ResolvedRulebook => {
    if (Array.isArray(selector)) return resolve(selector);
    const slug = provinceOf(selector);
    if (slug === undefined) return resolve([baseline]);
    return cached(`province:${slug}`, () => provinceRulebook(slug, plugins));
  };

  return {
    knownIds,
    rulebooks,
    provinces: [...accepted].sort(),
    idsOf,
    resolve,
    select: (selector) => {
      const rulebook = rulebookOf(selector);
      if (selector !== undefined && !Array.isArray(selector) && selector.asOf !== undefined) {
        try {
          rulebook.inputsAt(selector.asOf);
        } catch (error) {
          if (error instanceof MotcuaError)
            throw new MotcuaError({
              code: error.code,
              vi: error.vi,
              en: error.en,
              path: ["rulebook", "asOf"],
              data: error.data,
            });
          throw error;
        }
      }
      return rulebook;
    },
    stats: () => ({ size: cache.size, hits, misses }),
  };
}
