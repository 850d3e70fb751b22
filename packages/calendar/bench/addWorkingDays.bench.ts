/**
 * `addWorkingDays` with the full Vietnamese calendar against
 * (a) date-fns `addBusinessDays` (weekends only, knows no holiday) and
 * (b) a date-fns loop asking date-holidays (`new Holidays("VN")`) about each day;
 * plus the index's construction time and memory (2000–2100). Wall and CPU figures, ratios and
 * the targets (≥ 10 M ops per CPU-second string → string, ≥ 6× date-fns) are printed.
 *
 * Run: `pnpm bench calendar` (or node --conditions=@motcua/source --expose-gc --import tsx packages/calendar/bench/addWorkingDays.bench.ts)
 */
import { addBusinessDays, addDays, isWeekend } from "date-fns";
import Holidays from "date-holidays";
import { fromDayNumber, toDayNumber } from "@motcua/core";
import { makeCalendar } from "@motcua/calendar";
import { nationalCalendar, rules } from "../test/support/national";
import { measure } from "../../../scripts/bench/measure";
import { BenchRecorder } from "../../../scripts/bench/report";

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
const N = 65_536;
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

// ── The user's path (string in, string out) beside the day-number inner loop and the peers ──
// Each call handles CALLS items, cycling through the same 65,536 (date, count) pairs for all.
const CALLS = 1_000_000;
const report = new BenchRecorder();
const user = report.path(
  measure("addWorkingDays (string → string, holidays and notices) (user path)", CALLS, () => {
    let s = 0;
    for (let i = 0; i < CALLS; i++)
      s += cal.addWorkingDays(dates[i & (N - 1)] as string, counts[i & (N - 1)] as number).length;
    return s;
  }),
  "ops",
);
const inner = report.path(
  measure("inner loop: addWorkingDayNumbers (day numbers)", CALLS, () => {
    let s = 0;
    for (let i = 0; i < CALLS; i++)
      s += cal.addWorkingDayNumbers(dayNumbers[i & (N - 1)] as number, counts[i & (N - 1)] as number);
    return s;
  }),
  "ops",
);
const dateFns = report.path(
  measure("alternative: date-fns addBusinessDays (Date → Date, weekends only)", CALLS, () => {
    let s = 0;
    for (let i = 0; i < CALLS; i++)
      s += addBusinessDays(jsDates[i & (N - 1)] as Date, counts[i & (N - 1)] as number).getTime();
    return s;
  }),
  "ops",
);
const HOLIDAY_CALLS = 20;
const holidays = report.path(
  measure("date-fns loop + date-holidays isHoliday (knows holidays)", HOLIDAY_CALLS, () => {
    let s = 0;
    for (let i = 0; i < HOLIDAY_CALLS; i++)
      s += holidayLoop(jsDates[i & 63] as Date, counts[i & 63] as number).getTime();
    return s;
  }),
  "ops",
);
const ratio = report.ratio("addWorkingDays string ÷ date-fns addBusinessDays", user, dateFns);
report.ratio("addWorkingDayNumbers ÷ date-fns addBusinessDays", inner, dateFns);
console.log(
  `  addWorkingDays string ÷ date-fns + date-holidays loop: ${(user.perCpuSecond / holidays.perCpuSecond).toExponential(1)}× per CPU-second (not tracked: date-holidays' cost varies by orders of magnitude)`,
);
report.target("addWorkingDays string → string per CPU-second", user.perCpuSecond, 10e6, "ops/s");
report.target("addWorkingDays string ÷ date-fns addBusinessDays", ratio, 6, "×");
report.finish();
