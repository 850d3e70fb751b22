/**
 * Reading a composed plugin rulebook: a slot value with the legal reference of the layer that
 * supplied it (the same reading as `sliceOf`, for one key).
 *
 * @internal
 */
import type { LegalRef } from "@motcua/core";
import type { Rulebook } from "../composeRulebook";

/** A resolved value and the legal reference of the step that supplied it. @internal */
export interface Sourced<T> {
  readonly value: T;
  readonly legalRef: LegalRef;
  readonly verified: boolean;
  /** Plugin ids that contributed, lowest layer first. */
  readonly plugins: ReadonlyArray<string>;
}

/** The value at `<slot>.<key>` (absent or forbidden → undefined), with its source. @internal */
export function sourced<T>(book: Rulebook, slot: string, key: string): Sourced<T> | undefined {
  const rule = book.rules.get(`${slot}.${key}`);
  if (rule === undefined || rule.forbidden || rule.value === undefined) return undefined;
  const last = rule.provenance[rule.provenance.length - 1];
  if (last === undefined) return undefined;
  const legalRef: LegalRef =
    rule.verified || !last.legalRef.verified ? last.legalRef : { ...last.legalRef, verified: false };
  return {
    value: rule.value as T,
    legalRef,
    verified: rule.verified,
    plugins: rule.provenance.map((s) => s.plugin),
  };
}
