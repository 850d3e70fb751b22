/**
 * Vĩnh Phúc's rule cases in the `RuleTester` format, each citing Kế hoạch 60/KH-UBND by line.
 *
 * @module
 */
import type { RuleTesterCases } from "@motcua/plugin-sdk";
import { KH60, kh60 } from "./kh60";

/**
 * Valid and invalid cases of the Vĩnh Phúc plugin, composed on the national baseline.
 *
 * @example
 * ```ts
 * import { RuleTester } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { vinhPhuc, vinhPhucCases } from "@motcua/province-vinh-phuc";
 * new RuleTester({ base: [national] }).check(vinhPhuc, vinhPhucCases).failed; // []
 * ```
 * @since 0.1.0
 * @category Cases
 */
export const vinhPhucCases = {
  valid: [
    {
      name: "vinh-phuc: work is handed over when postal staff are able to take it on (no duration)",
      asOf: "2025-04-15",
      expect: { "handover.learning": { untilProficient: true } },
      suppliedBy: { "handover.learning": "province-vinh-phuc", "handover.authorities": "province-vinh-phuc" },
      source: `${KH60}, L51-L54, L74`,
    },
    {
      name: "vinh-phuc: before the plan (from 4/2025) it names no handover rule",
      asOf: "2025-03-31",
      absent: ["handover.authorities", "handover.learning", "staffing.reserve"],
      source: `${KH60}, L29`,
    },
    {
      name: "vinh-phuc: reserve of twice the required postal staff, personal digital signature",
      asOf: "2025-06-30T23:00:00+07:00",
      expect: {
        "staffing.reserve": { kind: "factor", factor: 2 },
        "staffing.domainsPerEmployee": { min: 1 },
        "permissions.postalStaffDigitalSignature": true,
      },
      source: `${KH60}, L47-L48, L86-L87`,
    },
    {
      name: "vinh-phuc: complex or new dossiers are co-handled when postal staff ask",
      asOf: "2025-05-05",
      expect: {
        "permissions.complexDossierCoHandling": {
          coHandler: "specialist",
          onRequestOf: "postalStaff",
          levels: ["province", "district"],
        },
      },
      source: `${KH60}, L38, L42`,
    },
  ],
  invalid: [
    {
      name: "vinh-phuc: after 30/6/2025 the rulebook needs the successor Phú Thọ",
      asOf: "2025-07-01",
      errors: ["COMPOSE_JURISDICTION_ENDED"],
      source: "Nghị quyết 202/2025/QH15",
    },
    {
      name: "vinh-phuc: a succession without an end date is rejected",
      plugin: {
        id: "province-vinh-phuc",
        name: "Vĩnh Phúc",
        version: "0.1.0",
        jurisdiction: { level: "province", province: "vinh-phuc" },
        succession: {
          successor: "province-phu-tho",
          legalRef: { document: "Nghị quyết 202/2025/QH15", verified: false },
        },
        legalBasis: [kh60()],
        rules: {},
      },
      errors: [{ code: "PLUGIN_SUCCESSION_WITHOUT_END", path: ["validity", "validTo"] }],
    },
  ],
} as const satisfies RuleTesterCases;
