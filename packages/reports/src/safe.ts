/**
 * The `safe*` twins of this package's throwing entry points: the same call, returning a `Result`
 * that never throws (see docs/errors.md).
 *
 * @module
 */
import { attempt, type Result } from "@motcua/core";
import { aggregate } from "./Aggregate";
import { parseDossierSummary } from "./DossierSummary";
import { parseAggregate } from "./mergeAggregates";
import { parseReportPeriod } from "./ReportPeriod";

/**
 * {@link aggregate} returning a `Result` instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with the coded `MotcuaError` aggregate would throw. It never throws (an
 * uncoded error comes back as `UNEXPECTED_ERROR` with the original as its `cause`).
 *
 * @example
 * ```ts
 * import { safeAggregate } from "@motcua/reports";
 * declare const rules: Parameters<typeof safeAggregate>[2];
 * const r = safeAggregate([], { from: "2022-04-01", to: "2022-01-01" }, rules);
 * if (!r.ok) r.error.code; // "REPORTS_INVALID_PERIOD"
 * ```
 * @since 0.2.0
 * @category Aggregate
 */
export const safeAggregate = (...args: Parameters<typeof aggregate>): Result<ReturnType<typeof aggregate>> =>
  attempt(() => aggregate(...args));

/**
 * {@link parseDossierSummary} returning a `Result` instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with the coded `MotcuaError` parseDossierSummary would throw. It never throws (an
 * uncoded error comes back as `UNEXPECTED_ERROR` with the original as its `cause`).
 *
 * @example
 * ```ts
 * import { safeParseDossierSummary } from "@motcua/reports";
 * const r = safeParseDossierSummary({ id: "A" });
 * if (!r.ok) r.error.code; // "REPORTS_INVALID_DOSSIER"
 * ```
 * @since 0.2.0
 * @category Summaries
 */
export const safeParseDossierSummary = (
  ...args: Parameters<typeof parseDossierSummary>
): Result<ReturnType<typeof parseDossierSummary>> => attempt(() => parseDossierSummary(...args));

/**
 * {@link parseAggregate} returning a `Result` instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with the coded `MotcuaError` parseAggregate would throw. It never throws (an
 * uncoded error comes back as `UNEXPECTED_ERROR` with the original as its `cause`).
 *
 * @example
 * ```ts
 * import { safeParseAggregate } from "@motcua/reports";
 * const r = safeParseAggregate(JSON.parse("{}"));
 * if (!r.ok) r.error.code; // "REPORTS_INVALID_AGGREGATE"
 * ```
 * @since 0.2.0
 * @category Aggregate
 */
export const safeParseAggregate = (
  ...args: Parameters<typeof parseAggregate>
): Result<ReturnType<typeof parseAggregate>> => attempt(() => parseAggregate(...args));

/**
 * {@link parseReportPeriod} returning a `Result` instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with the coded `MotcuaError` parseReportPeriod would throw. It never throws (an
 * uncoded error comes back as `UNEXPECTED_ERROR` with the original as its `cause`).
 *
 * @example
 * ```ts
 * import { safeParseReportPeriod } from "@motcua/reports";
 * const r = safeParseReportPeriod({ from: "2022-01-01", to: "2021-12-31" });
 * if (!r.ok) console.log(r.error.en);
 * ```
 * @since 0.2.0
 * @category Period
 */
export const safeParseReportPeriod = (
  ...args: Parameters<typeof parseReportPeriod>
): Result<ReturnType<typeof parseReportPeriod>> => attempt(() => parseReportPeriod(...args));
