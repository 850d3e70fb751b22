/**
 * The staffing figures the seed provinces wrote down, as {@link StaffingNorms} data.
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";
import type { NormValue, StaffingNorms } from "./StaffingNorms";

const kh41 = (note: string, verified = true): LegalRef => ({
  document: "Kế hoạch 41/KH-UBND",
  issued: "2021-02-18",
  clause: "III.3.1.1",
  seed: "000_2e345361e98f0131.txt",
  verified,
  note,
});

const kh60 = (clause: string, note: string): LegalRef => ({
  document: "Kế hoạch 60/KH-UBND",
  issued: "2025-03-19",
  clause,
  seed: "002_3dbcea63c5a39460.txt",
  verified: true,
  note,
});

const dt = (note: string): LegalRef => ({
  document: "Báo cáo sơ kết thỏa thuận hợp tác UBND tỉnh Đồng Tháp – Bưu điện Việt Nam (VPUBND, 2022)",
  clause: "II.1",
  seed: "003_954eb8228a922e85.txt",
  verified: true,
  note,
});

const norm = (value: number, source: LegalRef): NormValue => ({ value, source, verified: source.verified });

const THROUGHPUT = kh41("«tối thiểu mỗi nhân viên tiếp nhận 15-20 hồ sơ/ngày»");
const DOMAINS = kh41("«01 nhân viên đảm đương được từ 1-3 lĩnh vực thí điểm»");

/**
 * Hà Tĩnh 2021 postal staffing norms (Kế hoạch 41/KH-UBND III.3.1.1, seed
 * `000_2e345361e98f0131.txt`): each employee receives at least 15–20 dossiers a day and covers
 * 1–3 domains; spare staff for sickness and maternity. The plan gives no figure for the spare
 * staff: `extra: 1` (the least surplus that satisfies «có số dư») is marked `verified: false`.
 *
 * @example
 * ```ts
 * import { haTinh2021StaffingNorms, planStaffing } from "@motcua/staffing";
 * planStaffing({ volumes: [{ domain: "Tư pháp", dossiersPerDay: 60 }] }, haTinh2021StaffingNorms).required; // 4
 * ```
 * @since 0.1.0
 * @category Seed norms
 */
export const haTinh2021StaffingNorms: StaffingNorms = {
  id: "ha-tinh-2021",
  throughput: { min: norm(15, THROUGHPUT), max: norm(20, THROUGHPUT) },
  domainCoverage: { kind: "range", min: norm(1, DOMAINS), max: norm(3, DOMAINS) },
  reserve: {
    kind: "extra",
    extra: norm(
      1,
      kh41(
        "«Yêu cầu có số dư để sẵn sàng thay thế nhân viên chính thức khi ốm đau, thai sản…» — no figure; one spare employee is the least surplus that satisfies it (our reading, not the plan's).",
        false,
      ),
    ),
  },
  qualifications: [
    {
      id: "trainedInProcedures",
      vi: "Được đào tạo, tập huấn thành thạo nghiệp vụ tiếp nhận, chuyển, trả",
      en: "Trained and proficient in receiving, transferring and returning dossiers",
      source: kh41(
        "«có trình độ tương đương theo quy định, được đào tạo, tập huấn nghiệp vụ tiếp nhận, chuyển, trả thành thạo»",
      ),
      verified: true,
    },
  ],
  civilServantsFreed: [],
};

/**
 * Vĩnh Phúc 2025 postal staffing norms (Kế hoạch 60/KH-UBND, seed `002_3dbcea63c5a39460.txt`):
 * each employee covers many domains; the pool is at least **2×** the staff the plan requires;
 * a university degree; a personal digital signature (Thông tư 01/2023/TT-VPCP). The plan gives no
 * throughput: add one (or the Quyết định 2133/QĐ-BTTTT activity model) to size a plan.
 *
 * @example
 * ```ts
 * import { haTinh2021StaffingNorms, planStaffing, vinhPhuc2025StaffingNorms } from "@motcua/staffing";
 * const norms = { ...vinhPhuc2025StaffingNorms, throughput: haTinh2021StaffingNorms.throughput };
 * planStaffing({ volumes: [{ domain: "Tư pháp", dossiersPerDay: 60 }] }, norms).pool; // 8
 * ```
 * @since 0.1.0
 * @category Seed norms
 */
export const vinhPhuc2025StaffingNorms: StaffingNorms = {
  id: "vinh-phuc-2025",
  domainCoverage: {
    kind: "many",
    source: kh60("III.3.a", "«mỗi nhân viên có khả năng nắm bắt, hiểu biết, đảm đương được nhiều lĩnh vực»"),
    verified: true,
  },
  reserve: {
    kind: "factor",
    factor: norm(
      2,
      kh60(
        "III.3.a; IV.6",
        "«yêu cầu số nhân viên có số dư gấp 2 lần thực tế»; «đảm bảo về số lượng ít nhất gấp 02 lần số Kế hoạch yêu cầu»",
      ),
    ),
  },
  qualifications: [
    {
      id: "universityDegree",
      vi: "Trình độ đại học trở lên",
      en: "University degree or higher",
      source: kh60("III.3.a", "«có trình độ đại học trở lên»"),
      verified: true,
    },
    {
      id: "personalDigitalSignature",
      vi: "Chữ ký số cá nhân (Thông tư 01/2023/TT-VPCP)",
      en: "Personal digital signature (Thông tư 01/2023/TT-VPCP)",
      source: kh60(
        "IV.6",
        "«Đăng ký chữ ký số cá nhân cho nhân viên … theo Thông tư số 01/2023/TT-VPCP ngày 05/4/2023»",
      ),
      verified: true,
    },
    {
      id: "trainedInProcedures",
      vi: "Được đào tạo, tập huấn thành thạo việc hướng dẫn, tiếp nhận, chuyển, trả",
      en: "Trained and proficient in guiding, receiving, transferring and returning dossiers",
      source: kh60(
        "III.3.a",
        "«được đào tạo, tập huấn thành thạo việc hướng dẫn, tiếp nhận, chuyển, trả thủ tục hành chính»",
      ),
      verified: true,
    },
  ],
  civilServantsFreed: [],
};

const FREED = dt(
  "«tại Trung tâm Kiểm soát TTHC và Phục vụ hành chính công giảm 10 công chức, viên chức; Bộ phận Một cửa các huyện, thành phố giảm từ 02 đến 08 công chức, viên chức»",
);

/**
 * Đồng Tháp's observed outcome (2022 review, seed `003_954eb8228a922e85.txt`): civil servants
 * freed by the handover — 10 at the province centre, 2 to 8 per district one-stop. A reference to
 * compare a plan with, not a rule.
 *
 * @example
 * ```ts
 * import { dongThap2022StaffingReference } from "@motcua/staffing";
 * dongThap2022StaffingReference.civilServantsFreed.find((r) => r.level === "district")?.max.value; // 8
 * ```
 * @since 0.1.0
 * @category Seed norms
 */
export const dongThap2022StaffingReference: StaffingNorms = {
  id: "dong-thap-2022",
  qualifications: [],
  civilServantsFreed: [
    { level: "province", min: norm(10, FREED), max: norm(10, FREED) },
    { level: "district", min: norm(2, FREED), max: norm(8, FREED) },
  ],
};
