/**
 * The `safe*` twins of this package's throwing entry points: the same call, returning a `Result`
 * that never throws (see docs/errors.md).
 *
 * @module
 */
import { attempt, type Result } from "@motcua/core";
import { computeDeadline } from "./computeDeadline";

/**
 * {@link computeDeadline} returning a `Result` instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with the coded `MotcuaError` computeDeadline would throw. It never throws (an
 * uncoded error comes back as `UNEXPECTED_ERROR` with the original as its `cause`).
 *
 * @example
 * ```ts
 * import { safeComputeDeadline } from "@motcua/sla";
 * declare const calendar: Parameters<typeof safeComputeDeadline>[2];
 * declare const rules: Parameters<typeof safeComputeDeadline>[3];
 * const r = safeComputeDeadline({ code: "X", processingTime: { amount: 3, unit: "workingDays" } },
 *   "2026-02-12T09:00:00", calendar, rules);
 * if (!r.ok) r.error.path; // ["receivedAt"]
 * ```
 * @since 0.2.0
 * @category Deadline
 */
export const safeComputeDeadline = (
  ...args: Parameters<typeof computeDeadline>
): Result<ReturnType<typeof computeDeadline>> => attempt(() => computeDeadline(...args));
