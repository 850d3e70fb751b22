/**
 * Dossier actions: what an actor asks to do, i.e. a dossier event type refined by the detail that
 * changes who may do it (the stage of a supplement request or refusal, the return channel, the
 * control-slip stage).
 *
 * @module
 */
import { MotcuaError, guardFunction, type DossierEvent, type DossierEventType } from "@motcua/core";

/**
 * What an actor does to a dossier: an event type, refined where the law gives the power to
 * different people (`supplementRequested:receipt` is the one-stop officer's, `supplementRequested:
 * appraisal` the specialist's).
 *
 * @since 0.1.0
 * @category Permissions
 */
export type DossierAction =
  | Exclude<DossierEventType, "supplementRequested" | "refused" | "resultReturned" | "controlSlipSigned">
  | "supplementRequested:receipt"
  | "supplementRequested:appraisal"
  | "refused:receipt"
  | "refused:appraisal"
  | "resultReturned:counter"
  | "resultReturned:postal"
  | "resultReturned:online"
  | "controlSlipSigned:transfer"
  | "controlSlipSigned:resultReceipt";

/**
 * Every {@link DossierAction}, in lifecycle order.
 *
 * @example
 * ```ts
 * import { DOSSIER_ACTIONS } from "@motcua/dossier";
 * DOSSIER_ACTIONS.includes("refused:receipt"); // true
 * ```
 * @since 0.1.0
 * @category Permissions
 */
export const DOSSIER_ACTIONS: ReadonlyArray<DossierAction> = [
  "guided",
  "submitted",
  "postalHandedOver",
  "supplementRequested:receipt",
  "supplementReceived",
  "refused:receipt",
  "received",
  "digitised",
  "transferred",
  "forwarded",
  "controlSlipSigned:transfer",
  "assigned",
  "supplementRequested:appraisal",
  "interAgencySent",
  "interAgencyReturned",
  "financialObligationRequested",
  "financialObligationMet",
  "rescheduled",
  "stopped",
  "withdrawn",
  "resolved",
  "refused:appraisal",
  "resultReady",
  "controlSlipSigned:resultReceipt",
  "resultReturned:counter",
  "resultReturned:postal",
  "resultReturned:online",
  "resultUndeliverable",
];

/**
 * The action an event performs (its type, refined by stage or channel).
 *
 * @example
 * ```ts
 * import { actionOf } from "@motcua/dossier";
 * actionOf({ type: "resultReturned", via: "postal" }); // "resultReturned:postal"
 * ```
 * Throws `DOSSIER_INVALID_EVENT` when given something that is not an event.
 * @since 0.1.0
 * @category Permissions
 */
export const actionOf = guardFunction(
  "actionOf",
  function actionOf(
    event: Pick<DossierEvent, "type"> & { readonly stage?: string; readonly via?: string },
  ): DossierAction {
    if (typeof event !== "object" || event === null || typeof event.type !== "string")
      throw new MotcuaError({
        code: "DOSSIER_INVALID_EVENT",
        path: ["type"],
        vi: "Sự kiện không hợp lệ (thiếu type)",
        en: "Invalid event (no type)",
      });
    switch (event.type) {
      case "supplementRequested":
        return event.stage === "appraisal" ? "supplementRequested:appraisal" : "supplementRequested:receipt";
      case "refused":
        return event.stage === "appraisal" ? "refused:appraisal" : "refused:receipt";
      case "resultReturned":
        return event.via === "postal"
          ? "resultReturned:postal"
          : event.via === "online"
            ? "resultReturned:online"
            : "resultReturned:counter";
      case "controlSlipSigned":
        return event.stage === "resultReceipt"
          ? "controlSlipSigned:resultReceipt"
          : "controlSlipSigned:transfer";
      default:
        return event.type;
    }
  },
  { event: "object" },
);
