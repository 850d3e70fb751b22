/**
 * CSV export of Biểu 06: UTF-8 with a byte-order mark (so spreadsheets keep the diacritics), CRLF
 * line ends, RFC 4180 quoting, Vietnamese headers of the form.
 *
 * @module
 */
import { fromDayNumber, toDayNumber } from "@motcua/core";
import type { Aggregate } from "./Aggregate";
import { parseExportOptions, type ExportOptions } from "./ExportOptions";
import { formColumns, formRows, vietnameseDate, type FormRowKind } from "./internal/form";
import { checkRules, rule } from "./internal/rules";
import { parseAggregate } from "./mergeAggregates";
import type { ReportRules } from "./reportsSlot";

/** Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: quote a field holding a comma, a quote, CR or LF; double inner quotes. When
 * `formulaSafe`, a text cell starting with `=`, `+`, `-`, `@`, tab or CR is first prefixed with a
 * single quote, so Excel and LibreOffice show it as text instead of running it.
 */
const field = (value: string | number, formulaSafe: boolean): string => {
  const s =
    typeof value === "string" && formulaSafe && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

const lineOf =
  (formulaSafe: boolean) =>
  (fields: ReadonlyArray<string | number>): string =>
    fields.map((f) => field(f, formulaSafe)).join(",");

const KIND_LABEL: Readonly<Record<FormRowKind, string>> = {
  level: "Cấp",
  office: "Đơn vị",
  domain: "Lĩnh vực",
  total: "Tổng cộng",
};

/**
 * Writes Biểu 06 as CSV: a byte-order mark, then one header row
 * (`STT, Loại dòng, Tên, Mã đơn vị, <group>: <column>…`) and one row per level, office, domain
 * and the grand total, then a note row with the period (every row has the same number of
 * fields), with CRLF line ends and RFC 4180 quoting. The form's name is the `reports.form` rule;
 * with `reports.postalColumn.export: "mergedWithInPerson"` postal dossiers are merged into the
 * form's "trực tiếp hoặc qua dịch vụ bưu chính công ích" column, with `"separate"` they get a
 * column of their own next to "trực tiếp" (the rules come from `sliceOf(rulebook, "reports")`; a
 * missing one throws `RULE_MISSING` naming it). Text cells that start with
 * `=`, `+`, `-`, `@`, tab or CR (office names, ids) are prefixed with `'` so that a spreadsheet
 * shows them instead of running them as formulas (OWASP CSV injection guidance); pass
 * `{ formulaSafe: false }` to write them unchanged. Throws `REPORTS_INVALID_AGGREGATE` /
 * `REPORTS_INVALID_RULEBOOK` / `REPORTS_INVALID_OPTIONS` on bad input.
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { aggregate, toCsv } from "@motcua/reports";
 * const rules = sliceOf(composeRulebook([national], { asOf: "2022-01-01" }), "reports");
 * const csv = toCsv(aggregate([], { from: "2022-01-01", to: "2022-04-01" }, rules), rules);
 * csv.startsWith("\uFEFFSTT,"); // true
 * ```
 * @since 0.1.0
 * @category Exports
 */
export function toCsv(aggregate: Aggregate, rules: ReportRules, options: ExportOptions = {}): string {
  const a = parseAggregate(aggregate, ["aggregate"]);
  const r = checkRules(rules);
  const o = parseExportOptions(options);
  const form = rule(r, "form").value;
  const columns = formColumns(rule(r, "postalColumn").value.export);
  const last = fromDayNumber(toDayNumber(a.period.to) - 1);
  const line = lineOf(o.formulaSafe ?? true);
  const header = ["STT", "Loại dòng", "Tên", "Mã đơn vị", ...columns.map((c) => `${c.group}: ${c.label}`)];
  const lines = [line(header)];
  for (const row of formRows(a, o.officeNames ?? {})) {
    lines.push(
      line([
        row.number,
        KIND_LABEL[row.kind],
        row.label,
        row.officeId ?? "",
        ...columns.map((c) => c.value(row.counts)),
      ]),
    );
  }
  lines.push(
    line([
      "",
      "Ghi chú",
      `${form}; kỳ báo cáo từ ngày ${vietnameseDate(a.period.from)} đến ngày ${vietnameseDate(last)}${
        o.reportingUnit === undefined ? "" : `; đơn vị báo cáo: ${o.reportingUnit}`
      }`,
      "",
      ...columns.map(() => ""),
    ]),
  );
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
