/**
 * The `procedures` slot: a catalogue of administrative procedures keyed by national code.
 *
 * @module
 */
import { ProcedureSchema, type Procedure } from "@motcua/core";
import { issue } from "./internal/issues";
import { slotKey, type SlotDefinition } from "@motcua/core";

/**
 * The `procedures` slot: catalogue entries keyed by the national procedure code (mã TTHC); a
 * province may add entries, or `extend`/`replace`/`forbid` the baseline's.
 *
 * @example
 * ```ts
 * import { proceduresSlot } from "@motcua/plugin-sdk";
 * proceduresSlot.entry.en; // "administrative procedure"
 * ```
 * @since 0.1.0
 * @category Slots
 */
export const proceduresSlot = {
  en: "procedure catalogue",
  vi: "danh mục thủ tục hành chính",
  keys: {},
  entry: slotKey(
    ProcedureSchema,
    { en: "administrative procedure", vi: "thủ tục hành chính" },
    (value: Procedure, path, key) =>
      value.code === key
        ? []
        : [
            issue(
              "PLUGIN_KEY_MISMATCH",
              [...path, "code"],
              `procedure code "${value.code}" differs from its key "${key}"`,
              `mã thủ tục "${value.code}" khác khóa "${key}"`,
            ),
          ],
  ),
} as const satisfies SlotDefinition;
