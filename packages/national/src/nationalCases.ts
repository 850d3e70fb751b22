/**
 * The national baseline's own rule cases, in the `RuleTester` format. Province plugins run them
 * too: composed on the baseline, a province must keep every national rule it does not override.
 *
 * @module
 */
import type { RuleTesterCases } from "@motcua/plugin-sdk";
import { NATIONAL_SOURCES as S } from "./sources";

/**
 * Valid and invalid cases of the national baseline, each citing its source.
 *
 * @example
 * ```ts
 * import { RuleTester } from "@motcua/plugin-sdk";
 * import { national, nationalCases } from "@motcua/national";
 * new RuleTester().check(national, nationalCases).failed; // []
 * ```
 * @since 0.1.0
 * @category Cases
 */
export const nationalCases = {
  valid: [
    {
      name: "national: paper dossiers after 15:00 go the next working day (Nghị định 61/2018 Art. 18)",
      asOf: "2025-03-01",
      expect: { "sla.paperTransferCutoff": "15:00" },
      verified: ["sla.paperTransferCutoff"],
      source: { ...S.nd61, article: "18" },
    },
    {
      name: "national: a supplement restarts the clock, returned within 3 working days (Nghị định 61/2018 Art. 19)",
      asOf: "2024-12-31",
      expect: {
        "sla.supplementPolicy": "restart",
        "sla.appraisalReturnWorkingDays": 3,
        "sla.supplementRequestsMax": 1,
      },
      verified: ["sla.supplementPolicy"],
      source: { ...S.nd61, article: "19" },
    },
    {
      name: "national: from 1/7/2025 the same rules stand under Nghị định 118/2025, marked unverified",
      asOf: "2025-07-01T00:00:00+07:00",
      expect: { "sla.supplementPolicy": "restart", "sla.paperTransferCutoff": "15:00" },
      unverified: ["sla.supplementPolicy", "sla.paperTransferCutoff"],
      source: S.nd118,
    },
    {
      name: "national: inbound postal transit does not count; 2 delivery invitations 2 working days apart (Quyết định 45/2016)",
      asOf: "2025-03-01",
      expect: {
        "sla.postalInboundTransitCounts": false,
        "sla.postalDeliveryAttempts": { invitations: 2, workingDaysApart: 2 },
      },
      source: S.qd45,
    },
    {
      name: "national: same-day procedures cut off at 15:00 (Nghị định 23/2015 Art. 7)",
      asOf: "2026-01-05",
      expect: { "sla.sameDayCutoff": "15:00" },
      source: S.nd23,
    },
    {
      name: "national: postal staff may guide, receive, digitise, transfer and return results (Nghị định 107/2021 as the 2022 Đồng Tháp review quotes it, L129, lacks transfer: unverified)",
      asOf: "2022-01-01",
      unverified: ["permissions.postalCounterTasks"],
      expect: {
        "permissions.postalCounterTasks": ["guide", "receive", "digitise", "transfer", "returnResult"],
        "permissions.postalChannelOnRequestOnly": true,
      },
      source: S.nd107,
    },
    {
      name: "national: the holiday and compensatory rules hold unverified entries (Labour Codes 1994 and 2012, 24/11 from 1/7/2026), so the rules are unverified; each entry cites its own code",
      asOf: "2026-06-30",
      unverified: ["calendar.statutoryHolidays", "calendar.compensatoryDayOff", "calendar.yearlyNotices"],
      suppliedBy: {
        "calendar.statutoryHolidays": "national",
        "calendar.compensatoryDayOff": "national",
        "calendar.weeklyRestDays": "national",
      },
      source: { ...S.blld, article: "112" },
    },
    {
      name: "national: QĐ 2133 activity-time figures were not read, so the baseline gives none (a plugin supplies them with their source)",
      asOf: "2025-03-01",
      absent: ["staffing.activityMinutes", "staffing.workingMinutesPerDay", "staffing.capacityPerEmployee"],
      source: S.qd2133,
    },
    {
      name: "national: Biểu 06 shares, two decimals, channel over new and outcome over resolved dossiers (unverified default)",
      asOf: "2022-06-30",
      expect: {
        "reports.form": "Biểu số 06/VPCP/KSTT",
        "reports.shareDecimals": 2,
        "reports.shareBases": { channel: "new", outcome: "resolved" },
        "reports.withdrawnCount": "excluded",
      },
      source: S.tt01_2020,
    },
  ],
  invalid: [
    {
      name: "national: a misspelt SLA key names the closest key",
      plugin: {
        id: "province-typo",
        name: "Typo",
        version: "0.1.0",
        jurisdiction: { level: "province", province: "typo" },
        legalBasis: [S.nd61],
        rules: { sla: { paperTransferCutof: { mode: "replace", value: "16:00", legalRef: S.nd61 } } },
      },
      errors: [{ code: "PLUGIN_UNKNOWN_KEY", path: ["rules", "sla", "paperTransferCutof"] }],
    },
    {
      name: "national: a province cannot silently redefine a national rule",
      asOf: "2025-03-01",
      plugin: {
        id: "province-implicit",
        name: "Implicit",
        version: "0.1.0",
        jurisdiction: { level: "province", province: "implicit" },
        legalBasis: [S.nd61],
        rules: { sla: { sameDayCutoff: { value: "16:00", legalRef: S.nd61 } } },
      },
      errors: ["COMPOSE_IMPLICIT_OVERRIDE"],
    },
  ],
} as const satisfies RuleTesterCases;
