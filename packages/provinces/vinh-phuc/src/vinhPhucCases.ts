/**
 * Vĩnh Phúc's rule cases in the `RuleTester` format, each citing seed `002_3dbcea63c5a39460.txt`.
 *
 * @module
 */
import type { RuleTesterCases } from "@motcua/plugin-sdk";

const SEED = "002_3dbcea63c5a39460.txt";

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
      name: "vinh-phuc: province level — director proposes to the provincial committee (no steering board) and names a liaison",
      asOf: "2025-04-15",
      expect: {
        "handover.provinceAuthority": {
          proposer: "departmentDirector",
          agreedWith: ["centreDirector"],
          decider: "provincialPeoplesCommittee",
          liaisonRequired: true,
        },
      },
      suppliedBy: { "handover.provinceAuthority": "province-vinh-phuc" },
      source: `${SEED} L51-L52`,
    },
    {
      name: "vinh-phuc: district level — the district chairman decides",
      asOf: "2025-04-15",
      expect: { "handover.districtAuthority": { decider: "districtChairman", agreedWith: [] } },
      source: `${SEED} L53-L54`,
    },
    {
      name: "vinh-phuc: reserve of twice the required postal staff, university degree, personal digital signature",
      asOf: "2025-06-30T23:00:00+07:00",
      expect: {
        "staffing.reserveFactor": 2,
        "staffing.postalStaffQualification": "university",
        "permissions.postalStaffDigitalSignature": true,
      },
      source: `${SEED} L47-L48, L86-L87`,
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
      source: `${SEED} L38, L42`,
    },
  ],
  invalid: [
    {
      name: "vinh-phuc: after 30/6/2025 the rulebook needs the successor Phú Thọ",
      asOf: "2025-07-01",
      errors: ["COMPOSE_JURISDICTION_ENDED"],
      source: "Nghị quyết 202/2025/QH15 (DOMAIN.md §3)",
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
        legalBasis: [{ document: "Kế hoạch 60/KH-UBND", seed: SEED, verified: true }],
        rules: {},
      },
      errors: [{ code: "PLUGIN_SUCCESSION_WITHOUT_END", path: ["validity", "validTo"] }],
    },
  ],
} as const satisfies RuleTesterCases;
