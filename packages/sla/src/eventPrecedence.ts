/**
 * The declared order of events that share one instant. Events must come in non-decreasing time
 * order; among events with the same `at`, the clock applies them in this order (then in input
 * order), whatever order they were listed in.
 *
 * @module
 */
import type { DossierEvent, DossierEventType } from "@motcua/core";
import { guardFunction } from "@motcua/core";

/**
 * Same-instant precedence, first applied first. The order follows the lifecycle (Nghị định
 * 61/2018/NĐ-CP Art. 15–20): submission and postal handover before receipt; a receipt-stage
 * supplement request before the receipt it leads to; a request before its answer; a reschedule
 * before the result; the result ready before its return; stop and withdrawal last.
 *
 * A receipt-stage `supplementRequested` ranks with the pre-receipt events (see
 * {@link eventPrecedence}).
 *
 * @example
 * ```ts
 * import { EVENT_PRECEDENCE } from "@motcua/sla";
 * EVENT_PRECEDENCE.indexOf("supplementRequested") < EVENT_PRECEDENCE.indexOf("supplementReceived"); // true
 * ```
 * @since 0.1.0
 * @category Events
 */
export const EVENT_PRECEDENCE: ReadonlyArray<DossierEventType> = Object.freeze([
  "submitted",
  "guided",
  "postalHandedOver",
  "refused",
  "received",
  "digitised",
  "transferred",
  "forwarded",
  "controlSlipSigned",
  "assigned",
  "interAgencySent",
  "interAgencyReturned",
  "supplementRequested",
  "supplementReceived",
  "financialObligationRequested",
  "financialObligationMet",
  "rescheduled",
  "resolved",
  "resultReady",
  "resultReturned",
  "resultUndeliverable",
  "stopped",
  "withdrawn",
]);

const RANK: Readonly<Record<string, number>> = Object.fromEntries(
  EVENT_PRECEDENCE.map((t, i) => [t, i * 2 + 2]),
);

/**
 * The precedence rank of an event (lower first) among events at the same instant. Stage matters:
 * a receipt-stage supplement request or refusal ranks before `received`, an appraisal-stage one
 * after the processing events.
 *
 * @example
 * ```ts
 * import { eventPrecedence } from "@motcua/sla";
 * const at = 0, actor = { role: "oneStopOfficer" } as const;
 * eventPrecedence({ id: "a", type: "received", at, actor, dossierCode: "X" }) <
 *   eventPrecedence({ id: "b", type: "resultReady", at, actor }); // true
 * ```
 * @since 0.1.0
 * @category Events
 */
export const eventPrecedence = guardFunction(
  "eventPrecedence",
  function eventPrecedence(event: DossierEvent): number {
    if (event.type === "supplementRequested" && event.stage === "receipt")
      return (RANK["postalHandedOver"] as number) + 1;
    if (event.type === "refused" && event.stage === "appraisal") return (RANK["resolved"] as number) + 1;
    return RANK[event.type] ?? 0;
  },
);
