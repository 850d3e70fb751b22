/**
 * The national baseline as a plugin: Nghị định 61/2018 until 30/6/2025, the 118/2025 framework
 * from 1/7/2025 (unverified), Quyết định 45/2016 postal rules, the Labour Code calendar, default
 * office hours, staffing norms and Biểu 06.
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";
import { definePlugin, type RuleInput } from "@motcua/plugin-sdk";
import {
  CALENDAR_SOURCES as C,
  NATIONAL_COMPENSATORY_RULES,
  NATIONAL_HOLIDAY_RULES,
  NATIONAL_OFFICE_HOURS,
} from "./calendarRules";
import { FORM_SOURCES, NATIONAL_FORM_RULES } from "./formRules";
import { ROLES_61 } from "./roles";
import { LAW_SINCE_2025 } from "./lawSince2025";
import { NATIONAL_SOURCES as S } from "./sources";
import { YEARLY_NOTICES } from "./yearlyNotices";

/**
 * A share-printing rule of Biểu 06 for which no national text was read: motcua's national default,
 * unverified, taken from how provincial reviews of the one-stop print their shares (a province
 * plugin cites its own review).
 */
const REPORT_PRACTICE = (what: string): LegalRef => ({
  ...S.tt01_2020,
  verified: false,
  note: `${what}: no national text read fixes it; motcua's national default, taken from how provincial one-stop reviews print their shares (a province plugin replaces it citing its own review).`,
});

/** Last day of Nghị định 61/2018 (replaced by 118/2025 from 1/7/2025). */
const END_61 = "2025-06-30";
const FROM_118 = "2025-07-01";

/** The flag of every rule of Nghị định 61/2018 carried over under 118/2025. */
const CARRIED = "carried over from Nghị định 61/2018; the 118/2025 text was not read";

/**
 * A rule of Nghị định 61/2018 (verified, until 30/6/2025) carried over under 118/2025 (unverified,
 * from 1/7/2025) with the same value, flagged as such in the rule's note and in its legal
 * reference (so `explain` and the clock's timeline show it wherever it decides an answer).
 */
const era = <T>(value: T, where: Omit<LegalRef, "document" | "verified">): ReadonlyArray<RuleInput<T>> => [
  { value, legalRef: { ...S.nd61, ...where }, validity: { validTo: END_61 } },
  {
    value,
    legalRef: {
      ...S.nd118,
      note: `${CARRIED}${where.article === undefined ? "" : ` (61/2018 Art. ${where.article})`}.`,
    },
    validity: { validFrom: FROM_118 },
    note: `${CARRIED}${where.article === undefined ? "" : ` (Art. ${where.article})`}`,
  },
];

/**
 * The national baseline plugin (`national`). Every value carries its `LegalRef`; what we could not
 * read is `verified: false`. Compose it first: `composeRulebook([national, province], { asOf })`.
 *
 * @example
 * ```ts
 * import { composeRulebook, ruleValue } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * const book = composeRulebook([national], { asOf: "2025-03-01" });
 * ruleValue(book, "sla", "paperTransferCutoff"); // "15:00" (Nghị định 61/2018 Art. 18)
 * ```
 * @since 0.1.0
 * @category Plugins
 */
export const national = definePlugin({
  id: "national",
  name: "Quốc gia (national baseline)",
  version: "0.1.0",
  jurisdiction: { level: "national" },
  legalBasis: [S.nd61, S.nd118, LAW_SINCE_2025.nd367, FORM_SOURCES.tt03_2025, S.nd107, S.qd45, S.blld],
  rules: {
    calendar: {
      // The holidays, the weekly rest and the notices are national acts: a province cannot change them.
      weeklyRestDays: { value: [0, 6], legalRef: C.weeklyRest, final: true },
      statutoryHolidays: {
        final: true,
        value: [...NATIONAL_HOLIDAY_RULES],
        legalRef: {
          ...C.labourCode2019Holidays,
          verified: false,
          note: "Each holiday rule carries its own source: Labour Code 2019 Art. 112 (read) from 2021; the 1994 and 2012 codes before it and 24/11 from 1/7/2026 are unverified.",
        },
      },
      compensatoryDayOff: {
        final: true,
        value: [...NATIONAL_COMPENSATORY_RULES],
        legalRef: {
          ...C.labourCode2019Compensatory,
          verified: false,
          note: "Art. 111(3) (read) from 2021; the rules for the years before carry the older codes' unverified sources.",
        },
      },
      yearlyNotices: {
        final: true,
        value: [...YEARLY_NOTICES],
        legalRef: {
          document: "Thông báo lịch nghỉ lễ, tết hằng năm đối với cán bộ, công chức, viên chức (2021–2026)",
          verified: false,
          note: "Each notice carries its own (unverified) reference; the notice numbers were not recorded.",
        },
      },
      officeHours: { value: [...NATIONAL_OFFICE_HOURS], legalRef: C.officeHours },
    },
    sla: {
      defaultUnit: {
        value: "workingDays",
        legalRef: {
          ...S.practice,
          note: "Processing times are in working days unless a procedure says otherwise.",
        },
      },
      workingDayHours: {
        value: 8,
        legalRef: S.practice,
        note: "1 working day = 8 working hours over the office's sessions",
      },
      workingDayCount: {
        value: "sameWallClock",
        legalRef: {
          ...S.nd61,
          article: "17",
          verified: false,
          note: "The appointment on form 01 is a date and time; the same wall-clock time on the N-th working day is motcua's national reading. Deployed systems count 1 working day = 8 working hours over the office sessions [practice]: a plugin sets `workingHours`.",
        },
      },
      supplementPolicy: era("restart" as const, {
        article: "19",
        note: "Appraisal finds the dossier incomplete: the processing time restarts from zero on the full dossier.",
      }),
      appraisalReturnWorkingDays: era(3, { article: "19" }),
      supplementRequestsMax: era(1, {
        article: "15",
        clause: "3",
        note: "Also Art. 11.2.c: ask for everything missing once.",
      }),
      reschedulesMax: era(1, {
        note: "Late dossier: apology and new appointment (form 04), re-appointment at most once. The decree is confirmed; the article is not recorded in our sources (the appraisal rules around it are Art. 19), so no article is cited.",
      }),
      lateNoticeDaysBefore: era(1, {
        note: "Late dossier: the agency notifies the one-stop and sends the apology at least 1 day before the due date. The decree is confirmed; the article is not recorded in our sources, so no article is cited.",
      }),
      lateNoticeDayKind: [
        {
          value: "workingDays",
          legalRef: {
            ...S.nd61,
            verified: false,
            note: '"At least 1 day before the due date" does not say working or calendar day. motcua reads working days (the decree\'s time limits count working days): the notice is due on or before the working day before the due day. Unverified choice; a plugin that reads calendar days sets `calendarDays`.',
          },
          validity: { validTo: END_61 },
        },
        {
          value: "workingDays",
          legalRef: { ...S.nd118, note: `${CARRIED}.` },
          validity: { validFrom: FROM_118 },
          note: `${CARRIED} (the working-day reading, unverified)`,
        },
      ],
      refusalWithinDeadline: era(true, {
        article: "19",
        note: "A refusal after appraisal is issued within the processing time.",
      }),
      financialObligation: {
        value: "pause",
        legalRef: {
          ...S.practice,
          note: "Awaiting a financial obligation (fees, taxes) is a status of deployed one-stop systems; not counting that time is practice (land procedures exclude it), not a rule of Nghị định 61/2018.",
        },
      },
      stoppedJudgement: {
        value: "notJudged",
        legalRef: {
          ...FORM_SOURCES.tt03_2025,
          form: "05",
          note: "Stopping the processing (form 05) is a status from 1/7/2025; its clock effect was not read. motcua's default: the clock ends and the dossier is not judged early / on time / late (as reports.stoppedCount leaves it out of Biểu 06). Unverified; a plugin that reads otherwise sets judgedAtStop.",
        },
        validity: { validFrom: FROM_118 },
      },
      warningThresholds: {
        value: [0.5, 0.75, 1],
        legalRef: {
          ...S.practice,
          note: "50 / 75 / 100 % warning levels are a design default, not a legal figure; provinces set their own.",
        },
      },
      lateJudgedAgainst: {
        value: "original",
        legalRef: {
          ...S.tt01_2018,
          verified: false,
          note: "Statistics judge lateness against the original deadline [L].",
        },
      },
      paperTransferCutoff: era("15:00", {
        article: "18",
        note: "Paper dossiers received after 15:00 are transferred at the start of the next working day.",
      }),
      sameDayCutoff: { value: "15:00", legalRef: S.nd23 },
      postalInboundTransitCounts: {
        value: false,
        legalRef: {
          ...S.qd45,
          note: "The dossier counts as submitted from the handover record signed at the agency.",
        },
      },
      postalDeliveryAttempts: {
        value: { invitations: 2, workingDaysApart: 2 },
        legalRef: {
          ...S.qd45,
          note: "Undeliverable after 2 invitations 2 working days apart → back to the agency.",
        },
      },
      postalTransitTargets: {
        value: [
          { route: "sameDistrict", workingDays: 1, withAppointmentSlip: 2 },
          { route: "betweenDistricts", workingDays: 2, withAppointmentSlip: 4 },
          { route: "betweenMajorCities", workingDays: 3, withAppointmentSlip: 6 },
          { route: "interProvincial", workingDays: 4, withAppointmentSlip: 8 },
        ],
        legalRef: S.tt17,
        note: "J = acceptance day; the district terms predate the 2025 reform",
      },
    },
    permissions: {
      roles: [
        {
          value: ROLES_61,
          legalRef: {
            ...S.nd61,
            article: "17–20",
            note: "Receipt and return by the one-stop (Art. 17, 20), appraisal and decision by the competent agency (Art. 19). Postal staff's counter work is in postalCounterTasks / postalSupportTasks. Stopping the processing is not a status of the decree: no role may record it. Nor is forwarding between units: no role may record it either.",
          },
          validity: { validTo: END_61 },
        },
        {
          value: { ...ROLES_61, stopped: ["agencyLeader"], forwarded: ["oneStopOfficer", "system"] },
          legalRef: { ...S.nd118, note: `${CARRIED}.` },
          validity: { validFrom: FROM_118 },
          note: `${CARRIED} (Art. 17–20). Stopping the processing (dừng giải quyết, Thông tư 03/2025/TT-VPCP form 05) is a status from 1/7/2025: who may stop it is not in what was read of the decree — motcua's reading is the competent agency's leader, once the dossier is at the agency and before its decision (unverified). Forwarding a dossier received for another unit of the province to its competent agency (Art. 14, 20: the receiving centre forwards electronic and paper dossiers) is the receiving centre's one-stop officer's or its system's, and postal staff's where the counter's transfer task is handed to them (motcua's reading, unverified).`,
        },
      ],
      receiptAcrossBoundaries: [
        {
          value: false,
          legalRef: {
            ...S.nd61,
            verified: false,
            note: "Each one-stop (the province's centre, the district and commune units) receives the procedures of its own unit; receipt regardless of administrative boundary was not provided for (motcua's reading of the decree's organisation, unverified).",
          },
          validity: { validTo: END_61 },
        },
        {
          value: true,
          legalRef: {
            ...S.nd118,
            article: "14, 20",
            note: "Provincial and commune public-administration centres receive dossiers of the provincial People's Committee, its agencies and any commune of the province, whatever the applicant's residence, and forward them to the competent agency (as reported; the text was not read).",
          },
          validity: { validFrom: FROM_118 },
        },
      ],
      channels: [
        {
          value: ["counter", "postal", "online"],
          legalRef: {
            ...S.nd61,
            note: "In person at the counter, by post (public postal service, a courier or an authorised person), online (the national public-service portal).",
          },
          validity: { validTo: END_61 },
        },
        {
          value: ["counter", "postal", "online"],
          legalRef: {
            ...S.nd118,
            note: "In person, by post (public postal service, a hired provider or an authorised person), online through the national portal, as reported.",
          },
          validity: { validFrom: FROM_118, validTo: "2025-12-30" },
        },
        {
          value: ["counter", "postal", "online", "vneid"],
          legalRef: {
            ...LAW_SINCE_2025.nd367,
            note: "VNeID added as a channel by Nghị định 367/2025/NĐ-CP (31/12/2025), as reported. Its start date was not read: motcua accepts VNeID from the decree's date, the earliest it can apply — unverified; a plugin that reads a later date overrides it.",
          },
          validity: { validFrom: "2025-12-31" },
        },
      ],
      postalSupportTasks: {
        value: ["guide"],
        legalRef: {
          ...S.nd107,
          verified: false,
          note: "Where postal staff only support civil servants (the register says support), motcua's national reading is that they guide applicants; a province whose plan gives supporting postal staff more (data entry, …) lists it.",
        },
      },
      postalCounterTasks: {
        value: ["guide", "receive", "digitise", "transfer", "returnResult"],
        legalRef: {
          ...S.nd107,
          verified: false,
          note: "The counter work handed to postal staff is guidance, receipt, digitisation, transfer and result return (hướng dẫn, tiếp nhận, số hóa, chuyển, trả kết quả). Nghị định 107/2021 as quoted in the 2022 review of Văn phòng UBND tỉnh Đồng Tháp (L129) names 'hướng dẫn, tiếp nhận, số hóa hồ sơ, trả kết quả' without transfer; transfer (chuyển) comes from deployed practice and the Đồng Tháp practice (the same review, L59: dossiers received by postal staff are transferred under a control slip), so the list is unverified until the decree's text is read.",
        },
      },
      postalChannelOnRequestOnly: {
        value: true,
        legalRef: { ...S.qd45, note: "Only at the applicant's request." },
      },
      postalExcludesPersonalPresence: {
        value: true,
        legalRef: { ...S.qd45, note: "Not for procedures that require personal presence." },
      },
    },
    forms: NATIONAL_FORM_RULES,
    staffing: {
      civilServantMinYearsInField: era(3, {
        note: "Rank chuyên viên or higher, ≥ 3 years in the field; article not recorded.",
      }),
      civilServantPostingMonths: era({ min: 6, max: 24 }, { note: "Postings of 6–24 months." }),
      backupsPerPost: era(1, { note: "At least one backup per post." }),
    },
    reports: {
      form: {
        value: "Biểu số 06/VPCP/KSTT",
        legalRef: {
          ...S.tt01_2020,
          title: "Biểu số 06/VPCP/KSTT — Tình hình, kết quả giải quyết thủ tục hành chính",
          note: "Columns and identities as the form is described (received = online + in person or postal + carried over = resolved + pending); the official text of the form was not read. Whether the form still applies after Thông tư 03/2025/TT-VPCP is open.",
        },
      },
      rowGrouping: { value: "domainByLevel", legalRef: S.tt01_2020 },
      postalColumn: {
        value: { internal: "separate", export: "mergedWithInPerson" },
        legalRef: {
          ...S.tt01_2020,
          note: "Biểu 06 has one 'in person or postal' column: postal dossiers are merged into it on export and kept apart internally, so a province that reports them separately can.",
        },
      },
      shareDecimals: { value: 2, legalRef: REPORT_PRACTICE("Two decimals") },
      honestRounding: {
        value: true,
        legalRef: REPORT_PRACTICE(
          "A share that is not exactly 0% or 100% is never printed as such (more decimals instead)",
        ),
      },
      shareBases: {
        value: { channel: "new", outcome: "resolved" },
        legalRef: REPORT_PRACTICE("Channel shares over new dossiers, outcome shares over resolved ones"),
      },
      outcomeDue: {
        value: "original",
        legalRef: {
          ...S.tt01_2018,
          article: "13",
          note: "Early / on time / late score 2 / 1 / 0. Judged against the ORIGINAL due instant, even after an apology and new appointment (that statistics judge against the original appointment is reported, not read in a text).",
        },
      },
      refusedCount: {
        value: "resolved",
        legalRef: {
          ...S.nd61,
          article: "19",
          verified: false,
          note: "Art. 19 requires a refusal after appraisal to be issued within the deadline, i.e. it is the agency's answer; that Biểu 06 counts it as resolved is our reading, not a source.",
        },
      },
      withdrawnCount: {
        value: "excluded",
        legalRef: {
          ...S.tt01_2020,
          note: "Withdrawal exists in deployed one-stop software (practice); no text read says how Biểu 06 counts it, and the form has no column for it. Excluded so the form's identities hold; a plugin may count it as resolved.",
        },
      },
      stoppedCount: {
        value: "excluded",
        legalRef: {
          document: "Thông tư 03/2025/TT-VPCP (mẫu 05)",
          verified: false,
          note: "Stop-processing status: text not read; excluded by default, plugin policy.",
        },
      },
    },
  },
});
