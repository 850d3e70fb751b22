/**
 * Vĩnh Phúc: postal staff take over the counter from 4/2025 (Kế hoạch 60/KH-UBND of UBND tỉnh
 * Vĩnh Phúc, 19/03/2025, cited by line as `L<n>`) until the province merged into Phú Thọ on
 * 1/7/2025.
 *
 * @module
 */
import { definePlugin } from "@motcua/plugin-sdk";
import { KH60, kh60 } from "./kh60";

/** "Từ tháng 4/2025" (L29): the month only; we use its first day. */
const FROM = "2025-04-01";
const LAST_DAY = "2025-06-30";
/** The plan's own period: from 4/2025 (L29) until the province ended (30/6/2025). */
const IN_FORCE = { validFrom: FROM, validTo: LAST_DAY } as const;

/** Kế hoạch 60 III.3.b, province level. */
const PROVINCE = kh60(
  "L51-L52",
  "«Giám đốc các Sở có văn bản gửi UBND tỉnh đề xuất rút người và cử đầu mối liên hệ phối hợp với nhân viên doanh nghiệp cung ứng dịch vụ bưu chính công ích trong giải quyết công việc (trên cơ sở thống nhất với Giám đốc Trung tâm Phục vụ hành chính công tỉnh)»",
);

/** Kế hoạch 60 III.3.b, district level. */
const DISTRICT = kh60(
  "L53-L54",
  "«Chủ tịch UBND cấp huyện trực tiếp quyết định việc rút công chức, viên chức của đơn vị mình … chịu trách nhiệm với quyết định của mình và thông báo cho các phòng, bộ phận liên quan phối hợp»",
);
const SIX_DEPARTMENTS = "Sở KH&CN, Nội vụ, Dân tộc và Tôn giáo, GD&ĐT, VHTT&DL, Tư pháp";

/**
 * The Vĩnh Phúc plugin (`province-vinh-phuc`), in force until 30/6/2025 and succeeded by
 * `province-phu-tho` (Nghị quyết 202/2025/QH15 [L]): dossiers received before the merger keep this
 * rulebook. Compose it on `@motcua/national`.
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { vinhPhuc } from "@motcua/province-vinh-phuc";
 * const book = composeRulebook([national, vinhPhuc], { asOf: "2025-05-05" });
 * sliceOf(book, "handover").learning?.value.untilProficient; // true
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
      note: "Vĩnh Phúc merged into Phú Thọ (with Hòa Bình) from 1/7/2025 [L].",
    },
  },
  legalBasis: [
    kh60("L7-L14"),
    {
      document: "Quyết định 468/QĐ-TTg",
      issuer: "Thủ tướng Chính phủ",
      issued: "2021-03-27",
      verified: true,
      note: `The plan runs until the end of this decision's implementation (${KH60}, L11, L29).`,
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
            cite: `${KH60}, L29 (month only); ends with the merger`,
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
            cite: `${KH60}, L26, L37-L38`,
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
            cite: `${KH60}, L27-L28, L41-L42`,
          },
        ],
        legalRef: kh60("L25-L29, L35-L43"),
      },
      authorities: {
        value: [
          {
            id: "vinh-phuc-2025/province",
            level: "province",
            validity: IN_FORCE,
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
            validity: IN_FORCE,
            mode: "replace",
            steps: [
              { duty: "decide", party: "districtChairman", responsible: true, legalRef: DISTRICT },
              { duty: "inform", party: "concernedUnits", legalRef: DISTRICT },
            ],
            legalRef: DISTRICT,
          },
        ],
        legalRef: kh60(
          "L29, L51-L54",
          "«Thời gian thực hiện: Từ tháng 4/2025» (L29): the authorities apply from 1/4/2025.",
        ),
        validity: IN_FORCE,
      },
      learning: {
        value: { untilProficient: true },
        legalRef: kh60(
          "L74",
          "«bàn giao công việc khi nhân viên doanh nghiệp cung ứng dịch vụ bưu chính công ích đủ khả năng tiếp nhận công việc» — no learning duration is given.",
        ),
        validity: IN_FORCE,
      },
      assessors: {
        value: ["departmentDirector", "postOfficeLeader"],
        legalRef: {
          ...kh60(
            "L52, L77, L81",
            "Interpretation: L52 only says «Qua kết quả đánh giá»; L77 and L81: the departments and districts «phối hợp với doanh nghiệp … theo dõi, quản lý, giám sát, đánh giá kết quả thực hiện nhiệm vụ». The plan does not name the proficiency assessor.",
          ),
          verified: false,
        },
        validity: IN_FORCE,
      },
      duties: {
        value: [
          {
            id: "skhcn-reports",
            party: "Sở Khoa học và Công nghệ",
            kind: "report",
            period: "unspecified",
            what: "Chủ trì, phối hợp với Văn phòng UBND tỉnh tổ chức triển khai, theo dõi và báo cáo kết quả thực hiện",
            cite: "L65",
          },
          {
            id: "skhcn-inspects",
            party: "Sở Khoa học và Công nghệ",
            kind: "inspect",
            period: "unspecified",
            what: "Phối hợp với Bộ phận Một cửa các cấp kiểm tra, giám sát nhân viên doanh nghiệp bưu chính công ích; xây dựng Quy chế phối hợp",
            cite: "L67-L68",
          },
          {
            id: "finance-funds-yearly",
            party: "Sở Tài chính",
            kind: "fund",
            to: "UBND tỉnh",
            period: "yearly",
            what: "Hàng năm, trên cơ sở đề nghị của các cơ quan, báo cáo UBND tỉnh trình bố trí kinh phí chi thường xuyên để thực hiện Kế hoạch",
            cite: "L70",
          },
          {
            id: "office-inspects",
            party: "Văn phòng UBND tỉnh",
            role: "provincialOffice",
            kind: "inspect",
            period: "unspecified",
            what: "Chỉ đạo Trung tâm Phục vụ hành chính công tỉnh kiểm tra giải quyết TTHC tại Bộ phận Một cửa các cấp theo Thông tư 02/2017/TT-VPCP",
            cite: "L73",
          },
          {
            id: "office-contracts",
            party: "Văn phòng UBND tỉnh; UBND các huyện, thành phố",
            kind: "contract",
            period: "once",
            what: "Ký kết Hợp đồng thuê doanh nghiệp cung ứng dịch vụ bưu chính công ích thực hiện Kế hoạch và quyết toán",
            cite: "L75, L84",
          },
          {
            id: "departments-provide-accounts",
            party: "Các Sở tham gia; UBND các huyện, thành phố",
            kind: "provideAccess",
            period: "once",
            what: "Tạo lập tài khoản cho nhân viên trên Hệ thống Một cửa điện tử tỉnh; theo dõi, đánh giá kết quả thực hiện nhiệm vụ của nhân viên",
            cite: "L77, L81",
          },
          {
            id: "post-assigns-staff",
            party: "Doanh nghiệp cung ứng dịch vụ bưu chính công ích",
            role: "postOfficeLeader",
            kind: "assignStaff",
            to: "Các đơn vị liên quan, Giám đốc Bộ phận một cửa các cấp",
            period: "once",
            what: "Ban hành Quyết định cử nhân viên kèm danh sách cụ thể đến từng đơn vị, địa phương (ít nhất gấp 02 lần số Kế hoạch yêu cầu)",
            cite: "L87",
          },
          {
            id: "post-trains-staff",
            party: "Doanh nghiệp cung ứng dịch vụ bưu chính công ích",
            role: "postOfficeLeader",
            kind: "train",
            period: "continuous",
            what: "Thường xuyên phối hợp tổ chức tập huấn, nâng cao năng lực cho nhân viên",
            cite: "L88-L89",
          },
          {
            id: "all-report-difficulties",
            party: "Các cơ quan, đơn vị, địa phương và doanh nghiệp",
            kind: "report",
            to: "UBND tỉnh (qua Sở Khoa học và Công nghệ)",
            period: "whenNeeded",
            what: "Nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND tỉnh",
            cite: "L92",
          },
        ],
        legalRef: kh60("L63-L92", "Tổ chức thực hiện: the parties' duties, each cited by line."),
        validity: IN_FORCE,
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
      domainsPerEmployee: {
        value: { min: 1 },
        legalRef: kh60(
          "L48",
          "«mỗi nhân viên có khả năng nắm bắt, hiểu biết, đảm đương được nhiều lĩnh vực»: no maximum.",
        ),
        validity: IN_FORCE,
      },
      reserve: {
        value: { kind: "factor", factor: 2 },
        legalRef: kh60(
          "L48, L87",
          "«yêu cầu số nhân viên có số dư gấp 2 lần thực tế»; «đảm bảo về số lượng ít nhất gấp 02 lần số Kế hoạch yêu cầu»",
        ),
        validity: IN_FORCE,
      },
      qualifications: {
        value: [
          { id: "universityDegree", vi: "Trình độ đại học trở lên", en: "University degree or higher" },
          {
            id: "trainedInProcedures",
            vi: "Được đào tạo, tập huấn thành thạo việc hướng dẫn, tiếp nhận, chuyển, trả",
            en: "Trained and proficient in guiding, receiving, transferring and returning dossiers",
          },
          {
            id: "personalDigitalSignature",
            vi: "Chữ ký số cá nhân (Thông tư 01/2023/TT-VPCP)",
            en: "Personal digital signature (Thông tư 01/2023/TT-VPCP)",
          },
        ],
        legalRef: kh60(
          "L47, L86",
          "«có trình độ đại học trở lên, được đào tạo, tập huấn thành thạo việc hướng dẫn, tiếp nhận, chuyển, trả»; «Đăng ký chữ ký số cá nhân cho nhân viên … theo Thông tư số 01/2023/TT-VPCP»",
        ),
        validity: IN_FORCE,
      },
    },
  },
});
