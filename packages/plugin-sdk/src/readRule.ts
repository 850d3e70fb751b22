/**
 * Reading one rule of a composed rulebook by slot and key: {@link getRule} and {@link ruleValue}.
 *
 * @module
 */
import { MotcuaError, checkArguments, closestMatch } from "@motcua/core";
import type { ResolvedRule, Rulebook } from "./composeRulebook";
import { checkRulebook, procedureCodesOf } from "./internal/rulebookGuard";
import {
  SLOTS,
  slotKeyOf,
  type FixedSlotName,
  type SlotKeyName,
  type SlotName,
  type SlotValue,
} from "./Slots";

const suggestion = (hint: string | undefined): { en: string; vi: string } =>
  hint === undefined
    ? { en: "", vi: "" }
    : { en: ` — did you mean "${hint}"?`, vi: ` — có phải ý bạn là "${hint}"?` };

/**
 * The rule at `<slot>.<key>`: an unknown slot, a key no slot schema declares, or a procedure code
 * no plugin of the rulebook has on any date is refused; `undefined` means declared but not
 * supplied on the rulebook's date.
 */
function lookUp(rulebook: Rulebook, slot: SlotName, key: string, fn: string): ResolvedRule | undefined {
  checkRulebook(rulebook, fn);
  checkArguments(fn, { slot: "string", key: "string" }, [slot, key]);
  if (!Object.hasOwn(SLOTS, slot)) {
    const hint = closestMatch(slot, Object.keys(SLOTS));
    const s = suggestion(hint);
    throw new MotcuaError({
      code: "RULEBOOK_UNKNOWN_SLOT",
      path: ["slot"],
      en: `${fn}: no slot is named "${slot}"${s.en} (slots: ${Object.keys(SLOTS).join(", ")})`,
      vi: `${fn}: không có slot "${slot}"${s.vi} (các slot: ${Object.keys(SLOTS).join(", ")})`,
      data: { slot, ...(hint === undefined ? {} : { suggestion: hint }) },
    });
  }
  if (slot === "procedures") {
    const codes = procedureCodesOf(rulebook);
    if (!codes.has(key)) {
      const hint = closestMatch(key, codes);
      const s = suggestion(hint);
      throw new MotcuaError({
        code: "PROCEDURE_UNKNOWN",
        path: ["code"],
        en: `${fn}: no plugin of this rulebook has the procedure "${key}"${s.en}`,
        vi: `${fn}: không plugin nào của rulebook có thủ tục "${key}"${s.vi}`,
        data: { code: key, ...(hint === undefined ? {} : { suggestion: hint }) },
      });
    }
  } else if (slotKeyOf(slot, key) === undefined) {
    const hint = closestMatch(key, Object.keys(SLOTS[slot].keys));
    const s = suggestion(hint);
    throw new MotcuaError({
      code: "RULEBOOK_UNKNOWN_KEY",
      path: ["key"],
      en: `${fn}: the slot "${slot}" has no key "${key}"${s.en}`,
      vi: `${fn}: slot "${slot}" không có khóa "${key}"${s.vi}`,
      data: { slot, key, ...(hint === undefined ? {} : { suggestion: hint }) },
    });
  }
  return rulebook.rules.get(`${slot}.${key}`);
}

/**
 * The resolved rule at a typed path, or `undefined` when the key is declared but no plugin
 * supplies it on the rulebook's date.
 *
 * Throws a `MotcuaError` for what is no rule at all (a typo reached from JavaScript or through a
 * cast): `RULEBOOK_UNKNOWN_SLOT` (path `slot`) or `RULEBOOK_UNKNOWN_KEY` (path `key`, a key no slot
 * schema declares), each with the closest name; `PROCEDURE_UNKNOWN` (path `code`) for a procedure
 * code that no plugin of the rulebook has on any date. A procedure a plugin has only on other
 * dates is `undefined`. `RULEBOOK_INVALID` for a rulebook not made by `composeRulebook`.
 *
 * @example
 * ```ts
 * import { getRule, type Rulebook } from "@motcua/plugin-sdk";
 * declare const book: Rulebook;
 * getRule(book, "sla", "supplementPolicy")?.value; // "restart" | "pause" | undefined
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export function getRule<S extends FixedSlotName, K extends SlotKeyName<S>>(
  rulebook: Rulebook,
  slot: S,
  key: K,
): ResolvedRule<SlotValue<S, K>> | undefined;
export function getRule(
  rulebook: Rulebook,
  slot: "procedures",
  code: string,
): ResolvedRule<SlotValue<"procedures", string>> | undefined;
export function getRule(rulebook: Rulebook, slot: SlotName, key: string): ResolvedRule | undefined {
  return lookUp(rulebook, slot, key, "getRule");
}

/**
 * The value at a typed path, or `undefined` when the key is declared but absent or forbidden on
 * the rulebook's date. Throws like {@link getRule} for an unknown slot, key or procedure code.
 *
 * @example
 * ```ts
 * import { ruleValue, type Rulebook } from "@motcua/plugin-sdk";
 * declare const book: Rulebook;
 * const cutoff: string | undefined = ruleValue(book, "sla", "paperTransferCutoff");
 * ruleValue(book, "sla", "paperTransferCutof" as never); // throws RULEBOOK_UNKNOWN_KEY, did you mean "paperTransferCutoff"?
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export function ruleValue<S extends FixedSlotName, K extends SlotKeyName<S>>(
  rulebook: Rulebook,
  slot: S,
  key: K,
): SlotValue<S, K> | undefined;
export function ruleValue(
  rulebook: Rulebook,
  slot: "procedures",
  code: string,
): SlotValue<"procedures", string> | undefined;
export function ruleValue(rulebook: Rulebook, slot: SlotName, key: string): unknown {
  const rule = lookUp(rulebook, slot, key, "ruleValue");
  return rule === undefined || rule.forbidden ? undefined : rule.value;
}
