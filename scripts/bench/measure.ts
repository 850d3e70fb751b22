/**
 * Timing for the benches: wall clock and process CPU time (`process.cpuUsage`, user + system,
 * every thread of the process: GC included) of the same runs. On a shared machine the wall figure
 * includes waiting for a core; the CPU figure does not, so targets are judged per CPU-second.
 */

/** One measured path: `items` per call, medians over the timed runs. */
export interface Measurement {
  readonly label: string;
  readonly items: number;
  readonly runs: number;
  /** Median wall milliseconds per call. */
  readonly wallMs: number;
  /** Median CPU milliseconds per call. */
  readonly cpuMs: number;
  /** Items per wall second. */
  readonly perWallSecond: number;
  /** Items per CPU second. */
  readonly perCpuSecond: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? Number.NaN;
};

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Any value the timed function returns is kept here, so the work cannot be optimised away. */
export let sink = 0;

/**
 * Runs `fn` `warmup` times untimed, then `runs` timed samples (medians reported); each call
 * handles `items` items. The heap is collected before each sample, so one path does not pay for
 * another's garbage.
 */
export function measure(
  label: string,
  items: number,
  fn: () => unknown,
  { runs = 5, warmup = 1 }: { runs?: number; warmup?: number } = {},
): Measurement {
  let warmWall = Number.POSITIVE_INFINITY;
  for (let i = 0; i < warmup; i++) {
    const t0 = performance.now();
    keep(fn());
    warmWall = Math.min(warmWall, performance.now() - t0);
  }
  // A sample shorter than MIN_SAMPLE_MS repeats the call: the CPU clock's tick and the GC's
  // background threads would otherwise dominate it.
  const reps = Number.isFinite(warmWall)
    ? Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(warmWall, 0.001)))
    : 1;
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    settle();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) keep(fn());
    wall.push((performance.now() - t0) / reps);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000 / reps);
  }
  const wallMs = median(wall);
  // A call shorter than the CPU clock's tick reads 0 ms: fall back to the wall time.
  const cpuMs = median(cpu) > 0 ? median(cpu) : wallMs;
  return {
    label,
    items,
    runs,
    wallMs,
    cpuMs,
    perWallSecond: (items / wallMs) * 1000,
    perCpuSecond: (items / cpuMs) * 1000,
  };
}

const MIN_SAMPLE_MS = 25;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Collects the heap, then waits 10 ms so the collector's background threads finish off the clock. */
function settle(): void {
  gc();
  Atomics.wait(pause, 0, 0, 10);
}

function keep(x: unknown): void {
  if (typeof x === "number") sink += x;
  else if (typeof x === "string") sink += x.length;
  else if (x !== undefined && x !== null) sink += 1;
}
