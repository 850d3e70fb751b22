/**
 * Hà Tĩnh's handover rules, phase II of the pilot (Kế hoạch 41/KH-UBND, 18/02/2021; seed
 * `000_2e345361e98f0131.txt`).
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";
import type { HandoverRules } from "./HandoverRules";

const SEED = "000_2e345361e98f0131.txt";

const kh41 = (clause: string, note: string): LegalRef => ({
  document: "Kế hoạch 41/KH-UBND",
  title:
    "Triển khai Đề án thí điểm chuyển giao một số nhiệm vụ hành chính công qua dịch vụ BCCI - giai đoạn II",
  issued: "2021-02-18",
  clause,
  seed: SEED,
  verified: true,
  note,
});

const PROVINCE = kh41(
  "III.3.2.1",
  "«Giám đốc các đơn vị thí điểm có Văn bản gửi Ban chỉ đạo đề xuất rút người (trên cơ sở thống nhất với Lãnh đạo Văn phòng UBND tỉnh, Giám đốc Trung tâm Phục vụ hành chính công tỉnh). Xét đề nghị của các đơn vị, Ban Chỉ đạo căn cứ quy trình rút người theo quy định, tham mưu UBND tỉnh triển khai thực hiện.»",
);

const DISTRICT = kh41(
  "III.3.2.2",
  "«Chủ tịch UBND cấp huyện trực tiếp quyết định việc rút công chức của đơn vị mình … chịu trách nhiệm với quyết định của mình. Đồng thời báo cáo Ban Chỉ đạo việc rút công chức của đơn vị để theo dõi, chỉ đạo.»",
);

const COMMUNE = kh41(
  "III.2.3; III.3.1.3",
  "«nhân viên Bưu điện tỉnh chỉ thực hiện việc hỗ trợ hướng dẫn …»; công chức Bộ phận Một cửa xã chuyển sang làm việc tại điểm Bưu điện văn hoá xã; «Giám đốc Bưu điện tỉnh bố trí thêm 01 nhân viên». No withdrawal: the plan itself (UBND tỉnh) sets the commune arrangement.",
);

/** The district level and the pre-reform communes end with the 2025 reform. */
const REFORM_END = "2025-06-30";

/**
 * Hà Tĩnh 2021 (phase II) handover rulebook, transcribed from Kế hoạch 41/KH-UBND (seed
 * `000_2e345361e98f0131.txt`).
 *
 * - Province: the department director proposes to the **Steering Board**, agreed with the
 *   provincial Office leadership and the HCC centre director; the Steering Board advises the
 *   provincial People's Committee, which decides (III.3.2.1).
 * - District (until 30/6/2025): the district chairman decides directly, is responsible, and
 *   reports to the Steering Board (III.3.2.2).
 * - Commune (until 30/6/2025): postal staff support only; civil servants stay (III.2.3, III.3.1.3).
 * - Learning 2–3 months or until proficient; assessed by the pilot units' heads and the HCC centre
 *   directors (III.3.2), with the Steering Board and the provincial Office at the province centre
 *   (III.3.1.1).
 * - Exceptions: Sở Nội vụ (`SNV`) keeps its civil servants until it proposes; five departments
 *   (`STTTT`, `SNGV`, `SKHCN`, `SGDDT`, `SVHTTDL`) hand over under document 559/UBND-PC1 (III.4.1).
 *
 * The pilot period of phase II was 22/02–30/09/2021; the approval rule is kept in force after it
 * until a later rulebook supersedes it (DOMAIN.md §8), except the district and commune rules, which
 * end with the district level on 30/6/2025.
 *
 * @example
 * ```ts
 * import { decide, haTinh2021HandoverRules } from "@motcua/handover";
 * const d = decide({ officeId: "HT-HCC", level: "province", scope: { kind: "department", agencyId: "STC" } },
 *   haTinh2021HandoverRules, "2021-06-01");
 * d.decider.party; // "provincialPeoplesCommittee"
 * ```
 * @since 0.1.0
 * @category Seed rulebooks
 */
export const haTinh2021HandoverRules: HandoverRules = {
  id: "ha-tinh-2021",
  province: "ha-tinh",
  source: kh41(
    "I–III",
    "Kế hoạch triển khai Đề án thí điểm giai đoạn II, thời gian thí điểm 22/02/2021 - 30/9/2021.",
  ),
  learning: {
    minMonths: 2,
    maxMonths: 3,
    untilProficient: true,
    legalRef: kh41(
      "III.3.2",
      "«Trong khoảng thời gian từ 02-03 tháng kể từ khi thí điểm, nhân viên bưu điện tích cực học tập … Sau thời gian trên, hoặc khi nhân viên Bưu điện thành thạo công việc, sẽ thực hiện chuyển giao hoàn toàn»",
    ),
  },
  assessment: {
    parties: ["pilotUnitHead", "centreDirector", "steeringBoard", "provincialOffice"],
    legalRef: kh41(
      "III.3.2; III.3.1.1",
      "«việc đánh giá nhân viên đáp ứng yêu cầu nhiệm vụ do Giám đốc các đơn vị, địa phương thí điểm và Giám đốc Trung tâm HCC các cấp thực hiện» (III.3.2); at the province centre «Ban chỉ đạo phối hợp Văn phòng UBND tỉnh, Trung tâm Phục vụ Hành chính công tỉnh, các đơn vị liên quan tiến hành đánh giá, công nhận» (III.3.1.1)",
    ),
  },
  authorities: [
    {
      id: "ha-tinh-2021/province",
      level: "province",
      validity: { validFrom: "2021-02-18" },
      mode: "replace",
      steps: [
        { duty: "propose", party: "departmentDirector", legalRef: PROVINCE },
        { duty: "agree", party: "provincialOffice", legalRef: PROVINCE },
        { duty: "agree", party: "centreDirector", legalRef: PROVINCE },
        { duty: "advise", party: "steeringBoard", legalRef: PROVINCE },
        { duty: "decide", party: "provincialPeoplesCommittee", legalRef: PROVINCE },
      ],
      legalRef: PROVINCE,
    },
    {
      id: "ha-tinh-2021/district",
      level: "district",
      validity: { validFrom: "2021-02-18", validTo: REFORM_END },
      mode: "replace",
      steps: [
        { duty: "decide", party: "districtChairman", responsible: true, legalRef: DISTRICT },
        { duty: "inform", party: "steeringBoard", legalRef: DISTRICT },
      ],
      legalRef: DISTRICT,
    },
    {
      id: "ha-tinh-2021/commune",
      level: "commune",
      validity: { validFrom: "2021-02-18", validTo: REFORM_END },
      mode: "support",
      steps: [{ duty: "decide", party: "provincialPeoplesCommittee", legalRef: COMMUNE }],
      legalRef: COMMUNE,
    },
  ],
  exceptions: [
    {
      id: "ha-tinh-2021/so-noi-vu",
      agencyIds: ["SNV"],
      level: "province",
      effect: "untilOwnProposal",
      legalRef: kh41(
        "III.4.1",
        "«Riêng Sở Nội vụ tiếp tục để công chức của đơn vị thực hiện nhiệm vụ tại Trung tâm cho đến khi đơn vị có đề xuất chuyển giao chính thức.»",
      ),
    },
    {
      id: "ha-tinh-2021/559-ubnd-pc1",
      agencyIds: ["STTTT", "SNGV", "SKHCN", "SGDDT", "SVHTTDL"],
      level: "province",
      effect: "separateProcedure",
      steps: [
        {
          duty: "decide",
          party: "provincialPeoplesCommittee",
          legalRef: {
            document: "Văn bản 559/UBND-PC1",
            issued: "2021-01-27",
            verified: false,
            note: "Kế hoạch 41/KH-UBND III.4.1 (seed 000_2e345361e98f0131.txt): «thực hiện chuyển giao nhân sự theo hướng dẫn của UBND tỉnh tại Văn bản số 559/UBND-PC1 ngày 27/01/2021». The text of 559/UBND-PC1 is not in our sources: only that UBND tỉnh issued it is known; its steps are unknown.",
          },
        },
      ],
      legalRef: kh41(
        "III.4.1",
        "«Các Sở: Thông tin và Truyền thông, Ngoại vụ, Khoa học và Công nghệ, Giáo dục và Đào tạo, Văn hóa Thể thao và Du lịch thực hiện chuyển giao nhân sự theo hướng dẫn của UBND tỉnh tại Văn bản số 559/UBND-PC1»",
      ),
    },
  ],
};
