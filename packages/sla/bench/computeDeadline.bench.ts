/**
 * Deadlines for 1,000,000 dossiers with mixed units and channels (counter and postal handovers in
 * office hours, online submissions at any hour, 2025–2026), computed by `computeDeadline` on the
 * calendar's O(1) index, beside a naive implementation that walks the calendar day by day.
 *
 * Run from the repo root:
 *   node --conditions=@motcua/source --expose-gc --import tsx packages/sla/bench/computeDeadline.bench.ts
 */
import { fromDayNumber, vietnamDayNumber, vietnamInstant, type ProcedureInput } from "@motcua/core";
import type { WorkingCalendar } from "@motcua/calendar";
import { nationalCalendar } from "../../national/src/nationalCalendar";
import { computeDeadline, type SlaRules } from "@motcua/sla";
import { measure } from "../../../scripts/bench/measure";
import { BenchRecorder } from "../../../scripts/bench/report";

const N = 1_000_000;
const calendar = nationalCalendar();
/** The one rule computeDeadline reads, as a bench-only slice (the package holds no value). */
const rules: SlaRules = {
  workingDayCount: {
    value: "sameWallClock",
    legalRef: { document: "bench fixture", verified: false },
    verified: false,
  },
};

const procedures: ProcedureInput[] = [
  { code: "P.wd3", processingTime: { amount: 3, unit: "workingDays" } },
  { code: "P.wd5", processingTime: { amount: 5, unit: "workingDays" } },
  { code: "P.wd15", processingTime: { amount: 15, unit: "workingDays" } },
  { code: "P.wh8", processingTime: { amount: 8, unit: "workingHours" } },
  { code: "P.wh24", processingTime: { amount: 24, unit: "workingHours" } },
  { code: "P.cd30", processingTime: { amount: 30, unit: "calendarDays" } },
  { code: "P.cd10", processingTime: { amount: 10, unit: "calendarDays" } },
  { code: "P.same", processingTime: { amount: 0, unit: "workingDays" }, sameDay: { cutoff: "15:00" } },
];

// Deterministic mixed workload (xorshift32).
let seed = 2026;
const rand = (): number => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};
const firstDay = vietnamDayNumber(Date.parse("2025-01-01T00:00:00+07:00"));
const procIndex = new Uint8Array(N);
const receivedAt = new Float64Array(N);
for (let i = 0; i < N; i++) {
  procIndex[i] = Math.floor(rand() * procedures.length);
  const day = firstDay + Math.floor(rand() * 700);
  const channel = rand();
  // counter 55 %, postal handover 25 % (office hours, any day: weekends move to Monday), online 20 % (any minute).
  const minute = channel < 0.8 ? 420 + Math.floor(rand() * 660) : Math.floor(rand() * 1440);
  receivedAt[i] = vietnamInstant(day, minute);
}

/** The obvious alternative: the same rules, walking the calendar one day at a time. */
function naiveDeadline(p: ProcedureInput, t: number, cal: WorkingCalendar): number {
  const sessionsOf = (dn: number) =>
    cal.isWorkingDay(fromDayNumber(dn)) ? cal.sessionsOn(fromDayNumber(dn)) : [];
  const minuteOf = (ms: number) => (ms - vietnamInstant(vietnamDayNumber(ms), 0)) / 60_000;
  const next = (ms: number): number => {
    for (let dn = vietnamDayNumber(ms); ; dn++) {
      for (const s of sessionsOf(dn)) {
        const at = vietnamInstant(dn, s.start);
        if (ms < vietnamInstant(dn, s.end)) return Math.max(at, ms);
      }
    }
  };
  const endOfDay = (dn: number) => {
    const s = sessionsOf(dn);
    return vietnamInstant(dn, (s[s.length - 1] as { end: number }).end);
  };
  const nextWorkingDay = (dn: number) => {
    let d = dn + 1;
    while (!cal.isWorkingDay(fromDayNumber(d))) d++;
    return d;
  };
  let start = next(t);
  if (p.sameDay !== undefined) {
    const [h, m] = p.sameDay.cutoff.split(":").map(Number) as [number, number];
    if (start > vietnamInstant(vietnamDayNumber(start), h * 60 + m))
      start = next(endOfDay(vietnamDayNumber(start)));
  }
  const n = p.processingTime.amount;
  if (n === 0) return endOfDay(vietnamDayNumber(start));
  switch (p.processingTime.unit) {
    case "workingDays": {
      let d = vietnamDayNumber(start);
      for (let k = 0; k < n; k++) d = nextWorkingDay(d);
      return vietnamInstant(d, minuteOf(start));
    }
    case "workingHours": {
      let left = n * 60;
      let cur = start;
      for (;;) {
        const dn = vietnamDayNumber(cur);
        const s = sessionsOf(dn).find((x) => cur < vietnamInstant(dn, x.end)) as { end: number };
        const cap = (vietnamInstant(dn, s.end) - cur) / 60_000;
        if (left <= cap) return cur + left * 60_000;
        left -= cap;
        cur = next(vietnamInstant(dn, s.end));
      }
    }
    case "calendarDays": {
      let d = vietnamDayNumber(start) + n;
      if (!cal.isWorkingDay(fromDayNumber(d))) d = nextWorkingDay(d);
      return endOfDay(d);
    }
  }
}

// Both must agree before anything is timed.
for (let i = 0; i < 20_000; i++) {
  const p = procedures[procIndex[i] as number] as ProcedureInput;
  const a = computeDeadline(p, receivedAt[i] as number, calendar, rules);
  const b = naiveDeadline(p, receivedAt[i] as number, calendar);
  if (a !== b) throw new Error(`disagree on ${p.code} at ${receivedAt[i]}: ${a} vs ${b}`);
}

const NAIVE_N = 50_000; // the naive walk is timed on a slice, reported per deadline
const report = new BenchRecorder();
const fast = report.path(
  measure(
    `computeDeadline × ${N.toLocaleString("en")} (ProcedureInput + instant → due instant) (user path)`,
    N,
    () => {
      let s = 0;
      for (let i = 0; i < N; i++)
        s += computeDeadline(
          procedures[procIndex[i] as number] as ProcedureInput,
          receivedAt[i] as number,
          calendar,
          rules,
        );
      return s;
    },
    { runs: 3 },
  ),
  "deadlines",
);
const slow = report.path(
  measure(
    `alternative: naive day-by-day walk × ${NAIVE_N.toLocaleString("en")}`,
    NAIVE_N,
    () => {
      let s = 0;
      for (let i = 0; i < NAIVE_N; i++)
        s += naiveDeadline(
          procedures[procIndex[i] as number] as ProcedureInput,
          receivedAt[i] as number,
          calendar,
        );
      return s;
    },
    { runs: 3 },
  ),
  "deadlines",
);
report.ratio("computeDeadline ÷ naive day-by-day walk", fast, slow);
report.target("sla due dates per CPU-second", fast.perCpuSecond, 5e6, "deadlines/s");
report.finish();
