/**
 * Replay throughput: the compiled transition table (`replay`, with permissions and rules: the
 * user's path, from event lists as a caller has them) against xstate's own pure `transition()` on
 * the same chart, over realistic dossiers of 10–15 events; wall and CPU, the ratio and the issue's
 * targets (≥ 10 M events per CPU-second, ≥ 200× xstate).
 *
 * Run from the repo root:
 *   node --conditions=@motcua/source --expose-gc --import tsx packages/dossier/bench/replay.bench.ts
 */
import { nationalCalendar } from "../../national/src/nationalCalendar";
import { parseInstant, type ActorRole, type DossierEvent, type HandoverRegister } from "@motcua/core";
import { dossierMachine, replay, type ReplayOptions } from "@motcua/dossier";
import { baseRules, envOf } from "../test/fixtures";
import { measure } from "../../../scripts/bench/measure";
import { BenchRecorder } from "../../../scripts/bench/report";
import { initialTransition, transition } from "xstate";

// --- realistic dossiers (deterministic) --------------------------------------------------------
let seed = 42;
const rand = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const T0 = parseInstant("2026-03-02T08:00:00+07:00");
const MIN = 60_000;

function makeDossier(n: number): DossierEvent[] {
  const events: DossierEvent[] = [];
  let at = T0 + Math.floor(rand() * 200) * 24 * 60 * MIN;
  const push = (type: string, role: ActorRole, extra: Record<string, unknown> = {}, gap = 20) => {
    at += Math.floor((0.5 + rand()) * gap) * MIN;
    events.push({
      id: `${n}-${events.length}`,
      type,
      at,
      actor: { role, officeId: "HT-HCC" },
      ...extra,
    } as DossierEvent);
  };
  const counter: ActorRole = rand() < 0.6 ? "postalStaff" : "oneStopOfficer";
  push("guided", counter);
  push("guided", counter);
  push("submitted", "applicant", { channel: "counter" });
  if (rand() < 0.3) {
    push("supplementRequested", counter, { stage: "receipt", items: ["Tờ khai"] });
    push("supplementReceived", counter, {}, 600);
  }
  push("digitised", counter, { pages: 5 });
  if (rand() < 0.5) push("digitised", counter, { pages: 2 });
  push("received", counter, { dossierCode: `H23-260302-${n}` });
  push("transferred", counter, { paper: true });
  push("assigned", "agencyLeader", { assignee: "cv" }, 120);
  const branch = rand();
  if (branch < 0.25) {
    push("interAgencySent", "specialist", { agencies: ["THUE"], mode: "parallel" }, 60);
    push("interAgencyReturned", "specialist", { agency: "THUE" }, 600);
  } else if (branch < 0.45) {
    push("financialObligationRequested", "specialist", {}, 60);
    push("financialObligationMet", "system", {}, 300);
  }
  push("resolved", "agencyLeader", { decision: rand() < 0.95 ? "approved" : "refused" }, 600);
  push("resultReady", "clerk", {}, 60);
  if (rand() < 0.4) push("resultReturned", "postalStaff", { via: "postal" }, 600);
  else push("resultReturned", counter, { via: "counter" }, 600);
  return events;
}

const POOL = 20_000;
const pool = Array.from({ length: POOL }, (_, i) => makeDossier(i));
const eventsIn = (list: DossierEvent[][]) => list.reduce((n, d) => n + d.length, 0);
const avg = eventsIn(pool) / POOL;
const lengths = pool.map((d) => d.length);

// Hà Tĩnh: the whole HCC centre handed over (seed 000_2e345361e98f0131.txt).
const register: HandoverRegister = [
  {
    officeId: "HT-HCC",
    scope: { kind: "all" },
    mode: "replace",
    since: "2021-02-22",
    decision: { document: "Kế hoạch 41/KH-UBND", verified: true },
  },
];
const options: ReplayOptions = {
  calendar: nationalCalendar(),
  scope: { officeId: "HT-HCC", procedure: { code: "1.001" }, register },
};

const lifecycleOnly: ReplayOptions = { ...options, scope: false };

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
