/**
 * The catalogue of slots a plugin can contribute to, and the types derived from it.
 *
 * @module
 */
import type * as z from "zod";
import type { Procedure, ProcedureInput } from "@motcua/core";
import { handoverSlot } from "@motcua/handover";
import { staffingSlot } from "@motcua/staffing";
import { calendarSlot } from "@motcua/calendar";
import { formsSlot, permissionsSlot } from "@motcua/dossier";
import { proceduresSlot } from "./procedureSlot";
import { reportsSlot } from "@motcua/reports";
import type { SlotDefinition, SlotKey } from "@motcua/core";
import { slaSlot } from "@motcua/sla";

/**
 * Every slot, by name. A rule's path is `<slot>.<key>`, e.g. `sla.paperTransferCutoff` or
 * `procedures.1.004227`.
 *
 * | slot | for | consumed by (and defined in) |
 * |---|---|---|
 * | `calendar` | weekly rest, holidays, local days off, office hours | `@motcua/calendar` |
 * | `procedures` | the procedure catalogue | `@motcua/sla`, `@motcua/dossier` |
 * | `sla` | deadline policy | `@motcua/sla` |
 * | `permissions` | dossier permission policy | `@motcua/dossier` |
 * | `forms` | dossier forms by the circular in force | `@motcua/dossier` |
 * | `handover` | approval authorities, pilot scopes, exceptions | `@motcua/handover` |
 * | `staffing` | staffing norms | `@motcua/staffing` |
 * | `reports` | report grouping | `@motcua/reports` |
 *
 * @example
 * ```ts
 * import { SLOTS } from "@motcua/plugin-sdk";
 * Object.keys(SLOTS); // ["calendar", "procedures", "sla", "permissions", "forms", "handover", "staffing", "reports"]
 * ```
 * @since 0.1.0
 * @category Slots
 */
export const SLOTS = {
  calendar: calendarSlot,
  procedures: proceduresSlot,
  sla: slaSlot,
  permissions: permissionsSlot,
  forms: formsSlot,
  handover: handoverSlot,
  staffing: staffingSlot,
  reports: reportsSlot,
} as const satisfies Readonly<Record<string, SlotDefinition>>;

/**
 * The name of a slot.
 *
 * @since 0.1.0
 * @category Slots
 */
export type SlotName = keyof typeof SLOTS;

/**
 * Slots with a fixed set of keys (all but the `procedures` catalogue).
 *
 * @since 0.1.0
 * @category Slots
 */
export type FixedSlotName = Exclude<SlotName, "procedures">;

/**
 * The keys of a fixed slot.
 *
 * @since 0.1.0
 * @category Slots
 */
export type SlotKeyName<S extends FixedSlotName> = keyof (typeof SLOTS)[S]["keys"] & string;

/**
 * The zod schema of one slot key, e.g. `SlotKeySchema<"sla", "paperTransferCutoff">`.
 *
 * @example
 * ```ts
 * import type { SlotKeySchema } from "@motcua/plugin-sdk";
 * type CutoffSchema = SlotKeySchema<"sla", "paperTransferCutoff">;
 * ```
 * @since 0.1.0
 * @category Slots
 */
export type SlotKeySchema<S extends FixedSlotName, K extends SlotKeyName<S>> =
  (typeof SLOTS)[S]["keys"][K] extends SlotKey<infer Z> ? Z : never;

/**
 * The resolved (parsed) value type of a slot key, e.g. `SlotValue<"sla", "paperTransferCutoff">` is `string`.
 *
 * @since 0.1.0
 * @category Slots
 */
export type SlotValue<S extends SlotName, K extends string> = S extends FixedSlotName
  ? K extends SlotKeyName<S>
    ? z.output<SlotKeySchema<S, K>>
    : never
  : Procedure;

/**
 * What a plugin author writes for a slot key (schema input: defaults not yet applied).
 *
 * @since 0.1.0
 * @category Slots
 */
export type SlotInput<S extends SlotName, K extends string> = S extends FixedSlotName
  ? K extends SlotKeyName<S>
    ? z.input<SlotKeySchema<S, K>>
    : never
  : ProcedureInput;

/** @internal Runtime lookup of a slot key definition (catalogue entries share one). */
export const slotKeyOf = (slot: string, key: string): SlotKey | undefined => {
  const def = (SLOTS as Readonly<Record<string, SlotDefinition>>)[slot];
  if (def === undefined) return undefined;
  return def.entry ?? (Object.hasOwn(def.keys, key) ? def.keys[key] : undefined);
};

/** @internal Every fixed `<slot>.<key>` path, for suggestions. */
export const allFixedPaths = (): string[] =>
  Object.entries(SLOTS as Readonly<Record<string, SlotDefinition>>).flatMap(([slot, def]) =>
    Object.keys(def.keys).map((key) => `${slot}.${key}`),
  );
