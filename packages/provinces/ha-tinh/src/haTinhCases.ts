/**
 * Hà Tĩnh's rule cases in the `RuleTester` format, each citing Kế hoạch 41/KH-UBND by line.
 *
 * @module
 */
import type { RuleTesterCases } from "@motcua/plugin-sdk";
import { KH41, kh41 } from "./kh41";

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
      name: "ha-tinh: postal staff learn 2–3 months, or until proficient",
      asOf: "2021-03-01",
      expect: { "handover.learning": { minMonths: 2, maxMonths: 3, untilProficient: true } },
      suppliedBy: { "handover.learning": "province-ha-tinh", "handover.authorities": "province-ha-tinh" },
      verified: ["handover.learning", "handover.authorities"],
      source: `${KH41}, L365-L371`,
    },
    {
      name: "ha-tinh: the pilot units' and HCC centres' directors assess, with the Steering Board and VP UBND at the province centre",
      asOf: "2021-03-01",
      expect: {
        "handover.assessors": ["pilotUnitHead", "centreDirector", "steeringBoard", "provincialOffice"],
      },
      source: `${KH41}, L330-L336, L373-L377`,
    },
    {
      name: "ha-tinh: commune postal staff only support; one extra employee per pilot commune (until the reform)",
      asOf: "2021-03-01",
      expect: { "permissions.communePostalRole": "support", "staffing.extraPostalStaffPerCommune": 1 },
      source: `${KH41}, L276-L282, L353-L361`,
    },
    {
      name: "ha-tinh: one postal employee covers 1–3 domains and must receive at least 15–20 dossiers a day; spare staff (one: a reading)",
      asOf: "2021-03-01",
      expect: {
        "staffing.domainsPerEmployee": { min: 1, max: 3 },
        "staffing.minimumWorkload": { min: 15, max: 20 },
        "staffing.reserve": { kind: "extra", extra: 1 },
      },
      source: `${KH41}, L308-L316`,
    },
    {
      name: "ha-tinh: before Kế hoạch 41 (18/02/2021) no handover rule applies",
      asOf: "2021-02-17",
      absent: ["handover.authorities", "staffing.minimumWorkload"],
      source: `${KH41}, L4-L24`,
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
        legalBasis: [kh41()],
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
              legalRef: kh41(),
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
        legalBasis: [kh41()],
        rules: {
          handover: {
            authoritie: {
              value: [],
              legalRef: kh41(),
            },
          },
        },
      },
      errors: [{ code: "PLUGIN_UNKNOWN_KEY", path: ["rules", "handover", "authoritie"] }],
    },
  ],
} as const satisfies RuleTesterCases;
