/**
 * Hà Tĩnh's rule cases in the `RuleTester` format, each citing seed `000_2e345361e98f0131.txt`.
 *
 * @module
 */
import type { RuleTesterCases } from "@motcua/plugin-sdk";

const SEED = "000_2e345361e98f0131.txt";

/**
 * Valid and invalid cases of the Hà Tĩnh plugin, composed on the national baseline.
 *
 * @example
 * ```ts
 * import { RuleTester } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { haTinh, haTinhCases } from "@motcua/province-ha-tinh";
 * new RuleTester({ base: [national] }).check(haTinh, haTinhCases).failed; // []
 * ```
 * @since 0.1.0
 * @category Cases
 */
export const haTinhCases = {
  valid: [
    {
      name: "ha-tinh: province level — director proposes to the Steering Board, the provincial committee decides",
      asOf: "2021-03-01",
      expect: {
        "handover.provinceAuthority": {
          proposer: "departmentDirector",
          agreedWith: ["provincialOffice", "centreDirector"],
          advisedBy: "steeringBoard",
          decider: "provincialPeoplesCommittee",
        },
      },
      suppliedBy: { "handover.provinceAuthority": "province-ha-tinh" },
      source: `${SEED} L379-L395`,
    },
    {
      name: "ha-tinh: district level — the district chairman decides directly and reports to the Steering Board",
      asOf: "2021-03-01",
      expect: {
        "handover.districtAuthority": {
          decider: "districtChairman",
          agreedWith: [],
          reportsTo: "steeringBoard",
        },
      },
      source: `${SEED} L397-L409`,
    },
    {
      name: "ha-tinh: the district-chairman rule ends with the district level on 30/6/2025",
      asOf: "2025-07-01",
      absent: ["handover.districtAuthority"],
      expect: {
        "handover.provinceAuthority": {
          proposer: "departmentDirector",
          agreedWith: ["provincialOffice", "centreDirector"],
          advisedBy: "steeringBoard",
          decider: "provincialPeoplesCommittee",
        },
      },
      source: "DOMAIN.md §3",
    },
    {
      name: "ha-tinh: commune postal staff only support; one extra employee per pilot commune",
      asOf: "2021-03-01",
      expect: { "permissions.communePostalRole": "support", "staffing.extraPostalStaffPerCommune": 1 },
      source: `${SEED} L276-L282, L353-L361`,
    },
    {
      name: "ha-tinh: one postal employee covers 1–3 domains and receives at least 15–20 dossiers a day, with spares",
      asOf: "2021-03-01",
      expect: {
        "staffing.domainsPerPostalEmployee": { min: 1, max: 3 },
        "staffing.dossiersPerPostalEmployeePerDay": { min: 15, max: 20 },
        "staffing.reserveRequired": true,
      },
      source: `${SEED} L308-L316`,
    },
    {
      name: "ha-tinh: postal staff learn for 2–3 months",
      asOf: "2021-03-01",
      expect: { "handover.learningPeriodMonths": { min: 2, max: 3 } },
      source: `${SEED} L365-L371`,
    },
    {
      name: "ha-tinh: national rules it does not override still apply (Nghị định 61/2018 Art. 18)",
      asOf: "2021-03-01",
      expect: { "sla.paperTransferCutoff": "15:00" },
      suppliedBy: { "sla.paperTransferCutoff": "national" },
      source: "Nghị định 61/2018/NĐ-CP Art. 18",
    },
  ],
  invalid: [
    {
      name: "ha-tinh: a phase that ends before it starts is rejected",
      plugin: {
        id: "province-ha-tinh",
        name: "Hà Tĩnh",
        version: "0.1.0",
        jurisdiction: { level: "province", province: "ha-tinh" },
        legalBasis: [{ document: "Kế hoạch 41/KH-UBND", seed: SEED, verified: true }],
        rules: {
          handover: {
            phases: {
              value: [
                {
                  id: "phase-2",
                  name: "Giai đoạn II",
                  from: "2021-09-30",
                  to: "2021-02-22",
                  documents: ["Kế hoạch 41/KH-UBND"],
                },
              ],
              legalRef: { document: "Kế hoạch 41/KH-UBND", seed: SEED, verified: true },
            },
          },
        },
      },
      errors: [{ code: "PLUGIN_VALIDITY_REVERSED", path: ["rules", "handover", "phases", "value", 0, "to"] }],
    },
    {
      name: "ha-tinh: a misspelt authority key names the closest one",
      plugin: {
        id: "province-ha-tinh",
        name: "Hà Tĩnh",
        version: "0.1.0",
        jurisdiction: { level: "province", province: "ha-tinh" },
        legalBasis: [{ document: "Kế hoạch 41/KH-UBND", seed: SEED, verified: true }],
        rules: {
          handover: {
            districtAuthorty: {
              value: { decider: "districtChairman", agreedWith: [] },
              legalRef: { document: "Kế hoạch 41/KH-UBND", seed: SEED, verified: true },
            },
          },
        },
      },
      errors: [{ code: "PLUGIN_UNKNOWN_KEY", path: ["rules", "handover", "districtAuthorty"] }],
    },
  ],
} as const satisfies RuleTesterCases;
