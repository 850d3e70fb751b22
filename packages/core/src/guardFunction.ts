/**
 * Makes a typed helper safe to call with anything: whatever it throws that is not a
 * {@link MotcuaError} (a `TypeError` on a wrong-typed argument, a throwing getter or proxy) becomes
 * the coded `INVALID_ARGUMENT`, with the original as `cause`.
 *
 * @module
 */
import { MotcuaError } from "./MotcuaError";

/** Code for an argument a helper could not use (wrong type, unreadable). */
export const INVALID_ARGUMENT = "INVALID_ARGUMENT";

/**
 * Wraps `fn` so that it throws only {@link MotcuaError}s: coded errors pass through, anything else
 * becomes {@link INVALID_ARGUMENT} naming the function. Results, `this` and `length` are kept.
 *
 * @example
 * ```ts
 * import { guardFunction, isMotcuaError } from "@motcua/core";
 * const first = guardFunction("first", (list: ReadonlyArray<string>) => list[0]);
 * try {
 *   first(undefined as never);
 * } catch (e) {
 *   isMotcuaError(e, "INVALID_ARGUMENT"); // true
 * }
 * ```
 * @since 0.2.0
 * @category Errors
 */
export function guardFunction<A extends unknown[], R>(
  name: string,
  fn: (...args: A) => R,
): (...args: A) => R {
  if (typeof fn !== "function" || typeof name !== "string")
    throw new MotcuaError({
      code: INVALID_ARGUMENT,
      vi: "guardFunction cần một tên (chuỗi) và một hàm",
      en: "guardFunction needs a name (string) and a function",
    });
  const guarded = function (this: unknown, ...args: A): R {
    try {
      return fn.apply(this, args);
    } catch (cause) {
      if (cause instanceof MotcuaError) throw cause;
      throw new MotcuaError({
        code: INVALID_ARGUMENT,
        vi: `Đối số không dùng được cho ${name} (sai kiểu hoặc không đọc được)`,
        en: `Unusable argument to ${name} (wrong type or unreadable)`,
        data: { function: name },
        cause,
      });
    }
  };
  Object.defineProperty(guarded, "length", { value: fn.length });
  Object.defineProperty(guarded, "name", { value: name });
  return guarded;
}
