/**
 * Loading plugin modules named on the command line (`--plugin ./my-plugin.js`,
 * `--plugin @motcua/province-ha-tinh`) into a {@link RulebookProvider}.
 *
 * @module
 */
import { pathToFileURL } from "node:url";
import { isAbsolute, resolve } from "node:path";
import { MotcuaError } from "@motcua/core";
import { Effect } from "effect";
import type { RulebookProvider } from "./Rulebook";

/** Code for a plugin module that cannot be imported or exports no plugin. */
export const CONFORMANCE_PLUGIN_LOAD = "CONFORMANCE_PLUGIN_LOAD";

/**
 * A provider built from plugin modules, and the rulebook under test.
 *
 * @since 0.1.0
 * @category Rulebooks
 */
export interface LoadedPlugins {
  /** Resolves `national` and the loaded plugins' ids. */
  readonly provider: RulebookProvider;
  /** `national` followed by the loaded plugins' ids, in order. */
  readonly rulebook: ReadonlyArray<string>;
  /** The plugin SDK version the plugins declare, when known. */
  readonly sdkVersion?: string;
}

const looksLikePath = (spec: string): boolean =>
  spec.startsWith(".") || spec.startsWith("/") || isAbsolute(spec) || /\.[cm]?[jt]s$/.test(spec);

/**
 * Imports a plugin module (a path, resolved against `cwd`, or a package name) and returns the
 * plugin it exports as `default` or as `plugin`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { importPlugin } from "@motcua/conformance";
 * // const plugin = await Effect.runPromise(importPlugin("./dist/index.js", process.cwd()));
 * ```
 * @since 0.1.0
 * @category Rulebooks
 */
export const importPlugin = (spec: string, cwd: string): Effect.Effect<unknown, MotcuaError> =>
  Effect.tryPromise({
    try: async () => {
      const target = looksLikePath(spec) ? pathToFileURL(resolve(cwd, spec)).href : spec;
      const mod = (await import(target)) as Record<string, unknown>;
      const plugin = mod["default"] ?? mod["plugin"];
      if (typeof plugin !== "object" || plugin === null)
        throw new Error("the module exports no plugin (default or `plugin`)");
      return plugin;
    },
    catch: (cause) =>
      new MotcuaError({
        code: CONFORMANCE_PLUGIN_LOAD,
        vi: `Không nạp được plugin "${spec}"`,
        en: `Cannot load plugin "${spec}": ${cause instanceof Error ? cause.message : String(cause)}`,
        path: ["plugin"],
        data: { spec },
        cause,
      }),
  });

/**
 * Loads plugin modules and builds a provider for `national` + those plugins.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { loadPluginProvider } from "@motcua/conformance";
 * // const { provider, rulebook } = await Effect.runPromise(loadPluginProvider(["./plugin.js"], process.cwd()));
 * ```
 * @since 0.1.0
 * @category Rulebooks
 */
export const loadPluginProvider = (
  specs: ReadonlyArray<string>,
  cwd: string,
): Effect.Effect<LoadedPlugins, MotcuaError> =>
  Effect.flatMap(
    Effect.forEach(specs, (spec) => importPlugin(spec, cwd)),
    () =>
      Effect.fail(
        new MotcuaError({
          code: CONFORMANCE_PLUGIN_LOAD,
          vi: "Chưa hỗ trợ nạp plugin khi chưa có @motcua/plugin-sdk",
          en: "Loading plugins needs @motcua/plugin-sdk's composeRulebook, not available yet",
          path: ["plugin"],
        }),
      ),
  );
