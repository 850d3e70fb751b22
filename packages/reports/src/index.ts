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
  reportsSlot,
  ClosureSchema,
  ClosureCountSchema,
  type Closure,
  type ClosureCount,
  type ReportRules,
} from "./reportsSlot";
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
export {
  aggregate,
  readCountingRules,
  type Aggregate,
  type AggregateRow,
  type CountingRules,
} from "./Aggregate";
export { totalCounts, type RowFilter } from "./totalCounts";
export { AggregateSchema, parseAggregate, mergeAggregates } from "./mergeAggregates";
export { computeShare, computeShares, type Share, type ShareOptions, type ReportShares } from "./Share";
export { ExportOptionsSchema, type ExportOptions } from "./ExportOptions";
export { aggregateToJson } from "./aggregateToJson";
export { toCsv } from "./toCsv";
export { toHtml } from "./toHtml";
export { safeAggregate, safeParseDossierSummary, safeParseAggregate, safeParseReportPeriod } from "./safe";
