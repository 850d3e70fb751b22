/**
 * The dossier rules: the composed rulebook's `sla` and `permissions` slices, exactly as the plugins
 * supply them. The lifecycle limits (supplement once, the appraisal window, the reschedule and its
 * notice, the refusal in time, the delivery attempts) are `sla` keys read through `@motcua/sla`'s
 * one reading of the events; who may do what, the postal staff's tasks, the control slip and the
 * commune role are `permissions` keys ({@link permissionsSlot}). This package holds no value: the
 * national baseline is `@motcua/national`'s.
 *
 * @module
 */
import type { SlaRules } from "@motcua/sla";
import type { PermissionRules } from "./permissionsSlot";

/**
 * The rules `replay`, `can` and the forms read: the rulebook's `sla` and `permissions` slices.
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import type { DossierRules } from "@motcua/dossier";
 * const book = composeRulebook([national], { asOf: "2024-06-03" });
 * const rules: DossierRules = { sla: sliceOf(book, "sla"), permissions: sliceOf(book, "permissions") };
 * ```
 * @since 0.2.0
 * @category Rules
 */
export interface DossierRules {
  /** The `sla` slice (lifecycle limits shared with the clock). */
  readonly sla: SlaRules;
  /** The `permissions` slice (roles, postal staff's tasks, control slip, commune role). */
  readonly permissions: PermissionRules;
}
