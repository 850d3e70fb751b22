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
        `    ${p.items.toExponential(0).padStart(5)} ${unit}: ${p.cpuMs.toFixed(1).padStart(9)} ms CPU` +
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

/**
 * Whether cost grows linearly: the cost per item of the largest size against the median cost per
 * item of the others (small sizes pay fixed costs, so the verdict uses sizes ≥ 10⁴ when it can).
 */
export function linearity(points: ReadonlyArray<CurvePoint>): string {
  const per = points.filter((p) => p.items >= 1e4).map((p) => p.cpuMs / p.items);
  if (per.length < 2) return "too few sizes to judge linearity";
  const last = per[per.length - 1] as number;
  const first = per[0] as number;
  const drift = last / first;
  const verdict =
    drift <= 1.5 ? "linear" : drift <= 3 ? "slightly super-linear" : "super-linear (cost per item grows)";
  return `${verdict}: cost per item at the largest size is ${drift.toFixed(2)}× that at 10⁴`;
}
