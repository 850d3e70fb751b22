/**
 * Totals over the rows of an aggregate: a level, an office, a domain, or everything.
 *
 * @module
 */
import { decode, LevelSchema, type Level } from "@motcua/core";
import * as z from "zod";
import type { Aggregate } from "./Aggregate";
import { REPORTS_ERRORS } from "./errors";
import { parseAggregate } from "./mergeAggregates";
import { addCounts, type ReportCounts } from "./ReportCounts";

const FilterSchema = z
  .object({ level: z.optional(LevelSchema), officeId: z.string().optional(), domain: z.string().optional() })
  .strict();

/**
 * Which rows {@link totalCounts} adds up; every given field must match.
 *
 * @since 0.1.0
 * @category Aggregates
 */
export interface RowFilter {
  /** Only rows of this level (e.g. all district one-stops). */
  readonly level?: Level;
  /** Only rows of this office (e.g. the province HCC centre). */
  readonly officeId?: string;
  /** Only rows of this domain (across offices). */
  readonly domain?: string;
}

/**
 * Adds up the rows of an aggregate that match a filter (all rows without one). The identities
 * still hold for the total.
 *
 * @example
 * ```ts
 * import { aggregate, totalCounts } from "@motcua/reports";
 * const a = aggregate([], { from: "2022-01-01", to: "2022-04-01" });
 * totalCounts(a, { level: "district" }).received; // 0
 * ```
 * @since 0.1.0
 * @category Aggregates
 */
export function totalCounts(aggregate: Aggregate, filter: RowFilter = {}): ReportCounts {
  const a = parseAggregate(aggregate, ["aggregate"]);
  const f = decode(FilterSchema, filter, { code: REPORTS_ERRORS.invalidOptions, path: ["filter"] });
  return addCounts(
    ...a.rows
      .filter(
        (r) =>
          (f.level === undefined || r.level === f.level) &&
          (f.officeId === undefined || r.officeId === f.officeId) &&
          (f.domain === undefined || r.domain === f.domain),
      )
      .map((r) => r.counts),
  );
}
