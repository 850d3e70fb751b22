/**
 * The legal deadline (ngày hẹn trả) of a one-stop dossier, computed from its events on the
 * Vietnamese working calendar and explained: {@link computeDeadline} for the appointment printed
 * on the receipt slip, {@link computeClock} for the clock at any instant (status, pauses, due
 * instants, early / on time / late or within / overdue, warnings, an `explain` timeline), and the
 * one definition of the outcome boundary ({@link judgeCompletion}, {@link judgePending}). The rules
 * are the rulebook's `sla` slice ({@link slaSlot} is their one schema); the event facts the
 * lifecycle shares ({@link eventRulesOf}, {@link rescheduleVerdict}, …) are defined here once.
 *
 * @packageDocumentation
 * @module @motcua/sla
 */
export { computeDeadline } from "./computeDeadline";
export { computeClock, safeComputeClock } from "./computeClock";
export { judgeCompletion, judgePending, type CompletionOutcome, type PendingStatus } from "./judgeOutcome";
export type {
  SlaClock,
  ClockStatus,
  ClockDue,
  ClockWarning,
  ClockEffect,
  ClockExplainEntry,
  ClockExplainBase,
  PauseInterval,
  PauseReason,
} from "./SlaClock";
export { slaSlot, PostalTransitTargetSchema, type PostalTransitTarget, type SlaRules } from "./slaSlot";
export {
  eventRulesOf,
  rescheduleVerdict,
  latestRescheduleDay,
  supplementVerdict,
  appraisalSupplementLastDay,
  refusalInTime,
  endOf,
  type EventRules,
  type RescheduleVerdict,
  type SupplementVerdict,
  type WorkingDayArithmetic,
} from "./eventRules";
export { EVENT_PRECEDENCE, eventPrecedence } from "./eventPrecedence";
export {
  SLA_RULE_SOURCES,
  SLA_RULE_SOURCE_VERSIONS,
  slaRuleSourcesOn,
  type SlaRuleSources,
} from "./ruleSources";
export { SLA_ERROR_CODES, type SlaErrorCode } from "./SlaErrorCode";
export { safeComputeDeadline } from "./safe";
