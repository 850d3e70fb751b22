/**
 * Rules: a contributed value with its validity, its legal reference and how it combines with the
 * layer below (define, extend, replace, forbid).
 *
 * @module
 */
import type { CivilDate, LegalRef, Validity } from "@motcua/core";

/**
 * How a rule combines with the same path in lower layers (national → province → unit):
 *
 * | mode | meaning |
 * |---|---|
 * | `define` | a new rule; an error if a lower layer already has the path (overrides must be explicit) |
 * | `extend` | adds to the lower value: arrays concatenate, objects merge field by field |
 * | `replace` | takes the place of the lower value |
 * | `forbid` | the rule does not apply in this jurisdiction (resolves to "forbidden") |
 *
 * `extend`, `replace` and `forbid` are errors when no lower layer has the path.
 *
 * @since 0.1.0
 * @category Rules
 */
export type RuleMode = "define" | "extend" | "replace" | "forbid";

/**
 * What every rule carries besides its value.
 *
 * @since 0.1.0
 * @category Rules
 */
export interface RuleMeta {
  /** Where the rule comes from; `verified: false` when secondary or inferred. */
  readonly legalRef: LegalRef;
  /** When the rule is in force (both ends inclusive); absent = always. */
  readonly validity?: Validity;
  /** Lower-layer rules marked `final` cannot be overridden by higher layers. */
  readonly final?: boolean;
  /** A short explanation shown by `explain`. */
  readonly note?: string;
}

/**
 * The value an `extend` rule may carry: items to append for arrays, fields to set for objects.
 *
 * @since 0.1.0
 * @category Rules
 */
export type Extension<T> = T extends ReadonlyArray<unknown> ? T : T extends object ? Partial<T> : never;

/**
 * One version of a rule as a plugin author writes it.
 *
 * @example
 * ```ts
 * import type { RuleInput } from "@motcua/plugin-sdk";
 * const cutoff: RuleInput<string> = {
 *   value: "15:00",
 *   legalRef: { document: "Nghị định 61/2018/NĐ-CP", article: "18", verified: true },
 *   validity: { validFrom: "2018-06-21", validTo: "2025-06-30" },
 * };
 * ```
 * @since 0.1.0
 * @category Rules
 */
export type RuleInput<T> =
  | (RuleMeta & { readonly mode?: "define" | "replace"; readonly value: T })
  | (RuleMeta & { readonly mode: "extend"; readonly value: Extension<T> })
  | (RuleMeta & { readonly mode: "forbid" });

/**
 * A rule: one version, or several versions with non-overlapping validity periods.
 *
 * @since 0.1.0
 * @category Rules
 */
export type RuleEntry<T> = RuleInput<T> | ReadonlyArray<RuleInput<T>>;

/**
 * One validated rule version inside a plugin.
 *
 * @since 0.1.0
 * @category Rules
 */
export interface PluginRule extends RuleMeta {
  /** `<slot>.<key>`. */
  readonly path: string;
  /** The slot. */
  readonly slot: string;
  /** The key within the slot (a procedure code for the catalogue). */
  readonly key: string;
  /** How it combines with lower layers. */
  readonly mode: RuleMode;
  /** The parsed value (absent for `forbid`; partial for object `extend`). */
  readonly value?: unknown;
  /** The validity, always present (empty = always). */
  readonly validity: Validity;
  /** Position in the plugin's list of versions for this path. */
  readonly version: number;
}

/** @internal Tells whether a rule version is in force on a date. */
export const ruleInForce = (rule: PluginRule, date: CivilDate): boolean =>
  (rule.validity.validFrom === undefined || rule.validity.validFrom <= date) &&
  (rule.validity.validTo === undefined || date <= rule.validity.validTo);
