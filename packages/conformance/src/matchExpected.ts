/**
 * The deep partial match the runner uses to compare a case's `expect` with a check's output. The
 * runner, never the plugin, decides pass or fail.
 *
 * @module
 */
import { tryParseInstant } from "@motcua/core";

/**
 * One difference between the expected and the actual output.
 *
 * @since 0.1.0
 * @category Running
 */
export interface Mismatch {
  /** Where in the output, e.g. `["lunar", "day"]`. */
  readonly path: ReadonlyArray<string | number>;
  /** The value the case expects. */
  readonly expected: unknown;
  /** The value the check produced (`undefined` when missing). */
  readonly actual: unknown;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const sameScalar = (expected: unknown, actual: unknown): boolean => {
  if (Object.is(expected, actual)) return true;
  // Two spellings of the same instant (`…T01:00:00Z` and `…T08:00:00+07:00`) are equal.
  if (typeof expected === "string" && typeof actual === "string" && ISO_WITH_OFFSET.test(expected)) {
    const a = tryParseInstant(expected);
    return a !== undefined && ISO_WITH_OFFSET.test(actual) && a === tryParseInstant(actual);
  }
  return false;
};

function walk(expected: unknown, actual: unknown, path: Array<string | number>, out: Mismatch[]): void {
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) {
      out.push({ path: [...path], expected, actual });
      return;
    }
    for (const key of Object.keys(expected)) {
      if (!Object.prototype.hasOwnProperty.call(actual, key)) {
        out.push({ path: [...path, key], expected: expected[key], actual: undefined });
        continue;
      }
      walk(expected[key], actual[key], [...path, key], out);
    }
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push({ path: [...path], expected, actual });
      return;
    }
    expected.forEach((item, i) => walk(item, actual[i], [...path, i], out));
    return;
  }
  if (!sameScalar(expected, actual)) out.push({ path: [...path], expected, actual });
}

/**
 * Compares `expected` with `actual` as a deep partial match: every key of an expected object must
 * be present and match (extra output keys are ignored); arrays match element by element and must
 * have the same length; scalars must be identical, except that two ISO instants with offsets
 * match when they denote the same instant. Returns the mismatches (empty = pass).
 *
 * @example
 * ```ts
 * import { matchExpected } from "@motcua/conformance";
 * matchExpected({ lunar: { day: 1 } }, { lunar: { year: 2007, month: 1, day: 1, leap: false } }); // []
 * matchExpected({ date: "2007-02-17" }, { date: "2007-02-18" }).length; // 1
 * ```
 * @since 0.1.0
 * @category Running
 */
export function matchExpected(expected: unknown, actual: unknown): ReadonlyArray<Mismatch> {
  const out: Mismatch[] = [];
  walk(expected, actual, [], out);
  return out;
}

const show = (value: unknown): string => (value === undefined ? "(missing)" : JSON.stringify(value));

/**
 * Writes mismatches as one readable line each: `lunar.day: expected 1, got 2`.
 *
 * @example
 * ```ts
 * import { describeMismatches, matchExpected } from "@motcua/conformance";
 * describeMismatches(matchExpected({ days: 3 }, { days: 4 })); // "days: expected 3, got 4"
 * ```
 * @since 0.1.0
 * @category Running
 */
export function describeMismatches(mismatches: ReadonlyArray<Mismatch>): string {
  return mismatches
    .map((m) => {
      const where =
        m.path.length === 0 ? "output" : m.path.map((k) => (typeof k === "number" ? `[${k}]` : k)).join(".");
      return `${where.replace(/\.\[/g, "[")}: expected ${show(m.expected)}, got ${show(m.actual)}`;
    })
    .join("; ");
}
