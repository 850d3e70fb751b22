/**
 * fast-check arbitraries of dossier summaries around a small window of days, so that boundaries
 * (period start and end, due instants) are hit often, plus a naive reference counter.
 */
import fc from "fast-check";
import {
  fromDayNumber,
  MS_PER_DAY,
  toDayNumber,
  vietnamDayNumber,
  vietnamInstant,
  type Level,
} from "@motcua/core";
import type { Closure, ClosureCount, DossierSummary, ReportCounts, ReportPeriod } from "@motcua/reports";

/**
 * How the closures counted before the rules moved to the rulebook (the package's former built-in
 * baseline): refused resolved, withdrawn and stopped excluded.
 */
export const OLD_NATIONAL_CLOSURES: Readonly<Record<Closure, ClosureCount>> = {
  refused: "resolved",
  withdrawn: "excluded",
  stopped: "excluded",
};

/** Day 0 of the window: 2026-01-01. */
export const DAY0 = toDayNumber("2026-01-01");

/** An instant within ±`days` of the window, often exactly on a Vietnamese midnight. */
export const instantArb = (days = 40): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: 0, max: days }).map((d) => vietnamInstant(DAY0 + d, 0)),
    fc.integer({ min: 0, max: days * 1440 }).map((m) => vietnamInstant(DAY0, m)),
    fc.integer({ min: 0, max: days * 1440 }).map((m) => vietnamInstant(DAY0, m) - 1),
  );

const OFFICES: ReadonlyArray<readonly [string, Level]> = [
  ["P-HCC", "province"],
  ["H-A", "district"],
  ["H-B", "district"],
  ["X-C", "commune"],
];

/** A valid dossier summary (epoch ms instants). */
export const dossierArb: fc.Arbitrary<DossierSummary> = fc
  .record({
    office: fc.constantFrom(...OFFICES),
    domain: fc.constantFrom("Tư pháp", "Đất đai", "Công Thương"),
    channel: fc.constantFrom("counter" as const, "postal" as const, "online" as const),
    receivedAt: instantArb(),
    dueDelta: fc.oneof(fc.integer({ min: 0, max: 15 * MS_PER_DAY }), fc.constantFrom(0, MS_PER_DAY)),
    completedDelta: fc.option(fc.integer({ min: 0, max: 25 * MS_PER_DAY }), { nil: undefined }),
    closure: fc.option(fc.constantFrom("refused" as const, "withdrawn" as const, "stopped" as const), {
      nil: undefined,
      freq: 6,
    }),
  })
  .map((r) => {
    const completedAt =
      r.completedDelta === undefined
        ? r.closure === undefined
          ? undefined
          : r.receivedAt
        : r.receivedAt + r.completedDelta;
    return {
      officeId: r.office[0],
      level: r.office[1],
      domain: r.domain,
      channel: r.channel,
      receivedAt: r.receivedAt,
      dueAt: r.receivedAt + r.dueDelta,
      ...(completedAt === undefined ? {} : { completedAt }),
      ...(r.closure === undefined ? {} : { closure: r.closure }),
    };
  });

/** A period inside the window. */
export const periodArb: fc.Arbitrary<ReportPeriod> = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 40 }))
  .map(([a, len]) => ({ from: fromDayNumber(DAY0 + a), to: fromDayNumber(DAY0 + a + len) }));

/**
 * The obvious per-dossier reference, written straight from DOMAIN.md §6/§10 (no typed arrays,
 * no @motcua/sla): total counts of a period.
 */
export function referenceTotals(
  dossiers: ReadonlyArray<DossierSummary>,
  period: ReportPeriod,
  closures: Readonly<Record<Closure, ClosureCount>>,
): ReportCounts {
  const S = vietnamInstant(toDayNumber(period.from), 0);
  const E = vietnamInstant(toDayNumber(period.to), 0);
  const c = {
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
  for (const d of dossiers) {
    if (d.closure !== undefined && closures[d.closure] === "excluded") continue;
    const closed = d.completedAt ?? Infinity;
    if (d.receivedAt >= E || closed < S) continue;
    if (d.receivedAt < S) c.carriedOver++;
    else c[d.channel === "vneid" ? "online" : d.channel]++; // VNeID counts as online
    if (closed < E) {
      if (closed > d.dueAt) c.late++;
      else if (vietnamDayNumber(closed) < vietnamDayNumber(d.dueAt)) c.early++;
      else c.onTime++;
    } else if (d.dueAt >= E) c.withinDeadline++;
    else c.overdue++;
  }
  const newlyReceived = c.online + c.counter + c.postal;
  return {
    ...c,
    newlyReceived,
    received: newlyReceived + c.carriedOver,
    resolved: c.early + c.onTime + c.late,
    pending: c.withinDeadline + c.overdue,
  };
}
