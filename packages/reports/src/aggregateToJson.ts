/**
 * JSON export of Biểu 06: the aggregate itself (so it parses back for merging) plus totals and
 * printed shares for readers.
 *
 * @module
 */
import type { Aggregate } from "./Aggregate";
import { parseExportOptions, type ExportOptions } from "./ExportOptions";
import { formRows } from "./internal/form";
import { parseAggregate } from "./mergeAggregates";
import { FORM_REF, OUTCOME_RULE_REF } from "./ReportRulebook";
import { computeShares } from "./Share";

/**
 * Writes an aggregate as JSON: `form`, `sources`, `period`, `rows` (each with `counts` and
 * printed `shares`) and `sections` (level, office and grand-total lines of the form).
 * `parseAggregate(JSON.parse(json))` gives the aggregate back, so partials can travel as JSON.
 *
 * @example
 * ```ts
 * import { aggregate, aggregateToJson } from "@motcua/reports";
 * const json = aggregateToJson(aggregate([], { from: "2022-01-01", to: "2022-04-01" }));
 * JSON.parse(json).form; // "Biểu số 06/VPCP/KSTT"
 * ```
 * @since 0.1.0
 * @category Exports
 */
export function aggregateToJson(aggregate: Aggregate, options: ExportOptions = {}): string {
  const a = parseAggregate(aggregate, ["aggregate"]);
  const o = parseExportOptions(options);
  const shareOptions = { locale: o.locale ?? "vi" } as const;
  const document = {
    form: "Biểu số 06/VPCP/KSTT",
    ...(o.reportingUnit === undefined ? {} : { reportingUnit: o.reportingUnit }),
    sources: [FORM_REF, OUTCOME_RULE_REF],
    period: a.period,
    rows: a.rows.map((r) => ({ ...r, shares: computeShares(r.counts, shareOptions) })),
    sections: formRows(a, o.officeNames ?? {})
      .filter((r) => r.kind !== "domain")
      .map((r) => ({
        kind: r.kind,
        number: r.number,
        label: r.label,
        ...(r.level === undefined ? {} : { level: r.level }),
        ...(r.officeId === undefined ? {} : { officeId: r.officeId }),
        counts: r.counts,
        shares: computeShares(r.counts, shareOptions),
      })),
  };
  return JSON.stringify(document, null, 2);
}
