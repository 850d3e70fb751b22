/**
 * The legal sources of the clock's rules, cited by the code and by every `explain` entry.
 *
 * @module
 */
import {
  isValidOn,
  legalRef,
  parseCivilDate,
  type CivilDate,
  type LegalRef,
  type Validity,
} from "@motcua/core";

const ND61 = "Nghị định 61/2018/NĐ-CP";

/**
 * The legal source of each mechanism of the clock.
 *
 * @example
 * ```ts
 * import { slaRuleSourcesOn, type SlaRuleSources } from "@motcua/sla";
 * const sources: SlaRuleSources = slaRuleSourcesOn("2026-02-12");
 * sources.receipt.document; // "Nghị định 118/2025/NĐ-CP"
 * ```
 * @since 0.2.0
 * @category Sources
 */
export type SlaRuleSources = {
  /** The clock starts at the valid receipt (form 01 with a dossier code). */
  readonly receipt: LegalRef;
  /** Receipt outside working time starts at the next working session. */
  readonly outsideWorkingTime: LegalRef;
  /** Postal dossiers count as submitted from the handover record signed at the agency. */
  readonly postalHandover: LegalRef;
  /** Working-day periods. */
  readonly workingDays: LegalRef;
  /** Working-hour periods over the office's sessions. */
  readonly workingHours: LegalRef;
  /** Calendar-day periods end with the next working day when the last day is a day off. */
  readonly calendarDays: LegalRef;
  /** Same-day procedures with a 15:00 cut-off. */
  readonly sameDayCutoff: LegalRef;
  /** Completion: the result is ready for return at the one-stop (or handed to the post). */
  readonly completion: LegalRef;
  /** Early / on time / late scoring. */
  readonly outcome: LegalRef;
  /** Stop processing and withdrawal. */
  readonly stopped: LegalRef;
};

/**
 * Where each mechanism of the clock comes from (when it starts, how periods count, what ends it):
 * the citations of the code itself, `verified: false` where it is a reading of ours. These are the
 * sources for a dossier received **before 1/7/2025**, under Nghị định 61/2018/NĐ-CP; the clock
 * cites the set in force at the receipt, {@link slaRuleSourcesOn}. The rule
 * values (supplement once, the reschedule and its notice, the financial-obligation pause, …) are
 * not here: they come from the rulebook's `sla` slice, with the legal reference of the plugin that
 * supplied them, and the clock's `explain` cites that.
 *
 * @example
 * ```ts
 * import { citeLegalRef } from "@motcua/core";
 * import { SLA_RULE_SOURCES } from "@motcua/sla";
 * citeLegalRef(SLA_RULE_SOURCES.calendarDays); // "Bộ luật Dân sự 2015, Điều 148"
 * ```
 * @since 0.1.0
 * @category Sources
 */
export const SLA_RULE_SOURCES: SlaRuleSources = Object.freeze({
  /** The clock starts at the valid receipt (form 01 with a dossier code). */
  receipt: legalRef(ND61, {
    article: "17",
    verified: true,
    note: "The receipt and appointment slip (form 01) is issued when the dossier is complete; its time is the valid-receipt instant.",
  }),
  /** Receipt outside working time starts at the next working session. */
  outsideWorkingTime: legalRef(ND61, {
    article: "17",
    verified: false,
    note: "Receipt outside working hours (online at night, a weekend) counts from the next working session [deployed practice].",
  }),
  /** Postal dossiers count as submitted from the handover record signed at the agency. */
  postalHandover: legalRef("Quyết định 45/2016/QĐ-TTg", {
    verified: true,
    note: "The dossier counts as submitted only from the handover record signed at the agency; inbound postal transit is not processing time (also Thông tư 17/2017/TT-BTTTT).",
  }),
  /** Working-day periods. */
  workingDays: legalRef(ND61, {
    article: "17",
    verified: false,
    note: "Working days exclude weekly rest days and public holidays (Bộ luật Lao động 2019 Art. 111–112); the due time is the receipt's wall-clock time on the N-th working day.",
  }),
  /** Working-hour periods over the office's sessions. */
  workingHours: legalRef("deployed one-stop software", {
    verified: false,
    note: "Deployed systems compute in working hours over the office's sessions; 1 working day = 8 hours [deployed practice].",
  }),
  /** Calendar-day periods end with the next working day when the last day is a day off. */
  calendarDays: legalRef("Bộ luật Dân sự 2015", {
    article: "148",
    verified: true,
    note: "Art. 147: a period in days starts the day after the event. Art. 148: when the last day is a weekly rest day or a holiday, the period ends at the end of the next working day. For a one-stop the end of the day is the end of the office day.",
  }),
  /** Same-day procedures with a 15:00 cut-off. */
  sameDayCutoff: legalRef("Nghị định 23/2015/NĐ-CP", {
    article: "7",
    verified: true,
    note: "Certification: the result is returned the same day, or the next working day if the request is received after 15:00.",
  }),
  /** Completion: the result is ready for return at the one-stop (or handed to the post). */
  completion: legalRef(ND61, {
    article: "20",
    verified: true,
    note: "The agency's time ends when the result is at the one-stop ready for return (counter, post, online); transit to the applicant is the post's or the applicant's time.",
  }),
  /** Early / on time / late scoring. */
  outcome: legalRef("Thông tư 01/2018/TT-VPCP", {
    article: "13",
    verified: true,
    note: "Returned before / on / after the due date scores 2 / 1 / 0.",
  }),
  /** Stop processing and withdrawal. */
  stopped: legalRef("Thông tư 03/2025/TT-VPCP", {
    verified: false,
    note: "Stop processing (form 05) and withdrawal exist as statuses in deployed systems; their clock effect is not confirmed.",
  }),
});

const ND118 = "Nghị định 118/2025/NĐ-CP";

/** A mechanism of Nghị định 61/2018 that the clock keeps for dossiers received under 118/2025. */
const carried = (from: LegalRef, what: string): LegalRef =>
  legalRef(ND118, {
    issued: "2025-06-09",
    verified: false,
    note: `${what} Carried over from ${from.document}${from.article === undefined ? "" : ` Art. ${from.article}`}, which 118/2025 replaced from 1/7/2025; the text of 118/2025 was not read.`,
  });

/** The sources under Nghị định 118/2025/NĐ-CP, for dossiers received from 1/7/2025. */
const SOURCES_118: SlaRuleSources = Object.freeze({
  ...SLA_RULE_SOURCES,
  receipt: carried(
    SLA_RULE_SOURCES.receipt,
    "The receipt and appointment slip (form 01) is issued when the dossier is complete; its time is the valid-receipt instant.",
  ),
  outsideWorkingTime: carried(
    SLA_RULE_SOURCES.outsideWorkingTime,
    "Receipt outside working hours (online at night, a weekend) counts from the next working session [deployed practice].",
  ),
  workingDays: carried(
    SLA_RULE_SOURCES.workingDays,
    "Working days exclude weekly rest days and public holidays; the due time is the receipt's wall-clock time on the N-th working day.",
  ),
  completion: carried(
    SLA_RULE_SOURCES.completion,
    "The agency's time ends when the result is at the one-stop ready for return (counter, post, online).",
  ),
});

/**
 * One dated set of the clock's sources.
 *
 * @example
 * ```ts
 * import { SLA_RULE_SOURCE_VERSIONS, type SlaRuleSourceVersion } from "@motcua/sla";
 * const first: SlaRuleSourceVersion | undefined = SLA_RULE_SOURCE_VERSIONS[0];
 * first?.sources.receipt.document; // "Nghị định 61/2018/NĐ-CP"
 * ```
 * @since 0.2.0
 * @category Sources
 */
export interface SlaRuleSourceVersion {
  /** The receipt dates the set applies to. */
  readonly validity: Validity;
  readonly sources: SlaRuleSources;
}

/**
 * The dated sets of the clock's sources: Nghị định 61/2018/NĐ-CP until 30/6/2025, then Nghị định
 * 118/2025/NĐ-CP (unverified: its text was not read) for the mechanisms 61/2018 gave.
 *
 * @example
 * ```ts
 * import { SLA_RULE_SOURCE_VERSIONS } from "@motcua/sla";
 * SLA_RULE_SOURCE_VERSIONS.map((v) => v.validity); // [{ validTo: "2025-06-30" }, { validFrom: "2025-07-01" }]
 * ```
 * @since 0.2.0
 * @category Sources
 */
export const SLA_RULE_SOURCE_VERSIONS: ReadonlyArray<SlaRuleSourceVersion> = Object.freeze([
  Object.freeze({ validity: Object.freeze({ validTo: "2025-06-30" }), sources: SLA_RULE_SOURCES }),
  Object.freeze({ validity: Object.freeze({ validFrom: "2025-07-01" }), sources: SOURCES_118 }),
]);

/**
 * The clock's sources in force on a civil date, the dossier's receipt: a dossier is judged, and
 * cited, under the law of its receipt.
 *
 * @example
 * ```ts
 * import { slaRuleSourcesOn } from "@motcua/sla";
 * slaRuleSourcesOn("2025-06-30").receipt.document; // "Nghị định 61/2018/NĐ-CP"
 * slaRuleSourcesOn("2025-07-01").receipt.verified; // false
 * ```
 * @since 0.2.0
 * @category Sources
 */
export function slaRuleSourcesOn(date: CivilDate): SlaRuleSources {
  parseCivilDate(date, ["date"]);
  const [before, after] = SLA_RULE_SOURCE_VERSIONS as readonly [SlaRuleSourceVersion, SlaRuleSourceVersion];
  return isValidOn(before.validity, date) ? before.sources : after.sources;
}
