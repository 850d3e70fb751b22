/**
 * Scaling of the calendar: `addWorkingDays` (string → string) over batches of 10³ … 10⁷ calls on
 * distinct dates 2020–2030, per call, to show whether the cost grows linearly.
 *
 *   pnpm bench calendar/bench/scaling
 */
import { fromDayNumber, toDayNumber } from "@motcua/core";
import { measure } from "../../../scripts/bench/measure";
import { BenchRecorder, type CurvePoint } from "../../../scripts/bench/report";
import { nationalCalendar } from "../test/support/national";

const cal = nationalCalendar();
const N = 65_536;
const start = toDayNumber("2020-01-01");
let seed = 12345;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const dates = Array.from({ length: N }, () => fromDayNumber(start + Math.floor(rnd() * 3650)));
const counts = Array.from({ length: N }, () => 1 + Math.floor(rnd() * 30));
const run = (calls: number) => () => {
  let s = 0;
  for (let i = 0; i < calls; i++)
    s += cal.addWorkingDays(dates[i & (N - 1)] as string, counts[i & (N - 1)] as number).length;
  return s;
};
run(200_000)(); // warm the JIT and the result memo, so small sizes measure the call
const report = new BenchRecorder();
const points: CurvePoint[] = [];
for (const calls of [1e3, 1e4, 1e5, 1e6, 1e7]) {
  const m = measure(`addWorkingDays × ${calls}`, calls, run(calls), { runs: calls >= 1e7 ? 1 : 3 });
  points.push({ items: calls, wallMs: m.wallMs, cpuMs: m.cpuMs });
}
report.curve("calendar addWorkingDays (string)", "call", points);
report.finish();
