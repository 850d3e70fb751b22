/**
 * The legal references an export cites: those of the rules it read, each once.
 */
import type { LegalRef, SourcedRule } from "@motcua/core";

/** The distinct legal references of the given rules, in order. */
export const sourcesOf = (rules: ReadonlyArray<SourcedRule<unknown>>): LegalRef[] => {
  const seen = new Set<string>();
  const out: LegalRef[] = [];
  for (const r of rules) {
    const key = JSON.stringify(r.legalRef);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r.legalRef);
  }
  return out;
};
