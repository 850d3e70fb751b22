/**
 * Vĩnh Phúc: postal staff take over the counter from 4/2025 (Kế hoạch 60/KH-UBND, 19/03/2025, seed
 * `002_3dbcea63c5a39460.txt`, cited by line as `L<n>`) until the province merged into Phú Thọ on
 * 1/7/2025.
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";
import { definePlugin } from "@motcua/plugin-sdk";

const SEED = "002_3dbcea63c5a39460.txt";

/** Kế hoạch 60/KH-UBND at the given lines of the seed (`seed` is the file name then the lines). */
const kh60 = (lines: string, note?: string): LegalRef => ({
  document: "Kế hoạch 60/KH-UBND",
  title:
    "Thực hiện cơ chế giao doanh nghiệp cung ứng dịch vụ bưu chính công ích đảm nhận việc hướng dẫn, tiếp nhận, số hóa hồ sơ, trả kết quả giải quyết TTHC trên địa bàn tỉnh Vĩnh Phúc",
  issued: "2025-03-19",
  seed: `${SEED} ${lines}`,
  verified: true,
  ...(note === undefined ? {} : { note }),
});

/** "Từ tháng 4/2025" (L29): the month only; we use its first day. */
const FROM = "2025-04-01";
const LAST_DAY = "2025-06-30";
const SIX_DEPARTMENTS = "Sở KH&CN, Nội vụ, Dân tộc và Tôn giáo, GD&ĐT, VHTT&DL, Tư pháp";

/**
 * The Vĩnh Phúc plugin (`province-vinh-phuc`), in force until 30/6/2025 and succeeded by
 * `province-phu-tho` (Nghị quyết 202/2025/QH15 [L]): dossiers received before the merger keep this
 * rulebook. Compose it on `@motcua/national`.
 *
 * @example
 * ```ts
 * import { composeRulebook, ruleValue } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { vinhPhuc } from "@motcua/province-vinh-phuc";
 * const book = composeRulebook([national, vinhPhuc], { asOf: "2025-05-05" });
 * ruleValue(book, "staffing", "reserveFactor"); // 2
 * ```
 * @since 0.1.0
 * @category Plugins
 */
export const vinhPhuc = definePlugin({
  id: "province-vinh-phuc",
  name: "Vĩnh Phúc",
  version: "0.1.0",
  jurisdiction: { level: "province", province: "vinh-phuc" },
  validity: { validTo: LAST_DAY },
  succession: {
    successor: "province-phu-tho",
    legalRef: {
      document: "Nghị quyết 202/2025/QH15",
      verified: false,
      note: "Vĩnh Phúc merged into Phú Thọ (with Hòa Bình) from 1/7/2025 [L] (DOMAIN.md §3).",
    },
  },
  legalBasis: [
    kh60("L7-L14"),
    {
      document: "Quyết định 468/QĐ-TTg",
      issued: "2021-03-27",
      seed: `${SEED} L11, L29`,
      verified: true,
      note: "The plan runs until the end of this decision's implementation.",
    },
  ],
  rules: {
    handover: {
      phases: {
        value: [
          {
            id: "from-2025-04",
            name: "Từ tháng 4/2025",
            from: FROM,
            to: LAST_DAY,
            documents: ["Kế hoạch 60/KH-UBND"],
            cite: `${SEED} L29 (month only); ends with the merger`,
          },
        ],
        legalRef: kh60(
          "L29",
          "From 4/2025 until the end of Quyết định 468/QĐ-TTg; the province itself ended on 30/6/2025.",
        ),
      },
      pilotScopes: {
        value: [
          {
            id: "hcc-tinh",
            level: "province",
            unit: SIX_DEPARTMENTS,
            scope: { kind: "all" },
            mode: "replace",
            from: FROM,
            cite: `${SEED} L26, L37-L38`,
          },
          {
            id: "mot-cua-huyen",
            level: "district",
            unit: "100% Bộ phận Một cửa các huyện, thành phố",
            scope: {
              kind: "domains",
              domains: [
                "Giáo dục và Đào tạo",
                "Nội vụ",
                "Kinh tế - Hạ tầng (Quản lý đô thị)",
                "Văn hóa - Thông tin",
              ],
              plusAssigned: true,
            },
            mode: "replace",
            from: FROM,
            cite: `${SEED} L27-L28, L41-L42`,
          },
        ],
        legalRef: kh60("L25-L29, L35-L43"),
      },
      provinceAuthority: {
        value: {
          proposer: "departmentDirector",
          agreedWith: ["centreDirector"],
          decider: "provincialPeoplesCommittee",
          liaisonRequired: true,
        },
        legalRef: kh60(
          "L51-L52",
          "The department director proposes withdrawal to the provincial People's Committee (no steering board) and names a liaison, agreed with the HCC centre director.",
        ),
      },
      districtAuthority: {
        value: { decider: "districtChairman", agreedWith: [] },
        legalRef: kh60(
          "L53-L54",
          "The district chairman decides directly, is responsible, and notifies the offices concerned.",
        ),
      },
      supervisors: {
        value: [
          "Bộ phận quản lý, điều hành của Trung tâm PVHCC tỉnh, Bộ phận Một cửa cấp huyện",
          "Lãnh đạo doanh nghiệp bưu chính công ích cùng cấp",
          "Các sở, ban, ngành, UBND huyện, thành phố có TTHC do nhân viên bưu chính thực hiện",
        ],
        legalRef: kh60("L55-L60"),
      },
    },
    permissions: {
      complexDossierCoHandling: {
        value: { coHandler: "specialist", onRequestOf: "postalStaff", levels: ["province", "district"] },
        legalRef: kh60(
          "L38, L42",
          "Complex and new dossiers: the department (province) or professional office (district) must co-handle when postal staff ask.",
        ),
      },
      postalStaffDigitalSignature: {
        value: true,
        legalRef: kh60("L86", "Personal digital signatures for postal staff under Thông tư 01/2023/TT-VPCP."),
      },
    },
    staffing: {
      reserveRequired: { value: true, legalRef: kh60("L48") },
      reserveFactor: {
        value: 2,
        legalRef: kh60("L48, L87", "số dư gấp 2 lần thực tế; ít nhất gấp 02 lần số Kế hoạch yêu cầu"),
      },
      postalStaffQualification: { value: "university", legalRef: kh60("L47", "có trình độ đại học trở lên") },
    },
  },
});
