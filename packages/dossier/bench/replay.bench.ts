/**
 * Replay throughput: the compiled transition table (`replay`, with permissions and rules: the
 * user's path, from event lists as a caller has them) against xstate's own pure `transition()` on
 * the same chart, over realistic dossiers of 10–15 events; wall and CPU, the ratio and the issue's
 * targets (≥ 10 M events per CPU-second, ≥ 200× xstate).
 *
 * Run from the repo root:
 *   node --conditions=@motcua/source --expose-gc --import tsx packages/dossier/bench/replay.bench.ts
 */
import type { DossierEvent } from "@motcua/core";
import { dossierMachine, replay, type ReplayOptions } from "@motcua/dossier";
import { baseRules, envOf } from "../test/fixtures";
import { lifecycleOnly, makeDossier, options } from "./support/dossiers";
import { measure } from "../../../scripts/bench/measure";
import { BenchRecorder } from "../../../scripts/bench/report";
import { initialTransition, transition } from "xstate";

const POOL = 20_000;
const pool = Array.from({ length: POOL }, (_, i) => makeDossier(i));
const eventsIn = (list: DossierEvent[][]) => list.reduce((n, d) => n + d.length, 0);
const avg = eventsIn(pool) / POOL;
const lengths = pool.map((d) => d.length);

for (const d of pool.slice(0, 1000)) {
  const r = replay(d, baseRules, options);
  if (!r.ok || r.value.state !== "returned")
    throw new Error(`bench fixture refused: ${r.ok ? r.value.state : r.error.message}`);
}

// --- The user's path beside the lifecycle-only loop and xstate, in the same run ----------------------
// As a caller passes them: `DossierEvent` lists (instants in epoch ms, the type replay takes).
const DOSSIERS = 100_000;
const XSTATE_DOSSIERS = 5_000;
const events = (n: number) => eventsIn(Array.from({ length: n }, (_, i) => pool[i % POOL] as DossierEvent[]));
const replayAll = (list: DossierEvent[][], n: number, o: ReplayOptions) => () => {
  let accepted = 0;
  for (let i = 0; i < n; i++) if (replay(list[i % POOL] as DossierEvent[], baseRules, o).ok) accepted++;
  if (accepted !== n) throw new Error(`${n - accepted} dossiers refused`);
  return accepted;
};
const env = envOf(baseRules);
console.log(
  `\nDossier replay — ${POOL.toLocaleString("en-US")} distinct realistic dossiers, ${Math.min(...lengths)}–${Math.max(...lengths)} events (mean ${avg.toFixed(2)})\n`,
);
const report = new BenchRecorder();
const user = report.path(
  measure(
    "replay with permissions + rules (epoch-ms events) (user path)",
    events(DOSSIERS),
    replayAll(pool, DOSSIERS, options),
  ),
  "events",
);
report.path(
  measure(
    "inner loop: replay, lifecycle only (no permissions)",
    events(DOSSIERS),
    replayAll(pool, DOSSIERS, lifecycleOnly),
  ),
  "events",
);
const xs = report.path(
  measure(
    "alternative: xstate transition() loop on the same chart",
    events(XSTATE_DOSSIERS),
    () => {
      let n = 0;
      for (let i = 0; i < XSTATE_DOSSIERS; i++) {
        let [snap] = initialTransition(dossierMachine, env);
        for (const e of pool[i % POOL] as DossierEvent[]) [snap] = transition(dossierMachine, snap, e);
        n += snap.context.eventCount;
      }
      return n;
    },
    { runs: 3 },
  ),
  "events",
);
const ratio = report.ratio("replay with permissions ÷ xstate transition", user, xs);
report.target("replay with permissions, events per CPU-second", user.perCpuSecond, 10e6, "events/s");
report.target("replay with permissions ÷ xstate transition", ratio, 200, "×");
report.finish();
