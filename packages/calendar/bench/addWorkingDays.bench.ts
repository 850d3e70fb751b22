/**
 * `addWorkingDays` with the full Vietnamese calendar against
 * (a) date-fns `addBusinessDays` (weekends only, knows no holiday) and
 * (b) a date-fns loop asking date-holidays (`new Holidays("VN")`) about each day;
 * plus the index's construction time and memory (2000–2100).
 *
 * Run: `pnpm bench calendar` (or node --conditions=@motcua/source --expose-gc --import tsx packages/calendar/bench/addWorkingDays.bench.ts)
 */
import { addBusinessDays, addDays, isWeekend } from "date-fns";
import Holidays from "date-holidays";
import { Bench } from "tinybench";
import { fromDayNumber, toDayNumber } from "@motcua/core";
import { makeCalendar } from "@motcua/calendar";
import { nationalCalendar, rules } from "../test/support/national";

const gc = (globalThis as { gc?: () => void }).gc;

// ── Construction time and memory ───────────────────────────────────────────────────────────
const cold0 = performance.now();
makeCalendar(rules, { fromYear: 2000, toYear: 2100 }); // first build: module JIT + lunar astronomy for 101 years
const cold = performance.now() - cold0;
const builds: number[] = [];
for (let r = 0; r < 50; r++) {
  const t0 = performance.now();
  makeCalendar(rules, { fromYear: 2000, toYear: 2100 });
  builds.push(performance.now() - t0);
}
builds.sort((a, b) => a - b);
const median = builds[builds.length >> 1] ?? 0;
const collect = (): void => {
  gc?.();
  gc?.();
};
collect();
const heap0 = process.memoryUsage().heapUsed;
const ab0 = process.memoryUsage().arrayBuffers;
const KEEP = 10;
const kept = Array.from({ length: KEEP }, () => makeCalendar(rules, { fromYear: 2000, toYear: 2100 }));
collect();
const heapDelta = (process.memoryUsage().heapUsed - heap0) / KEEP;
const abDelta = (process.memoryUsage().arrayBuffers - ab0) / KEEP;
const cal = kept[0] ?? nationalCalendar();

console.log(
  `index 2000–2100: first construction ${cold.toFixed(1)} ms (cold: JIT + lunar astronomy for 101 years), then median ${median.toFixed(2)} ms, min ${(builds[0] ?? 0).toFixed(2)} ms over ${builds.length} builds`,
);
console.log(
  `index memory per calendar: ${(heapDelta / 1024).toFixed(0)} KiB JS heap + ${(abDelta / 1024).toFixed(0)} KiB typed arrays${gc ? "" : " (run with --expose-gc for exact figures)"}`,
);

// ── Inputs: the same pseudo-random dates and counts for everyone ───────────────────────────
const N = 1024;
const start = toDayNumber("2020-01-01");
let seed = 12345;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const dates = Array.from({ length: N }, () => fromDayNumber(start + Math.floor(rnd() * 3650)));
const dayNumbers = dates.map((d) => toDayNumber(d));
const jsDates = dates.map((d) => new Date(`${d}T00:00:00`));
const counts = Array.from({ length: N }, () => 1 + Math.floor(rnd() * 30));

const hd = new Holidays("VN");
const holidayLoop = (date: Date, n: number): Date => {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (!isWeekend(d) && hd.isHoliday(d) === false) left--;
  }
  return d;
};

let sink = 0;
const bench = new Bench({ time: 1000, warmup: true });
let i = 0;
bench
  .add("@motcua/calendar addWorkingDays (string → string)", () => {
    const j = i++ & (N - 1);
    sink += cal.addWorkingDays(dates[j] as string, counts[j] as number).length;
  })
  .add("@motcua/calendar addWorkingDayNumbers (day numbers)", () => {
    const j = i++ & (N - 1);
    sink += cal.addWorkingDayNumbers(dayNumbers[j] as number, counts[j] as number);
  })
  .add("(a) date-fns addBusinessDays (weekends only)", () => {
    const j = i++ & (N - 1);
    sink += addBusinessDays(jsDates[j] as Date, counts[j] as number).getTime();
  })
  .add("(b) date-fns loop + date-holidays isHoliday", () => {
    const j = i++ & 63;
    sink += holidayLoop(jsDates[j] as Date, counts[j] as number).getTime();
  });

await bench.run();

const hz = (name: string): number => {
  const t = bench.tasks.find((x) => x.name === name);
  const r = t?.result as { throughput?: { mean?: number } } | undefined;
  return r?.throughput?.mean ?? 0;
};
const ours = hz("@motcua/calendar addWorkingDays (string → string)");
const rows = bench.tasks.map((t) => ({
  task: t.name,
  "ops/s": Math.round(hz(t.name)).toLocaleString("en-US"),
  "ours (string) ÷ this": (ours / hz(t.name)).toFixed(hz(t.name) > ours / 10 ? 2 : 0),
}));
console.table(rows);
console.log(`(checksum ${sink % 1000})`);
