/**
 * "Did you mean …?" for typos in keys, ids and commands: the closest candidate by edit distance.
 *
 * @module
 */
import { MotcuaError } from "./MotcuaError";
import { previewValue } from "./previewValue";
import { guardFunction } from "./guardFunction";

/**
 * Longest string {@link levenshtein} compares (10,000 UTF-16 units, so at most 10⁸ steps) and
 * {@link closestMatch} considers (a key or id of more than 256 units is no typo to suggest for),
 * and how many candidates {@link closestMatch} reads at most.
 *
 * @since 0.2.0
 * @category Errors
 */
export const EDIT_DISTANCE_LIMITS = { levenshtein: 10_000, closestMatch: 256, candidates: 100_000 } as const;

const checkText = (value: unknown, name: string): string => {
  if (typeof value === "string" && value.length <= EDIT_DISTANCE_LIMITS.levenshtein) return value;
  throw new MotcuaError({
    code: "INVALID_INPUT",
    path: [name],
    vi:
      typeof value === "string"
        ? `Chuỗi quá dài để so khoảng cách sửa (${value.length} > ${EDIT_DISTANCE_LIMITS.levenshtein})`
        : `Cần một chuỗi, nhận được ${previewValue(value)}`,
    en:
      typeof value === "string"
        ? `String too long for an edit distance (${value.length} > ${EDIT_DISTANCE_LIMITS.levenshtein})`
        : `Expected a string, received ${previewValue(value)}`,
  });
};

/**
 * Edit distance (insertions, deletions, substitutions) between two strings, case-sensitive,
 * O(|a|·|b|) time and O(|b|) memory. Throws `INVALID_INPUT` for a non-string or a string longer
 * than {@link EDIT_DISTANCE_LIMITS}`.levenshtein`.
 *
 * @example
 * ```ts
 * import { levenshtein } from "@motcua/core";
 * levenshtein("expcet", "expect"); // 2
 * ```
 * @since 0.1.0
 * @category Errors
 */
export function levenshtein(a: string, b: string): number {
  checkText(a, "a");
  checkText(b, "b");
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `word` (case-insensitive; the first wins a tie), or `undefined` when
 * there is none or it is more than `maxDistance(best)` edits away. The default limit is a third of
 * the longer of the two strings, at least 2. A word or candidate that is not a string or is longer
 * than {@link EDIT_DISTANCE_LIMITS}`.closestMatch` is never suggested (and never compared).
 *
 * @example
 * ```ts
 * import { closestMatch } from "@motcua/core";
 * closestMatch("procesingTime", ["code", "processingTime"]); // "processingTime"
 * closestMatch("zzz", ["code", "processingTime"]); // undefined
 * ```
 * @since 0.1.0
 * @category Errors
 */
export const closestMatch = guardFunction(
  "closestMatch",
  function closestMatch(
    word: string,
    candidates: Iterable<string>,
    maxDistance: (best: string) => number = (best) =>
      Math.max(2, Math.ceil(Math.max(word.length, best.length) / 3)),
  ): string | undefined {
    const limit = EDIT_DISTANCE_LIMITS.closestMatch;
    if (typeof word !== "string" || word.length > limit) return undefined;
    const iterable = candidates as Partial<Iterable<unknown>> | null | undefined;
    if (typeof iterable?.[Symbol.iterator] !== "function") return undefined;
    const lower = word.toLowerCase();
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    let seen = 0;
    for (const candidate of candidates) {
      if (++seen > EDIT_DISTANCE_LIMITS.candidates) break;
      if (typeof candidate !== "string" || candidate.length > limit) continue;
      const d = levenshtein(lower, candidate.toLowerCase());
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best !== undefined && bestDistance <= maxDistance(best) ? best : undefined;
  },
);
