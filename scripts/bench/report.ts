/**
 * What a bench prints and, under `pnpm bench --json`/`--check`, hands to the runner: each path's
 * wall and CPU figures, the ratios to the named alternatives measured in the same run, the
 * issue's targets with how far each falls short, and scaling curves.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Measurement } from "./measure";
import { root } from "../workspace";

/** Environment variable naming the folder where a bench writes its JSON (set by `scripts/bench.ts`). */
export const BENCH_OUT = "MOTCUA_BENCH_OUT";

/** A target of the table, judged per CPU-second (or as a ratio, or a ceiling). */
export interface TargetResult {
  readonly label: string;
  readonly figure: number;
  readonly target: number;
  /** `min`: the figure must reach the target; `max`: it must stay at or below it. */
  readonly kind: "min" | "max";
  readonly unit: string;
  readonly met: boolean;
  /** Relative shortfall (0 when met), e.g. 0.39 for "39 % short". */
  readonly shortBy: number;
}

/** One point of a scaling curve. */
export interface CurvePoint {
  readonly items: number;
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** The JSON one bench file writes. */
export interface BenchReport {
  readonly bench: string;
  readonly ratios: Record<string, number>;
  readonly figures: Record<string, Omit<Measurement, "label"> & { unit: string }>;
  readonly targets: TargetResult[];
  readonly curves: Record<string, { unit: string; points: CurvePoint[] }>;
}

const si = (x: number): string =>
  x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(1);
const times = (x: number): string => `${x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2)}×`;

/** Collects one bench file's figures; `finish()` prints the summary and writes the JSON. */
export class BenchRecorder {
  readonly #report: BenchReport;

  constructor(bench = relative(root, process.argv[1] ?? "unknown")) {
    this.#report = { bench, ratios: {}, figures: {}, targets: [], curves: {} };
  }

  /** Records and prints one measured path. */
  path(m: Measurement, unit: string): Measurement {
    const { label, ...rest } = m;
    this.#report.figures[label] = { ...rest, unit };
    console.log(
      `  ${label}: ${si(m.perCpuSecond)} ${unit}/CPU-s, ${si(m.perWallSecond)} ${unit}/s wall` +
        ` (${m.items.toLocaleString("en-US")} ${unit}: ${m.cpuMs.toFixed(1)} ms CPU, ${m.wallMs.toFixed(1)} ms wall, median of ${m.runs})`,
    );
    return m;
  }

  /** Records `ours ÷ alternative` per CPU-second (both measured in this process) and prints it. */
  ratio(name: string, ours: Measurement, alternative: Measurement): number {
    const value = ours.perCpuSecond / alternative.perCpuSecond;
    const wall = ours.perWallSecond / alternative.perWallSecond;
    this.#report.ratios[name] = Number(value.toFixed(3));
    console.log(`  ratio ${name}: ${times(value)} per CPU-second (${times(wall)} wall)`);
    return value;
  }

  /** Judges a figure against a target and prints it beside the figure, with the shortfall. */
  target(
    label: string,
    figure: number,
    target: number,
    unit: string,
    kind: "min" | "max" = "min",
  ): TargetResult {
    const met = kind === "min" ? figure >= target : figure <= target;
    const shortBy = met ? 0 : kind === "min" ? 1 - figure / target : figure / target - 1;
    const result: TargetResult = { label, figure, target, kind, unit, met, shortBy };
    this.#report.targets.push(result);
    const show = (x: number) => (unit === "×" ? times(x) : `${si(x)} ${unit}`);
    const verdict = met
      ? "met"
      : kind === "min"
        ? `SHORT by ${(shortBy * 100).toFixed(0)} % (needs ${times(target / figure)})`
        : `OVER by ${(shortBy * 100).toFixed(0)} %`;
    console.log(
      `  target ${label}: ${show(figure)} vs ${kind === "min" ? "≥" : "≤"} ${show(target)} → ${verdict}`,
    );
    return result;
  }

  /** Records a scaling curve and prints cost per item at each size with a linearity statement. */
  curve(name: string, unit: string, points: CurvePoint[]): void {
    this.#report.curves[name] = { unit, points };
    console.log(`  scaling ${name}:`);
    for (const p of points)
      console.log(
        `    ${powerOfTen(p.items).padStart(8)} ${unit}s: ${p.cpuMs.toFixed(1).padStart(9)} ms CPU` +
          ` = ${((p.cpuMs * 1e6) / p.items).toFixed(1).padStart(7)} ns/${unit}`,
      );
    console.log(`    ${linearity(points)}`);
  }

  /** Prints the targets' summary and writes the JSON when the runner asked for it. */
  finish(): BenchReport {
    const out = process.env[BENCH_OUT];
    if (out !== undefined && out !== "") {
      mkdirSync(out, { recursive: true });
      const file = join(out, `${this.#report.bench.replace(/[^\w.-]+/g, "_")}.json`);
      writeFileSync(file, `${JSON.stringify(this.#report, null, 2)}\n`);
    }
    return this.#report;
  }
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** `10⁶` for a power of ten, else the number in full. */
export const powerOfTen = (n: number): string => {
  const e = Math.log10(n);
  return Math.abs(e - Math.round(e)) < 0.01
    ? `10${[...String(Math.round(e))].map((d) => SUPERSCRIPT[Number(d)]).join("")}`
    : n.toLocaleString("en-US");
};

/**
 * Whether cost grows linearly: the marginal cost per item between consecutive sizes (which a
 * fixed per-call cost does not distort), its drift from the first interval starting at ≥ 10⁴ to
 * the last, and the fixed cost the smallest size shows.
 */
export function linearity(points: ReadonlyArray<CurvePoint>): string {
  const sorted = [...points].sort((a, b) => a.items - b.items);
  const marginal: Array<{ from: number; to: number; ns: number }> = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as CurvePoint;
    const b = sorted[i] as CurvePoint;
    if (a.items >= 9e3)
      marginal.push({ from: a.items, to: b.items, ns: ((b.cpuMs - a.cpuMs) * 1e6) / (b.items - a.items) });
  }
  if (marginal.length < 2) return "too few sizes to judge linearity";
  const first = marginal[0] as (typeof marginal)[number];
  const last = marginal[marginal.length - 1] as (typeof marginal)[number];
  const drift = last.ns / first.ns;
  const verdict =
    drift <= 1.5
      ? "linear"
      : drift <= 3
        ? "slightly super-linear"
        : "super-linear (each item costs more as the input grows)";
  const smallest = sorted[0] as CurvePoint;
  const fixed = Math.max(0, smallest.cpuMs - (smallest.items * last.ns) / 1e6);
  return (
    `${verdict}: marginal cost ${last.ns.toFixed(0)} ns per item from ${powerOfTen(last.from)} to ${powerOfTen(last.to)}, ` +
    `${drift.toFixed(2)}× that from ${powerOfTen(first.from)} to ${powerOfTen(first.to)}; ` +
    `about ${fixed.toFixed(1)} ms per call is fixed cost (what makes small batches dearer per item)`
  );
}
