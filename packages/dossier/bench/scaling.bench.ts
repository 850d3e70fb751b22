/**
 * Scaling of replay: the cost of replaying batches of 10³ … 10⁷ events (realistic dossiers of
 * 10–15 events, with permissions), per event, to show whether it grows linearly.
 *
 *   pnpm bench dossier/bench/scaling
 */
import type { DossierEvent } from "@motcua/core";
import { replay } from "@motcua/dossier";
import { measure } from "../../../scripts/bench/measure";
import { BenchRecorder, type CurvePoint } from "../../../scripts/bench/report";
import { baseRules } from "../test/fixtures";
import { makeDossier, options } from "./support/dossiers";

const POOL = 20_000;
const pool = Array.from({ length: POOL }, (_, i) => makeDossier(i));
const mean = pool.reduce((n, d) => n + d.length, 0) / POOL;
// Warm the JIT first, so the small sizes measure replay, not compilation.
for (let i = 0; i < 20_000; i++) replay(pool[i % POOL] as DossierEvent[], baseRules, options);
const report = new BenchRecorder();
const points: CurvePoint[] = [];
for (const events of [1e3, 1e4, 1e5, 1e6, 1e7]) {
  const dossiers = Math.max(1, Math.round(events / mean));
  const m = measure(
    `replay ${dossiers} dossiers`,
    dossiers,
    () => {
      let ok = 0;
      for (let i = 0; i < dossiers; i++)
        if (replay(pool[i % POOL] as DossierEvent[], baseRules, options).ok) ok++;
      return ok;
    },
    { runs: events >= 1e7 ? 1 : 3, warmup: events >= 1e6 ? 0 : 1 },
  );
  points.push({ items: Math.round(dossiers * mean), wallMs: m.wallMs, cpuMs: m.cpuMs });
}
report.curve("replay with permissions", "event", points);
report.finish();
