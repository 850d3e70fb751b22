/**
 * Demo section: Biểu số 06/VPCP/KSTT for a small synthetic province over Q1 2026 — 1,200 dossiers,
 * deadlines computed on the working calendar, judged early / on time / late, with honest shares.
 */
import { MS_PER_MINUTE, parseInstant, type Channel, type Level } from "@motcua/core";
import { aggregate, computeShares, totalCounts, type DossierSummaryInput } from "@motcua/reports";
import { nationalCalendar, nationalRulebook } from "@motcua/national";
import { sliceOf } from "@motcua/plugin-sdk";
import { computeDeadline } from "@motcua/sla";
import { heading, line, table } from "../print";

/** A small deterministic pseudo-random generator (mulberry32), so the demo prints the same every time. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const offices: ReadonlyArray<{ id: string; level: Level }> = [
  { id: "HCC tỉnh", level: "province" },
  { id: "Một cửa huyện A", level: "district" },
];
const domains = [
  { name: "Tư pháp", days: 3 },
  { name: "Đất đai", days: 10 },
  { name: "Công Thương", days: 5 },
];
const channels: ReadonlyArray<Channel> = ["online", "counter", "postal"];

function synthesize(): DossierSummaryInput[] {
  const calendar = nationalCalendar();
  const next = random(2026);
  const start = parseInstant("2025-12-15T08:00:00+07:00");
  const out: DossierSummaryInput[] = [];
  const sla = sliceOf(nationalRulebook("2026-01-01"), "sla");
  for (let i = 0; i < 1200; i++) {
    const office = offices[i % offices.length]!;
    const domain = domains[Math.floor(next() * domains.length)]!;
    const receivedAt = calendar.nextWorkingInstant(
      start + Math.floor(next() * 105 * 24 * 60) * MS_PER_MINUTE,
    );
    const procedure = {
      code: `DEMO.${domain.name}`,
      processingTime: { amount: domain.days, unit: "workingDays" },
    } as const;
    const dueAt = computeDeadline(procedure, receivedAt, calendar, sla);
    const roll = next();
    // 85 % early, 12 % on the due day, 1 % late, 2 % still pending.
    const completedAt =
      roll < 0.85
        ? calendar.addWorkingMinutes(receivedAt, Math.floor(next() * (domain.days - 1) * 480))
        : roll < 0.97
          ? dueAt - Math.floor(next() * 120) * MS_PER_MINUTE
          : roll < 0.98
            ? calendar.addWorkingMinutes(dueAt, 60 + Math.floor(next() * 960))
            : undefined;
    out.push({
      officeId: office.id,
      level: office.level,
      domain: domain.name,
      channel: channels[Math.floor(next() * 3)]!,
      receivedAt,
      dueAt,
      ...(completedAt === undefined ? {} : { completedAt }),
    });
  }
  return out;
}

export function bieu06(): void {
  heading("Biểu số 06/VPCP/KSTT — quý I/2026", "Official statistics for a synthetic province, Q1 2026");
  // The Biểu 06 rules of the national baseline in force on the period's first day.
  const rules = sliceOf(nationalRulebook("2026-01-01"), "reports");
  const report = aggregate(synthesize(), { from: "2026-01-01", to: "2026-04-01" }, rules);
  table(
    [
      "Đơn vị / Lĩnh vực",
      "Tiếp nhận",
      "Trực tuyến",
      "Trực tiếp+BCCI",
      "Kỳ trước",
      "Đã GQ",
      "Trước hạn",
      "Đúng hạn",
      "Quá hạn",
      "Đang GQ",
      "Trong hạn",
      "Quá hạn",
    ],
    report.rows.map((r) => [
      `${r.officeId} / ${r.domain}`,
      r.counts.received,
      r.counts.online,
      r.counts.counter + r.counts.postal,
      r.counts.carriedOver,
      r.counts.resolved,
      r.counts.early,
      r.counts.onTime,
      r.counts.late,
      r.counts.pending,
      r.counts.withinDeadline,
      r.counts.overdue,
    ]),
  );
  const total = totalCounts(report);
  const shares = computeShares(total, rules);
  console.log("");
  line(
    "Tổng tiếp nhận / received",
    `${total.received} (mới ${total.newlyReceived}, kỳ trước ${total.carriedOver})`,
  );
  line("Trong đó qua bưu chính / of which postal", `${total.postal} (${shares.postal.text})`);
  line(
    "Trước hạn + đúng hạn / early or on time",
    `${total.early + total.onTime} (${shares.earlyOrOnTime.text})`,
  );
  line("Quá hạn / late", `${total.late} (${shares.late.text})`);
  line("Đang giải quyết / pending at 31/03", `${total.pending} (quá hạn ${total.overdue})`);
}
