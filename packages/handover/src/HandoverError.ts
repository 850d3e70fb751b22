/**
 * The stable error codes of `@motcua/handover`.
 *
 * @module
 */

/**
 * Stable machine codes of every error `@motcua/handover` throws or returns.
 *
 * | code | when |
 * |---|---|
 * | `HANDOVER_INVALID_RULES` | a rulebook is malformed (bad field, overlapping authorities for one level) |
 * | `HANDOVER_INVALID_REQUEST` | a {@link decide} request or its date is malformed |
 * | `HANDOVER_LEVEL_ABOLISHED` | the level does not exist on the date (district level from 1/7/2025) |
 * | `HANDOVER_AUTHORITY_MISSING` | the rulebook names no approval authority for the level on the date (commune centres after 1/7/2025 need a plugin) |
 * | `HANDOVER_MODE_NOT_ALLOWED` | the request asks to replace civil servants where the rulebook allows postal support only |
 * | `HANDOVER_INVALID_EVENT` | a workflow event is malformed |
 * | `HANDOVER_TRANSITION_FORBIDDEN` | a workflow event is not allowed in the current state |
 * | `HANDOVER_EVENT_OUT_OF_ORDER` | a workflow event is earlier than the one before it |
 * | `HANDOVER_PARTY_MISMATCH` | the party proposing or deciding is not the one the rulebook names |
 * | `HANDOVER_INVALID_WORKFLOW` | {@link toRegister} was given something that is not a replayed workflow |
 *
 * @example
 * ```ts
 * import { HandoverErrorCode } from "@motcua/handover";
 * HandoverErrorCode.LevelAbolished; // "HANDOVER_LEVEL_ABOLISHED"
 * ```
 * @since 0.1.0
 * @category Errors
 */
export const HandoverErrorCode = {
  InvalidRules: "HANDOVER_INVALID_RULES",
  InvalidRequest: "HANDOVER_INVALID_REQUEST",
  LevelAbolished: "HANDOVER_LEVEL_ABOLISHED",
  AuthorityMissing: "HANDOVER_AUTHORITY_MISSING",
  ModeNotAllowed: "HANDOVER_MODE_NOT_ALLOWED",
  InvalidEvent: "HANDOVER_INVALID_EVENT",
  TransitionForbidden: "HANDOVER_TRANSITION_FORBIDDEN",
  EventOutOfOrder: "HANDOVER_EVENT_OUT_OF_ORDER",
  PartyMismatch: "HANDOVER_PARTY_MISMATCH",
  InvalidWorkflow: "HANDOVER_INVALID_WORKFLOW",
} as const;

/**
 * One of the {@link HandoverErrorCode} values.
 *
 * @example
 * ```ts
 * import type { HandoverErrorCodeValue } from "@motcua/handover";
 * const code: HandoverErrorCodeValue = "HANDOVER_AUTHORITY_MISSING";
 * ```
 * @since 0.1.0
 * @category Errors
 */
export type HandoverErrorCodeValue = (typeof HandoverErrorCode)[keyof typeof HandoverErrorCode];
