/**
 * "Did you mean" for typos in case files and CLI arguments: core's `closestMatch` with the suite's
 * limit (a third of the typed word's length, at least 2 edits).
 *
 * @internal
 */
import { closestMatch } from "@motcua/core";

/** The candidate closest to `word`, or `undefined` when none is a plausible typo. */
export const suggest = (word: string, candidates: Iterable<string>): string | undefined =>
  closestMatch(word, candidates, () => Math.max(2, Math.floor(word.length / 3)));
