/**
 * The conformance runner, an Effect program: load and validate the cases, resolve each case's
 * rulebook, run the checks concurrently, judge every case and collect typed results.
 *
 * @module
 */
import type { MotcuaError } from "@motcua/core";
import { Effect } from "effect";
import { LAYERS, SUITE_VERSION, type Layer } from "./CaseFile";
import type { CheckRegistry } from "./Check";
import { loadCases } from "./loadCases";
import type { LoadedCase } from "./parseCaseFile";
import { runCase, type CaseResult, type CaseStatus } from "./runCase";
import { toMotcuaError } from "./internal/toMotcuaError";
import { CONFORMANCE_UNKNOWN_RULEBOOK, type PluginInfo, type RulebookProvider } from "./Rulebook";
import { CONFORMANCE_VERSION } from "./version";

/**
 * What to run.
 *
 * @since 0.1.0
 * @category Running
 */
export interface RunOptions {
  /** Case files or folders. */
  readonly cases: ReadonlyArray<string>;
  /** The checks cases may call. */
  readonly checks: CheckRegistry;
  /** Resolves plugin ids to rulebooks. */
  readonly provider: RulebookProvider;
  /**
   * The rulebook under test (plugin ids in order). When given, `law` and `practice` cases run
   * against it instead of their own `rulebook` (except `overridable` cases, which keep theirs, and
   * cases dated after a plugin's jurisdiction ended, which are skipped); `province` cases run only
   * when every plugin they name is in it. When absent, each case runs against its own `rulebook`.
   */
  readonly rulebook?: ReadonlyArray<string>;
  /** Only these layers (default all). */
  readonly layers?: ReadonlyArray<Layer>;
  /** How many cases run at once (default 8). */
  readonly concurrency?: number;
  /** Version of the plugin SDK the plugins were built with, for the results file. */
  readonly sdkVersion?: string;
  /** Clock for per-case durations (default `performance.now`). */
  readonly now?: () => number;
}

/**
 * Pass / fail / skip counts.
 *
 * @since 0.1.0
 * @category Results
 */
export interface Counts {
  /** Cases that passed. */
  readonly passed: number;
  /** Cases that failed. */
  readonly failed: number;
  /** Cases skipped (with a reason). */
  readonly skipped: number;
  /** All cases run or skipped. */
  readonly total: number;
}

/**
 * The results file of a run (the `json` reporter writes exactly this).
 *
 * @since 0.1.0
 * @category Results
 */
export interface RunResults {
  /** Case format version. */
  readonly suite: typeof SUITE_VERSION;
  /** The runner that judged. */
  readonly runner: { readonly name: "@motcua/conformance"; readonly version: string };
  /** Plugin SDK version the plugins were built with. */
  readonly sdkVersion: string;
  /** The plugin under test: the last of the rulebook under test (`national` for the baseline). */
  readonly plugin: PluginInfo;
  /** Every plugin composed in the rulebook under test. */
  readonly plugins: ReadonlyArray<PluginInfo>;
  /** The rulebook override, or `null` when each case used its own. */
  readonly rulebook: ReadonlyArray<string> | null;
  /** Layers selected. */
  readonly layers: ReadonlyArray<Layer>;
  /** `sha256:<hex>` of the case set (file names and contents). */
  readonly caseSetHash: string;
  /** Number of case files read. */
  readonly files: number;
  /** Cases present but not selected (other layers, or province cases for another rulebook). */
  readonly notSelected: number;
  /** Totals. */
  readonly counts: Counts;
  /** Totals per layer. */
  readonly countsByLayer: Readonly<Record<Layer, Counts>>;
  /** Every case, in file order. */
  readonly cases: ReadonlyArray<CaseResult>;
}

/**
 * Counts statuses.
 *
 * @example
 * ```ts
 * import { countResults } from "@motcua/conformance";
 * countResults([{ status: "passed" }, { status: "failed" }]); // { passed: 1, failed: 1, skipped: 0, total: 2 }
 * ```
 * @since 0.1.0
 * @category Results
 */
export function countResults(results: ReadonlyArray<{ readonly status: CaseStatus }>): Counts {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const r of results) {
    if (r.status === "passed") passed++;
    else if (r.status === "failed") failed++;
    else skipped++;
  }
  return { passed, failed, skipped, total: passed + failed + skipped };
}

const applies = (loaded: LoadedCase, override: ReadonlyArray<string> | undefined): boolean =>
  override === undefined ||
  loaded.case.layer !== "province" ||
  loaded.case.rulebook.every((id) => override.includes(id));

/**
 * Runs a conformance suite and returns its results. Fails only when the cases cannot be read or
 * are invalid (code `CONFORMANCE_CASE_INVALID`, every issue in `data.issues`), or when the
 * rulebook under test cannot be resolved; a failing case is a result, not a failure.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { runConformance, builtinChecks, nationalRulebookProvider, nationalCasesDir } from "@motcua/conformance";
 * const results = await Effect.runPromise(
 *   runConformance({ cases: [nationalCasesDir()], checks: builtinChecks, provider: nationalRulebookProvider() }),
 * );
 * console.log(results.counts); // { passed: …, failed: 0, skipped: …, total: … }
 * ```
 * @since 0.1.0
 * @category Running
 */
export const runConformance = (options: RunOptions): Effect.Effect<RunResults, MotcuaError> =>
  Effect.gen(function* () {
    const { provider, checks } = options;
    const override = options.rulebook;
    const underTest = override ?? ["national"];
    const base = yield* Effect.try({
      try: () => provider.resolve(underTest),
      catch: (e) =>
        toMotcuaError(
          e,
          CONFORMANCE_UNKNOWN_RULEBOOK,
          `Rulebook [${underTest.join(", ")}] could not be resolved`,
          `Không dựng được bộ quy tắc [${underTest.join(", ")}]`,
        ),
    });
    const set = yield* loadCases(options.cases, { checks, knownRulebooks: provider.knownIds });
    const layers = options.layers ?? LAYERS;
    const selected = set.cases.filter((c) => layers.includes(c.case.layer) && applies(c, override));
    const now = options.now ?? (() => performance.now());
    const results = yield* Effect.forEach(
      selected,
      (loaded) =>
        Effect.sync(() => {
          const ids =
            override === undefined || loaded.case.overridable === true ? loaded.case.rulebook : override;
          return runCase(loaded, checks, { ids, resolved: () => provider.resolve(ids) }, now);
        }),
      { concurrency: options.concurrency ?? 8 },
    );
    const byLayer = Object.fromEntries(
      LAYERS.map((layer) => [layer, countResults(results.filter((r) => r.layer === layer))]),
    ) as Record<Layer, Counts>;
    const plugin = base.plugins.at(-1) ?? { id: underTest.join("+"), version: "unknown" };
    return {
      suite: SUITE_VERSION,
      runner: { name: "@motcua/conformance", version: CONFORMANCE_VERSION },
      sdkVersion: options.sdkVersion ?? CONFORMANCE_VERSION,
      plugin,
      plugins: base.plugins,
      rulebook: override === undefined ? null : [...override],
      layers: [...layers],
      caseSetHash: set.hash,
      files: set.files.length,
      notSelected: set.cases.length - selected.length,
      counts: countResults(results),
      countsByLayer: byLayer,
      cases: results,
    } satisfies RunResults;
  });
