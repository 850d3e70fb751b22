/**
 * "Did you mean …?" for typos in keys, ids and commands: the closest candidate by edit distance.
 *
 * @module
 */

/**
 * Edit distance (insertions, deletions, substitutions) between two strings, case-sensitive,
 * O(|a|·|b|) time and O(|b|) memory.
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
 * the longer of the two strings, at least 2.
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
export function closestMatch(
  word: string,
  candidates: Iterable<string>,
  maxDistance: (best: string) => number = (best) =>
    Math.max(2, Math.ceil(Math.max(word.length, best.length) / 3)),
): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = levenshtein(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= maxDistance(best) ? best : undefined;
}
