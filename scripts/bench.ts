/**
 * `pnpm bench [filter…] [--json] [--check]`: runs every `bench/*.bench.ts` of every package (or
 * those whose path contains one of the filters), each in its own process against TypeScript
 * sources.
 *
 * - `--json` writes `bench/results.json` (ratios first, then targets, figures, curves, machine)
 *   and, when the run measured scaling curves, `docs/diagrams/performance.svg`.
 * - `--check` runs the benches named in the committed `bench/baseline.json` and exits 1 when a
 *   ratio falls more than the baseline's tolerance (20 %) below it, one message per ratio.
 * - `pnpm bench --write-baseline` runs nothing: it merges the ratios of the last `--json` run's
 *   `bench/results.json` into `bench/baseline.json` (tolerance kept).
 *
 * Timings never gate `pnpm test`; run `pnpm bench --check` before a release.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, relative } from "node:path";
import { checkRatios, type Baseline, type RatiosByBench } from "./bench/checkRatios";
import { plotCurves } from "./bench/plot";
import { BENCH_OUT, type BenchReport } from "./bench/report";
import { listPackages, root, run } from "./workspace";

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith("--")));
const filters = args.filter((a) => !a.startsWith("--"));
const baselineFile = join(root, "bench", "baseline.json");
const resultsFile = join(root, "bench", "results.json");
const check = flags.has("--check");
const writeBaseline = flags.has("--write-baseline");
const json = flags.has("--json") || check;

const readBaseline = (): Baseline => JSON.parse(readFileSync(baselineFile, "utf8")) as Baseline;

if (writeBaseline) {
  // From the last `--json` run: the ratios only, never absolute times (the machines are shared).
  const last = JSON.parse(readFileSync(resultsFile, "utf8")) as { ratios: RatiosByBench };
  const previous = existsSync(baselineFile) ? readBaseline() : { tolerance: 0.2, ratios: {} };
  const kept = Object.fromEntries(Object.entries(last.ratios).filter(([, r]) => Object.keys(r).length > 0));
  const next: Baseline = { tolerance: previous.tolerance, ratios: { ...previous.ratios, ...kept } };
  writeFileSync(baselineFile, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`wrote ${relative(root, baselineFile)} from ${relative(root, resultsFile)}`);
  process.exit(0);
}

const all = listPackages().flatMap((p) => {
  const dir = join(p.dir, "bench");
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".bench.ts"))
        .map((f) => join(dir, f))
    : [];
});
/** `--check` runs the benches the baseline tracks. */
const tracked = check ? new Set(Object.keys(readBaseline().ratios)) : undefined;
const files = all
  .filter((f) => tracked === undefined || tracked.has(relative(root, f)))
  .filter((f) => filters.length === 0 || filters.some((filter) => f.includes(filter)));

const out = mkdtempSync(join(tmpdir(), "motcua-bench-"));
let failures = 0;
for (const file of files) {
  console.log(`\n━━ ${relative(root, file)}`);
  const code = await run(
    process.execPath,
    ["--conditions=@motcua/source", "--expose-gc", "--import", "tsx", file],
    json ? { env: { [BENCH_OUT]: out } } : {},
  );
  if (code !== 0) failures++;
}
if (files.length === 0) console.log("no benchmark matched");

const reports = readdirSync(out).map((f) => JSON.parse(readFileSync(join(out, f), "utf8")) as BenchReport);
rmSync(out, { recursive: true, force: true });

if (json && reports.length > 0) {
  const ratios: RatiosByBench = Object.fromEntries(reports.map((r) => [r.bench, r.ratios]));
  const results = {
    ratios,
    targets: reports.flatMap((r) => r.targets.map((t) => ({ bench: r.bench, ...t }))),
    figures: Object.fromEntries(reports.map((r) => [r.bench, r.figures])),
    curves: Object.fromEntries(
      reports.filter((r) => Object.keys(r.curves).length > 0).map((r) => [r.bench, r.curves]),
    ),
    machine: {
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)),
      node: process.version,
      loadAverage: Number(loadavg()[0]?.toFixed(2)),
    },
    date: new Date().toISOString(),
  };
  mkdirSync(join(root, "bench"), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${relative(root, resultsFile)}`);
  const curves = reports.flatMap((r) => Object.entries(r.curves).map(([name, c]) => ({ name, ...c })));
  if (curves.length > 0) {
    const svg = join(root, "docs", "diagrams", "performance.svg");
    writeFileSync(
      svg,
      plotCurves(
        curves,
        `${results.machine.cpu}, ${results.machine.cores} cores, ${results.date.slice(0, 10)}`,
      ),
    );
    console.log(`wrote ${relative(root, svg)}`);
  }
  if (check) {
    const regressions = checkRatios(readBaseline(), ratios);
    for (const f of regressions) console.error(`✗ ${f.message}`);
    const judged = Object.entries(readBaseline().ratios)
      .filter(([bench]) => bench in ratios)
      .reduce((n, [, r]) => n + Object.keys(r).length, 0);
    console.log(
      regressions.length === 0
        ? `bench --check: every tracked ratio is within ${(readBaseline().tolerance * 100).toFixed(0)} % of its baseline (${judged} tracked)`
        : `bench --check: ${regressions.length} ratio(s) fell more than ${(readBaseline().tolerance * 100).toFixed(0)} % below the baseline`,
    );
    if (regressions.length > 0) failures++;
  }
}
process.exit(failures === 0 ? 0 : 1);
