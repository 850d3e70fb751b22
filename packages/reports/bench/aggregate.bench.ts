/**
 * Biểu 06 from the caller's objects: the user's path (`aggregate(objects)`: validate and count in
 * one pass) beside its inner loop (counting a prepared `DossierColumns` batch), the one-off
 * `toDossierColumns`, the named alternative (one for-of loop over the objects, mutable counters in
 * a Map) and the naive filter/map/reduce pipeline. All are checked to agree first.
 *
 *   pnpm bench reports/bench/aggregate   (or: node --conditions=@motcua/source --expose-gc --import tsx packages/reports/bench/aggregate.bench.ts [count])
 *
 * The 10-million-dossier memory figure is `stream.bench.ts` (its own process).
 */
import { toDayNumber, vietnamInstant } from "@motcua/core";
import {
  aggregate,
  toDossierColumns,
  totalCounts,
  type DossierSummary,
  type ReportPeriod,
} from "@motcua/reports";
import { judgeCompletion, judgePending } from "@motcua/sla";
import { measure } from "../../../scripts/bench/measure";
import { BenchRecorder } from "../../../scripts/bench/report";
import { RULES } from "../test/support/rules";
import { DOMAINS, OFFICES, PERIOD, synthetic } from "./support/synthetic";

const N = Number(process.argv[2] ?? 2_000_000);
/** ISO-string objects and the naive pipeline run on a slice (they are the slow ones). */
const SLICE = Math.min(N, 400_000);
const dossiers = [...synthetic(N)];
const isoDossiers = [...synthetic(SLICE, true)];

// ── The alternatives ──────────────────────────────────────────────────────────────────────────
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
const bounds = (period: ReportPeriod) => ({
  start: vietnamInstant(toDayNumber(period.from), 0),
  end: vietnamInstant(toDayNumber(period.to), 0),
});

/** The named alternative: one for-of loop over the objects, mutable counters in a Map. */
function objectLoop(ds: ReadonlyArray<DossierSummary>, period: ReportPeriod): Map<string, Counts> {
  const { start, end } = bounds(period);
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

/** The naive pipeline: filter → map with object spread → reduce with object spread. */
function naive(ds: ReadonlyArray<DossierSummary>, period: ReportPeriod): Record<string, Counts> {
  const { start, end } = bounds(period);
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

const sum = (groups: Iterable<Counts>): Counts => {
  const total: Counts = { ...ZERO };
  for (const c of groups) for (const k of Object.keys(ZERO)) total[k]! += c[k] ?? 0;
  return total;
};

// ── Agree first ───────────────────────────────────────────────────────────────────────────────
const columns = toDossierColumns(dossiers);
const totals = (ds: Parameters<typeof aggregate>[0]): Counts => ({
  ...totalCounts(aggregate(ds, PERIOD, RULES)),
});
const ours = totals(dossiers);
const agree = (label: string, theirs: Counts, mine: Counts) => {
  for (const k of Object.keys(ZERO)) if (mine[k] !== theirs[k]) throw new Error(`${label} disagrees on ${k}`);
};
agree("object loop", sum(objectLoop(dossiers, PERIOD).values()), ours);
agree("prepared columns", ours, totals(columns));
const slice = dossiers.slice(0, SLICE);
const oursSlice = totals(slice);
agree("naive pipeline", sum(Object.values(naive(slice, PERIOD))), oursSlice);
agree("ISO-string objects", oursSlice, totals(isoDossiers));

// ── Measure ───────────────────────────────────────────────────────────────────────────────────
const fmt = (x: number | undefined): string => (x ?? Number.NaN).toLocaleString("en-US");
console.log(
  `${fmt(N)} dossiers, ${fmt(OFFICES * DOMAINS)} (office, domain) groups, period ${PERIOD.from} → ${PERIOD.to}; ` +
    `received ${fmt(ours.received)} = resolved ${fmt(ours.resolved)} + pending ${fmt(ours.pending)}; all paths agree\n`,
);
const report = new BenchRecorder();
const user = report.path(
  measure(
    "objects → Biểu 06: aggregate(objects) (user path)",
    N,
    () => aggregate(dossiers, PERIOD, RULES).rows.length,
  ),
  "dossiers",
);
report.path(
  measure(
    "ISO-string objects → Biểu 06: aggregate(objects)",
    SLICE,
    () => aggregate(isoDossiers, PERIOD, RULES).rows.length,
  ),
  "dossiers",
);
report.path(
  measure(
    "objects → DossierColumns: toDossierColumns (one-off validation)",
    N,
    () => toDossierColumns(dossiers).length,
    {
      runs: 3,
    },
  ),
  "dossiers",
);
const inner = report.path(
  measure(
    "inner loop: aggregate(DossierColumns) (counting step)",
    N,
    () => aggregate(columns, PERIOD, RULES).rows.length,
  ),
  "dossiers",
);
const loop = report.path(
  measure("alternative: for-of loop + Map of mutable counters", N, () => objectLoop(dossiers, PERIOD).size, {
    runs: 3,
  }),
  "dossiers",
);
const pipeline = report.path(
  measure(
    "naive filter/map/reduce pipeline with spread",
    SLICE,
    () => Object.keys(naive(slice, PERIOD)).length,
    {
      runs: 2,
    },
  ),
  "dossiers",
);
const endToEnd = report.ratio("objects→Biểu 06 ÷ for-of/Map", user, loop);
report.ratio("counting step ÷ for-of/Map", inner, loop);
report.ratio("objects→Biểu 06 ÷ naive pipeline", user, pipeline);
report.target("objects → Biểu 06 per CPU-second", user.perCpuSecond, 5e6, "dossiers/s");
report.target("objects → Biểu 06 ÷ for-of/Map", endToEnd, 4, "×");
report.target("counting step per CPU-second", inner.perCpuSecond, 10e6, "dossiers/s");
report.finish();
