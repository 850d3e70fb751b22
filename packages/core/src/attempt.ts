/**
 * `attempt`: the `Result` of a throwing call, the one way every `safe*` twin is made.
 *
 * @module
 */
import { MotcuaError, isMotcuaError } from "./MotcuaError";
import { err, ok, type Result } from "./Result";

/** Code of an error that was not a `MotcuaError`, returned by {@link attempt} with it as `cause`. */
export const UNEXPECTED_ERROR = "UNEXPECTED_ERROR";

/**
 * Runs `f` and returns its value as `{ ok: true, value }`, or what it threw as `{ ok: false, error }`.
 * It never throws: a coded `MotcuaError` comes back as it is, anything else as `UNEXPECTED_ERROR`
 * with the original as its `cause`. Every `safe*` twin of a throwing function is this call; use it
 * for a throwing function that has none.
 *
 * @example
 * ```ts
 * import { attempt, parseInstant } from "@motcua/core";
 * const r = attempt(() => parseInstant("2026-02-12T09:00:00"));
 * if (!r.ok) r.error.code; // "INVALID_INSTANT" (no offset)
 * ```
 * @since 0.2.0
 * @category Result
 */
export function attempt<A>(f: () => A): Result<A> {
  try {
    return ok(f());
  } catch (e) {
    if (isMotcuaError(e)) return err(e);
    return err(
      new MotcuaError({
        code: UNEXPECTED_ERROR,
        vi: "Lỗi không lường trước (xin báo lỗi này)",
        en: "Unexpected error (please report it)",
        cause: e,
      }),
    );
  }
}
