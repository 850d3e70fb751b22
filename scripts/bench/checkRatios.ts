/**
 * The regression check behind `pnpm bench --check`: a pure function from the committed baseline
 * and a run's results to the ratios that fell too far. Ratios (ours ÷ the named alternative, both
 * measured in the same process) are compared, never absolute times: the machines are shared.
 */

/** Ratios per bench file (path relative to the repo root), each `ratio name → value`. */
export type RatiosByBench = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** `bench/baseline.json`: the ratios a run must keep, and the tolerated fall. */
export interface Baseline {
  /** Allowed relative fall below a baseline ratio, e.g. 0.2 for 20 %. */
  readonly tolerance: number;
  readonly ratios: RatiosByBench;
}

/** One ratio that fails the check. */
export interface RatioFailure {
  readonly bench: string;
  readonly ratio: string;
  readonly baseline: number;
  /** `undefined` when the bench ran but did not report this ratio. */
  readonly measured: number | undefined;
  readonly message: string;
}

const times = (x: number): string => `${x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2)}×`;

/**
 * Compares a run's ratios with the baseline. A ratio fails when it is more than `tolerance` below
 * its baseline, or when its bench ran and did not report it. Benches absent from `results` (not
 * selected by the run's filter) are not judged; ratios absent from the baseline are new and pass.
 */
export function checkRatios(baseline: Baseline, results: RatiosByBench): RatioFailure[] {
  const failures: RatioFailure[] = [];
  const floor = 1 - baseline.tolerance;
  for (const [bench, expected] of Object.entries(baseline.ratios)) {
    const measured = results[bench];
    if (measured === undefined) continue;
    for (const [ratio, base] of Object.entries(expected)) {
      const value = measured[ratio];
      if (value === undefined || !Number.isFinite(value)) {
        failures.push({
          bench,
          ratio,
          baseline: base,
          measured: undefined,
          message: `${bench} › ${ratio}: not measured in this run (baseline ${times(base)})`,
        });
        continue;
      }
      if (value >= base * floor) continue;
      const fall = ((1 - value / base) * 100).toFixed(0);
      failures.push({
        bench,
        ratio,
        baseline: base,
        measured: value,
        message:
          `${bench} › ${ratio}: ${times(value)} is ${fall} % below the baseline ${times(base)} ` +
          `(allowed: ${(baseline.tolerance * 100).toFixed(0)} %, floor ${times(base * floor)})`,
      });
    }
  }
  return failures;
}
