/**
 * Demo: Biểu 06 for a small synthetic province (one HCC centre, two district one-stops, one commune).
 *
 *   node --conditions=@motcua/source --import tsx packages/reports/demo.ts [out-dir]
 *
 * Prints the form as a text table with the shares the reviews print; with `out-dir`, also writes
 * bieu06.csv (opens in a spreadsheet with diacritics intact), bieu06.html (printable) and bieu06.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { MS_PER_DAY, toDayNumber, vietnamInstant, type Level } from "@motcua/core";
import {
  aggregate,
  aggregateToJson,
  computeShares,
  toCsv,
  toHtml,
  totalCounts,
  type Aggregate,
  type DossierSummaryInput,
  type ReportCounts,
} from "@motcua/reports";
import { RULES } from "./test/support/rules";

/** The demo province's offices and their domains. */
export const DEMO_OFFICES: ReadonlyArray<{ id: string; name: string; level: Level; domains: string[] }> = [
  {
    id: "DEMO-HCC",
    name: "Trung tâm Phục vụ hành chính công tỉnh",
    level: "province",
    domains: ["Công Thương", "Tài chính", "Tư pháp"],
  },
  {
    id: "DEMO-H1",
    name: "Bộ phận Một cửa huyện Sông Xanh",
    level: "district",
    domains: ["Đất đai", "Hộ tịch"],
  },
  {
    id: "DEMO-H2",
    name: "Bộ phận Một cửa huyện Đồi Hoa",
    level: "district",
    domains: ["Đất đai", "Xây dựng"],
  },
  { id: "DEMO-X1", name: "Bộ phận Một cửa xã Bến Đò", level: "commune", domains: ["Chứng thực"] },
];

/** The demo's quarter. */
export const DEMO_PERIOD = { from: "2025-04-01", to: "2025-07-01" } as const;

/** A deterministic synthetic log: 600 dossiers received from March to June 2025. */
export function demoDossiers(): DossierSummaryInput[] {
  let seed = 7;
  const random = (): number => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  const day0 = toDayNumber("2025-03-01");
  const channels = ["counter", "postal", "online", "online"] as const;
  const out: DossierSummaryInput[] = [];
  for (let i = 0; i < 600; i++) {
    const office = DEMO_OFFICES[Math.floor(random() * DEMO_OFFICES.length)] ?? DEMO_OFFICES[0]!;
    const receivedAt = vietnamInstant(day0 + Math.floor(random() * 120), 7 * 60 + Math.floor(random() * 600));
    const dueAt = receivedAt + (3 + Math.floor(random() * 12)) * MS_PER_DAY;
    const r = random();
    // Most dossiers are done before the due instant; a few are late.
    const completedAt =
      r < 0.85 ? receivedAt + Math.floor(random() * 1.08 * (dueAt - receivedAt)) : undefined;
    out.push({
      code: `${office.id}-${String(i).padStart(4, "0")}`,
      officeId: office.id,
      level: office.level,
      domain: office.domains[Math.floor(random() * office.domains.length)] ?? "Khác",
      channel: channels[Math.floor(random() * channels.length)] ?? "counter",
      receivedAt,
      dueAt,
      ...(completedAt === undefined ? {} : { completedAt }),
    });
  }
  return out;
}

const COLUMNS: ReadonlyArray<[string, (c: ReportCounts) => number]> = [
  ["Nhận", (c) => c.received],
  ["Tr.tuyến", (c) => c.online],
  ["Tr.tiếp/BC", (c) => c.counter + c.postal],
  ["Kỳ trước", (c) => c.carriedOver],
  ["Đã GQ", (c) => c.resolved],
  ["Trước hạn", (c) => c.early],
  ["Đúng hạn", (c) => c.onTime],
  ["Quá hạn", (c) => c.late],
  ["Đang GQ", (c) => c.pending],
  ["Trong hạn", (c) => c.withinDeadline],
  ["Quá hạn ", (c) => c.overdue],
];

/** Renders an aggregate as a text table (level, office, domain lines and the total). */
export function renderText(a: Aggregate): string {
  const names = new Map(DEMO_OFFICES.map((o) => [o.id, o.name]));
  const lines: Array<[string, ReportCounts]> = [];
  for (const level of ["province", "district", "commune"] as const) {
    const rows = a.rows.filter((r) => r.level === level);
    if (rows.length === 0) continue;
    lines.push([
      level === "province" ? "CẤP TỈNH" : level === "district" ? "CẤP HUYỆN" : "CẤP XÃ",
      totalCounts(a, { level }),
    ]);
    for (const officeId of [...new Set(rows.map((r) => r.officeId))]) {
      lines.push([`  ${names.get(officeId) ?? officeId}`, totalCounts(a, { officeId })]);
      for (const r of rows.filter((x) => x.officeId === officeId)) lines.push([`    ${r.domain}`, r.counts]);
    }
  }
  const total = totalCounts(a);
  lines.push(["TỔNG CỘNG", total]);
  const width = Math.max(...lines.map(([label]) => label.length));
  const header = `${"".padEnd(width)} ${COLUMNS.map(([h]) => h.padStart(10)).join(" ")}`;
  const body = lines.map(
    ([label, c]) => `${label.padEnd(width)} ${COLUMNS.map(([, f]) => String(f(c)).padStart(10)).join(" ")}`,
  );
  const s = computeShares(total, RULES);
  return [
    `Biểu số 06/VPCP/KSTT — tỉnh Demo, kỳ ${a.period.from} → ${a.period.to} (không gồm ngày cuối)`,
    header,
    ...body,
    "",
    `Trực tuyến ${s.online.text}, qua bưu chính công ích ${s.postal.text} số mới tiếp nhận; ` +
      `giải quyết trước, đúng hạn ${s.earlyOrOnTime.text}, trễ hạn ${s.late.text} số đã giải quyết.`,
  ].join("\n");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = aggregate(demoDossiers(), DEMO_PERIOD, RULES);
  console.log(renderText(report));
  const out = process.argv[2];
  if (out !== undefined) {
    const officeNames = Object.fromEntries(DEMO_OFFICES.map((o) => [o.id, o.name]));
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, "bieu06.csv"),
      toCsv(report, RULES, { officeNames, reportingUnit: "UBND tỉnh Demo" }),
      "utf8",
    );
    writeFileSync(
      join(out, "bieu06.html"),
      toHtml(report, RULES, { officeNames, reportingUnit: "UBND tỉnh Demo" }),
      "utf8",
    );
    writeFileSync(join(out, "bieu06.json"), aggregateToJson(report, RULES, { officeNames }), "utf8");
    console.log(`\nĐã ghi bieu06.csv, bieu06.html, bieu06.json vào ${out}`);
  }
}
