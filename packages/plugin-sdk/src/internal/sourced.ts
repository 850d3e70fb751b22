/**
 * Reading a composed plugin rulebook: a slot value with the legal reference of the layer that
 * supplied it. The one reading `sliceOf` and the calendar bridge share.
 *
 * @internal
 */
import type { LegalRef, SourcedRule } from "@motcua/core";
import type { Rulebook } from "../composeRulebook";

/** The value at `<slot>.<key>` (absent or forbidden → undefined), with its source. @internal */
export function sourced<T>(
  book: Rulebook,
  slot: string,
  key: string,
): (SourcedRule<T> & { readonly plugins: ReadonlyArray<string> }) | undefined {
  const rule = book.rules.get(`${slot}.${key}`);
  if (rule === undefined || rule.forbidden || rule.value === undefined) return undefined;
  const last = rule.provenance[rule.provenance.length - 1];
  if (last === undefined) return undefined;
  const legalRef: LegalRef =
    rule.verified || !last.legalRef.verified ? last.legalRef : { ...last.legalRef, verified: false };
  return Object.freeze({
    value: rule.value as T,
    legalRef,
    verified: rule.verified,
    validity: last.validity,
    plugins: Object.freeze(rule.provenance.map((s) => s.plugin)),
  });
}
