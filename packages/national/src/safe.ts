/**
 * The `safe*` twins of this package's throwing entry points: the same call, returning a `Result`
 * that never throws (see docs/errors.md).
 *
 * @module
 */
import { attempt, type Result } from "@motcua/core";
import { composeForProvince } from "./composeForProvince";

/**
 * {@link composeForProvince} returning a `Result` instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with the coded `MotcuaError` composeForProvince would throw. It never throws (an
 * uncoded error comes back as `UNEXPECTED_ERROR` with the original as its `cause`).
 *
 * @example
 * ```ts
 * import { safeComposeForProvince } from "@motcua/national";
 * const r = safeComposeForProvince({ province: "ha-tihn", asOf: "2026-03-02" });
 * if (!r.ok) r.error.code; // "NATIONAL_UNKNOWN_PROVINCE" (did you mean "ha-tinh"?)
 * ```
 * @since 0.2.0
 * @category Rulebook
 */
export const safeComposeForProvince = (
  ...args: Parameters<typeof composeForProvince>
): Result<ReturnType<typeof composeForProvince>> => attempt(() => composeForProvince(...args));
