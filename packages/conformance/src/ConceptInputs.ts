/**
 * The bridge from `@motcua/plugin-sdk` to the concept packages: a composed rulebook's slots mapped
 * to what `@motcua/sla`, `@motcua/dossier`, `@motcua/handover`, `@motcua/staffing` and
 * `@motcua/reports` take.
 *
 * @module
 */
import type { CivilDate } from "@motcua/core";
import type { DossierRules } from "@motcua/dossier";
import type { HandoverRules } from "@motcua/handover";
import type { Rulebook } from "@motcua/plugin-sdk";
import { NATIONAL_REPORT_RULEBOOK, type ReportRulebook } from "@motcua/reports";
import type { SlaPolicyInput } from "@motcua/sla";
import type { StaffingNorms } from "@motcua/staffing";
import { dossierRulesOf, slaPolicyOf } from "./internal/dossierAdapter";
import { handoverRulesOf } from "./internal/handoverAdapter";
import { staffingNormsOf } from "./internal/staffingAdapter";

/**
 * What the concept packages take, for the rules in force on one date.
 *
 * @since 0.1.0
 * @category Rulebooks
 */
export interface ConceptInputs {
  /** The Vietnamese civil date the rules were composed for. */
  readonly asOf: CivilDate;
  /** The composed plugin rulebook the inputs come from (with provenance). */
  readonly rulebook: Rulebook;
  /** `@motcua/sla` policy (supplement, judged due date, reschedules). */
  readonly slaPolicy: SlaPolicyInput;
  /** `@motcua/dossier` rules (limits, cut-off, control slip, postal support-only levels). */
  readonly dossierRules: DossierRules;
  /** `@motcua/handover` rulebook (authorities by level, exceptions, learning, assessors). */
  readonly handoverRules: HandoverRules;
  /** `@motcua/staffing` norms (throughput, domain coverage, reserve, qualification). */
  readonly staffingNorms: StaffingNorms;
  /** `@motcua/reports` rulebook (the national closures: no slot changes them yet). */
  readonly reportRulebook: ReportRulebook;
}

/**
 * Maps a composed rulebook to the concept packages' inputs.
 *
 * | slot key | becomes |
 * |---|---|
 * | `sla.supplementPolicy`, `lateJudgedAgainst`, `reschedulesMax`, `lateNoticeDaysBefore` | `SlaPolicy` supplement, judgeAgainst, maxReschedules, rescheduleNoticeWorkingDays |
 * | `sla.supplementRequestsMax`, `appraisalReturnWorkingDays`, `reschedulesMax`, `lateNoticeDaysBefore`, `paperTransferCutoff`, `postalDeliveryAttempts` | `DossierRules` supplementLimit, appraisalSupplementWindow, reschedule, paperTransferCutoff, undeliverableAfterAttempts |
 * | `permissions.controlSlipSignature`, `communePostalRole` | `DossierRules` controlSlipSignatures, postalStaff.supportOnlyAtLevels |
 * | `handover.provinceAuthority`, `districtAuthority`, `communeAuthority` | `HandoverRules` authorities (propose, liaise, agree, advise, decide, inform) |
 * | `handover.exceptions`, `learningPeriodMonths`, `proficiencyAssessors` | `HandoverRules` exceptions (by exception id), learning, assessment |
 * | `staffing.dossiersPerPostalEmployeePerDay`, `domainsPerPostalEmployee`, `reserveFactor` / `reserveRequired`, `postalStaffQualification` | `StaffingNorms` throughput, domainCoverage, reserve, qualifications |
 *
 * The calendar slot goes to `makeCalendar` overlays (see {@link pluginRulebookProvider}). What the
 * slots cannot express keeps the concept package's national default (the dossier role table, the
 * postal staff's action lists, the report closures).
 *
 * @example
 * ```ts
 * import { composeRulebook } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { haTinh } from "@motcua/province-ha-tinh";
 * import { conceptInputsOf } from "@motcua/conformance";
 * const inputs = conceptInputsOf(composeRulebook([national, haTinh], { asOf: "2021-06-01" }));
 * inputs.staffingNorms.throughput?.min.value; // 15
 * ```
 * @since 0.1.0
 * @category Rulebooks
 */
export function conceptInputsOf(rulebook: Rulebook): ConceptInputs {
  return {
    asOf: rulebook.asOf,
    rulebook,
    slaPolicy: slaPolicyOf(rulebook),
    dossierRules: dossierRulesOf(rulebook),
    handoverRules: handoverRulesOf(rulebook),
    staffingNorms: staffingNormsOf(rulebook),
    reportRulebook: NATIONAL_REPORT_RULEBOOK,
  };
}
