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
import { checkRules, rule } from "./internal/rules";
import { sourcesOf } from "./internal/sources";
import type { ReportRules } from "./reportsSlot";
import { computeShares } from "./Share";

/**
 * Writes an aggregate as JSON: `form`, `sources`, `period`, `rows` (each with `counts` and
 * printed `shares`) and `sections` (level, office and grand-total lines of the form).
 * `parseAggregate(JSON.parse(json))` gives the aggregate back, so partials can travel as JSON.
 * `form` is the `reports.form` rule; the shares follow `reports.shareDecimals`,
 * `reports.honestRounding` and `reports.shareBases`; `sources` are the legal references of the
 * rules read (from `sliceOf(rulebook, "reports")`; a missing one throws `RULE_MISSING`).
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { aggregate, aggregateToJson } from "@motcua/reports";
 * const rules = sliceOf(composeRulebook([national], { asOf: "2022-01-01" }), "reports");
 * const json = aggregateToJson(aggregate([], { from: "2022-01-01", to: "2022-04-01" }, rules), rules);
 * JSON.parse(json).form; // "Biểu số 06/VPCP/KSTT"
 * ```
 * @since 0.1.0
 * @category Exports
 */
export function aggregateToJson(
  aggregate: Aggregate,
  rules: ReportRules,
  options: ExportOptions = {},
): string {
  const a = parseAggregate(aggregate, ["aggregate"]);
  const rb = checkRules(rules);
  const o = parseExportOptions(options);
  const shareOptions = { locale: o.locale ?? "vi" } as const;
  const form = rule(rb, "form");
  const read = [
    form,
    rule(rb, "outcomeDue"),
    rule(rb, "shareDecimals"),
    rule(rb, "honestRounding"),
    rule(rb, "shareBases"),
  ];
  const document = {
    form: form.value,
    ...(o.reportingUnit === undefined ? {} : { reportingUnit: o.reportingUnit }),
    sources: sourcesOf(read),
    period: a.period,
    rows: a.rows.map((r) => ({ ...r, shares: computeShares(r.counts, rb, shareOptions) })),
    sections: formRows(a, o.officeNames ?? {})
      .filter((r) => r.kind !== "domain")
      .map((r) => ({
        kind: r.kind,
        number: r.number,
        label: r.label,
        ...(r.level === undefined ? {} : { level: r.level }),
        ...(r.officeId === undefined ? {} : { officeId: r.officeId }),
        counts: r.counts,
        shares: computeShares(r.counts, rb, shareOptions),
      })),
  };
  return JSON.stringify(document, null, 2);
}
