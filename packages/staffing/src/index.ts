/**
 * Postal staffing plans for one-stop counters: norms as sourced data (the seed provinces' figures,
 * the Quyết định 2133/QĐ-BTTTT activity-time model as plugin data), {@link planStaffing} from
 * dossier volumes, and {@link explainPlan}, which says which norm drove each number.
 *
 * @packageDocumentation
 * @module @motcua/staffing
 */
export { StaffingErrorCode, type StaffingErrorCodeValue } from "./StaffingError";
export {
  decodeStaffingNorms,
  NormValueSchema,
  StaffingNormsSchema,
  type NormValue,
  type StaffingNorms,
  type StaffingNormsInput,
} from "./StaffingNorms";
export {
  dongThap2022StaffingReference,
  haTinh2021StaffingNorms,
  vinhPhuc2025StaffingNorms,
} from "./seedStaffingNorms";
export {
  StaffingInputSchema,
  type PlanLine,
  type StaffingInput,
  type StaffNeed,
  type StaffingPlan,
} from "./StaffingPlan";
export { planStaffing } from "./planStaffing";
export { explainPlan } from "./explainPlan";
