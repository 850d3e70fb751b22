/**
 * Loading plugin modules named on the command line (`--plugin ./my-plugin.js`,
 * `--plugin @motcua/province-ha-tinh`) into a {@link RulebookProvider}, with the conformance cases
 * the plugin ships.
 *
 * @module
 */
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { MotcuaError } from "@motcua/core";
import { safeLoadPlugin, type Plugin } from "@motcua/plugin-sdk";
import { Effect } from "effect";
import { pluginRulebookProvider, REGISTERED_PLUGINS } from "./pluginRulebookProvider";
import type { RulebookProvider } from "./Rulebook";

/** Code for a plugin module that cannot be imported or exports no valid plugin. */
export const CONFORMANCE_PLUGIN_LOAD = "CONFORMANCE_PLUGIN_LOAD";

/**
 * A loaded plugin module: the plugin and the case files or folders it ships.
 *
 * @since 0.1.0
 * @category Rulebooks
 */
export interface LoadedPluginModule {
  /** The validated plugin. */
  readonly plugin: Plugin;
  /** Absolute paths of the module's `conformanceCases` (a path or a list, relative to the module). */
  readonly cases: ReadonlyArray<string>;
}

/**
 * A provider built from plugin modules, the rulebook under test and the plugins' own cases.
 *
 * @since 0.1.0
 * @category Rulebooks
 */
export interface LoadedPlugins {
  /** Resolves the registered plugins and the loaded ones (a loaded plugin replaces a registered one with its id). */
  readonly provider: RulebookProvider;
  /** `national` (unless a loaded plugin is national-level) followed by the loaded plugins' ids. */
  readonly rulebook: ReadonlyArray<string>;
  /** Case files or folders the loaded plugins ship. */
  readonly cases: ReadonlyArray<string>;
}

const looksLikePath = (spec: string): boolean =>
  spec.startsWith(".") || spec.startsWith("/") || isAbsolute(spec) || /\.[cm]?[jt]s$/.test(spec);

const loadError = (spec: string, en: string, vi: string, cause?: unknown): MotcuaError =>
  new MotcuaError({
    code: CONFORMANCE_PLUGIN_LOAD,
    vi: `Không nạp được plugin "${spec}": ${vi}`,
    en: `Cannot load plugin "${spec}": ${en}`,
    path: ["plugin"],
    data: { spec },
    ...(cause === undefined ? {} : { cause }),
  });

const isPluginLike = (v: unknown): boolean =>
  typeof v === "object" && v !== null && "id" in v && "jurisdiction" in v && "rules" in v;

/** The module's plugin: `default`, `plugin`, or its only plugin-shaped export. */
function pluginExport(spec: string, mod: Record<string, unknown>): unknown {
  if (mod["default"] !== undefined && isPluginLike(mod["default"])) return mod["default"];
  if (mod["plugin"] !== undefined) return mod["plugin"];
  const found = Object.values(mod).filter(isPluginLike);
  if (found.length === 1) return found[0];
  throw loadError(
    spec,
    found.length === 0
      ? "the module exports no plugin (default, `plugin`, or one definePlugin value)"
      : "the module exports several plugins: export the one to test as default or `plugin`",
    found.length === 0 ? "mô-đun không xuất plugin nào" : "mô-đun xuất nhiều plugin",
  );
}

/**
 * Imports a plugin module (a path, resolved against `cwd`, or a package name) and validates the
 * plugin it exports (as `default`, as `plugin`, or as its only `definePlugin` value). An export
 * `conformanceCases` (a path or a list of paths, relative to the module file) names the cases the
 * plugin ships.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { importPlugin } from "@motcua/conformance";
 * // const { plugin, cases } = await Effect.runPromise(importPlugin("./dist/index.js", process.cwd()));
 * ```
 * @since 0.1.0
 * @category Rulebooks
 */
export const importPlugin = (spec: string, cwd: string): Effect.Effect<LoadedPluginModule, MotcuaError> =>
  Effect.tryPromise({
    try: async () => {
      const target = looksLikePath(spec) ? pathToFileURL(resolve(cwd, spec)).href : spec;
      const mod = (await import(target)) as Record<string, unknown>;
      const loaded = safeLoadPlugin(pluginExport(spec, mod));
      if (!loaded.ok) throw loaded.error;
      const listed: unknown = mod["conformanceCases"];
      const paths = typeof listed === "string" ? [listed] : Array.isArray(listed) ? listed : [];
      const base = looksLikePath(spec) ? pathToFileURL(resolve(cwd, spec)).href : import.meta.resolve(spec);
      const cases = paths
        .filter((p): p is string => typeof p === "string")
        .map((p) => (isAbsolute(p) ? p : new URL(p, base).pathname));
      return { plugin: loaded.value, cases };
    },
    catch: (cause) =>
      cause instanceof MotcuaError && cause.code === CONFORMANCE_PLUGIN_LOAD
        ? cause
        : cause instanceof MotcuaError
          ? loadError(spec, `[${cause.code}] ${cause.en}`, `[${cause.code}] ${cause.vi}`, cause)
          : loadError(
              spec,
              cause instanceof Error ? cause.message : String(cause),
              "không nhập được mô-đun",
              cause,
            ),
  });

/**
 * Loads plugin modules and builds a provider for the registered plugins plus those, the rulebook
 * under test (`national` + the loaded plugins) and the cases the plugins ship.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { loadPluginProvider } from "@motcua/conformance";
 * // const { provider, rulebook, cases } = await Effect.runPromise(loadPluginProvider(["@motcua/province-ha-tinh"], process.cwd()));
 * ```
 * @since 0.1.0
 * @category Rulebooks
 */
export const loadPluginProvider = (
  specs: ReadonlyArray<string>,
  cwd: string,
): Effect.Effect<LoadedPlugins, MotcuaError> =>
  Effect.map(
    Effect.forEach(specs, (spec) => importPlugin(spec, cwd)),
    (modules) => {
      const loaded = modules.map((m) => m.plugin);
      const ids = new Set(loaded.map((p) => p.id));
      const plugins = [...REGISTERED_PLUGINS.filter((p) => !ids.has(p.id)), ...loaded];
      const hasNational = loaded.some((p) => p.jurisdiction.level === "national");
      return {
        provider: pluginRulebookProvider(plugins),
        rulebook: [...(hasNational ? [] : ["national"]), ...loaded.map((p) => p.id)],
        cases: modules.flatMap((m) => m.cases),
      };
    },
  );
