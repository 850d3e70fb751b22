/**
 * Đồng Tháp's handover rules as its 2022 review and 2021 directive describe them (seeds
 * `003_954eb8228a922e85.txt` and `004_f50c1ec85714e989.txt`).
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";
import type { HandoverRules } from "./HandoverRules";

const REVIEW = "003_954eb8228a922e85.txt";
const DIRECTIVE = "004_f50c1ec85714e989.txt";

const review = (clause: string, note: string, verified = true): LegalRef => ({
  document: "Báo cáo sơ kết thỏa thuận hợp tác UBND tỉnh Đồng Tháp – Bưu điện Việt Nam (VPUBND, 2022)",
  clause,
  seed: REVIEW,
  verified,
  note,
});

const PHASES = review(
  "I.1 (chú thích 3); I.2",
  "«Văn phòng UBND Tỉnh (cơ quan Thường trực Ban Điều hành Đề án) … tham mưu UBND Tỉnh»; UBND Tỉnh ban hành «Quyết định thí điểm chuyển giao các nhiệm vụ, dịch vụ hành chính công giai đoạn 1, 2, 3, giai đoạn 3 mở rộng» (QĐ 846/QĐ-UBND-HC 30/7/2018, 1338/QĐ-UBND-HC 01/11/2018, 747/QĐ-UBND-HC 24/7/2019, 1382/QĐ-UBND-HC 18/11/2019, 1469/QĐ-UBND-HC 21/9/2020, 585/QĐ-UBND-HC 07/6/2022). The review reports the phase decisions; it does not write a per-unit withdrawal procedure.",
);

const COMMUNE = review(
  "I.2 (Cấp xã)",
  "«nhân viên Bưu điện không thay thế nhiệm vụ của công chức, viên chức một cửa như ở cấp tỉnh, cấp huyện» — 27 commune one-stops co-located with the post office, 14 at the commune office.",
);

/**
 * Đồng Tháp handover rulebook (phases from 1/8/2018), transcribed from the 2022 review (seed
 * `003_954eb8228a922e85.txt`) and the 2021 directive (seed `004_f50c1ec85714e989.txt`).
 *
 * - Province centre and district one-stops: the provincial People's Committee decides each phase
 *   by decision, advised by the provincial Office (standing body of the executive board); postal
 *   staff replace civil servants (10 freed at the centre, 2–8 per district), while a civil servant
 *   still checks legality and signs the control slip at transfer and at result receipt.
 * - Commune: postal staff support and do not replace civil servants.
 * - District and commune rules end on 30/6/2025 with the district level.
 *
 * @example
 * ```ts
 * import { decide, dongThap2018HandoverRules } from "@motcua/handover";
 * decide({ officeId: "DT-XA-1", level: "commune", scope: { kind: "all" }, mode: "support" },
 *   dongThap2018HandoverRules, "2022-01-10").mode; // "support"
 * ```
 * @since 0.1.0
 * @category Seed rulebooks
 */
export const dongThap2018HandoverRules: HandoverRules = {
  id: "dong-thap-2018",
  province: "dong-thap",
  source: review(
    "I–III",
    "Đề án thí điểm chuyển giao các nhiệm vụ, dịch vụ hành chính công (QĐ 843/QĐ-UBND-HC 27/7/2018); giai đoạn 1 từ 01/8/2018, giai đoạn 2 từ 05/11/2018, giai đoạn 3 từ 01/8/2019, giai đoạn 3 mở rộng (QĐ 585/QĐ-UBND-HC 07/6/2022).",
  ),
  learning: {
    untilProficient: true,
    legalRef: review(
      "II.2",
      "No learning duration in the seeds; the review says that through training «hiện nay, trình độ chuyên môn, nghiệp vụ, kinh nghiệm của nhân viên Bưu điện đã đáp ứng».",
      false,
    ),
  },
  assessment: {
    parties: ["provincialOffice", "postOfficeLeader", "communeChairman"],
    legalRef: {
      document: "Công văn UBND tỉnh Đồng Tháp /UBND-KSTTHC (2021) về khắc phục hạn chế qua kiểm tra",
      clause: "1.b",
      seed: DIRECTIVE,
      verified: false,
      note: "VP UBND Tỉnh and Bưu điện Tỉnh ran 04 inspection rounds (seed 003); communes «định kỳ đánh giá việc thực hiện nhiệm vụ … được chuyển giao cho nhân viên Bưu điện», «Chủ tịch UBND cấp xã và Giám đốc Bưu điện cấp huyện có biểu dương …». No formal proficiency assessor is named.",
    },
  },
  authorities: [
    {
      id: "dong-thap-2018/province",
      level: "province",
      validity: { validFrom: "2018-08-01" },
      mode: "replace",
      steps: [
        { duty: "advise", party: "provincialOffice", legalRef: PHASES },
        { duty: "decide", party: "provincialPeoplesCommittee", legalRef: PHASES },
      ],
      legalRef: PHASES,
    },
    {
      id: "dong-thap-2018/district",
      level: "district",
      validity: { validFrom: "2018-08-01", validTo: "2025-06-30" },
      mode: "replace",
      steps: [
        { duty: "advise", party: "provincialOffice", legalRef: PHASES },
        { duty: "decide", party: "provincialPeoplesCommittee", legalRef: PHASES },
      ],
      legalRef: PHASES,
    },
    {
      id: "dong-thap-2018/commune",
      level: "commune",
      validity: { validFrom: "2018-08-01", validTo: "2025-06-30" },
      mode: "support",
      steps: [
        { duty: "advise", party: "provincialOffice", legalRef: PHASES },
        { duty: "decide", party: "provincialPeoplesCommittee", legalRef: COMMUNE },
      ],
      legalRef: COMMUNE,
    },
  ],
  exceptions: [],
};
