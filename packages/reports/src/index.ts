/**
 * Biểu số 06/VPCP/KSTT, exact and fast at national scale: received (online, in person, postal,
 * carried over), resolved (early, on time, late) and pending (within deadline, overdue) per
 * domain, office and level, with mergeable aggregates and JSON, CSV and printable HTML exports.
 *
 * @packageDocumentation
 * @module @motcua/reports
 */
export { REPORTS_ERRORS } from "./errors";
export {
  ClosureSchema,
  ClosureRuleSchema,
  ReportRulebookSchema,
  NATIONAL_REPORT_RULEBOOK,
  OUTCOME_RULE_REF,
  FORM_REF,
  DONG_THAP_REVIEW_REF,
  parseReportRulebook,
  type Closure,
  type ClosureRule,
  type ReportRulebook,
} from "./ReportRulebook";
export {
  DossierSummarySchema,
  parseDossierSummary,
  type DossierSummary,
  type DossierSummaryInput,
} from "./DossierSummary";
export { ReportPeriodSchema, parseReportPeriod, periodBounds, type ReportPeriod } from "./ReportPeriod";
export {
  DossierColumnsBuilder,
  toDossierColumns,
  type DossierColumns,
  type DossierGroup,
} from "./DossierColumns";
export {
  ReportCountsSchema,
  EMPTY_COUNTS,
  addCounts,
  checkReportCounts,
  type ReportCounts,
} from "./ReportCounts";
export { aggregate, type Aggregate, type AggregateRow } from "./Aggregate";
export { totalCounts, type RowFilter } from "./totalCounts";
export { AggregateSchema, parseAggregate, mergeAggregates } from "./mergeAggregates";
export { computeShare, computeShares, type Share, type ShareOptions, type ReportShares } from "./Share";
export { ExportOptionsSchema, type ExportOptions } from "./ExportOptions";
export { aggregateToJson } from "./aggregateToJson";
export { toCsv } from "./toCsv";
export { toHtml } from "./toHtml";
