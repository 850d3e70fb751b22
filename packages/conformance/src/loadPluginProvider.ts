/**
 * Loading plugin modules named on the command line (`--plugin ./my-plugin.js`,
 * `--plugin @motcua/province-ha-tinh`) into a {@link RulebookProvider}, with the conformance cases
 * the plugin ships.
 *
 * @module
 */
import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MotcuaError, isMotcuaError } from "@motcua/core";
import { national } from "@motcua/national";
import { safeLoadPlugin, type Plugin } from "@motcua/plugin-sdk";
import { Effect } from "effect";
import { probeModule } from "./internal/probeModule";
import { knownPlugin } from "./knownPlugins";
import { pluginRulebookProvider } from "./pluginRulebookProvider";
import type { RulebookProvider } from "./Rulebook";

/** Code for a plugin module that cannot be imported or exports no valid plugin. */
export const CONFORMANCE_PLUGIN_LOAD = "CONFORMANCE_PLUGIN_LOAD";

/**
 * Code for a plugin module whose top-level code did not settle within the time limit (an endless
 * `await`, an infinite loop), or ended its process.
 *
 * @since 0.2.0
 */
export const CONFORMANCE_PLUGIN_TIMEOUT = "CONFORMANCE_PLUGIN_TIMEOUT";

/**
 * Code for a plugin that loads but cannot be composed on the national baseline (for example one
 * that replaces a national holiday, which the calendar does not let a plugin change). The plugin's
 * own error code is in `data.cause`.
 *
 * @since 0.2.0
 */
export const CONFORMANCE_PLUGIN_REFUSED = "CONFORMANCE_PLUGIN_REFUSED";

/**
 * Code for a known plugin (`ha-tinh`) whose package is not installed.
 *
 * @since 0.2.0
 */
export const CONFORMANCE_PLUGIN_NOT_INSTALLED = "CONFORMANCE_PLUGIN_NOT_INSTALLED";

/**
 * How plugin modules are imported.
 *
 * @since 0.2.0
 * @category Rulebooks
 */
export interface ImportPluginOptions {
  /**
   * Import the module first in a child process, bounded by `timeoutMs`, so a module that never
   * settles or loops forever gives {@link CONFORMANCE_PLUGIN_TIMEOUT} instead of hanging the run
   * (default true; the known packages are imported directly).
   */
  readonly isolate?: boolean;
  /** Time limit of the isolated import in milliseconds (default 30,000). */
  readonly timeoutMs?: number;
}

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
  /** The plugins composed, in rulebook order (the last is the plugin under test). @since 0.2.0 */
  readonly plugins: ReadonlyArray<Plugin>;
}

const looksLikePath = (spec: string): boolean =>
  spec.startsWith(".") || spec.startsWith("/") || isAbsolute(spec) || /\.[cm]?[jt]s$/.test(spec);

/** The module URL of a spec: a path against `cwd`; a package from here, else from `cwd`. */
function moduleUrl(spec: string, cwd: string): string {
  if (looksLikePath(spec)) return pathToFileURL(resolve(cwd, spec)).href;
  try {
    return import.meta.resolve(spec);
  } catch {
    const fromCwd = createRequire(join(cwd, "noop.js")).resolve(spec);
    return pathToFileURL(fromCwd).href;
  }
}

const notInstalled = (spec: string, packageName: string, cause: unknown): MotcuaError =>
  new MotcuaError({
    code: CONFORMANCE_PLUGIN_NOT_INSTALLED,
    vi: `Chưa cài gói ${packageName} của plugin "${spec}": chạy npm install -D ${packageName}`,
    en: `The package ${packageName} of plugin "${spec}" is not installed: run npm install -D ${packageName}`,
    path: ["plugin"],
    data: { spec, packageName },
    cause,
  });

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
 * plugin ships. The name of a known plugin (`ha-tinh`) stands for its package. Unless
 * `options.isolate` is false, the module is first imported in a child process bounded by
 * `options.timeoutMs` ({@link CONFORMANCE_PLUGIN_TIMEOUT}).
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
export const importPlugin = (
  spec: string,
  cwd: string,
  options: ImportPluginOptions = {},
): Effect.Effect<LoadedPluginModule, MotcuaError> =>
  Effect.tryPromise({
    try: async () => {
      const known = looksLikePath(spec) ? undefined : knownPlugin(spec);
      const target = known?.packageName ?? spec;
      let url: string;
      try {
        url = moduleUrl(target, cwd);
      } catch (cause) {
        if (known !== undefined) throw notInstalled(spec, known.packageName, cause);
        throw loadError(spec, "the module cannot be found", "không tìm thấy mô-đun", cause);
      }
      if (options.isolate ?? known === undefined) {
        const ms = options.timeoutMs ?? 30_000;
        const probe = await probeModule(url, ms);
        if (probe.kind === "timeout" || probe.kind === "unsettled" || probe.kind === "crashed") {
          const why =
            probe.kind === "timeout"
              ? {
                  en: `its top-level code did not finish within ${ms} ms`,
                  vi: `mã cấp cao nhất chưa chạy xong sau ${ms} ms`,
                }
              : probe.kind === "unsettled"
                ? {
                    en: "its top-level await never settles",
                    vi: "lệnh await cấp cao nhất không bao giờ kết thúc",
                  }
                : {
                    en: `importing it ended the process (${probe.detail})`,
                    vi: `nạp mô-đun làm dừng tiến trình (${probe.detail})`,
                  };
          throw new MotcuaError({
            code: CONFORMANCE_PLUGIN_TIMEOUT,
            vi: `Không nạp được plugin "${spec}": ${why.vi}`,
            en: `Cannot load plugin "${spec}": ${why.en}`,
            path: ["plugin"],
            data: { spec, timeoutMs: ms, outcome: probe.kind },
          });
        }
        // A probe that threw (e.g. a TypeScript module where this process has a loader the child
        // lacks) settled in time: the import below reports the module's own error, if any.
      }
      const mod = (await import(url)) as Record<string, unknown>;
      const loaded = safeLoadPlugin(pluginExport(spec, mod));
      if (!loaded.ok) throw loaded.error;
      const listed: unknown = mod["conformanceCases"];
      const paths = typeof listed === "string" ? [listed] : Array.isArray(listed) ? listed : [];
      const cases = paths
        .filter((p): p is string => typeof p === "string")
        .map((p) => (isAbsolute(p) ? p : fileURLToPath(new URL(p, url))));
      return { plugin: loaded.value, cases };
    },
    catch: (cause) =>
      isMotcuaError(cause) &&
      [CONFORMANCE_PLUGIN_LOAD, CONFORMANCE_PLUGIN_TIMEOUT, CONFORMANCE_PLUGIN_NOT_INSTALLED].includes(
        cause.code,
      )
        ? cause
        : isMotcuaError(cause)
          ? loadError(spec, `[${cause.code}] ${cause.en}`, `[${cause.code}] ${cause.vi}`, cause)
          : loadError(
              spec,
              cause instanceof Error ? cause.message : String(cause),
              "không nhập được mô-đun",
              cause,
            ),
  });

/**
 * Loads plugin modules and builds a provider for `national` plus those, the rulebook under test
 * (`national` + the loaded plugins) and the cases the plugins ship. A spec is a file path, a
 * package name, or the name of a known plugin (`ha-tinh`, `province-ha-tinh`). Fails with
 * {@link CONFORMANCE_PLUGIN_REFUSED} when the plugins cannot be composed on the national baseline
 * (e.g. a plugin replacing a national holiday), before any case runs.
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
  options: ImportPluginOptions = {},
): Effect.Effect<LoadedPlugins, MotcuaError> =>
  Effect.flatMap(
    Effect.forEach(specs, (spec) => importPlugin(spec, cwd, options)),
    (modules) => {
      const loaded = modules.map((m) => m.plugin);
      const hasNational = loaded.some((p) => p.jurisdiction.level === "national");
      const plugins = [...(hasNational ? [] : [national]), ...loaded];
      const rulebook = plugins.map((p) => p.id);
      const provider = pluginRulebookProvider(plugins);
      return Effect.try({
        try: () => {
          provider.resolve(rulebook);
          return { provider, rulebook, cases: modules.flatMap((m) => m.cases), plugins };
        },
        catch: (cause) => refused(rulebook, cause),
      });
    },
  );

/** A composition the plugins under test cannot form, as {@link CONFORMANCE_PLUGIN_REFUSED}. */
function refused(rulebook: ReadonlyArray<string>, cause: unknown): MotcuaError {
  const inner = isMotcuaError(cause)
    ? { code: cause.code, en: cause.en, vi: cause.vi }
    : { code: "UNKNOWN", en: String(cause), vi: String(cause) };
  return new MotcuaError({
    code: CONFORMANCE_PLUGIN_REFUSED,
    vi: `Không ghép được [${rulebook.join(", ")}] trên nền quốc gia: [${inner.code}] ${inner.vi}`,
    en: `[${rulebook.join(", ")}] cannot be composed on the national baseline: [${inner.code}] ${inner.en}`,
    path: ["plugin"],
    data: { rulebook, cause: inner.code },
    cause,
  });
}
