/**
 * `sliceOf`: the composed rulebook as the concept packages read it — one slot's resolved values,
 * each with its source. This is the one door: the values keep exactly the shape the concept
 * package's schema defines; nothing is renamed or translated on the way.
 *
 * @module
 */
import { MotcuaError, previewValue, type RuleSlice, type SlotShape, type SourcedRule } from "@motcua/core";
import type { Rulebook } from "./composeRulebook";
import { checkRulebook } from "./internal/rulebookGuard";
import { sourced } from "./internal/sourced";
import { SLOTS, type FixedSlotName } from "./Slots";

/**
 * The slice of a fixed slot: its keys' resolved values, typed by the concept's schemas.
 *
 * @since 0.2.0
 * @category Rulebook
 */
export type SlotSlice<S extends FixedSlotName> = RuleSlice<SlotShape<(typeof SLOTS)[S]>>;

const SLOT_NAMES = Object.keys(SLOTS).join(", ");

const cache = new WeakMap<Rulebook, Map<string, unknown>>();

/**
 * One slot of a composed rulebook, for the concept function that owns it: each key present in the
 * rulebook on its date, with its value, the legal reference of the layer that supplied it, whether
 * every contributing layer is verified, and the validity of the version in force. Keys no layer
 * supplies (or that a layer forbade) are absent, so the concept function can refuse with a coded
 * `RULE_MISSING` error instead of guessing. The slice is frozen and cached per rulebook.
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * const sla = sliceOf(composeRulebook([national], { asOf: "2026-03-02" }), "sla");
 * sla.paperTransferCutoff?.value; // "15:00"
 * ```
 * @since 0.2.0
 * @category Rulebook
 */
export function sliceOf<S extends FixedSlotName>(book: Rulebook, slot: S): SlotSlice<S> {
  checkRulebook(book, "sliceOf");
  if (typeof slot !== "string" || !Object.hasOwn(SLOTS, slot))
    throw new MotcuaError({
      code: "RULEBOOK_UNKNOWN_SLOT",
      path: ["slot"],
      en: `sliceOf: no slot ${previewValue(slot)} (one of ${SLOT_NAMES})`,
      vi: `sliceOf: không có slot ${previewValue(slot)} (một trong ${SLOT_NAMES})`,
      data: { slot: previewValue(slot) },
    });
  let slices = cache.get(book);
  if (slices === undefined) {
    slices = new Map();
    cache.set(book, slices);
  }
  const hit = slices.get(slot);
  if (hit !== undefined) return hit as SlotSlice<S>;
  const out: Record<string, SourcedRule<unknown>> = {};
  for (const key of Object.keys(SLOTS[slot].keys)) {
    const rule = sourced(book, slot, key);
    if (rule !== undefined) out[key] = rule;
  }
  const slice = Object.freeze(out) as SlotSlice<S>;
  slices.set(slot, slice);
  return slice;
}
