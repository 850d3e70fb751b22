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
import { knownPluginNames } from "./knownPlugins";
import { loadCases } from "./loadCases";
import type { LoadedCase } from "./parseCaseFile";
import { caseBase, finishCase, runCase, type CaseResult, type CaseStatus } from "./runCase";
import { toMotcuaError } from "./internal/toMotcuaError";
import { runProblems, type RunProblem } from "./internal/runProblems";
import { CONFORMANCE_UNKNOWN_RULEBOOK, type PluginInfo, type RulebookProvider } from "./Rulebook";
import { ADAPTER_CHECK_UNSUPPORTED } from "./adapterProtocol";
import type { Target, TargetInfo } from "./target";
import { CONFORMANCE_VERSION } from "./version";

export type { RunProblem } from "./internal/runProblems";

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
  /** Only the cases this keeps (e.g. `--id`, `--grep`); applied after the layer and rulebook. @since 0.2.0 */
  readonly select?: (loaded: LoadedCase) => boolean;
  /** Stop at the first failed case (cases then run one at a time); the rest are not run. @since 0.2.0 */
  readonly bail?: boolean;
  /**
   * Ask this system, over the adapter protocol, instead of running the checks in process
   * (`--target`, see `connectTarget`). @since 0.2.0
   */
  readonly target?: Target;
  /** The run's date, recorded in the results file (default: now, as an ISO instant). @since 0.2.0 */
  readonly date?: string;
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
  /** When the run was made (ISO instant). @since 0.2.0 */
  readonly date: string;
  /** The system under test when the run went through `--target`, else `null`. @since 0.2.0 */
  readonly target: TargetInfo | null;
  /**
   * Why the run cannot count as a pass even with no failed case: nothing selected, the plugin
   * under test or a named province with no case of its own, or every such case skipped. The CLI
   * exits 1 when this is not empty. @since 0.2.0
   */
  readonly problems: ReadonlyArray<RunProblem>;
  /** Set when `bail` stopped the run: the failed case and how many were not run. @since 0.2.0 */
  readonly bailed: { readonly after: string; readonly notRun: number } | null;
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

/** Whether a case runs against the rulebook under test (province cases need all their plugins in it). */
export const appliesTo = (
  loaded: LoadedCase,
  override: ReadonlyArray<string> | undefined,
  canonical: (name: string) => string,
): boolean => {
  if (override === undefined || loaded.case.layer !== "province") return true;
  const under = new Set(override.map(canonical));
  return loaded.case.rulebook.every((id) => under.has(canonical(id)));
};

async function runOnTarget(
  loaded: LoadedCase,
  checks: CheckRegistry,
  ids: ReadonlyArray<string>,
  own: boolean,
  target: Target,
  now: () => number,
): Promise<CaseResult> {
  const c = loaded.case;
  const base = caseBase(loaded, ids);
  if (c.skip !== undefined) return { ...base, status: "skipped", message: c.skip.reason, durationMs: 0 };
  if (!checks.has(c.check))
    return { ...base, status: "failed", message: `unknown check "${c.check}"`, durationMs: 0 };
  const started = now();
  const answer = await target.run(loaded, ids);
  const durationMs = Math.max(0, now() - started);
  if (answer.kind === "unsupported")
    return {
      ...base,
      status: "skipped",
      message: `the target does not implement ${c.check} (${ADAPTER_CHECK_UNSUPPORTED})`,
      durationMs,
    };
  if (answer.kind === "broken") return { ...base, status: "failed", message: answer.reason, durationMs };
  return finishCase(
    loaded,
    base,
    own,
    answer.kind === "output"
      ? { kind: "output", output: answer.output }
      : { kind: "error", error: answer.error },
    durationMs,
  );
}

/**
 * Runs a conformance suite and returns its results. Fails only when the cases cannot be read or
 * are invalid (code `CONFORMANCE_CASE_INVALID`, every issue in `data.issues`), or when the
 * rulebook under test cannot be resolved; a failing case is a result, not a failure, and a run
 * that proves nothing (no case selected, a plugin under test with no case of its own, all of them
 * skipped) says so in `problems`. Rulebook names are compared by plugin id
 * (`RulebookProvider.canonicalId`), so `ha-tinh` and `province-ha-tinh` select the same cases.
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
    // Case files may name any known plugin: those not in this run are simply not selected.
    const knownRulebooks = [...new Set([...provider.knownIds, ...knownPluginNames()])];
    const set = yield* loadCases(options.cases, { checks, knownRulebooks });
    const canonical = (name: string): string => provider.canonicalId?.(name) ?? name;
    const layers = options.layers ?? LAYERS;
    const select = options.select ?? (() => true);
    const selected = set.cases.filter(
      (c) => layers.includes(c.case.layer) && appliesTo(c, override, canonical) && select(c),
    );
    const now = options.now ?? (() => performance.now());
    const sameIds = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean =>
      a.length === b.length && a.every((id, i) => canonical(id) === canonical(b[i] ?? ""));
    let bailedAfter: string | undefined;
    const target = options.target;
    const results = (yield* Effect.forEach(
      selected,
      (loaded) =>
        Effect.suspend(() => {
          if (bailedAfter !== undefined) return Effect.succeed(undefined);
          const ids =
            override === undefined || loaded.case.overridable === true ? loaded.case.rulebook : override;
          const own = sameIds(ids, loaded.case.rulebook);
          const result: Effect.Effect<CaseResult> =
            target === undefined
              ? Effect.sync(() =>
                  runCase(loaded, checks, { ids, own, resolved: () => provider.resolve(ids) }, now),
                )
              : Effect.promise(() => runOnTarget(loaded, checks, ids, own, target, now));
          return Effect.map(result, (r) => {
            if (options.bail === true && r.status === "failed" && bailedAfter === undefined)
              bailedAfter = r.id;
            return r;
          });
        }),
      { concurrency: options.bail === true ? 1 : (options.concurrency ?? 8) },
    )).filter((r): r is CaseResult => r !== undefined);
    const problems = runProblems({
      selected,
      results,
      underTest: override === undefined ? undefined : override.map(canonical),
      national: canonical("national"),
      canonical,
    });
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
      // eslint-disable-next-line no-restricted-syntax -- the run's date goes into the results file; no rule reads it
      date: options.date ?? new Date().toISOString(),
      target: target?.info ?? null,
      problems,
      bailed:
        bailedAfter === undefined ? null : { after: bailedAfter, notRun: selected.length - results.length },
    } satisfies RunResults;
  });
