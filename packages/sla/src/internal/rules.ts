/**
 * Reading the `sla` slice: one key at a time, checked once against the slot's schema, or a coded
 * error (`RULE_MISSING` naming `sla.<key>`, `SLA_INVALID_POLICY` for a malformed value). No value
 * is ever supplied here: a rule the rulebook lacks is refused, not guessed.
 */
import { ruleMissingError, safeDecode, type ErrorPath, type SourcedRule } from "@motcua/core";
import type { SlotShape } from "@motcua/core";
import { SLA_ERROR_CODES } from "../SlaErrorCode";
import { slaSlot, type SlaRules } from "../slaSlot";
import { fail } from "./fail";

/** The value type of each key of the `sla` slot. */
export type SlaValues = SlotShape<typeof slaSlot>;
type Key = keyof SlaValues & string;

const checked = new WeakSet<object>();

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Checks that `rules` is a slice (an object of sourced rules). */
export function checkSlice(rules: unknown, path: ErrorPath): SlaRules {
  if (isObject(rules) && !Array.isArray(rules)) return rules as SlaRules;
  return fail(
    SLA_ERROR_CODES.invalidPolicy,
    path,
    'Quy tắc thời hạn phải là lát cắt `sla` của bộ quy tắc (sliceOf(rulebook, "sla"))',
    'The deadline rules must be the rulebook\'s `sla` slice (sliceOf(rulebook, "sla"))',
  );
}

/** The key's rule if present (checked), else undefined. */
export function optionalRule<K extends Key>(
  rules: SlaRules,
  key: K,
  path: ErrorPath,
): SourcedRule<SlaValues[K]> | undefined {
  const rule = (rules as Readonly<Record<string, unknown>>)[key];
  if (rule === undefined) return undefined;
  if (isObject(rule) && checked.has(rule)) return rule as unknown as SourcedRule<SlaValues[K]>;
  const where = [...path, key];
  if (!isObject(rule) || !isObject(rule["legalRef"]))
    return fail(
      SLA_ERROR_CODES.invalidPolicy,
      where,
      `Quy tắc "sla.${key}" phải có dạng { value, legalRef, verified }`,
      `The rule "sla.${key}" must be { value, legalRef, verified }`,
    );
  const r = safeDecode(slaSlot.keys[key].schema, rule["value"], {
    code: SLA_ERROR_CODES.invalidPolicy,
    path: [...where, "value"],
    label: { en: `rule sla.${key}`, vi: `Quy tắc sla.${key}` },
  });
  if (!r.ok) throw r.error;
  checked.add(rule);
  return rule as unknown as SourcedRule<SlaValues[K]>;
}

/** The key's rule, or `RULE_MISSING` naming `sla.<key>`. */
export function rule<K extends Key>(rules: SlaRules, key: K, path: ErrorPath): SourcedRule<SlaValues[K]> {
  const r = optionalRule(rules, key, path);
  if (r === undefined) throw ruleMissingError("sla", key, [...path, key]);
  return r;
}
