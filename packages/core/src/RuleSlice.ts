/**
 * The one door through which a concept package reads its rules: a slot's resolved values, each
 * with the legal reference that supplied it. A composed plugin rulebook gives it
 * (`sliceOf(rulebook, "handover")` in `@motcua/plugin-sdk`); a test may write one by hand. A concept
 * package never holds the values itself.
 *
 * @module
 */
import type * as z from "zod";
import type { LegalRef } from "./LegalRef";
import { MotcuaError } from "./MotcuaError";
import type { SlotDefinition } from "./RuleSlot";
import type { Validity } from "./Validity";
import { guardFunction } from "./guardFunction";

/**
 * One resolved rule value with its source: what a concept function reads for one slot key.
 *
 * @example
 * ```ts
 * import type { SourcedRule } from "@motcua/core";
 * const cutoff: SourcedRule<string> = {
 *   value: "15:00",
 *   legalRef: { document: "Nghị định 61/2018/NĐ-CP", article: "Điều 18", verified: true },
 *   verified: true,
 * };
 * ```
 * @since 0.2.0
 * @category Rules
 */
export interface SourcedRule<T> {
  /** The value in force. */
  readonly value: T;
  /** The legal reference of the layer that supplied the value (unverified when any layer is). */
  readonly legalRef: LegalRef;
  /** `true` only when every contributing layer's source is verified. */
  readonly verified: boolean;
  /** The validity of the rule version in force, when it has one. */
  readonly validity?: Validity;
  /** The plugin ids that contributed, lowest layer first (absent for a hand-written slice). */
  readonly plugins?: ReadonlyArray<string>;
}

/**
 * The resolved values of one slot, by key. A key is absent when no layer supplies it (or a layer
 * forbade it) on the rulebook's date.
 *
 * @example
 * ```ts
 * import type { RuleSlice } from "@motcua/core";
 * type Shape = { readonly paperTransferCutoff: string };
 * const slice: RuleSlice<Shape> = {};
 * ```
 * @since 0.2.0
 * @category Rules
 */
export type RuleSlice<Shape> = { readonly [K in keyof Shape]?: SourcedRule<Shape[K]> };

/**
 * The value types of a slot definition's keys (the schemas' outputs), e.g. the shape a concept
 * package's functions read.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { slotKey, type SlotShape } from "@motcua/core";
 * const slot = { en: "x", vi: "x", keys: { max: slotKey(z.number(), { en: "max", vi: "tối đa" }) } };
 * type Shape = SlotShape<typeof slot>; // { max: number }
 * ```
 * @since 0.2.0
 * @category Rules
 */
export type SlotShape<D extends SlotDefinition> = {
  readonly [K in keyof D["keys"]]: z.output<D["keys"][K]["schema"]>;
};

/**
 * The slice of a slot definition: {@link RuleSlice} of its {@link SlotShape}.
 *
 * @since 0.2.0
 * @category Rules
 */
export type SliceOf<D extends SlotDefinition> = RuleSlice<SlotShape<D>>;

/**
 * Code of the error thrown when a rule a function needs is not in the rulebook.
 *
 * @since 0.2.0
 * @category Rules
 */
export const RULE_MISSING = "RULE_MISSING";

/**
 * The error for a rule a function needs that the rulebook lacks, naming the rule's path
 * (`slot.key`). Thrown instead of falling back to a built-in value.
 *
 * @example
 * ```ts
 * import { ruleMissingError } from "@motcua/core";
 * ruleMissingError("sla", "paperTransferCutoff").code; // "RULE_MISSING"
 * ```
 * @since 0.2.0
 * @category Rules
 */
export const ruleMissingError = guardFunction(
  "ruleMissingError",
  function ruleMissingError(
    slot: string,
    key: string,
    path: ReadonlyArray<string | number> = [],
  ): MotcuaError {
    // A Date would be written in the host's zone: only strings are accepted.
    if (typeof slot !== "string" || typeof key !== "string")
      throw new TypeError("ruleMissingError(slot, key) takes two strings");
    const rule = `${slot}.${key}`;
    return new MotcuaError({
      code: RULE_MISSING,
      en: `The rulebook has no rule "${rule}" (compose the national baseline, e.g. @motcua/national, or a plugin that supplies it)`,
      vi: `Bộ quy tắc không có quy tắc "${rule}" (hãy ghép bộ quy tắc quốc gia, ví dụ @motcua/national, hoặc plugin cung cấp quy tắc này)`,
      path: [...path],
      data: { rule },
    });
  },
);

/**
 * Reads one rule of a slice, or throws {@link RULE_MISSING} naming `slot.key`.
 *
 * @example
 * ```ts
 * import { requireRule, type RuleSlice } from "@motcua/core";
 * const slice: RuleSlice<{ max: number }> = {
 *   max: { value: 1, legalRef: { document: "Nghị định 61/2018/NĐ-CP", verified: true }, verified: true },
 * };
 * requireRule(slice, "sla", "max").value; // 1
 * ```
 * @since 0.2.0
 * @category Rules
 */
export const requireRule = guardFunction("requireRule", function requireRule<
  Shape,
  K extends keyof Shape & string,
>(slice: RuleSlice<Shape>, slot: string, key: K): SourcedRule<Shape[K]> {
  if (typeof slot !== "string" || typeof key !== "string")
    throw new TypeError("requireRule(slice, slot, key): slot and key are strings");
  const rule = slice[key];
  if (rule === undefined) throw ruleMissingError(slot, key);
  return rule as SourcedRule<Shape[K]>;
});
