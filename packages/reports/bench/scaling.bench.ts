/**
 * Scaling of Biểu 06 from objects: `aggregate` over 10³ … 10⁷ dossier summaries streamed from a
 * generator (generation included, as a cursor's cost would be), per dossier, to show whether the
 * cost grows linearly.
 *
 *   pnpm bench reports/bench/scaling
 */
import { aggregate } from "@motcua/reports";
import { measure } from "../../../scripts/bench/measure";
import { BenchRecorder, type CurvePoint } from "../../../scripts/bench/report";
import { RULES } from "../test/support/rules";
import { PERIOD, synthetic } from "./support/synthetic";

const run = (n: number) => () => aggregate(synthetic(n), PERIOD, RULES).rows.length;
run(200_000)(); // warm the JIT, so small sizes measure the pass
const report = new BenchRecorder();
const points: CurvePoint[] = [];
for (const n of [1e3, 1e4, 1e5, 1e6, 1e7]) {
  const m = measure(`aggregate(stream of ${n})`, n, run(n), {
    runs: n >= 1e7 ? 1 : 3,
    warmup: n >= 1e6 ? 0 : 1,
  });
  points.push({ items: n, wallMs: m.wallMs, cpuMs: m.cpuMs });
}
report.curve("reports objects → Biểu 06 (streamed)", "dossier", points);
report.finish();
