/**
 * One way for a concept package to read its slice: each key checked once against the slot's
 * schema (and the key's own check), a coded error naming the field when it is malformed, and
 * `RULE_MISSING` naming `slot.key` when a needed rule is absent. Nothing is ever filled in.
 *
 * @module
 */
import type * as z from "zod";
import { safeDecode } from "./decode";
import { MotcuaError, type ErrorPath } from "./MotcuaError";
import { INVALID_ARGUMENT } from "./guardFunction";
import { ruleMissingError, type SlotShape, type SourcedRule, type SliceOf } from "./RuleSlice";
import type { SlotDefinition } from "./RuleSlot";

/**
 * Reads the slice of one slot for a concept function. Made once per slot with
 * {@link sliceReader}.
 *
 * @example
 * ```ts
 * import { sliceReader, type SliceReader } from "@motcua/core";
 * declare const reader: SliceReader<never>;
 * ```
 * @since 0.2.0
 * @category Rules
 */
export interface SliceReader<D extends SlotDefinition> {
  /** `rules` as the slot's slice, or the reader's coded error when it is not an object of rules. */
  slice(rules: unknown, path: ErrorPath): SliceOf<D>;
  /** The key's rule when present (checked once per rule object), else `undefined`. */
  optional<K extends keyof SlotShape<D> & string>(
    rules: SliceOf<D>,
    key: K,
    path: ErrorPath,
  ): SourcedRule<SlotShape<D>[K]> | undefined;
  /** The key's rule, or `RULE_MISSING` naming `slot.key`. */
  required<K extends keyof SlotShape<D> & string>(
    rules: SliceOf<D>,
    key: K,
    path: ErrorPath,
  ): SourcedRule<SlotShape<D>[K]>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * Makes the {@link SliceReader} of a slot: `name` is the slot's name in the rulebook (`"sla"`,
 * `"calendar"`), `code` the package's error code for a malformed rule.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { sliceReader, slotKey } from "@motcua/core";
 * const slot = { en: "demo", vi: "ví dụ", keys: { max: slotKey(z.number().int(), { en: "max", vi: "tối đa" }) } };
 * const read = sliceReader("demo", slot, "DEMO_INVALID_RULES");
 * const ref = { document: "Quyết định 1/QĐ-UBND", verified: false };
 * read.required({ max: { value: 2, legalRef: ref, verified: false } }, "max", ["rules"]).value; // 2
 * ```
 * @since 0.2.0
 * @category Rules
 */
export function sliceReader<D extends SlotDefinition>(name: string, slot: D, code: string): SliceReader<D> {
  let keysOk = false;
  try {
    keysOk = isObject(slot) && isObject(slot.keys);
  } catch {
    keysOk = false;
  }
  if (typeof name !== "string" || typeof code !== "string" || !keysOk)
    throw new MotcuaError({
      code: INVALID_ARGUMENT,
      en: "sliceReader(name, slot, code) takes a slot name, a slot definition ({ en, vi, keys }) and an error code",
      vi: "sliceReader(name, slot, code) cần tên nhóm, định nghĩa nhóm ({ en, vi, keys }) và mã lỗi",
    });
  const checked = new WeakSet<object>();
  const keys = slot.keys as Readonly<Record<string, D["keys"][string]>>;
  const optional = (rules: SliceOf<D>, key: string, path: ErrorPath): SourcedRule<unknown> | undefined => {
    try {
      return readRule(rules, key, path);
    } catch (cause) {
      if (cause instanceof MotcuaError) throw cause;
      // A getter or proxy in the slice threw: still the slot's code, naming the rule.
      throw new MotcuaError({
        code,
        path: [...(Array.isArray(path) ? path : []), String(key)],
        en: `The rule "${name}.${String(key)}" cannot be read (a getter or proxy threw)`,
        vi: `Không đọc được quy tắc "${name}.${String(key)}" (getter hoặc proxy ném lỗi)`,
        cause,
      });
    }
  };
  const readRule = (rules: SliceOf<D>, key: string, path: ErrorPath): SourcedRule<unknown> | undefined => {
    const rule = (rules as Readonly<Record<string, unknown>>)[key];
    if (rule === undefined) return undefined;
    if (isObject(rule) && checked.has(rule)) return rule as unknown as SourcedRule<unknown>;
    const where = [...path, key];
    const def = keys[key];
    if (def === undefined)
      throw new MotcuaError({
        code,
        path: where,
        en: `"${name}.${key}" is not a rule of the ${slot.en} slot`,
        vi: `"${name}.${key}" không phải quy tắc của nhóm ${slot.vi}`,
      });
    if (!isObject(rule) || !isObject(rule["legalRef"]))
      throw new MotcuaError({
        code,
        path: where,
        en: `The rule "${name}.${key}" must be { value, legalRef, verified }`,
        vi: `Quy tắc "${name}.${key}" phải có dạng { value, legalRef, verified }`,
      });
    const r = safeDecode(def.schema as z.core.$ZodType, rule["value"], {
      code,
      path: [...where, "value"],
      label: { en: `rule ${name}.${key}`, vi: `Quy tắc ${name}.${key}` },
    });
    if (!r.ok) throw r.error;
    const issue = def.check?.(r.value as never, [...where, "value"], key)[0];
    if (issue !== undefined)
      throw new MotcuaError({
        code,
        path: issue.path,
        en: `rule ${name}.${key}: ${issue.en}`,
        vi: `Quy tắc ${name}.${key}: ${issue.vi}`,
      });
    checked.add(rule);
    return rule as unknown as SourcedRule<unknown>;
  };
  return {
    slice(rules, path) {
      if (isObject(rules) && !Array.isArray(rules)) return rules as SliceOf<D>;
      throw new MotcuaError({
        code,
        path,
        en: `Expected the rulebook's \`${name}\` slice (sliceOf(rulebook, "${name}"))`,
        vi: `Cần lát cắt \`${name}\` của bộ quy tắc (sliceOf(rulebook, "${name}"))`,
      });
    },
    optional: optional as SliceReader<D>["optional"],
    required: ((rules: SliceOf<D>, key: string, path: ErrorPath) => {
      const r = optional(rules, key, path);
      if (r === undefined) throw ruleMissingError(name, key, [...path, key]);
      return r;
    }) as SliceReader<D>["required"],
  };
}
