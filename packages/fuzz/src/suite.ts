/**
 * The vitest side of the suite: one test per public function, asserting no uncoded throw, no
 * uncoded `Result` error, no mutated input and no call over the hang bound. Findings still open are
 * listed in `KNOWN_FINDINGS` (with docs/fuzz.md): a finding of a kind not listed for that function
 * fails the test; a listed kind that no longer occurs is printed, so the entry can be removed.
 */
import { afterAll, expect, it } from "vitest";
import { KNOWN_FINDINGS } from "./known";
import { HANG_MS, runsFromEnv, runTarget, type TargetStats } from "./run";
import { targetsOf, type PackageName } from "./targets";

export function fuzzPackage(pkg: PackageName): void {
  const runs = runsFromEnv();
  const stats: TargetStats[] = [];
  for (const target of targetsOf(pkg)) {
    it(`${target.name}: ${runs.toLocaleString("en-US")} inputs, only coded errors, no mutation, no hang`, () => {
      const s = runTarget(target, runs);
      stats.push(s);
      const known: ReadonlyArray<string> = KNOWN_FINDINGS[target.name] ?? [];
      const unexpected = s.findings.filter((f) => !known.includes(f.kind));
      expect(unexpected.slice(0, 3), `new findings of ${target.name}`).toEqual([]);
      const gone = known.filter((k) => !s.findings.some((f) => f.kind === k));
      if (gone.length > 0)
        console.log(`fuzz: ${target.name} no longer shows ${gone.join(", ")}: remove it from src/known.ts`);
      expect(s.values + s.codedErrors + s.findings.length).toBeGreaterThan(0);
    }, 300_000);
  }
  afterAll(() => {
    const calls = stats.reduce((n, s) => n + s.runs, 0);
    const slowest = stats.reduce((m, s) => Math.max(m, s.maxCallMs), 0);
    const findings = stats.reduce((n, s) => n + s.findings.length, 0);
    console.log(
      `fuzz @motcua/${pkg}: ${stats.length} functions, ${calls.toLocaleString("en-US")} inputs, ` +
        `${findings} findings (ledger: ${stats.filter((s) => KNOWN_FINDINGS[s.target] !== undefined).length} functions), ` +
        `slowest call ${slowest.toFixed(0)} ms (hang bound ${HANG_MS.toLocaleString("en-US")} ms)`,
    );
  });
}
