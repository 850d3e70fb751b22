/**
 * `pnpm fuzz`: the long mode of the suite. Every public function gets `MOTCUA_FUZZ_RUNS` inputs
 * (default 100,000), then the time-zone check compares 2,000 inputs per function under four
 * zones (`MOTCUA_FUZZ_JOBS` child processes at a time); the figures are written to docs/fuzz.md (between the markers) and printed.
 *
 *   pnpm fuzz                          # 100,000 inputs per function
 *   MOTCUA_FUZZ_RUNS=20000 pnpm fuzz   # fewer
 *   MOTCUA_FUZZ_JOBS=2 pnpm fuzz       # the targets shared out to 2 child processes
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { KNOWN_FINDINGS } from "./src/known";
import { runsFromEnv, runTarget, HANG_MS, BASE_SEED, type TargetStats } from "./src/run";
import { report } from "./src/report";
import { jobsFromEnv, runSharded } from "./src/shard";
import { EXCLUDED, PACKAGES, targetsOf, type PackageName } from "./src/targets";
import { ZONES, zoneDifferences } from "./src/zones";

const runs = runsFromEnv(100_000);
const jobs = jobsFromEnv();
const started = performance.now();
const targets = (Object.keys(PACKAGES) as PackageName[]).flatMap((pkg) => targetsOf(pkg));
const stats: TargetStats[] =
  jobs === 1
    ? targets.map((t) => report(runTarget(t, runs)))
    : await runSharded(
        targets.map((t) => t.name),
        runs,
        jobs,
      );
const tzRuns = Math.min(runs, 2_000);
const zones = await zoneDifferences(tzRuns, jobs);
const seconds = (performance.now() - started) / 1000;

const total = stats.reduce((n, s) => n + s.runs, 0);
const withFindings = stats.filter((s) => s.findings.length > 0);
const newFindings = withFindings.filter((s) =>
  s.findings.some((f) => !(KNOWN_FINDINGS[s.target] ?? []).includes(f.kind)),
);
const slowest = [...stats].sort((a, b) => b.maxCallMs - a.maxCallMs).slice(0, 5);
const fmt = (n: number) => n.toLocaleString("en-US");
const figures = [
  `Last run: ${new Date().toISOString().slice(0, 10)}, ${fmt(runs)} inputs per function (seed ${BASE_SEED}), ${stats.length} functions, ${fmt(total)} inputs in ${seconds.toFixed(0)} s (${jobs} ${jobs === 1 ? "job" : "jobs"}).`,
  "",
  `- Functions with findings: ${withFindings.length} (${newFindings.length} not in the ledger \`src/known.ts\`).`,
  `- Calls over the ${fmt(HANG_MS)} ms hang bound: ${stats.reduce((n, s) => n + s.findings.filter((f) => f.kind === "hang").length, 0)}.`,
  `- Mutated inputs: ${stats.reduce((n, s) => n + s.findings.filter((f) => f.kind === "mutation").length, 0)}.`,
  `- Host time zones (${ZONES.join(", ")}), ${fmt(tzRuns)} inputs per function: ${zones.differing.length === 0 ? "no difference" : `differences in ${zones.differing.join(", ")}`}.`,
  `- Slowest calls: ${slowest.map((s) => `${s.target} ${s.maxCallMs.toFixed(0)} ms`).join(", ")}.`,
  `- Left out: ${Object.entries(EXCLUDED)
    .map(([k, why]) => `${k} (${why})`)
    .join("; ")}.`,
].join("\n");
console.log(`\n${figures}`);

const doc = fileURLToPath(new URL("../../docs/fuzz.md", import.meta.url));
const text = readFileSync(doc, "utf8");
const begin = "<!-- fuzz:figures:begin -->";
const end = "<!-- fuzz:figures:end -->";
const a = text.indexOf(begin);
const b = text.indexOf(end);
if (a >= 0 && b > a) writeFileSync(doc, `${text.slice(0, a + begin.length)}\n${figures}\n${text.slice(b)}`);
process.exit(newFindings.length === 0 && zones.differing.length === 0 ? 0 : 1);
