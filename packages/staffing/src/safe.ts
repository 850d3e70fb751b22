/**
 * The `safe*` twins of this package's throwing entry points: the same call, returning a `Result`
 * that never throws (see docs/errors.md).
 *
 * @module
 */
import { attempt, type Result } from "@motcua/core";
import { planStaffing } from "./planStaffing";

/**
 * {@link planStaffing} returning a `Result` instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with the coded `MotcuaError` planStaffing would throw. It never throws (an
 * uncoded error comes back as `UNEXPECTED_ERROR` with the original as its `cause`).
 *
 * @example
 * ```ts
 * import { safePlanStaffing } from "@motcua/staffing";
 * declare const norms: Parameters<typeof safePlanStaffing>[1];
 * const r = safePlanStaffing({ officeId: "X", level: "commune", dossiersPerDay: -1 } as never, norms);
 * if (!r.ok) console.log(r.error.code, r.error.path);
 * ```
 * @since 0.2.0
 * @category Staffing
 */
export const safePlanStaffing = (
  ...args: Parameters<typeof planStaffing>
): Result<ReturnType<typeof planStaffing>> => attempt(() => planStaffing(...args));
