/**
 * Report periods: `[from, to)` of civil dates in Vietnamese time.
 *
 * @module
 */
import {
  bilingual,
  CivilDateSchema,
  decode,
  toDayNumber,
  vietnamInstant,
  type CivilDate,
} from "@motcua/core";
import * as z from "zod";
import { REPORTS_ERRORS } from "./errors";

/**
 * Zod schema of a {@link ReportPeriod}: `to` must be after `from`.
 *
 * @example
 * ```ts
 * import { ReportPeriodSchema } from "@motcua/reports";
 * ReportPeriodSchema.safeParse({ from: "2026-01-01", to: "2026-04-01" }).success; // true
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ReportPeriodSchema = z
  .object({
    /** First day of the period (inclusive), `YYYY-MM-DD`, from 00:00 Vietnamese time. */
    from: CivilDateSchema,
    /** Day after the period (exclusive), `YYYY-MM-DD`: the period ends at 00:00 of this day. */
    to: CivilDateSchema,
  })
  .strict()
  .refine((p) => p.from < p.to, {
    message: bilingual("to must be after from", "ngày kết thúc (to) phải sau ngày bắt đầu (from)"),
    path: ["to"],
  });

/**
 * A report period `[from, to)`: a quarter is `{ from: "2026-01-01", to: "2026-04-01" }`.
 * Carried over = received before `from` and still pending at its first instant; pending is
 * judged at the first instant of `to`.
 *
 * @since 0.1.0
 * @category Periods
 */
export interface ReportPeriod {
  /** First day (inclusive). */
  readonly from: CivilDate;
  /** Day after the last one (exclusive). */
  readonly to: CivilDate;
}

/**
 * Parses a period, throwing `REPORTS_INVALID_PERIOD` with the path of the bad field.
 *
 * @example
 * ```ts
 * import { parseReportPeriod } from "@motcua/reports";
 * parseReportPeriod({ from: "2026-01-01", to: "2026-04-01" }); // the first quarter of 2026
 * ```
 * @since 0.1.0
 * @category Periods
 */
export const parseReportPeriod = (input: unknown): ReportPeriod =>
  decode(ReportPeriodSchema, input, {
    code: REPORTS_ERRORS.invalidPeriod,
    path: ["period"],
    label: { en: "report period", vi: "Kỳ báo cáo" },
  });

/**
 * The period's bounds as epoch milliseconds: `[start, end)`, both at 00:00 Vietnamese time.
 *
 * @example
 * ```ts
 * import { periodBounds } from "@motcua/reports";
 * periodBounds({ from: "2026-01-01", to: "2026-04-01" }).start; // Date.parse("2026-01-01T00:00:00+07:00")
 * ```
 * @since 0.1.0
 * @category Periods
 */
export const periodBounds = (period: ReportPeriod): { readonly start: number; readonly end: number } => {
  const p = parseReportPeriod(period);
  return {
    start: vietnamInstant(toDayNumber(p.from, ["period", "from"]), 0),
    end: vietnamInstant(toDayNumber(p.to, ["period", "to"]), 0),
  };
};
