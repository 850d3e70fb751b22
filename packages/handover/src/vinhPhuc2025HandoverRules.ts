/**
 * Vĩnh Phúc's handover rules (Kế hoạch 60/KH-UBND, 19/03/2025; seed `002_3dbcea63c5a39460.txt`).
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";
import type { HandoverRules } from "./HandoverRules";

const SEED = "002_3dbcea63c5a39460.txt";

const kh60 = (clause: string, note: string, verified = true): LegalRef => ({
  document: "Kế hoạch 60/KH-UBND",
  title:
    "Thực hiện cơ chế giao doanh nghiệp cung ứng dịch vụ BCCI đảm nhận việc hướng dẫn, tiếp nhận, số hóa hồ sơ, trả kết quả giải quyết TTHC trên địa bàn tỉnh Vĩnh Phúc",
  issued: "2025-03-19",
  clause,
  seed: SEED,
  verified,
  note,
});

const PROVINCE = kh60(
  "III.3.b",
  "«Giám đốc các Sở có văn bản gửi UBND tỉnh đề xuất rút người và cử đầu mối liên hệ phối hợp với nhân viên doanh nghiệp cung ứng dịch vụ bưu chính công ích trong giải quyết công việc (trên cơ sở thống nhất với Giám đốc Trung tâm Phục vụ hành chính công tỉnh)»",
);

const DISTRICT = kh60(
  "III.3.b",
  "«Chủ tịch UBND cấp huyện trực tiếp quyết định việc rút công chức, viên chức của đơn vị mình … chịu trách nhiệm với quyết định của mình và thông báo cho các phòng, bộ phận liên quan phối hợp»",
);

/** From April 2025 (II.3) until Vĩnh Phúc merged into Phú Thọ and the district level ended. */
const VALIDITY = { validFrom: "2025-04-01", validTo: "2025-06-30" } as const;

/**
 * Vĩnh Phúc 2025 handover rulebook, transcribed from Kế hoạch 60/KH-UBND (seed
 * `002_3dbcea63c5a39460.txt`).
 *
 * - Province: the department director proposes withdrawal **directly to the provincial People's
 *   Committee** (no steering board), names a liaison, agreed with the HCC centre director (III.3.b).
 * - District: the district chairman decides directly, is responsible, and notifies the offices
 *   concerned (III.3.b).
 * - No commune rule: the plan covers the province centre and district one-stops only (II).
 * - Learning: no duration given; handover "when postal staff are able to take over" (IV.3).
 *
 * In force from April 2025 (II.3) to 30/6/2025: from 1/7/2025 Vĩnh Phúc merged into Phú Thọ and
 * the district level was abolished (Nghị quyết 202/2025/QH15, DOMAIN.md §3, not verified here).
 *
 * @example
 * ```ts
 * import { decide, vinhPhuc2025HandoverRules } from "@motcua/handover";
 * const d = decide({ officeId: "VP-HCC", level: "province", scope: { kind: "department", agencyId: "STP" } },
 *   vinhPhuc2025HandoverRules, "2025-05-05");
 * d.steps.map((s) => s.duty); // ["propose", "liaise", "agree", "decide"]
 * ```
 * @since 0.1.0
 * @category Seed rulebooks
 */
export const vinhPhuc2025HandoverRules: HandoverRules = {
  id: "vinh-phuc-2025",
  province: "vinh-phuc",
  source: kh60(
    "I–IV",
    "«Thời gian thực hiện: Từ tháng 4/2025 đến hết thời gian thực hiện Quyết định số 468/QĐ-TTg». The end on 30/6/2025 follows the merger into Phú Thọ (Nghị quyết 202/2025/QH15, DOMAIN.md §3 [L]).",
  ),
  learning: {
    untilProficient: true,
    legalRef: kh60(
      "IV.3",
      "«bàn giao công việc khi nhân viên doanh nghiệp cung ứng dịch vụ bưu chính công ích đủ khả năng tiếp nhận công việc» — no learning duration is given.",
    ),
  },
  assessment: {
    parties: ["departmentDirector", "postOfficeLeader"],
    legalRef: kh60(
      "III.3.b; IV.4",
      "III.3.b only says «Qua kết quả đánh giá»; IV.4: the departments «phối hợp với doanh nghiệp cung ứng dịch vụ bưu chính công ích trong việc hỗ trợ, theo dõi, quản lý, giám sát, đánh giá kết quả thực hiện nhiệm vụ». The plan does not name the proficiency assessor explicitly.",
      false,
    ),
  },
  authorities: [
    {
      id: "vinh-phuc-2025/province",
      level: "province",
      validity: VALIDITY,
      mode: "replace",
      steps: [
        { duty: "propose", party: "departmentDirector", legalRef: PROVINCE },
        { duty: "liaise", party: "departmentLiaison", legalRef: PROVINCE },
        { duty: "agree", party: "centreDirector", legalRef: PROVINCE },
        { duty: "decide", party: "provincialPeoplesCommittee", legalRef: PROVINCE },
      ],
      legalRef: PROVINCE,
    },
    {
      id: "vinh-phuc-2025/district",
      level: "district",
      validity: VALIDITY,
      mode: "replace",
      steps: [
        { duty: "decide", party: "districtChairman", responsible: true, legalRef: DISTRICT },
        { duty: "inform", party: "concernedUnits", legalRef: DISTRICT },
      ],
      legalRef: DISTRICT,
    },
  ],
  exceptions: [],
};
