/**
 * A printable, self-contained HTML page of Biểu 06 (inline CSS, escaped text, UTF-8, `lang="vi"`).
 *
 * @module
 */
import { citeLegalRef, fromDayNumber, toDayNumber } from "@motcua/core";
import type { Aggregate } from "./Aggregate";
import { parseExportOptions, type ExportOptions } from "./ExportOptions";
import { formColumns, formRows, vietnameseDate, type FormColumn, type FormRow } from "./internal/form";
import { checkRules, rule } from "./internal/rules";
import { parseAggregate } from "./mergeAggregates";
import type { ReportRules } from "./reportsSlot";
import { computeShares } from "./Share";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML content and attribute values. */
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Vietnamese thousands grouping with dots: 351.635 (no host locale involved). */
const num = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

const STYLE = `
@page { size: A4 landscape; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", Times, serif; font-size: 12pt; color: #000; margin: 0 auto; max-width: 297mm; padding: 8mm; }
.head { display: flex; justify-content: space-between; align-items: flex-start; }
.head .form { font-weight: bold; border: 1px solid #000; padding: 2px 6px; }
h1 { font-size: 14pt; text-align: center; margin: 12px 0 4px; text-transform: uppercase; }
.period { text-align: center; font-style: italic; margin: 0 0 10px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 3px 4px; }
th { font-weight: bold; text-align: center; vertical-align: middle; font-size: 10.5pt; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.stt { text-align: center; }
tr.colno th { font-weight: normal; font-style: italic; }
tr.level td, tr.total td { font-weight: bold; }
tr.office td { font-weight: bold; font-style: italic; }
tr.total td { background: #eee; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
h2 { font-size: 12pt; margin: 14px 0 4px; }
.notes { font-size: 10pt; margin-top: 10px; }
.notes li { margin: 2px 0; }
@media print { body { padding: 0; } tr.total td { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

const figureCells = (row: FormRow, columns: ReadonlyArray<FormColumn>): string =>
  columns.map((c) => `<td class="n">${num(c.value(row.counts))}</td>`).join("");

const CHANNEL_BASE = { new: "số mới tiếp nhận", received: "tổng số hồ sơ nhận giải quyết" } as const;
const OUTCOME_BASE = { resolved: "số đã giải quyết", received: "tổng số hồ sơ nhận giải quyết" } as const;

/**
 * Writes Biểu 06 as a printable HTML page: the form's two-level header with column numbers, one
 * line per level (I, II…), office (1, 2…) and domain (1.1…), the grand total, then the shares the
 * reviews print (online and postal over the channel base, early or on time and late over the
 * outcome base) and the sources. The rules come from the `reports` slice
 * (`sliceOf(rulebook, "reports")`): the form's name (`form`), postal merged into the form's
 * in-person column or apart (`postalColumn.export`), the shares' decimals, honest rounding and
 * bases, and the legal reference of each, cited in the notes; a missing rule throws
 * `RULE_MISSING` naming it. All text is escaped; the page has no external resources.
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { aggregate, toHtml } from "@motcua/reports";
 * const rules = sliceOf(composeRulebook([national], { asOf: "2022-01-01" }), "reports");
 * const html = toHtml(aggregate([], { from: "2022-01-01", to: "2022-04-01" }, rules), rules, { reportingUnit: "UBND tỉnh X" });
 * html.includes('<meta charset="utf-8">'); // true
 * ```
 * @since 0.1.0
 * @category Exports
 */
export function toHtml(aggregate: Aggregate, rules: ReportRules, options: ExportOptions = {}): string {
  const a = parseAggregate(aggregate, ["aggregate"]);
  const rb = checkRules(rules);
  const o = parseExportOptions(options);
  const locale = o.locale ?? "vi";
  const form = rule(rb, "form");
  const outcomeDue = rule(rb, "outcomeDue");
  const decimals = rule(rb, "shareDecimals");
  const honest = rule(rb, "honestRounding");
  const bases = rule(rb, "shareBases");
  const postalApart = rule(rb, "postalColumn").value.export === "separate";
  const columns = formColumns(postalApart ? "separate" : "mergedWithInPerson");
  const channelBase = CHANNEL_BASE[bases.value.channel];
  const outcomeBase = OUTCOME_BASE[bases.value.outcome];
  const rows = formRows(a, o.officeNames ?? {});
  const last = fromDayNumber(toDayNumber(a.period.to) - 1);
  const body = rows
    .map(
      (r) =>
        `<tr class="${r.kind}"><td class="stt">${esc(r.number)}</td><td>${esc(r.label)}</td>${figureCells(r, columns)}</tr>`,
    )
    .join("\n");
  const shareRows = rows
    .filter((r) => r.kind !== "domain")
    .map((r) => {
      const s = computeShares(r.counts, rb, { locale });
      return `<tr class="${r.kind}"><td>${esc(r.label)}</td><td class="n">${num(r.counts.newlyReceived)}</td><td class="n">${num(r.counts.online)} (${esc(s.online.text)})</td><td class="n">${num(r.counts.postal)} (${esc(s.postal.text)})</td><td class="n">${num(r.counts.early + r.counts.onTime)} (${esc(s.earlyOrOnTime.text)})</td><td class="n">${num(r.counts.late)} (${esc(s.late.text)})</td><td class="n">${num(r.counts.overdue)}</td></tr>`;
    })
    .join("\n");
  const colNumbers = Array.from({ length: columns.length + 2 }, (_, i) => `<th>(${i + 1})</th>`).join("");
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(form.value)} — ${esc(vietnameseDate(a.period.from))}–${esc(vietnameseDate(last))}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="head"><div>${o.reportingUnit === undefined ? "" : `Đơn vị báo cáo: <strong>${esc(o.reportingUnit)}</strong>`}</div><div class="form">${esc(form.value)}</div></div>
<h1>Tình hình, kết quả giải quyết thủ tục hành chính</h1>
<p class="period">Kỳ báo cáo: từ ngày ${esc(vietnameseDate(a.period.from))} đến ngày ${esc(vietnameseDate(last))}</p>
<table>
<thead>
<tr><th rowspan="3">STT</th><th rowspan="3">Lĩnh vực, công việc giải quyết theo cấp</th><th colspan="${postalApart ? 5 : 4}">Số hồ sơ nhận giải quyết</th><th colspan="7">Kết quả giải quyết</th></tr>
<tr><th rowspan="2">Tổng số</th><th colspan="${postalApart ? 4 : 3}">Trong đó</th><th colspan="4">Số hồ sơ đã giải quyết</th><th colspan="3">Số hồ sơ đang giải quyết</th></tr>
<tr><th>Số mới tiếp nhận trực tuyến</th>${postalApart ? "<th>Số mới tiếp nhận trực tiếp</th><th>Số mới tiếp nhận qua dịch vụ bưu chính công ích</th>" : "<th>Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính công ích</th>"}<th>Số kỳ trước chuyển qua</th><th>Tổng số</th><th>Trả trước hạn</th><th>Trả đúng hạn</th><th>Trả quá hạn</th><th>Tổng số</th><th>Trong hạn</th><th>Quá hạn</th></tr>
<tr class="colno">${colNumbers}</tr>
</thead>
<tbody>
${body}
</tbody>
</table>
<h2>Tỷ lệ</h2>
<table>
<thead><tr><th>Cấp, đơn vị</th><th>Số mới tiếp nhận</th><th>Trực tuyến (tỷ lệ trên ${channelBase})</th><th>Qua dịch vụ bưu chính công ích (tỷ lệ trên ${channelBase})</th><th>Giải quyết trước, đúng hạn (tỷ lệ trên ${outcomeBase})</th><th>Giải quyết trễ hạn (tỷ lệ trên ${outcomeBase})</th><th>Đang giải quyết quá hạn</th></tr></thead>
<tbody>
${shareRows}
</tbody>
</table>
<ul class="notes">
<li>Mẫu biểu: ${esc(citeLegalRef(form.legalRef))}.</li>
<li>Trước hạn / đúng hạn / quá hạn: ${esc(citeLegalRef(outcomeDue.legalRef))}; so với ngày hẹn trả ban đầu; hồ sơ đang giải quyết được đánh giá tại 00:00 ngày ${esc(vietnameseDate(a.period.to))}.</li>
<li>Tỷ lệ làm tròn ${decimals.value} chữ số thập phân: ${esc(citeLegalRef(decimals.legalRef))}.</li>
${honest.value ? `<li>Không ghi 0% hoặc 100% khi chưa đúng như vậy: ${esc(citeLegalRef(honest.legalRef))}.</li>\n` : ""}<li>Tỷ lệ kênh nộp trên ${channelBase}, tỷ lệ kết quả trên ${outcomeBase}: ${esc(citeLegalRef(bases.legalRef))}.</li>
</ul>
</body>
</html>
`;
}
