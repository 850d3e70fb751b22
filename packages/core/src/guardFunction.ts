/**
 * Makes a typed helper safe to call with anything: whatever it throws that is not a
 * {@link MotcuaError} (a `TypeError` on a wrong-typed argument, a throwing getter or proxy) becomes
 * the coded `INVALID_ARGUMENT`, with the original as `cause`, naming the argument at fault when
 * the helper declares its parameters.
 *
 * @module
 */
import { findHostile, HOSTILE_TEXT } from "./internal/inputGuard";
import { MotcuaError } from "./MotcuaError";
import { previewValue } from "./previewValue";

/** Code for an argument a helper could not use (wrong type, unreadable). */
export const INVALID_ARGUMENT = "INVALID_ARGUMENT";

/**
 * What a parameter takes: `object` (not null, not an array), `array`, `string`, `number` (finite),
 * `function`, or `any`; a trailing `?` also accepts `undefined`.
 *
 * @since 0.2.0
 * @category Errors
 */
export type ArgumentKind =
  | "object"
  | "array"
  | "string"
  | "number"
  | "function"
  | "any"
  | "object?"
  | "array?"
  | "string?"
  | "number?"
  | "function?";

/**
 * The parameters of a helper, in order: name → kind, or the names of the methods an object
 * argument must have (e.g. a calendar's `["addWorkingDayNumbers"]`).
 *
 * @since 0.2.0
 * @category Errors
 */
export type ArgumentKinds = Readonly<Record<string, ArgumentKind | ReadonlyArray<string>>>;

const KIND_TEXT: Readonly<Record<string, { readonly en: string; readonly vi: string }>> = {
  object: { en: "an object", vi: "một đối tượng" },
  array: { en: "an array", vi: "một mảng" },
  string: { en: "a string", vi: "một chuỗi" },
  number: { en: "a finite number", vi: "một số hữu hạn" },
  function: { en: "a function", vi: "một hàm" },
};

const hasKind = (value: unknown, kind: string): boolean => {
  switch (kind) {
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "number":
      return Number.isFinite(value);
    case "function":
      return typeof value === "function";
    default:
      return true;
  }
};

/**
 * The first argument of `args` that has the wrong kind or holds a hostile value (a cycle, a
 * BigInt, a throwing getter or proxy, an odd `length`, …), as a coded error naming it, or
 * `undefined`. Never throws.
 */
function blame(fn: string, params: ArgumentKinds, args: ArrayLike<unknown>): MotcuaError | undefined {
  try {
    const names = Object.keys(params);
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      const spec = params[name] as ArgumentKind | ReadonlyArray<string>;
      const value = args[i];
      if (typeof value === "object" && value !== null && isProxyLike(value))
        return refuse(fn, [name], HOSTILE_TEXT.unreadable);
      if (typeof spec !== "string") {
        const missing = spec.find(
          (m) => typeof value !== "object" || value === null || typeof Reflect.get(value, m) !== "function",
        );
        if (missing !== undefined)
          return refuse(fn, [name], {
            en: `${name} must be an object with ${missing}(), received ${previewValue(value)}`,
            vi: `${name} phải là một đối tượng có ${missing}(), nhận được ${previewValue(value)}`,
          });
        continue;
      }
      const optional = spec.endsWith("?");
      const kind = optional ? spec.slice(0, -1) : spec;
      if (optional && value === undefined) continue;
      if (!hasKind(value, kind)) {
        const want = KIND_TEXT[kind] ?? { en: kind, vi: kind };
        const got = previewValue(value);
        return refuse(fn, [name], {
          en: `${name} must be ${want.en}, received ${got}`,
          vi: `${name} phải là ${want.vi}, nhận được ${got}`,
        });
      }
      const hostile = findHostile(value);
      if (hostile !== undefined) return refuse(fn, [name, ...hostile.path], HOSTILE_TEXT[hostile.reason]);
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** An object whose keys cannot even be listed (a proxy whose traps throw). */
const isProxyLike = (value: object): boolean => {
  try {
    Reflect.ownKeys(value);
    return false;
  } catch {
    return true;
  }
};

const refuse = (
  fn: string,
  path: ReadonlyArray<string | number>,
  text: { readonly en: string; readonly vi: string },
  cause?: unknown,
): MotcuaError =>
  new MotcuaError({
    code: INVALID_ARGUMENT,
    vi: `Đối số không dùng được cho ${fn}: ${text.vi}`,
    en: `Unusable argument to ${fn}: ${text.en}`,
    path,
    data: { function: fn, ...(typeof path[0] === "string" ? { argument: path[0] } : {}) },
    ...(cause === undefined ? {} : { cause }),
  });

/**
 * Checks the arguments of `fn` before it reads them: throws {@link INVALID_ARGUMENT}, with the
 * argument's name and the place inside it as `path`, when one has the wrong kind or holds a
 * hostile value (a cycle, more than 100 levels, a BigInt, a getter or proxy that throws, an odd
 * `length`). It walks each argument once (linear time); use it at the top of a public function.
 *
 * @example
 * ```ts
 * import { checkArguments, isMotcuaError } from "@motcua/core";
 * try {
 *   checkArguments("toSlip", { events: "array", options: "object?" }, [5]);
 * } catch (e) {
 *   isMotcuaError(e, "INVALID_ARGUMENT"); // true, with path ["events"]
 * }
 * ```
 * @since 0.2.0
 * @category Errors
 */
export function checkArguments(fn: string, params: ArgumentKinds, args: ArrayLike<unknown>): void {
  const problem = blame(fn, params, args);
  if (problem !== undefined) throw problem;
}

/**
 * Wraps `fn` so that it throws only {@link MotcuaError}s: coded errors pass through, anything else
 * becomes {@link INVALID_ARGUMENT} naming the function and, when `params` lists its parameters,
 * the argument at fault (checked only after a failure, so a valid call costs nothing). Results,
 * `this` and `length` are kept.
 *
 * @example
 * ```ts
 * import { guardFunction, isMotcuaError } from "@motcua/core";
 * const first = guardFunction("first", (list: ReadonlyArray<string>) => list[0], { list: "array" });
 * try {
 *   first(undefined as never);
 * } catch (e) {
 *   isMotcuaError(e, "INVALID_ARGUMENT"); // true, with path ["list"]
 * }
 * ```
 * @since 0.2.0
 * @category Errors
 */
export function guardFunction<A extends unknown[], R>(
  name: string,
  fn: (...args: A) => R,
  params?: ArgumentKinds,
): (...args: A) => R {
  if (typeof fn !== "function" || typeof name !== "string")
    throw new MotcuaError({
      code: INVALID_ARGUMENT,
      vi: "guardFunction cần một tên (chuỗi) và một hàm",
      en: "guardFunction needs a name (string) and a function",
    });
  /** The coded error for what `fn` threw on `args`. */
  const recode = (cause: unknown, args: ArrayLike<unknown>): MotcuaError => {
    if (cause instanceof MotcuaError) return cause;
    const named = params === undefined ? undefined : blame(name, params, args);
    if (named !== undefined)
      return new MotcuaError({
        code: named.code,
        vi: named.vi,
        en: named.en,
        path: named.path,
        data: named.data ?? {},
        cause,
      });
    return new MotcuaError({
      code: INVALID_ARGUMENT,
      vi: `Đối số không dùng được cho ${name} (sai kiểu hoặc không đọc được)`,
      en: `Unusable argument to ${name} (wrong type or unreadable)`,
      data: { function: name },
      cause,
    });
  };
  const f = fn as (...args: unknown[]) => R;
  // Calls of up to three arguments are forwarded without building an array (the hot paths: day
  // numbers, instants); more go through `apply`.
  const guarded = function (this: unknown, a?: unknown, b?: unknown, c?: unknown): R {
    try {
      switch (arguments.length) {
        case 0:
          return f.call(this);
        case 1:
          return f.call(this, a);
        case 2:
          return f.call(this, a, b);
        case 3:
          return f.call(this, a, b, c);
        default:
          // eslint-disable-next-line prefer-rest-params -- forwards every argument unchanged
          return f.apply(this, arguments as unknown as unknown[]);
      }
    } catch (cause) {
      // eslint-disable-next-line prefer-rest-params -- the arguments as the caller passed them
      throw recode(cause, arguments);
    }
  } as unknown as (...args: A) => R;
  Object.defineProperty(guarded, "length", { value: fn.length });
  Object.defineProperty(guarded, "name", { value: name });
  return guarded;
}
