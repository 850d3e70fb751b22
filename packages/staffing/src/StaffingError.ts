/**
 * The stable error codes of `@motcua/staffing`.
 *
 * @module
 */

/**
 * Stable machine codes of every error `@motcua/staffing` throws.
 *
 * | code | when |
 * |---|---|
 * | `STAFFING_INVALID_INPUT` | the plan input is malformed (missing field, duplicate domain, …) |
 * | `STAFFING_INVALID_NORMS` | the norms are malformed (or a maximum is below its minimum, a negative activity time) |
 * | `STAFFING_NEGATIVE_VOLUME` | a dossier, guidance or return volume (or a page count) is negative |
 * | `STAFFING_ZERO_THROUGHPUT` | a throughput, working time or domains-per-employee norm is zero or negative |
 * | `STAFFING_RESERVE_BELOW_ONE` | a reserve factor below 1, or a negative number of spare staff |
 * | `STAFFING_NO_SIZING_NORM` | the norms give neither a throughput nor an activity-time model |
 * | `STAFFING_MISSING_PAGES` | the activity-time model needs `pagesPerDossier` for a domain |
 *
 * @example
 * ```ts
 * import { StaffingErrorCode } from "@motcua/staffing";
 * StaffingErrorCode.ReserveBelowOne; // "STAFFING_RESERVE_BELOW_ONE"
 * ```
 * @since 0.1.0
 * @category Errors
 */
export const StaffingErrorCode = {
  InvalidInput: "STAFFING_INVALID_INPUT",
  InvalidNorms: "STAFFING_INVALID_NORMS",
  NegativeVolume: "STAFFING_NEGATIVE_VOLUME",
  ZeroThroughput: "STAFFING_ZERO_THROUGHPUT",
  ReserveBelowOne: "STAFFING_RESERVE_BELOW_ONE",
  NoSizingNorm: "STAFFING_NO_SIZING_NORM",
  MissingPages: "STAFFING_MISSING_PAGES",
} as const;

/**
 * One of the {@link StaffingErrorCode} values.
 *
 * @example
 * ```ts
 * import type { StaffingErrorCodeValue } from "@motcua/staffing";
 * const code: StaffingErrorCodeValue = "STAFFING_NEGATIVE_VOLUME";
 * ```
 * @since 0.1.0
 * @category Errors
 */
export type StaffingErrorCodeValue = (typeof StaffingErrorCode)[keyof typeof StaffingErrorCode];
