/**
 * The composed `sla` and `permissions` slots as `@motcua/dossier` rules and a `@motcua/sla` policy.
 *
 * @internal
 */
import { nationalDossierRules, type DossierRules } from "@motcua/dossier";
import type { Rulebook } from "../composeRulebook";
import type { ControlSlipSignature } from "../permissionSlot";
import type { SlaPolicyInput } from "@motcua/sla";
import { sourced, type Sourced } from "./sourced";

const rule = <T>(s: Sourced<T>) => ({ value: s.value, legalRef: s.legalRef });

/**
 * Dossier rules from a composed plugin rulebook (as of its date). Mapped: `sla.supplementRequestsMax`
 * → supplementLimit, `sla.appraisalReturnWorkingDays` → appraisalSupplementWindow,
 * `sla.reschedulesMax` + `sla.lateNoticeDaysBefore` → reschedule, `sla.paperTransferCutoff`,
 * `sla.postalDeliveryAttempts.invitations` → undeliverableAfterAttempts,
 * `permissions.controlSlipSignature.at` → controlSlipSignatures, `permissions.communePostalRole:
 * support` → postal staff support only at commune level. The slots cannot express the role table
 * and the postal staff's action lists: those stay `nationalDossierRules`'.
 *
 * @internal
 */
export function dossierRulesOf(book: Rulebook): DossierRules {
  const n = nationalDossierRules;
  const supplements = sourced<number>(book, "sla", "supplementRequestsMax");
  const window = sourced<number>(book, "sla", "appraisalReturnWorkingDays");
  const reschedules = sourced<number>(book, "sla", "reschedulesMax");
  const notice = sourced<number>(book, "sla", "lateNoticeDaysBefore");
  const cutoff = sourced<string>(book, "sla", "paperTransferCutoff");
  const delivery = sourced<{ invitations: number }>(book, "sla", "postalDeliveryAttempts");
  const slip = sourced<ControlSlipSignature>(book, "permissions", "controlSlipSignature");
  const commune = sourced<string>(book, "permissions", "communePostalRole");
  return {
    ...n,
    postalStaff:
      commune === undefined
        ? n.postalStaff
        : {
            value: {
              ...n.postalStaff.value,
              supportOnlyAtLevels: commune.value === "support" ? ["commune"] : [],
            },
            legalRef: commune.legalRef,
          },
    supplementLimit: supplements === undefined ? n.supplementLimit : rule(supplements),
    appraisalSupplementWindow: window === undefined ? n.appraisalSupplementWindow : rule(window),
    reschedule:
      reschedules === undefined && notice === undefined
        ? n.reschedule
        : {
            value: {
              maxTimes: reschedules?.value ?? n.reschedule.value.maxTimes,
              noticeDays: notice?.value ?? n.reschedule.value.noticeDays,
            },
            legalRef: (reschedules ?? notice)?.legalRef ?? n.reschedule.legalRef,
          },
    paperTransferCutoff: cutoff === undefined ? n.paperTransferCutoff : rule(cutoff),
    controlSlipSignatures:
      slip === undefined
        ? n.controlSlipSignatures
        : {
            value: {
              atTransfer: slip.value.at.includes("transfer"),
              atResultReceipt: slip.value.at.includes("resultReceipt"),
            },
            legalRef: slip.legalRef,
          },
    undeliverableAfterAttempts:
      delivery === undefined
        ? n.undeliverableAfterAttempts
        : { value: delivery.value.invitations, legalRef: delivery.legalRef },
  };
}

/**
 * The SLA policy of a composed plugin rulebook: `sla.supplementPolicy` → supplement,
 * `sla.lateJudgedAgainst` → judgeAgainst, `sla.reschedulesMax` → maxReschedules,
 * `sla.lateNoticeDaysBefore` → rescheduleNoticeWorkingDays. The rest keeps `@motcua/sla`'s defaults.
 *
 * @internal
 */
export function slaPolicyOf(book: Rulebook): SlaPolicyInput {
  const supplement = sourced<"restart" | "pause">(book, "sla", "supplementPolicy");
  const judged = sourced<"original" | "rescheduled">(book, "sla", "lateJudgedAgainst");
  const reschedules = sourced<number>(book, "sla", "reschedulesMax");
  const notice = sourced<number>(book, "sla", "lateNoticeDaysBefore");
  return {
    ...(supplement === undefined ? {} : { supplement: supplement.value }),
    ...(judged === undefined ? {} : { judgeAgainst: judged.value }),
    ...(reschedules === undefined ? {} : { maxReschedules: reschedules.value }),
    ...(notice === undefined ? {} : { rescheduleNoticeWorkingDays: notice.value }),
  };
}
