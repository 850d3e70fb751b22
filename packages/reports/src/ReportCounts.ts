/**
 * The thirteen figures of one row of Biểu 06, and the identities that bind them.
 *
 * @module
 */
import { decode, MotcuaError, type ErrorPath } from "@motcua/core";
import * as z from "zod";
import { REPORTS_ERRORS } from "./errors";
import { countsFromPacked, packCounts, WIDTH } from "./internal/packed";

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * Zod schema of {@link ReportCounts} (shape only; {@link checkReportCounts} checks the identities).
 *
 * @example
 * ```ts
 * import { ReportCountsSchema } from "@motcua/reports";
 * ReportCountsSchema.safeParse({ received: -1 }).success; // false
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ReportCountsSchema = z
  .object({
    received: count,
    newlyReceived: count,
    online: count,
    counter: count,
    postal: count,
    carriedOver: count,
    resolved: count,
    early: count,
    onTime: count,
    late: count,
    pending: count,
    withinDeadline: count,
    overdue: count,
  })
  .strict();

/**
 * One row of Biểu số 06/VPCP/KSTT. Postal is kept apart from the counter here; the export merges
 * them into the form's single "trực tiếp hoặc qua dịch vụ bưu chính" column.
 *
 * Identities (checked by {@link checkReportCounts}):
 * `received = newlyReceived + carriedOver = resolved + pending`,
 * `newlyReceived = online + counter + postal`, `resolved = early + onTime + late`,
 * `pending = withinDeadline + overdue`.
 *
 * @since 0.1.0
 * @category Counts
 */
export interface ReportCounts {
  /** Tổng số hồ sơ nhận giải quyết: new plus carried over. */
  readonly received: number;
  /** Số mới tiếp nhận: received during the period. */
  readonly newlyReceived: number;
  /** Số mới tiếp nhận trực tuyến. */
  readonly online: number;
  /** Số mới tiếp nhận trực tiếp (at the counter). */
  readonly counter: number;
  /** Số mới tiếp nhận qua dịch vụ bưu chính công ích. */
  readonly postal: number;
  /** Số kỳ trước chuyển qua: received before the period, still pending at its start. */
  readonly carriedOver: number;
  /** Số hồ sơ đã giải quyết trong kỳ. */
  readonly resolved: number;
  /** Trả trước hạn. */
  readonly early: number;
  /** Trả đúng hạn. */
  readonly onTime: number;
  /** Trả quá hạn. */
  readonly late: number;
  /** Số hồ sơ đang giải quyết at the period's end. */
  readonly pending: number;
  /** Đang giải quyết, trong hạn (chưa đến hạn). */
  readonly withinDeadline: number;
  /** Đang giải quyết, quá hạn. */
  readonly overdue: number;
}

/**
 * A row of zeros.
 *
 * @example
 * ```ts
 * import { EMPTY_COUNTS } from "@motcua/reports";
 * EMPTY_COUNTS.received; // 0
 * ```
 * @since 0.1.0
 * @category Counts
 */
export const EMPTY_COUNTS: ReportCounts = Object.freeze(countsFromPacked(new Float64Array(WIDTH), 0));

/**
 * Adds rows field by field (office partials into a province total, …); each row is checked
 * first (`REPORTS_INVALID_AGGREGATE` / `REPORTS_IDENTITY_BROKEN`).
 *
 * @example
 * ```ts
 * import { addCounts, EMPTY_COUNTS } from "@motcua/reports";
 * addCounts(EMPTY_COUNTS, EMPTY_COUNTS).received; // 0
 * ```
 * @since 0.1.0
 * @category Counts
 */
export const addCounts = (...rows: ReadonlyArray<ReportCounts>): ReportCounts => {
  const packed = new Float64Array(WIDTH);
  rows.forEach((row, i) => {
    checkReportCounts(row, ["rows", i]);
    packCounts(row, packed, 0);
  });
  return countsFromPacked(packed, 0);
};

const IDENTITIES: ReadonlyArray<{
  readonly name: string;
  readonly left: keyof ReportCounts;
  readonly right: ReadonlyArray<keyof ReportCounts>;
}> = [
  {
    name: "received = newlyReceived + carriedOver",
    left: "received",
    right: ["newlyReceived", "carriedOver"],
  },
  { name: "received = resolved + pending", left: "received", right: ["resolved", "pending"] },
  {
    name: "newlyReceived = online + counter + postal",
    left: "newlyReceived",
    right: ["online", "counter", "postal"],
  },
  { name: "resolved = early + onTime + late", left: "resolved", right: ["early", "onTime", "late"] },
  { name: "pending = withinDeadline + overdue", left: "pending", right: ["withinDeadline", "overdue"] },
];

/**
 * Checks the identities of the form, throwing `REPORTS_IDENTITY_BROKEN` naming the first one that
 * fails (received = new + carried over = resolved + pending, …), or `REPORTS_INVALID_AGGREGATE`
 * when a figure is not a non-negative integer.
 *
 * @example
 * ```ts
 * import { checkReportCounts, EMPTY_COUNTS } from "@motcua/reports";
 * checkReportCounts(EMPTY_COUNTS); // passes
 * checkReportCounts({ ...EMPTY_COUNTS, received: 1 }); // throws REPORTS_IDENTITY_BROKEN
 * ```
 * @since 0.1.0
 * @category Counts
 */
export function checkReportCounts(counts: ReportCounts, path: ErrorPath = []): void {
  decode(ReportCountsSchema, counts, { code: REPORTS_ERRORS.invalidAggregate, path });
  assertIdentities(counts, path);
}

/** The identity check alone, for counts whose shape is already known (internal). */
export function assertIdentities(counts: ReportCounts, path: ErrorPath): void {
  const c = counts;
  if (
    c.received === c.newlyReceived + c.carriedOver &&
    c.received === c.resolved + c.pending &&
    c.newlyReceived === c.online + c.counter + c.postal &&
    c.resolved === c.early + c.onTime + c.late &&
    c.pending === c.withinDeadline + c.overdue
  ) {
    return; // the common case, without allocation; the loop below names the broken identity
  }
  for (const identity of IDENTITIES) {
    const right = identity.right.reduce((sum, key) => sum + counts[key], 0);
    if (counts[identity.left] !== right) {
      throw new MotcuaError({
        code: REPORTS_ERRORS.identityBroken,
        path: [...path, identity.left],
        vi: `Số liệu không khớp đẳng thức của Biểu 06: ${identity.name} (${counts[identity.left]} ≠ ${right})`,
        en: `Counts break an identity of Biểu 06: ${identity.name} (${counts[identity.left]} ≠ ${right})`,
        data: { identity: identity.name, left: counts[identity.left], right },
      });
    }
  }
}
