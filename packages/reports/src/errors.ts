/**
 * The stable error codes of `@motcua/reports`.
 *
 * @module
 */

/**
 * Every error code `@motcua/reports` throws, each a `MotcuaError` (from `@motcua/core`) with Vietnamese and English
 * messages and the path of the offending field.
 *
 * - `REPORTS_INVALID_DOSSIER`: a dossier summary does not match {@link DossierSummarySchema};
 * - `REPORTS_INVALID_PERIOD`: a period is malformed, or `to` is not after `from`;
 * - `REPORTS_INVALID_RULEBOOK`: the report rules are not a `reports` slice (an unknown key, a rule
 *   that is not `{ value, legalRef, verified }`, a value that does not match {@link reportsSlot});
 *   a rule the slice lacks is `RULE_MISSING` (from `@motcua/core`), naming it;
 * - `REPORTS_INVALID_AGGREGATE`: an aggregate (e.g. parsed from JSON) is malformed;
 * - `REPORTS_IDENTITY_BROKEN`: counts break an identity of the form (received = resolved + pending…);
 * - `REPORTS_MERGE_EMPTY`: nothing to merge;
 * - `REPORTS_MERGE_GAP`: period partials overlap or leave a gap;
 * - `REPORTS_MERGE_DISCONTINUOUS`: a period's carried-over count differs from the previous
 *   period's pending count (the partials come from different dossier sets);
 * - `REPORTS_INVALID_SHARE`: a share's part or whole is not a count, or the part exceeds the whole;
 * - `REPORTS_INVALID_OPTIONS`: export options are malformed.
 *
 * @example
 * ```ts
 * import { isMotcuaError } from "@motcua/core";
 * import { aggregate, REPORTS_ERRORS } from "@motcua/reports";
 * try {
 *   aggregate([], { from: "2026-02-01", to: "2026-01-01" });
 * } catch (e) {
 *   isMotcuaError(e, REPORTS_ERRORS.invalidPeriod); // true
 * }
 * ```
 * @since 0.1.0
 * @category Errors
 */
export const REPORTS_ERRORS = Object.freeze({
  invalidDossier: "REPORTS_INVALID_DOSSIER",
  invalidPeriod: "REPORTS_INVALID_PERIOD",
  invalidRulebook: "REPORTS_INVALID_RULEBOOK",
  invalidAggregate: "REPORTS_INVALID_AGGREGATE",
  identityBroken: "REPORTS_IDENTITY_BROKEN",
  mergeEmpty: "REPORTS_MERGE_EMPTY",
  mergeGap: "REPORTS_MERGE_GAP",
  mergeDiscontinuous: "REPORTS_MERGE_DISCONTINUOUS",
  invalidShare: "REPORTS_INVALID_SHARE",
  invalidOptions: "REPORTS_INVALID_OPTIONS",
} as const);
