/**
 * 10 million dossiers streamed from a generator (as a database cursor yields rows) through
 * `aggregate`: throughput, and the peak RSS of this process, which the bench runner starts on its
 * own, so the figure is this path's alone. The target: ≤ 1 GB (10 M dossiers in an array
 * peaked at 3.5 GB before).
 *
 *   pnpm bench reports/bench/stream   (or: node --conditions=@motcua/source --expose-gc --import tsx packages/reports/bench/stream.bench.ts [count])
 */
import { aggregate, totalCounts } from "@motcua/reports";
import { measure } from "../../../scripts/bench/measure";
import { BenchRecorder } from "../../../scripts/bench/report";
import { RULES } from "../test/support/rules";
import { PERIOD, synthetic } from "./support/synthetic";

const N = Number(process.argv[2] ?? 10_000_000);
const GB = 2 ** 30;
const rssBefore = process.resourceUsage().maxRSS * 1024;

const report = new BenchRecorder();
let received = 0;
const streamed = report.path(
  measure(
    `generator of ${N.toLocaleString("en-US")} objects → aggregate (generation included)`,
    N,
    () => {
      received = totalCounts(aggregate(synthetic(N), PERIOD, RULES)).received;
      return received;
    },
    { runs: 1, warmup: 0 },
  ),
  "dossiers",
);
// The generator's own cost, to show what the counting adds to it.
const generation = report.path(
  measure(
    "the generator alone (objects made and dropped)",
    N,
    () => {
      let n = 0;
      for (const d of synthetic(N)) n += d.receivedAt > 0 ? 1 : 0;
      return n;
    },
    { runs: 1, warmup: 0 },
  ),
  "dossiers",
);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(
  `  ${received.toLocaleString("en-US")} received; peak RSS ${(peak / 2 ** 20).toFixed(0)} MB (${(rssBefore / 2 ** 20).toFixed(0)} MB before the run)`,
);
const countingNs = ((streamed.cpuMs - generation.cpuMs) * 1e6) / N;
console.log(`  validation + counting cost beyond generation: ${countingNs.toFixed(0)} ns CPU per dossier`);
report.target(`peak RSS, ${N.toLocaleString("en-US")} streamed dossiers`, peak / GB, 1, "GB", "max");
report.finish();
