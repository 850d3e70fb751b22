/**
 * Replay throughput: the compiled transition table (`replay`) against xstate's own pure
 * `transition()` on the same chart, over realistic dossiers of 10–15 events.
 *
 * Run from the repo root:
 *   node --conditions=@motcua/source --expose-gc --import tsx packages/dossier/bench/replay.bench.ts
 */
import { nationalCalendar } from "../../national/src/nationalCalendar";
import { parseInstant, type ActorRole, type DossierEvent, type HandoverRegister } from "@motcua/core";
import { dossierMachine, replay, type ReplayOptions } from "@motcua/dossier";
import { baseRules, envOf } from "../test/fixtures";
import { Bench } from "tinybench";
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

// --- 1,000,000 dossiers through the table engine ------------------------------------------------
const MILLION = 1_000_000;
globalThis.gc?.();
let accepted = 0;
const started = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < MILLION; i++)
  if (replay(pool[i % POOL] as DossierEvent[], baseRules, options).ok) accepted++;
const cpu = process.cpuUsage(cpu0);
const seconds = (performance.now() - started) / 1000;
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const millionEvents = avg * MILLION;

// --- side by side (tinybench) -------------------------------------------------------------------
const env = envOf(baseRules);
let k = 0;
let sink = 0;
const bench = new Bench({ time: 2000, warmupTime: 300 });
bench
  .add("table replay (permissions + rules)", () => {
    const r = replay(pool[k++ % POOL] as DossierEvent[], baseRules, options);
    if (r.ok) sink += r.value.eventCount;
  })
  .add("table replay (lifecycle only)", () => {
    const r = replay(pool[k++ % POOL] as DossierEvent[], baseRules, lifecycleOnly);
    if (r.ok) sink += r.value.eventCount;
  })
  .add("xstate transition() loop", () => {
    let [snap] = initialTransition(dossierMachine, env);
    for (const e of pool[k++ % POOL] as DossierEvent[]) [snap] = transition(dossierMachine, snap, e);
    sink += snap.context.eventCount;
  });
await bench.run();

const rows = bench.tasks.map((t) => {
  // ops/s from the mean latency (the mean of per-call throughputs overstates it).
  const hz = t.result.state === "completed" ? 1000 / t.result.latency.mean : Number.NaN;
  return { task: t.name, dossiersPerSec: hz, eventsPerSec: hz * avg };
});
const xs = rows.find((r) => r.task.startsWith("xstate"))?.eventsPerSec ?? Number.NaN;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
console.log(
  `\nDossier replay — ${POOL.toLocaleString("en-US")} distinct realistic dossiers, ${Math.min(...lengths)}–${Math.max(...lengths)} events (mean ${avg.toFixed(2)})\n`,
);
console.table(
  rows.map((r) => ({
    task: r.task,
    "dossiers/s": fmt(r.dossiersPerSec),
    "events/s": fmt(r.eventsPerSec),
    "× xstate": (r.eventsPerSec / xs).toFixed(1),
  })),
);
console.log(
  `1,000,000 dossiers (${fmt(millionEvents)} events) through replay(): ${seconds.toFixed(2)} s → ${fmt(millionEvents / seconds)} events/s` +
    ` (${accepted === MILLION ? "all accepted" : `${accepted} accepted`}); target ≥ 5,000,000 events/s: ${millionEvents / seconds >= 5e6 ? "met" : "NOT met"}`,
);
console.log(
  `  CPU time of the process during that loop: ${cpuSeconds.toFixed(2)} s → ${fmt(millionEvents / cpuSeconds)} events per CPU-second` +
    ` (wall time includes waiting for a CPU when the machine is shared).`,
);
if (sink === 0) console.log("(sink)");
