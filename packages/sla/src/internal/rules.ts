/**
 * Reading the `sla` slice through core's one slice reader: one key at a time, checked once against
 * the slot's schema, or a coded error (`RULE_MISSING` naming `sla.<key>`, `SLA_INVALID_POLICY` for
 * a malformed value). No value is ever supplied here: a rule the rulebook lacks is refused, not
 * guessed.
 */
import { sliceReader, type ErrorPath, type SlotShape, type SourcedRule } from "@motcua/core";
import { SLA_ERROR_CODES } from "../SlaErrorCode";
import { slaSlot, type SlaRules } from "../slaSlot";

/** The value type of each key of the `sla` slot. */
export type SlaValues = SlotShape<typeof slaSlot>;
type Key = keyof SlaValues & string;

const read = sliceReader("sla", slaSlot, SLA_ERROR_CODES.invalidPolicy);

/** Checks that `rules` is a slice (an object of sourced rules). */
export const checkSlice = (rules: unknown, path: ErrorPath): SlaRules => read.slice(rules, path);

/** The key's rule if present (checked), else undefined. */
export const optionalRule = <K extends Key>(
  rules: SlaRules,
  key: K,
  path: ErrorPath,
): SourcedRule<SlaValues[K]> | undefined => read.optional(rules, key, path);

/** The key's rule, or `RULE_MISSING` naming `sla.<key>`. */
export const rule = <K extends Key>(rules: SlaRules, key: K, path: ErrorPath): SourcedRule<SlaValues[K]> =>
  read.required(rules, key, path);
