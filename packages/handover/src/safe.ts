/**
 * The `safe*` twins of this package's throwing entry points: the same call, returning a `Result`
 * that never throws (see docs/errors.md).
 *
 * @module
 */
import { attempt, type Result } from "@motcua/core";
import { decide } from "./decide";
import { toRegister } from "./toRegister";

/**
 * {@link decide} returning a `Result` instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with the coded `MotcuaError` decide would throw. It never throws (an
 * uncoded error comes back as `UNEXPECTED_ERROR` with the original as its `cause`).
 *
 * @example
 * ```ts
 * import { safeDecide } from "@motcua/handover";
 * declare const rules: Parameters<typeof safeDecide>[1];
 * const r = safeDecide({ officeId: "X", level: "commune", scope: { kind: "all" } }, rules, "2021-06-01");
 * if (!r.ok) console.log(r.error.code, r.error.en);
 * ```
 * @since 0.2.0
 * @category Decide
 */
export const safeDecide = (...args: Parameters<typeof decide>): Result<ReturnType<typeof decide>> =>
  attempt(() => decide(...args));

/**
 * {@link toRegister} returning a `Result` instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with the coded `MotcuaError` toRegister would throw. It never throws (an
 * uncoded error comes back as `UNEXPECTED_ERROR` with the original as its `cause`).
 *
 * @example
 * ```ts
 * import { safeToRegister } from "@motcua/handover";
 * const r = safeToRegister([]);
 * if (r.ok) r.value; // the register of no events
 * ```
 * @since 0.2.0
 * @category Register
 */
export const safeToRegister = (
  ...args: Parameters<typeof toRegister>
): Result<ReturnType<typeof toRegister>> => attempt(() => toRegister(...args));
