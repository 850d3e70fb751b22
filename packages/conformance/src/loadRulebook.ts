/**
 * Loading the rulebook a run names (`--rulebook national,ha-tinh`): each known plugin's package
 * is imported on demand, with the conformance cases it ships.
 *
 * @module
 */
import { MotcuaError } from "@motcua/core";
import { national } from "@motcua/national";
import type { Plugin } from "@motcua/plugin-sdk";
import { Effect } from "effect";
import { suggest } from "./internal/closest";
import { KNOWN_PLUGINS, knownPlugin, knownPluginNames } from "./knownPlugins";
import { CONFORMANCE_PLUGIN_NOT_INSTALLED, importPlugin, type LoadedPlugins } from "./loadPluginProvider";
import { pluginRulebookProvider } from "./pluginRulebookProvider";
import { CONFORMANCE_UNKNOWN_RULEBOOK } from "./Rulebook";

const unknownName = (name: string): MotcuaError => {
  const known = knownPluginNames();
  const guess = suggest(name, known);
  return new MotcuaError({
    code: CONFORMANCE_UNKNOWN_RULEBOOK,
    vi: `Không biết bộ quy tắc "${name}" (${guess === undefined ? `đã biết: ${known.join(", ")}` : `có phải "${guess}"?`}; plugin khác: dùng --plugin)`,
    en: `Unknown rulebook "${name}" (${guess === undefined ? `known: ${known.join(", ")}` : `did you mean "${guess}"?`}; for another plugin use --plugin)`,
    path: ["rulebook"],
    data: { id: name, known, ...(guess === undefined ? {} : { suggestion: guess }) },
  });
};

/**
 * Loads the plugins a rulebook names (ids, short ids or package names of {@link KNOWN_PLUGINS}),
 * importing each province package on demand, and returns the provider, the rulebook (as given)
 * and the cases the province packages ship (their `conformanceCases`). An unknown name is
 * {@link CONFORMANCE_UNKNOWN_RULEBOOK} with a "did you mean"; a known plugin whose package is not
 * installed is `CONFORMANCE_PLUGIN_NOT_INSTALLED` with the install line.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { loadRulebook } from "@motcua/conformance";
 * const { provider, cases } = await Effect.runPromise(loadRulebook(["national", "ha-tinh"], process.cwd()));
 * provider.canonicalId?.("ha-tinh"); // "province-ha-tinh"
 * cases.length; // 1 (the package's cases/ folder)
 * ```
 * @since 0.2.0
 * @category Rulebooks
 */
export const loadRulebook = (
  names: ReadonlyArray<string>,
  cwd: string,
): Effect.Effect<LoadedPlugins, MotcuaError> =>
  Effect.gen(function* () {
    const plugins: Plugin[] = [national];
    const cases: string[] = [];
    const seen = new Set<string>(["national"]);
    for (const name of names) {
      const known = knownPlugin(name);
      if (known === undefined) return yield* Effect.fail(unknownName(name));
      if (seen.has(known.id)) continue;
      seen.add(known.id);
      const loaded = yield* importPlugin(known.packageName, cwd, { isolate: false });
      plugins.push(loaded.plugin);
      cases.push(...loaded.cases);
    }
    return { provider: pluginRulebookProvider(plugins), rulebook: [...names], cases, plugins };
  });

/**
 * Every known plugin whose package is installed, with the cases they ship: what a run without
 * `--rulebook` uses, so case files may name any of them.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { loadInstalledPlugins } from "@motcua/conformance";
 * const { provider } = await Effect.runPromise(loadInstalledPlugins(process.cwd()));
 * provider.knownIds.includes("national"); // true
 * ```
 * @since 0.2.0
 * @category Rulebooks
 */
export const loadInstalledPlugins = (cwd: string): Effect.Effect<LoadedPlugins, MotcuaError> =>
  Effect.gen(function* () {
    const plugins: Plugin[] = [national];
    const cases: string[] = [];
    for (const known of KNOWN_PLUGINS.filter((p) => p.id !== "national")) {
      const loaded = yield* Effect.result(importPlugin(known.packageName, cwd, { isolate: false }));
      if (loaded._tag === "Failure") {
        if (loaded.failure.code === CONFORMANCE_PLUGIN_NOT_INSTALLED) continue;
        return yield* Effect.fail(loaded.failure);
      }
      plugins.push(loaded.success.plugin);
      cases.push(...loaded.success.cases);
    }
    return { provider: pluginRulebookProvider(plugins), rulebook: ["national"], cases, plugins };
  });
