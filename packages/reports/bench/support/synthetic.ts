/**
 * A deterministic synthetic year of dossier summaries for the reports benches: 3,000 offices
 * (34 provincial centres, the rest commune centres) × 10 domains, 2024-12 … 2026-01, as the
 * objects a caller has (epoch ms, or ISO strings as JSON gives them).
 */
import { formatInstant, MS_PER_DAY, toDayNumber, vietnamInstant, type Level } from "@motcua/core";
import type { DossierSummary, ReportPeriod } from "@motcua/reports";

export const OFFICES = 3_000;
export const DOMAINS = 10;
export const PERIOD: ReportPeriod = { from: "2025-01-01", to: "2026-01-01" };

const officeIds = Array.from({ length: OFFICES }, (_, i) => `UNIT-${String(i).padStart(4, "0")}`);
const levels: Level[] = officeIds.map((_, i) => (i < 34 ? "province" : "commune"));
const domains = Array.from({ length: DOMAINS }, (_, i) => `Lĩnh vực ${i + 1}`);
const channels = ["counter", "postal", "online"] as const;
const day0 = toDayNumber("2024-12-01");

/** Dossier summaries `0 … n-1` of the synthetic year, one at a time (mulberry32, seed 2025). */
export function* synthetic(n: number, iso = false): Generator<DossierSummary> {
  let seed = 2025;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const at = (ms: number) => (iso ? formatInstant(ms) : ms) as number;
  for (let i = 0; i < n; i++) {
    const office = Math.floor(random() * OFFICES);
    const receivedAt = vietnamInstant(day0 + Math.floor(random() * 400), 420 + Math.floor(random() * 600));
    const dueAt = receivedAt + Math.floor(random() * 15) * MS_PER_DAY;
    const r = random();
    const completedAt = r < 0.9 ? receivedAt + Math.floor(random() * 17 * MS_PER_DAY) : undefined;
    const closed = r > 0.995;
    const d: DossierSummary = {
      officeId: officeIds[office] as string,
      level: levels[office] as Level,
      domain: domains[Math.floor(random() * DOMAINS)] as string,
      channel: channels[Math.floor(random() * 3)] as (typeof channels)[number],
      receivedAt: at(receivedAt),
      dueAt: at(dueAt),
      ...(completedAt === undefined
        ? closed
          ? { completedAt: at(receivedAt) }
          : {}
        : { completedAt: at(completedAt) }),
      ...(closed ? { closure: "withdrawn" as const } : {}),
    };
    yield d;
  }
}
