/**
 * The `extend` merge: arrays concatenate, plain objects merge shallowly (later fields win);
 * anything else cannot be extended.
 *
 * @internal
 */

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Merges `addition` into `base`, or returns `undefined` when the two cannot be merged. */
export function extendValue(base: unknown, addition: unknown): { value: unknown } | undefined {
  if (Array.isArray(base) && Array.isArray(addition)) return { value: [...base, ...addition] };
  if (isPlainObject(base) && isPlainObject(addition)) return { value: { ...base, ...addition } };
  return undefined;
}

/** Tells whether a value is of a kind `extend` can merge (array or plain object). */
export const isExtensible = (v: unknown): boolean => Array.isArray(v) || isPlainObject(v);
