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
      learning: {
        value: { minMonths: 2, maxMonths: 3, untilProficient: true },
        legalRef: kh41At("L365-L371"),
      },
      assessors: { value: ["pilotUnitHead", "centreDirector"], legalRef: kh41At("L373-L377") },
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
      domainsPerEmployee: { value: { min: 1, max: 3 }, legalRef: kh41At("L308-L312") },
      minimumWorkload: { value: { min: 15, max: 20 }, legalRef: kh41At("L312-L314") },
    },
  },
});
