/**
 * Postal staffing plans for one-stop counters: the schema of the staffing rules
 * ({@link staffingSlot}; the figures live in the plugins), {@link planStaffing} from dossier
 * volumes and the rulebook's staffing rules, and {@link explainPlan}, which says which rule drove
 * each number.
 *
 * @packageDocumentation
 * @module @motcua/staffing
 */
export { StaffingErrorCode, type StaffingErrorCodeValue } from "./StaffingError";
export {
  NormValueSchema,
  QualificationSchema,
  ReserveSchema,
  staffingSlot,
  type NormValue,
  type Qualification,
  type Reserve,
  type StaffingRules,
} from "./staffingSlot";
export {
  StaffingInputSchema,
  type PlanLine,
  type StaffingInput,
  type StaffNeed,
  type StaffingPlan,
} from "./StaffingPlan";
export { planStaffing } from "./planStaffing";
export { explainPlan } from "./explainPlan";
export { safePlanStaffing } from "./safe";
