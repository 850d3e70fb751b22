/**
 * A province overlay shaped like Hà Tĩnh's (Kế hoạch 41/KH-UBND, seed 000_2e345361e98f0131.txt)
 * for the concept-input tests: plugin-sdk must not depend on @motcua/national or the province
 * packages (they depend on it), so the values are restated here with their seed lines.
 */
import type { LegalRef } from "@motcua/core";
import { definePlugin } from "@motcua/plugin-sdk";

/** Kế hoạch 41/KH-UBND at the given seed lines (DOMAIN.md §8, §9). */
export const kh41At = (lines: string): LegalRef => ({
  document: "Kế hoạch 41/KH-UBND",
  issued: "2021-02-18",
  seed: `000_2e345361e98f0131.txt ${lines}`,
  verified: true,
});

/** Báo cáo sơ kết Đồng Tháp (seed 003 L59): control slip signed at transfer and at result receipt. */
export const dongThapReport: LegalRef = {
  document: "Báo cáo sơ kết Đề án thí điểm chuyển giao (VP UBND tỉnh Đồng Tháp, 2022)",
  seed: "003_954eb8228a922e85.txt L59",
  verified: true,
};

export const haTinhLike = definePlugin({
  id: "province-ht",
  name: "Hà Tĩnh (fixture)",
  version: "0.1.0",
  jurisdiction: { level: "province", province: "ht" },
  legalBasis: [kh41At("L4-L24")],
  validity: { validFrom: "2021-02-18", validTo: "2025-06-30" },
  rules: {
    calendar: {
      localDaysOff: {
        mode: "extend",
        value: [{ date: "2021-06-02", name: "Ngày nghỉ địa phương (fixture)" }],
        legalRef: kh41At("L1"),
      },
    },
    handover: {
      provinceAuthority: {
        value: {
          proposer: "departmentDirector",
          agreedWith: ["provincialOffice", "centreDirector"],
          advisedBy: "steeringBoard",
          decider: "provincialPeoplesCommittee",
        },
        legalRef: kh41At("L379-L395"),
        validity: { validFrom: "2021-02-18" },
      },
      districtAuthority: {
        value: { decider: "districtChairman", agreedWith: [], reportsTo: "steeringBoard" },
        legalRef: kh41At("L397-L409"),
        validity: { validFrom: "2021-02-18", validTo: "2025-06-30" },
      },
      exceptions: {
        value: [
          { id: "so-noi-vu", unit: "Sở Nội vụ", kind: "keepsCivilServants" },
          {
            id: "van-ban-559",
            unit: "Sở TT&TT",
            kind: "separateInstruction",
            document: "Văn bản 559/UBND-PC1 ngày 27/01/2021",
          },
        ],
        legalRef: kh41At("L411-L422"),
      },
      learningPeriodMonths: { value: { min: 2, max: 3 }, legalRef: kh41At("L365-L371") },
      proficiencyAssessors: {
        value: ["departmentDirector", "centreDirector"],
        legalRef: kh41At("L373-L377"),
      },
    },
    permissions: {
      communePostalRole: { value: "support", legalRef: kh41At("L270-L282") },
      controlSlipSignature: {
        value: {
          signer: "oneStopOfficer",
          at: ["transfer", "resultReceipt"],
          levels: ["district"],
          checksLegality: true,
        },
        legalRef: dongThapReport,
      },
    },
    staffing: {
      domainsPerPostalEmployee: { value: { min: 1, max: 3 }, legalRef: kh41At("L308-L312") },
      dossiersPerPostalEmployeePerDay: { value: { min: 15, max: 20 }, legalRef: kh41At("L312-L314") },
      reserveRequired: { value: true, legalRef: kh41At("L314-L316") },
      postalStaffQualification: { value: "asRequiredForCivilServants", legalRef: kh41At("L304-L306") },
    },
  },
});
