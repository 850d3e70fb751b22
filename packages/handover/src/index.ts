/**
 * Handover of one-stop counter work from civil servants to postal staff (BCCI): the schema of the
 * handover rules ({@link handoverSlot}: who proposes, agrees, advises, decides and is informed, by
 * level and period — the values are in the province plugins), {@link decide}, the xstate workflow
 * and its fast {@link replay}, and {@link toRegister}, which feeds the core handover register that
 * `@motcua/dossier` reads.
 *
 * @packageDocumentation
 * @module @motcua/handover
 */
export { HandoverErrorCode, type HandoverErrorCodeValue } from "./HandoverError";
export {
  ApprovalAuthoritySchema,
  ApprovalDutySchema,
  ApprovalStepSchema,
  HandoverExceptionSchema,
  HandoverPartySchema,
  LearningPeriodSchema,
  type ApprovalAuthority,
  type ApprovalDuty,
  type ApprovalStep,
  type HandoverException,
  type HandoverParty,
  type LearningPeriod,
} from "./HandoverRules";
export {
  handoverSlot,
  HandoverDutySchema,
  HandoverPhaseSchema,
  PilotScopeSchema,
  type HandoverDuty,
  type HandoverPhase,
  type HandoverRules,
  type PilotScope,
} from "./handoverSlot";
export { decide, HandoverRequestSchema, type ApprovalDecision, type HandoverRequest } from "./decide";
export {
  HandoverEventSchema,
  type HandoverEvent,
  type HandoverEventInput,
  type HandoverEventType,
} from "./HandoverEvent";
export {
  handoverMachine,
  type HandoverMachineContext,
  type HandoverStatus,
  type ResumableStatus,
} from "./handoverMachine";
export {
  replay,
  type HandoverTransition,
  type HandoverWorkflow,
  type OperationPeriod,
  type ReplayOptions,
} from "./replay";
export { toRegister } from "./toRegister";
export { safeDecide, safeToRegister } from "./safe";
