/**
 * The bounds a case file is read within: size, nesting depth, forbidden keys, strict UTF-8.
 *
 * @module
 */

/**
 * Code for a case file nested deeper than {@link CASE_FILE_LIMITS}`.maxDepth`.
 *
 * @since 0.2.0
 */
export const CONFORMANCE_CASE_TOO_DEEP = "CONFORMANCE_CASE_TOO_DEEP";

/**
 * Code for a case file larger than {@link CASE_FILE_LIMITS}`.maxBytes`.
 *
 * @since 0.2.0
 */
export const CONFORMANCE_CASE_TOO_LARGE = "CONFORMANCE_CASE_TOO_LARGE";

/**
 * Code for a key `__proto__`, `constructor` or `prototype` anywhere in a case file: such a key
 * can be dropped or change an object's prototype on its way to the check, so an assertion under
 * it might never be checked.
 *
 * @since 0.2.0
 */
export const CONFORMANCE_CASE_FORBIDDEN_KEY = "CONFORMANCE_CASE_FORBIDDEN_KEY";

/**
 * Code for a case file that is not valid UTF-8 (read strictly: nothing is silently replaced).
 *
 * @since 0.2.0
 */
export const CONFORMANCE_CASE_ENCODING = "CONFORMANCE_CASE_ENCODING";

/**
 * The bounds every case file is read within.
 *
 * @example
 * ```ts
 * import { CASE_FILE_LIMITS } from "@motcua/conformance";
 * CASE_FILE_LIMITS.maxBytes; // 1048576
 * ```
 * @since 0.2.0
 * @category Loading
 */
export const CASE_FILE_LIMITS = { maxBytes: 1024 * 1024, maxDepth: 64 } as const;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * The first place a value is nested too deeply or uses a forbidden key (iterative: no recursion).
 *
 * @internal
 */
export function shapeProblem(
  root: unknown,
): { kind: "depth" | "key"; path: Array<string | number> } | undefined {
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: Array<string | number> };
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= CASE_FILE_LIMITS.maxDepth) return { kind: "depth", path };
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: "key", path: [...path, key] };
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}
