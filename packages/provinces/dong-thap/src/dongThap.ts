/**
 * Đồng Tháp: the postal handover pilot in phases from 2018 (the 2022 review of Văn phòng UBND
 * tỉnh Đồng Tháp and the 2021 directive of UBND tỉnh Đồng Tháp, both without a number; cited by
 * line as `L<n>`; docs/legal-sources.md lists both).
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";
import { definePlugin } from "@motcua/plugin-sdk";

/** The 2022 review, as a step's `cite` text names it before its lines. */
const REVIEW =
  "Báo cáo sơ kết thỏa thuận hợp tác với Bưu điện Việt Nam (Văn phòng UBND tỉnh Đồng Tháp, 2022)";
/** The 2021 directive, likewise. */
const DIRECTIVE = "Công văn /UBND-KSTTHC về khắc phục hạn chế qua kiểm tra (UBND tỉnh Đồng Tháp, 2021)";

/** The 2022 review by the provincial Office at the given lines. */
const review = (lines: string, note?: string): LegalRef => ({
  document: "Báo cáo sơ kết thỏa thuận hợp tác giữa UBND tỉnh Đồng Tháp và Bưu điện Việt Nam",
  issuer: "Văn phòng UBND tỉnh Đồng Tháp",
  issued: "2022",
  lines,
  verified: true,
  ...(note === undefined ? {} : { note }),
});

const PHASE_1 = "2018-08-01";

/**
 * Who decides a handover in Đồng Tháp: the review reports only that UBND tỉnh issued a decision per
 * phase, advised by its Office (L19-L27, L25 footnote 3); it writes no per-unit withdrawal
 * procedure. So the steps below are an interpretation, flagged as such.
 */
const PHASES: LegalRef = {
  ...review(
    "L19-L27, L47",
    "Interpretation: «Văn phòng UBND Tỉnh … tham mưu UBND Tỉnh»; UBND Tỉnh issued the phase decisions (Quyết định 846/QĐ-UBND-HC 30/7/2018, 1338/QĐ-UBND-HC 01/11/2018, 747/QĐ-UBND-HC 24/7/2019, 1382/QĐ-UBND-HC 18/11/2019, 1469/QĐ-UBND-HC 21/9/2020, 585/QĐ-UBND-HC 07/6/2022). The review writes no per-unit withdrawal procedure; these rules are those of the 2018–2022 pilot and say nothing of the offices of former Tiền Giang.",
  ),
  verified: false,
};
const DISTRICT_END = "2025-06-30";

/**
 * The Đồng Tháp plugin (`province-dong-thap`): phases 1 (1/8/2018), 2 (5/11/2018), 3 (1/8/2019)
 * and expanded 3 (Quyết định 585, 7/6/2022); 11 domains at the province centre, 12/12 district
 * one-stops, 41 communes where postal staff only support; civil servants sign the control slip at
 * transfer and at result receipt; Biểu 06 shares as the review prints them (two decimals, never a
 * false 0% or 100%, channel over new and outcome over resolved dossiers, L63-L67). Compose it on
 * `@motcua/national`.
 *
 * @example
 * ```ts
 * import { composeRulebook, ruleValue, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { dongThap } from "@motcua/province-dong-thap";
 * const book = composeRulebook([national, dongThap], { asOf: "2022-06-30" });
 * ruleValue(book, "permissions", "controlSlipSignature")?.at; // ["transfer", "resultReceipt"]
 * sliceOf(book, "handover").authorities?.verified; // false (an interpretation of the review)
 * sliceOf(book, "reports").honestRounding?.verified; // true (the review, L63-L67)
 * ```
 * @since 0.1.0
 * @category Plugins
 */
export const dongThap = definePlugin({
  id: "province-dong-thap",
  name: "Đồng Tháp",
  version: "0.1.0",
  jurisdiction: { level: "province", province: "dong-thap" },
  legalBasis: [
    review("L9-L17"),
    {
      document: "Quyết định 843/QĐ-UBND-HC",
      issuer: "UBND tỉnh Đồng Tháp",
      issued: "2018-07-27",
      verified: true,
      note: `Ban hành Đề án, as the review cites it (${REVIEW}, L23).`,
    },
    {
      document: "Công văn /UBND-KSTTHC về khắc phục hạn chế qua kiểm tra việc thực hiện Đề án",
      issuer: "UBND tỉnh Đồng Tháp",
      issued: "2021",
      lines: "L9-L23",
      verified: true,
      note: "Directive to fix shortcomings found in the 2020 inspection (its number and day are left blank in the text we have).",
    },
  ],
  rules: {
    handover: {
      phases: {
        value: [
          {
            id: "phase-1",
            name: "Giai đoạn 1",
            from: PHASE_1,
            documents: ["Kế hoạch 172/KH-UBND (27/7/2018)", "Quyết định 846/QĐ-UBND-HC (30/7/2018)"],
            cite: `${REVIEW}, L25, L47`,
          },
          {
            id: "phase-2",
            name: "Giai đoạn 2",
            from: "2018-11-05",
            documents: ["Kế hoạch 228/KH-UBND (19/10/2018)", "Quyết định 1338/QĐ-UBND-HC (01/11/2018)"],
            cite: `${REVIEW}, L25, L47`,
          },
          {
            id: "phase-3",
            name: "Giai đoạn 3",
            from: "2019-08-01",
            documents: [
              "Kế hoạch 115/KH-UBND (08/5/2019)",
              "Quyết định 747/QĐ-UBND-HC (24/7/2019)",
              "Quyết định 1382/QĐ-UBND-HC (18/11/2019)",
              "Quyết định 1469/QĐ-UBND-HC (21/9/2020)",
            ],
            cite: `${REVIEW}, L25, L47`,
          },
          {
            id: "phase-3-expanded",
            name: "Giai đoạn 3 mở rộng",
            from: "2022-06-07",
            documents: ["Quyết định 585/QĐ-UBND-HC (07/6/2022)"],
            cite: `${REVIEW}, L25 (decision date; the start date is not given)`,
          },
        ],
        legalRef: review(
          "L17, L25, L47",
          "Phase start dates from L47; the expanded phase 3 is dated by its decision.",
        ),
      },
      pilotScopes: {
        value: [
          {
            id: "trung-tam-tinh",
            level: "province",
            unit: "Trung tâm Kiểm soát TTHC và Phục vụ hành chính công",
            scope: {
              kind: "domains",
              domains: [
                "Ngoại vụ",
                "Giáo dục và Đào tạo",
                "Văn hóa – Thể thao và Du lịch",
                "Lao động – Thương binh và Xã hội",
                "Khoa học và Công nghệ",
                "Thông tin và Truyền thông",
                "Công Thương",
                "Nông nghiệp và Phát triển nông thôn",
                "Tài chính",
                "Quản lý Khu Kinh tế",
                "An toàn vệ sinh thực phẩm (Y tế)",
              ],
              plusAssigned: false,
            },
            mode: "replace",
            from: PHASE_1,
            cite: `${REVIEW}, L49 (state in 2022; which phase added each domain is in Phụ lục 2, not in the review)`,
          },
          ...["Tân Hồng", "Tam Nông", "Thanh Bình", "Lấp Vò", "Lai Vung", "thành phố Sa Đéc"].map((name) => ({
            id: `huyen-${name
              .toLowerCase()
              .normalize("NFD")
              .replace(/[\u0300-\u036f]/g, "")
              .replace(/đ/g, "d")
              .replace(/[^a-z]+/g, "-")}`,
            level: "district" as const,
            unit: name,
            scope: { kind: "all" as const },
            mode: "replace" as const,
            from: PHASE_1,
            to: DISTRICT_END,
            cite: `${REVIEW}, L51`,
          })),
          {
            id: "huyen-khac",
            level: "district",
            unit: "6 Bộ phận Một cửa cấp huyện còn lại (một phần lĩnh vực)",
            scope: { kind: "unspecified" },
            mode: "replace",
            from: PHASE_1,
            to: DISTRICT_END,
            cite: `${REVIEW}, L51 (12/12 handed over, 6 of them all domains)`,
          },
          {
            id: "xa-41",
            level: "commune",
            unit: "41 Bộ phận Một cửa cấp xã (27 tại trụ sở Bưu điện, 14 tại trụ sở UBND xã)",
            scope: { kind: "unspecified" },
            mode: "support",
            from: PHASE_1,
            cite: `${REVIEW}, L53; ${DIRECTIVE}, L27`,
          },
        ],
        legalRef: review(
          "L47-L53",
          "State reached by the 2022 review; each unit's own start date is in Phụ lục 2, not in the review, so phase 1's start is recorded.",
        ),
      },
      duties: {
        value: [
          {
            id: "office-inspects",
            party: "Văn phòng UBND Tỉnh (với Bưu điện Tỉnh)",
            role: "provincialOffice",
            kind: "inspect",
            period: "unspecified",
            what: "Kiểm tra, khảo sát việc thực hiện Đề án trên địa bàn cấp huyện, cấp xã (04 đợt đến năm 2022) và tham mưu UBND Tỉnh chấn chỉnh, khắc phục",
            cite: `${REVIEW}, L29`,
          },
          {
            id: "districts-report-quarterly",
            party: "UBND các huyện, thành phố được kiểm tra",
            kind: "report",
            to: "Văn phòng UBND Tỉnh",
            period: "quarterly",
            what: "Báo cáo kết quả khắc phục hạn chế trong quý I/2021, lồng ghép vào báo cáo kết quả thực hiện Đề án Quý I/2021 — a quarterly project report is inferred from «báo cáo kết quả thực hiện Đề án Quý I/2021»",
            periodStated: false,
            cite: `${DIRECTIVE}, L33`,
          },
          {
            id: "communes-assess-staff",
            party: "Chủ tịch UBND cấp xã và Giám đốc Bưu điện cấp huyện",
            role: "communeChairman",
            kind: "review",
            period: "unspecified",
            what: "Biểu dương trường hợp đạt điểm tốt; bố trí, sắp xếp công việc khác cho trường hợp đạt điểm kém, chưa hoàn thành nhiệm vụ được chuyển giao",
            cite: `${DIRECTIVE}, L31`,
          },
          {
            id: "office-follows-up",
            party: "Văn phòng UBND Tỉnh (Trung tâm Kiểm soát TTHC và Phục vụ hành chính công)",
            role: "provincialOffice",
            kind: "report",
            to: "UBND Tỉnh",
            period: "whenNeeded",
            what: "Theo dõi việc thực hiện; tham mưu, đề xuất UBND Tỉnh chỉ đạo khi có khó khăn, vướng mắc",
            cite: `${DIRECTIVE}, L39`,
          },
        ],
        legalRef: {
          document: "Công văn /UBND-KSTTHC về khắc phục hạn chế qua kiểm tra việc thực hiện Đề án",
          issuer: "UBND tỉnh Đồng Tháp",
          issued: "2021",
          lines: "L23-L41",
          verified: true,
          note: `The 2021 directive, with the 2022 review (${REVIEW}, L29); the quarterly period is inferred (periodStated: false).`,
        },
        validity: { validFrom: PHASE_1 },
      },
      authorities: {
        value: [
          {
            id: "dong-thap-2018/province",
            level: "province",
            validity: { validFrom: PHASE_1 },
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
            validity: { validFrom: PHASE_1, validTo: DISTRICT_END },
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
            validity: { validFrom: PHASE_1, validTo: DISTRICT_END },
            mode: "support",
            units: ["41 Bộ phận Một cửa cấp xã, phường, thị trấn thực hiện thí điểm (Phụ lục 2)"],
            steps: [
              { duty: "advise", party: "provincialOffice", legalRef: PHASES },
              { duty: "decide", party: "provincialPeoplesCommittee", legalRef: PHASES },
            ],
            legalRef: review(
              "L53, L69",
              "«41 Bộ phận Một cửa xã, phường, thị trấn … đã chuyển giao nhiệm vụ tham gia hỗ trợ tiếp nhận hồ sơ và trả kết quả»; «nhân viên Bưu điện không thay thế nhiệm vụ của công chức, viên chức một cửa như ở cấp tỉnh, cấp huyện».",
            ),
          },
        ],
        legalRef: PHASES,
        validity: { validFrom: PHASE_1 },
      },
    },
    staffing: {
      civilServantsFreed: {
        value: [
          { level: "province", min: 10, max: 10 },
          { level: "district", min: 2, max: 8 },
        ],
        legalRef: review(
          "L83",
          "«tại Trung tâm Kiểm soát TTHC và Phục vụ hành chính công giảm 10 công chức, viên chức; Bộ phận Một cửa các huyện, thành phố giảm từ 02 đến 08 công chức, viên chức» — observed in 2022, a reference, not a norm.",
        ),
        validity: { validFrom: PHASE_1 },
      },
    },
    reports: {
      shareDecimals: {
        mode: "replace",
        value: 2,
        legalRef: review(
          "L63-L67",
          "The review prints its shares with two decimals: «đạt 12,46% số hồ sơ nhận mới», «đạt 53,01%», «27,81%».",
        ),
      },
      honestRounding: {
        mode: "replace",
        value: true,
        legalRef: review(
          "L63-L67",
          "55.081 of 55.082 resolved early or on time is printed 99,998% and the one late 0,002%, not 100% and 0%.",
        ),
      },
      shareBases: {
        mode: "replace",
        value: { channel: "new", outcome: "resolved" },
        legalRef: review(
          "L63-L67",
          "Channel shares over new dossiers («đạt 12,46% số hồ sơ nhận mới»); early or on time and late over the resolved ones.",
        ),
      },
    },
    permissions: {
      communePostalRole: {
        value: "support",
        legalRef: review(
          "L53",
          "Nhân viên Bưu điện không thay thế nhiệm vụ của công chức, viên chức một cửa như ở cấp tỉnh, cấp huyện. Said of the 27 commune one-stops combined with the cultural post office, from the pilot's phase 1 (L47) in the four-level administration (until 30/6/2025); applied to every commune office of the register.",
        ),
        validity: { validFrom: PHASE_1, validTo: DISTRICT_END },
        note: "interpretation: the review names the communes of the pilot (Phụ lục 2); the rule applies at commune level while the administration it describes lasts",
      },
      postalSupportTasks: {
        mode: "replace",
        value: ["guide", "digitise"],
        legalRef: review(
          "L71",
          "Commune cultural post office staff support the one-stop: guidance and help with forms (hướng dẫn, hỗ trợ viết tờ khai), data entry into the one-stop software (nhập liệu phần mềm một cửa điện tử), result delivery by post, online services.",
        ),
        validity: { validFrom: PHASE_1, validTo: DISTRICT_END },
      },
      controlSlipSignature: {
        value: {
          signer: "oneStopOfficer",
          at: ["transfer", "resultReceipt"],
          levels: ["province", "district"],
          checksLegality: true,
        },
        legalRef: review(
          "L59",
          "The HCC centre and the district one-stops assign civil servants who check legality and sign the Phiếu kiểm soát quá trình giải quyết when the dossier is transferred and when the result comes back, for the procedures postal staff handle: province and district level, from the pilot (phase 1 from 1/8/2018, L47). The review gives no end: the rule is carried on at the levels it names (the district level ends with the districts on 30/6/2025).",
        ),
        validity: { validFrom: PHASE_1 },
      },
    },
  },
});
