/**
 * Handover of one-stop counter work from civil servants to postal staff (BCCI): the rulebooks the
 * seed provinces wrote down (who proposes, agrees, advises, decides and is informed, by level and
 * period), {@link decide}, the xstate workflow and its fast {@link replay}, and {@link toRegister},
 * which feeds the core handover register that `@motcua/dossier` reads.
 *
 * @packageDocumentation
 * @module @motcua/handover
 */
export { HandoverErrorCode, type HandoverErrorCodeValue } from "./HandoverError";
export {
  ApprovalAuthoritySchema,
  ApprovalDutySchema,
  ApprovalStepSchema,
  decodeHandoverRules,
  HandoverExceptionSchema,
  HandoverPartySchema,
  HandoverRulesSchema,
  LearningPeriodSchema,
  type ApprovalAuthority,
  type ApprovalDuty,
  type ApprovalStep,
  type HandoverException,
  type HandoverParty,
  type HandoverRules,
  type HandoverRulesInput,
  type LearningPeriod,
} from "./HandoverRules";
export { haTinh2021HandoverRules } from "./haTinh2021HandoverRules";
export { vinhPhuc2025HandoverRules } from "./vinhPhuc2025HandoverRules";
export { dongThap2018HandoverRules } from "./dongThap2018HandoverRules";
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
