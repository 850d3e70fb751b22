/**
 * Hà Tĩnh: the postal handover pilot, phase II (Kế hoạch 41/KH-UBND, 18/02/2021, seed
 * `000_2e345361e98f0131.txt`, cited by line as `L<n>`), with the phase I review (seed
 * `001_f4051ad1f83c06e1.txt`).
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";
import { definePlugin } from "@motcua/plugin-sdk";

const SEED = "000_2e345361e98f0131.txt";

/** Kế hoạch 41/KH-UBND at the given lines of the seed (`seed` is the file name then the lines). */
const kh41 = (lines: string, note?: string): LegalRef => ({
  document: "Kế hoạch 41/KH-UBND",
  title:
    "Triển khai thực hiện Đề án thí điểm chuyển giao một số nhiệm vụ hành chính công thực hiện qua dịch vụ Bưu chính công ích trên địa bàn tỉnh Hà Tĩnh - giai đoạn II",
  issued: "2021-02-18",
  seed: `${SEED} ${lines}`,
  verified: true,
  ...(note === undefined ? {} : { note }),
});

const PHASE_II = { from: "2021-02-22", to: "2021-09-30" } as const;
/** The district level ended on 30/6/2025 (Nghị quyết 202/2025/QH15, DOMAIN.md §3). */
const DISTRICT_END = "2025-06-30";

/**
 * The Hà Tĩnh plugin (`province-ha-tinh`): phase II pilot units and scopes with their dates,
 * approval authorities (steering board at province level, the district chairman directly at
 * district level), exceptions (Sở Nội vụ; five departments under 559/UBND-PC1), commune
 * support-only, staffing figures. Compose it on `@motcua/national`.
 *
 * @example
 * ```ts
 * import { composeRulebook, ruleValue } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { haTinh } from "@motcua/province-ha-tinh";
 * const book = composeRulebook([national, haTinh], { asOf: "2021-03-01" });
 * ruleValue(book, "handover", "districtAuthority")?.decider; // "districtChairman"
 * ```
 * @since 0.1.0
 * @category Plugins
 */
export const haTinh = definePlugin({
  id: "province-ha-tinh",
  name: "Hà Tĩnh",
  version: "0.1.0",
  jurisdiction: { level: "province", province: "ha-tinh" },
  legalBasis: [
    kh41("L4-L24, L88-L91"),
    {
      document: "Quyết định 2459/QĐ-UBND",
      issued: "2019-07-23",
      seed: SEED,
      clause: "L16-L20",
      verified: true,
      note: "Ban hành Đề án thí điểm (phase I basis).",
    },
    {
      document: "Báo Hà Tĩnh: sơ kết giai đoạn 1",
      seed: "001_f4051ad1f83c06e1.txt",
      verified: false,
      note: "News report of the phase I review (L5-L19): 6 departments and 4 districts in phase I.",
    },
  ],
  rules: {
    handover: {
      phases: {
        value: [
          {
            id: "phase-2",
            name: "Giai đoạn II",
            ...PHASE_II,
            documents: ["Kế hoạch 41/KH-UBND"],
            cite: `${SEED} L231, L260, L286-L288`,
          },
        ],
        legalRef: kh41("L231, L260, L286-L288"),
      },
      pilotScopes: {
        value: [
          {
            id: "so-tai-chinh",
            level: "province",
            unit: "Sở Tài chính",
            scope: { kind: "all" },
            mode: "replace",
            ...PHASE_II,
            cite: `${SEED} L104-L110, L231`,
          },
          {
            id: "so-cong-thuong",
            level: "province",
            unit: "Sở Công Thương",
            scope: { kind: "all" },
            mode: "replace",
            ...PHASE_II,
            cite: `${SEED} L104-L110, L231`,
          },
          {
            id: "so-ldtbxh",
            level: "province",
            unit: "Sở Lao động, Thương binh và Xã hội",
            scope: { kind: "procedureCount", count: 36 },
            mode: "replace",
            ...PHASE_II,
            cite: `${SEED} L104-L108, L231`,
          },
          {
            id: "tx-ky-anh",
            level: "district",
            unit: "UBND thị xã Kỳ Anh",
            scope: { kind: "all" },
            mode: "replace",
            ...PHASE_II,
            cite: `${SEED} L114-L120, L260`,
          },
          {
            id: "duc-tho",
            level: "district",
            unit: "UBND huyện Đức Thọ",
            scope: { kind: "all" },
            mode: "replace",
            ...PHASE_II,
            cite: `${SEED} L114-L120, L260`,
          },
          {
            id: "can-loc",
            level: "district",
            unit: "UBND huyện Can Lộc",
            scope: { kind: "all" },
            mode: "replace",
            ...PHASE_II,
            cite: `${SEED} L114-L120, L260`,
          },
          {
            id: "thach-my",
            level: "commune",
            unit: "UBND xã Thạch Mỹ (Lộc Hà)",
            scope: { kind: "unspecified" },
            mode: "support",
            ...PHASE_II,
            cite: `${SEED} L140-L150, L276-L288`,
          },
          {
            id: "mai-phu",
            level: "commune",
            unit: "UBND xã Mai Phụ (Lộc Hà)",
            scope: { kind: "unspecified" },
            mode: "support",
            ...PHASE_II,
            cite: `${SEED} L140-L150, L276-L288`,
          },
          {
            id: "thuan-loc",
            level: "commune",
            unit: "UBND xã Thuận Lộc (Hồng Lĩnh)",
            scope: { kind: "unspecified" },
            mode: "support",
            ...PHASE_II,
            cite: `${SEED} L140-L142 (the recipient list, L652, names Đức Thuận instead)`,
          },
          {
            id: "trung-luong",
            level: "commune",
            unit: "UBND phường Trung Lương (Hồng Lĩnh)",
            scope: { kind: "unspecified" },
            mode: "support",
            ...PHASE_II,
            cite: `${SEED} L140-L150, L276-L288`,
          },
          {
            id: "cam-thanh",
            level: "commune",
            unit: "UBND xã Cẩm Thành (Cẩm Xuyên)",
            scope: { kind: "unspecified" },
            mode: "support",
            ...PHASE_II,
            cite: `${SEED} L140-L150, L276-L288`,
          },
          {
            id: "cam-thinh",
            level: "commune",
            unit: "UBND xã Cẩm Thịnh (Cẩm Xuyên)",
            scope: { kind: "unspecified" },
            mode: "support",
            ...PHASE_II,
            cite: `${SEED} L140-L150, L276-L288`,
          },
          // Phase I units continue in phase II, without an end date (section III.4).
          {
            id: "hcc-tinh-phase-1",
            level: "province",
            unit: "Sở TT&TT, Ngoại vụ, KH&CN, GD&ĐT, VHTT&DL (giai đoạn I)",
            scope: { kind: "all" },
            mode: "replace",
            from: PHASE_II.from,
            cite: `${SEED} L152-L160, L413-L419`,
          },
          {
            id: "huyen-phase-1",
            level: "district",
            unit: "Cẩm Xuyên, TX Hồng Lĩnh, Lộc Hà, huyện Kỳ Anh, TX Kỳ Anh (giai đoạn I)",
            scope: { kind: "all" },
            mode: "replace",
            from: PHASE_II.from,
            to: DISTRICT_END,
            cite: `${SEED} L432-L438`,
          },
          {
            id: "ky-bac",
            level: "commune",
            unit: "Bộ phận Một cửa xã Kỳ Bắc",
            scope: { kind: "unspecified" },
            mode: "support",
            from: PHASE_II.from,
            cite: `${SEED} L162-L166, L440-L444`,
          },
        ],
        legalRef: kh41("L96-L172, L411-L444"),
        note: "phase II pilots end on 30/9/2021; phase I units continue (district ones until the district level ended on 30/6/2025)",
      },
      provinceAuthority: {
        value: {
          proposer: "departmentDirector",
          agreedWith: ["provincialOffice", "centreDirector"],
          advisedBy: "steeringBoard",
          decider: "provincialPeoplesCommittee",
        },
        legalRef: kh41(
          "L379-L395",
          "Department director proposes withdrawal to the Steering Board, agreed with VP UBND leadership and the HCC centre director; the Steering Board advises the provincial People's Committee, which implements.",
        ),
        validity: { validFrom: "2021-02-18" },
      },
      districtAuthority: {
        value: { decider: "districtChairman", agreedWith: [], reportsTo: "steeringBoard" },
        legalRef: kh41(
          "L397-L409",
          "The district chairman decides directly, is responsible, and reports to the Steering Board for monitoring.",
        ),
        validity: { validFrom: "2021-02-18", validTo: DISTRICT_END },
      },
      exceptions: {
        value: [
          {
            id: "so-noi-vu",
            unit: "Sở Nội vụ",
            kind: "keepsCivilServants",
            until: "until the department proposes the official handover",
            cite: `${SEED} L420-L422`,
          },
          {
            id: "van-ban-559",
            unit: "Sở TT&TT, Ngoại vụ, KH&CN, GD&ĐT, VHTT&DL",
            kind: "separateInstruction",
            document: "Văn bản 559/UBND-PC1 ngày 27/01/2021",
            cite: `${SEED} L413-L419`,
          },
        ],
        legalRef: kh41("L411-L422"),
      },
      learningPeriodMonths: {
        value: { min: 2, max: 3 },
        legalRef: kh41("L365-L371", "02-03 months, or until proficient."),
      },
      proficiencyAssessors: {
        value: ["departmentDirector", "centreDirector"],
        legalRef: kh41(
          "L373-L377",
          "Directors of the pilot units and localities, and directors of the HCC centres at each level.",
        ),
      },
      supervisors: {
        value: [
          "Bộ phận quản lý, điều hành của Trung tâm PVHCC / Trung tâm HCC / Bộ phận Một cửa",
          "Lãnh đạo Bưu điện cùng cấp",
          "Các sở, ban, ngành, UBND huyện có TTHC do nhân viên Bưu điện thực hiện",
        ],
        legalRef: kh41("L446-L468"),
      },
    },
    permissions: {
      communePostalRole: {
        value: "support",
        legalRef: kh41(
          "L270-L287, L345-L361",
          "Trong thời gian thực hiện thí điểm: commune civil servants move into the cultural post office of the pilot communes; postal staff only support (guidance, online services, pickup/return at the address). The commune transfer runs 22/02/2021 - 30/9/2021 (L284-L287).",
        ),
        validity: { validFrom: PHASE_II.from, validTo: PHASE_II.to },
        note: "interpretation: stated for the pilot communes during phase II; applied to every commune office of the register in that period",
      },
    },
    staffing: {
      domainsPerPostalEmployee: { value: { min: 1, max: 3 }, legalRef: kh41("L308-L312") },
      dossiersPerPostalEmployeePerDay: {
        value: { min: 15, max: 20 },
        legalRef: kh41("L312-L314", "tối thiểu mỗi nhân viên tiếp nhận 15-20 hồ sơ/ngày"),
      },
      reserveRequired: { value: true, legalRef: kh41("L314-L316", "spare staff for sickness, maternity") },
      postalStaffQualification: {
        value: "asRequiredForCivilServants",
        legalRef: kh41("L304-L306", "có trình độ tương đương theo quy định"),
      },
      extraPostalStaffPerCommune: { value: 1, legalRef: kh41("L353-L361") },
    },
  },
});
