/**
 * Reading the `reports` slice: the slice checked once (an object of `{ value, legalRef, verified }`
 * whose values match the slot's schemas), then one key at a time with `requireRule` — a rule the
 * rulebook lacks is refused with `RULE_MISSING` naming `reports.<key>`, never supplied here.
 */
import {
  LegalRefSchema,
  MotcuaError,
  requireRule,
  safeDecode,
  type ErrorPath,
  type SlotShape,
  type SourcedRule,
} from "@motcua/core";
import { REPORTS_ERRORS } from "../errors";
import { reportsSlot, type ReportRules } from "../reportsSlot";

/** The value type of each key of the `reports` slot. */
export type ReportValues = SlotShape<typeof reportsSlot>;
type Key = keyof ReportValues & string;

const checked = new WeakSet<object>();

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const invalid = (path: ErrorPath, vi: string, en: string): MotcuaError =>
  new MotcuaError({ code: REPORTS_ERRORS.invalidRulebook, path: [...path], vi, en });

/**
 * Checks that `rules` is a `reports` slice: an object whose keys are keys of the slot, each a
 * `{ value, legalRef, verified }` whose value matches the key's schema. Throws
 * `REPORTS_INVALID_RULEBOOK` naming the field otherwise. The slice is not modified.
 */
export function checkRules(rules: unknown, path: ErrorPath = ["rules"]): ReportRules {
  try {
    return checkSlice(rules, path);
  } catch (e) {
    if (e instanceof MotcuaError) throw e;
    throw invalid(path, "Không đọc được quy tắc báo cáo", "The report rules could not be read");
  }
}

function checkSlice(rules: unknown, path: ErrorPath): ReportRules {
  if (!isObject(rules))
    throw invalid(
      path,
      'Quy tắc báo cáo phải là lát cắt `reports` của bộ quy tắc (sliceOf(rulebook, "reports"))',
      'The report rules must be the rulebook\'s `reports` slice (sliceOf(rulebook, "reports"))',
    );
  if (checked.has(rules)) return rules as ReportRules;
  const keys = reportsSlot.keys as Readonly<Record<string, (typeof reportsSlot.keys)[Key]>>;
  for (const key of Object.keys(rules)) {
    const where = [...path, key];
    const def = Object.hasOwn(keys, key) ? keys[key] : undefined;
    if (def === undefined)
      throw invalid(where, `Khóa "reports.${key}" không tồn tại`, `Unknown rule "reports.${key}"`);
    const rule = rules[key];
    if (rule === undefined) continue;
    if (!isObject(rule) || !isObject(rule["legalRef"]) || typeof rule["verified"] !== "boolean")
      throw invalid(
        where,
        `Quy tắc "reports.${key}" phải có dạng { value, legalRef, verified }`,
        `The rule "reports.${key}" must be { value, legalRef, verified }`,
      );
    const ref = safeDecode(LegalRefSchema, rule["legalRef"], {
      code: REPORTS_ERRORS.invalidRulebook,
      path: [...where, "legalRef"],
      label: { en: `legal reference of reports.${key}`, vi: `Căn cứ pháp lý của reports.${key}` },
    });
    if (!ref.ok) throw ref.error;
    const r = safeDecode(def.schema, rule["value"], {
      code: REPORTS_ERRORS.invalidRulebook,
      path: [...where, "value"],
      label: { en: `rule reports.${key}`, vi: `Quy tắc reports.${key}` },
    });
    if (!r.ok) throw r.error;
  }
  checked.add(rules);
  return rules as ReportRules;
}

/** The key's rule of a checked slice, or `RULE_MISSING` naming `reports.<key>`. */
export const rule = <K extends Key>(rules: ReportRules, key: K): SourcedRule<ReportValues[K]> =>
  requireRule<ReportValues, K>(rules, "reports", key);
