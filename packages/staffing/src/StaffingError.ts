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
 * | `STAFFING_INVALID_NORMS` | the staffing rules are malformed (a capacity of zero, a reserve factor below 1, a maximum below its minimum, a negative activity time) |
 * | `STAFFING_NEGATIVE_VOLUME` | a dossier, guidance or return volume (or a page count) is negative |
 * | `STAFFING_NO_SIZING_NORM` | the rules give nothing to size staff with (no capacity, no maximum of domains, no activity-time model) |
 * | `STAFFING_MISSING_PAGES` | the activity-time model needs `pagesPerDossier` for a domain |
 *
 * @example
 * ```ts
 * import { StaffingErrorCode } from "@motcua/staffing";
 * StaffingErrorCode.NoSizingNorm; // "STAFFING_NO_SIZING_NORM"
 * ```
 * @since 0.1.0
 * @category Errors
 */
export const StaffingErrorCode = {
  InvalidInput: "STAFFING_INVALID_INPUT",
  InvalidNorms: "STAFFING_INVALID_NORMS",
  NegativeVolume: "STAFFING_NEGATIVE_VOLUME",
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
