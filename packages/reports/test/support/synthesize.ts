/**
 * Deterministic synthetic dossier logs whose Biểu 06 counts are known in advance: used by the
 * golden test (Đồng Tháp review), the demo and the property tests.
 */
import { formatInstant, MS_PER_DAY, toDayNumber, vietnamInstant, type Level } from "@motcua/core";
import type { DossierSummaryInput, ReportPeriod } from "@motcua/reports";

/** Target counts of one scope (independent counters; totals follow). */
export interface ScopeTarget {
  readonly carriedOver: number;
  readonly online: number;
  readonly counter: number;
  readonly postal: number;
  readonly early: number;
  readonly onTime: number;
  readonly late: number;
  readonly withinDeadline: number;
  readonly overdue: number;
}

/** A scope: one or more (level, office, domain) groups sharing targets. */
export interface Scope {
  readonly level: Level;
  readonly groups: ReadonlyArray<{ readonly officeId: string; readonly domain: string }>;
  readonly target: ScopeTarget;
}

/** mulberry32: a tiny deterministic PRNG. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const shuffle = (xs: Uint8Array, random: () => number): void => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = xs[i] as number;
    xs[i] = xs[j] as number;
    xs[j] = t;
  }
};

const fill = (codes: ReadonlyArray<readonly [number, number]>): Uint8Array => {
  const total = codes.reduce((s, [, n]) => s + n, 0);
  const out = new Uint8Array(total);
  let k = 0;
  for (const [code, n] of codes) out.fill(code, k, (k += n));
  return out;
};

const CHANNELS = ["carried", "online", "counter", "postal"] as const;
const FATES = ["early", "onTime", "late", "withinDeadline", "overdue"] as const;

/**
 * Builds dossiers that produce exactly `target` for each scope over `period` (at least 60 days
 * long), plus, with `noise`, dossiers that must NOT be counted: resolved before the period,
 * received at or after its end, and withdrawn (excluded by the national rulebook).
 */
export function synthesize(
  scopes: ReadonlyArray<Scope>,
  period: ReportPeriod,
  options: { readonly seed?: number; readonly noise?: boolean } = {},
): DossierSummaryInput[] {
  const random = prng(options.seed ?? 2022);
  const startDay = toDayNumber(period.from);
  const endDay = toDayNumber(period.to);
  const S = vietnamInstant(startDay, 0);
  const E = vietnamInstant(endDay, 0);
  const usableDays = endDay - startDay - 40;
  if (usableDays < 20) throw new Error("synthesize needs a period of at least 60 days");
  const out: DossierSummaryInput[] = [];
  const instant = (ms: number, k: number): string | number => (k % 7 === 0 ? formatInstant(ms) : ms);
  for (const scope of scopes) {
    const t = scope.target;
    const arrivals = fill([
      [0, t.carriedOver],
      [1, t.online],
      [2, t.counter],
      [3, t.postal],
    ]);
    const fates = fill([
      [0, t.early],
      [1, t.onTime],
      [2, t.late],
      [3, t.withinDeadline],
      [4, t.overdue],
    ]);
    if (arrivals.length !== fates.length) throw new Error("target breaks received = resolved + pending");
    shuffle(arrivals, random);
    shuffle(fates, random);
    for (let k = 0; k < arrivals.length; k++) {
      const group = scope.groups[Math.floor(random() * scope.groups.length)] ?? scope.groups[0];
      if (group === undefined) throw new Error("scope without groups");
      const arrival = CHANNELS[arrivals[k] as number] ?? "counter";
      const fate = FATES[fates[k] as number] ?? "early";
      const minute = 7 * 60 + Math.floor(random() * 600); // 07:00–16:59
      const day =
        arrival === "carried"
          ? startDay - 1 - Math.floor(random() * 30)
          : startDay + Math.floor(random() * usableDays);
      const receivedAt = vietnamInstant(day, minute);
      const t0 = arrival === "carried" ? S : receivedAt;
      let dueAt: number;
      let completedAt: number | undefined;
      switch (fate) {
        case "early":
          dueAt = t0 + 20 * MS_PER_DAY;
          completedAt = t0 + MS_PER_DAY;
          break;
        case "onTime":
          dueAt = t0 + 5 * MS_PER_DAY;
          completedAt = dueAt; // exactly at the due instant: on time (≤)
          break;
        case "late":
          dueAt = t0 + 2 * MS_PER_DAY;
          completedAt = dueAt + 1; // one millisecond after: late
          break;
        case "withinDeadline":
          dueAt = E + (k % 3 === 0 ? 0 : 5 * MS_PER_DAY); // due exactly at the cut-off: still within
          break;
        case "overdue":
          dueAt = E - 1 - (k % 2) * MS_PER_DAY;
          break;
      }
      out.push({
        code: `${group.officeId}-${k}`,
        officeId: group.officeId,
        level: scope.level,
        domain: group.domain,
        channel: arrival === "carried" ? (["counter", "postal", "online"] as const)[k % 3]! : arrival,
        receivedAt: instant(receivedAt, k),
        dueAt: instant(dueAt, k + 1),
        ...(completedAt === undefined ? {} : { completedAt: instant(completedAt, k + 2) }),
      });
      if (options.noise === true && k % 50 === 0) {
        const base = {
          officeId: group.officeId,
          level: scope.level,
          domain: group.domain,
          channel: "postal" as const,
        };
        // Resolved the millisecond before the period starts: not counted.
        out.push({
          ...base,
          receivedAt: S - 30 * MS_PER_DAY,
          dueAt: S - 10 * MS_PER_DAY,
          completedAt: S - 1,
        });
        // Received exactly at the period's end: not counted.
        out.push({ ...base, receivedAt: E, dueAt: E + 3 * MS_PER_DAY });
        // Withdrawn inside the period: excluded by the national rulebook.
        out.push({
          ...base,
          receivedAt: S + MS_PER_DAY,
          dueAt: S + 9 * MS_PER_DAY,
          completedAt: S + 2 * MS_PER_DAY,
          closure: "withdrawn",
        });
      }
    }
  }
  return out;
}
