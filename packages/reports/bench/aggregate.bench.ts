/**
 * Biểu 06 at national scale: 10 million dossier summaries, one core.
 *
 *   node --conditions=@motcua/source --expose-gc --import tsx packages/reports/bench/aggregate.bench.ts [count]
 *
 * Compares the counting step of `aggregate` over a prepared columnar batch (typed arrays, integer
 * counters per (office, domain) group) with the obvious alternative: an array-of-objects pipeline
 * (filter → map with object spread → reduce with object spread), and a fairer object baseline (one
 * for-of loop, mutable counters in a Map). All are checked to agree first.
 * Prints ops/s, dossiers/s (per wall-clock second and per CPU second: the CPU figure stays honest
 * when the machine is shared), the ratio, the one-off validation cost and memory.
 */
import { Bench } from "tinybench";
import { MS_PER_DAY, toDayNumber, vietnamInstant, type Level } from "@motcua/core";
import {
  aggregate,
  toDossierColumns,
  totalCounts,
  type DossierSummary,
  type ReportPeriod,
} from "@motcua/reports";
import { judgeCompletion, judgePending } from "@motcua/sla";
import { RULES } from "../test/support/rules";

const N = Number(process.argv[2] ?? 10_000_000);
/** The naive pipeline runs on the first NAIVE_N dossiers only (10 M objects through it need minutes and > 4 GB). */
const NAIVE_N = Math.min(N, Number(process.argv[3] ?? 1_000_000));
const OFFICES = 3_000; // ~ provincial centres + commune HCC centres of several provinces
const DOMAINS = 10;
const PERIOD: ReportPeriod = { from: "2025-01-01", to: "2026-01-01" };
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
};

// ── A deterministic synthetic year (mulberry32) ───────────────────────────────────────────────
let seed = 2025;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const officeIds = Array.from({ length: OFFICES }, (_, i) => `UNIT-${String(i).padStart(4, "0")}`);
const levels: Level[] = officeIds.map((_, i) => (i < 34 ? "province" : "commune"));
const domains = Array.from({ length: DOMAINS }, (_, i) => `Lĩnh vực ${i + 1}`);
const channels = ["counter", "postal", "online"] as const;
const day0 = toDayNumber("2024-12-01");

const heapBefore = heap();
const dossiers: DossierSummary[] = new Array(N);
for (let i = 0; i < N; i++) {
  const office = Math.floor(random() * OFFICES);
  const receivedAt = vietnamInstant(day0 + Math.floor(random() * 400), 420 + Math.floor(random() * 600));
  const dueAt = receivedAt + Math.floor(random() * 15) * MS_PER_DAY;
  const r = random();
  const completedAt = r < 0.9 ? receivedAt + Math.floor(random() * 17 * MS_PER_DAY) : undefined;
  const d = {
    officeId: officeIds[office] as string,
    level: levels[office] as Level,
    domain: domains[Math.floor(random() * DOMAINS)] as string,
    channel: channels[Math.floor(random() * 3)] as (typeof channels)[number],
    receivedAt,
    dueAt,
    ...(completedAt === undefined ? {} : { completedAt }),
    ...(r > 0.995 ? { closure: "withdrawn" as const } : {}),
  };
  dossiers[i] =
    d.closure !== undefined && d.completedAt === undefined ? { ...d, completedAt: receivedAt } : d;
}
const heapObjects = heap() - heapBefore;

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const columns = toDossierColumns(dossiers);
const buildCpu = process.cpuUsage(cpu0);
const buildMs = performance.now() - t0;
const buildCpuMs = (buildCpu.user + buildCpu.system) / 1000;
const heapColumns = heap() - heapBefore - heapObjects;

// ── The naive pipeline: array of objects, filter / map / reduce with object spread ────────────
type Counts = Record<string, number>;
const ZERO: Counts = {
  carriedOver: 0,
  online: 0,
  counter: 0,
  postal: 0,
  early: 0,
  onTime: 0,
  late: 0,
  withinDeadline: 0,
  overdue: 0,
};
function naive(ds: ReadonlyArray<DossierSummary>, period: ReportPeriod): Record<string, Counts> {
  const start = vietnamInstant(toDayNumber(period.from), 0);
  const end = vietnamInstant(toDayNumber(period.to), 0);
  return ds
    .filter((d) => d.closure !== "withdrawn" && d.closure !== "stopped")
    .filter((d) => d.receivedAt < end && (d.completedAt ?? Infinity) >= start)
    .map((d) => ({
      ...d,
      key: `${d.level}|${d.officeId}|${d.domain}`,
      arrival: d.receivedAt < start ? "carriedOver" : d.channel,
      fate:
        d.completedAt !== undefined && d.completedAt < end
          ? judgeCompletion(d.completedAt, d.dueAt)
          : judgePending(end, d.dueAt),
    }))
    .reduce<Record<string, Counts>>((acc, d) => {
      const prev = acc[d.key] ?? ZERO;
      acc[d.key] = { ...prev, [d.arrival]: (prev[d.arrival] ?? 0) + 1, [d.fate]: (prev[d.fate] ?? 0) + 1 };
      return acc;
    }, {});
}

// ── A fairer object baseline: one for-of loop over the objects, mutable counters in a Map ──────
function objectLoop(ds: ReadonlyArray<DossierSummary>, period: ReportPeriod): Map<string, Counts> {
  const start = vietnamInstant(toDayNumber(period.from), 0);
  const end = vietnamInstant(toDayNumber(period.to), 0);
  const groups = new Map<string, Counts>();
  for (const d of ds) {
    if (d.closure === "withdrawn" || d.closure === "stopped") continue;
    const completed = d.completedAt ?? Infinity;
    if (d.receivedAt >= end || completed < start) continue;
    const key = `${d.level}|${d.officeId}|${d.domain}`;
    let c = groups.get(key);
    if (c === undefined) groups.set(key, (c = { ...ZERO }));
    c[d.receivedAt < start ? "carriedOver" : d.channel]! += 1;
    c[completed < end ? judgeCompletion(completed, d.dueAt) : judgePending(end, d.dueAt)]! += 1;
  }
  return groups;
}

// ── Agree first ───────────────────────────────────────────────────────────────────────────────
const fast = totalCounts(aggregate(columns, PERIOD, RULES));
const naiveInput = dossiers.slice(0, NAIVE_N);
const fastSubset = NAIVE_N === N ? fast : totalCounts(aggregate(toDossierColumns(naiveInput), PERIOD, RULES));
const slow = Object.values(naive(naiveInput, PERIOD)).reduce<Counts>(
  (acc, c) => Object.fromEntries(Object.keys(ZERO).map((k) => [k, (acc[k] ?? 0) + (c[k] ?? 0)])),
  ZERO,
);
const loop = [...objectLoop(dossiers, PERIOD).values()].reduce<Counts>(
  (acc, c) => Object.fromEntries(Object.keys(ZERO).map((k) => [k, (acc[k] ?? 0) + (c[k] ?? 0)])),
  ZERO,
);
for (const k of Object.keys(ZERO)) {
  if (fast[k as keyof typeof fast] !== loop[k]) throw new Error(`object loop disagrees on ${k}`);
  const mine = fastSubset[k as keyof typeof fastSubset];
  if (mine !== slow[k]) throw new Error(`disagree on ${k}: ${mine} vs ${slow[k]}`);
}

// ── Measure ───────────────────────────────────────────────────────────────────────────────────
const cpu = new Map<string, { ms: number; calls: number }>();
const timed = (name: string, f: () => number): (() => void) => {
  cpu.set(name, { ms: 0, calls: 0 });
  return () => {
    const c0 = process.cpuUsage();
    sink += f();
    const c = process.cpuUsage(c0);
    const entry = cpu.get(name) as { ms: number; calls: number };
    entry.ms += (c.user + c.system) / 1000;
    entry.calls += 1;
  };
};
let sink = 0;
const COLUMNAR = "aggregate(DossierColumns): typed arrays + integer counters";
const NAIVE = "naive array-of-objects pipeline (filter/map/reduce, spread)";
const LOOP = "object loop (for-of, Map of mutable counters)";
const bench = new Bench({ name: "Biểu 06 counting step", time: 0, iterations: 5, warmupIterations: 1 });
bench.add(
  COLUMNAR,
  timed(COLUMNAR, () => aggregate(columns, PERIOD, RULES).rows.length),
);
bench.add(
  LOOP,
  timed(LOOP, () => objectLoop(dossiers, PERIOD).size),
);
await bench.run();
const naiveBench = new Bench({ name: "naive", time: 0, iterations: 2, warmupIterations: 1 });
naiveBench.add(
  NAIVE,
  timed(NAIVE, () => Object.keys(naive(naiveInput, PERIOD)).length),
);
await naiveBench.run();

const rows = [...bench.tasks, ...naiveBench.tasks].map((task) => {
  const r = task.result;
  if (r.state !== "completed") throw new Error(`${task.name}: ${r.state}`);
  const c = cpu.get(task.name) as { ms: number; calls: number };
  const n = task.name === NAIVE ? NAIVE_N : N;
  return { name: task.name, n, wallMs: r.latency.mean, cpuMs: c.ms / c.calls };
});
const [columnar, forOf, objects] = rows as [
  (typeof rows)[number],
  (typeof rows)[number],
  (typeof rows)[number],
];
const rate = (n: number, ms: number): number => (n / ms) * 1000;
const millions = (x: number): string => `${(x / 1e6).toFixed(2)} M/s`;
const fmt = (x: number): string => x.toLocaleString("en-US");
console.log(
  `\n${fmt(N)} dossiers, ${fmt(OFFICES * DOMAINS)} (office, domain) groups, period ${PERIOD.from} → ${PERIOD.to}, one core`,
);
console.log(
  `received ${fmt(fast.received)} = resolved ${fmt(fast.resolved)} + pending ${fmt(fast.pending)}; both pipelines agree on the first ${fmt(NAIVE_N)}\n`,
);
console.table(
  rows.map((r) => ({
    task: r.name,
    dossiers: fmt(r.n),
    "ms / pass (wall)": r.wallMs.toFixed(0),
    "ops/s": (1000 / r.wallMs).toFixed(3),
    "dossiers/s (wall)": millions(rate(r.n, r.wallMs)),
    "dossiers/s (CPU)": millions(rate(r.n, r.cpuMs)),
  })),
);
const ratioWall = rate(columnar.n, columnar.wallMs) / rate(objects.n, objects.wallMs);
const ratioCpu = rate(columnar.n, columnar.cpuMs) / rate(objects.n, objects.cpuMs);
console.log(
  `ratio (dossiers/s, columnar ÷ naive): ${ratioWall.toFixed(0)}× wall, ${ratioCpu.toFixed(0)}× CPU; ` +
    `columnar ÷ object loop: ${(rate(columnar.n, columnar.wallMs) / rate(forOf.n, forOf.wallMs)).toFixed(1)}× wall, ` +
    `${(rate(columnar.n, columnar.cpuMs) / rate(forOf.n, forOf.cpuMs)).toFixed(1)}× CPU`,
);
console.log(
  `target ≥ 10 M dossiers/s for the counting step: ${rate(N, columnar.cpuMs) >= 1e7 ? "met" : "NOT met"} per CPU second, ${rate(N, columnar.wallMs) >= 1e7 ? "met" : "not met"} per wall second (load average ${(await import("node:os")).loadavg()[0]?.toFixed(1)})`,
);
console.log(
  `one-off validation into columns (toDossierColumns): ${buildMs.toFixed(0)} ms wall = ${millions(rate(N, buildMs))}, ` +
    `${buildCpuMs.toFixed(0)} ms CPU = ${millions(rate(N, buildCpuMs))} (GC included)`,
);
console.log(
  `memory: ${mb(heapObjects)} for the ${fmt(N)} dossier objects, ${mb(heapColumns)} for their columns (${(heapColumns / N).toFixed(1)} B/dossier)`,
);
console.log(`peak RSS of the process: ${mb(process.resourceUsage().maxRSS * 1024)}${sink < 0 ? "!" : ""}`);
