/**
 * Hà Tĩnh: the postal handover pilot, phase II (Kế hoạch 41/KH-UBND of UBND tỉnh Hà Tĩnh,
 * 18/02/2021, cited by line as `L<n>`), with Báo Hà Tĩnh's report of the phase I review
 * (16/12/2020). docs/legal-sources.md lists both.
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";
import { definePlugin } from "@motcua/plugin-sdk";
import { KH41, kh41 } from "./kh41";

const PHASE_II = { from: "2021-02-22", to: "2021-09-30" } as const;

/**
 * Said of every rule of Kế hoạch 41 that the plan gives no end: it stays in force after the phase
 * II pilot until a later plan replaces it, and the rule says so instead of carrying a 2021 norm
 * silently into today.
 */
const OPEN_END =
  "Kế hoạch 41/KH-UBND is the phase II plan (giai đoạn II, 2021) and gives no end date for this rule: motcua keeps it in force until a later plan of Hà Tĩnh replaces it; no source read says it still applies in 2026.";

/** The district level ended on 30/6/2025 (Nghị quyết 202/2025/QH15). */
const DISTRICT_END = "2025-06-30";

/** Kế hoạch 41 III.3.2.1: the province-level withdrawal procedure. */
const PROVINCE = kh41(
  "L379-L395",
  "«Giám đốc các đơn vị thí điểm có Văn bản gửi Ban chỉ đạo đề xuất rút người (trên cơ sở thống nhất với Lãnh đạo Văn phòng UBND tỉnh, Giám đốc Trung tâm Phục vụ hành chính công tỉnh). Xét đề nghị của các đơn vị, Ban Chỉ đạo căn cứ quy trình rút người theo quy định, tham mưu UBND tỉnh triển khai thực hiện.»",
);

/** Kế hoạch 41 III.3.2.2: the district chairman decides directly. */
const DISTRICT = kh41(
  "L397-L409",
  "«Chủ tịch UBND cấp huyện trực tiếp quyết định việc rút công chức của đơn vị mình … chịu trách nhiệm với quyết định của mình. Đồng thời báo cáo Ban Chỉ đạo việc rút công chức của đơn vị để theo dõi, chỉ đạo.»",
);

/** Kế hoạch 41 III.2.3 and III.3.1.3: postal staff only support at the pilot communes. */
const COMMUNE = kh41(
  "L270-L282, L345-L361, L440-L444",
  "«nhân viên Bưu điện tỉnh chỉ thực hiện việc hỗ trợ hướng dẫn …»; commune one-stop civil servants move to the cultural post office; «Giám đốc Bưu điện tỉnh bố trí thêm 01 nhân viên». Only at the named pilot communes (L140-L166).",
);

/**
 * Who decides at a pilot commune: Kế hoạch 41 names no approver there, since nothing is withdrawn;
 * the arrangement is set by the plan itself, which UBND tỉnh issued. An interpretation, not a text.
 */
const COMMUNE_DECIDER: LegalRef = {
  ...COMMUNE,
  verified: false,
  note: "Interpretation: Kế hoạch 41 (issued by UBND tỉnh) itself sets the commune arrangement (L270-L282, L345-L361) and names no approver for communes; no withdrawal is decided there.",
};

/** The pilot communes of phase II (L140-L150) and the phase I commune that continues (L440-L444). */
const PILOT_COMMUNES = [
  "UBND xã Thạch Mỹ (Lộc Hà)",
  "UBND xã Mai Phụ (Lộc Hà)",
  "UBND xã Thuận Lộc (Hồng Lĩnh)",
  "UBND phường Trung Lương (Hồng Lĩnh)",
  "UBND xã Cẩm Thành (Cẩm Xuyên)",
  "UBND xã Cẩm Thịnh (Cẩm Xuyên)",
  "Bộ phận Một cửa xã Kỳ Bắc",
];

/**
 * The Hà Tĩnh plugin (`province-ha-tinh`): phase II pilot units and scopes with their dates,
 * approval authorities (steering board at province level, the district chairman directly at
 * district level), exceptions (Sở Nội vụ; five departments under 559/UBND-PC1), commune
 * support-only, staffing figures. Compose it on `@motcua/national`.
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { haTinh } from "@motcua/province-ha-tinh";
 * const book = composeRulebook([national, haTinh], { asOf: "2021-03-01" });
 * sliceOf(book, "handover").learning?.value.untilProficient; // true
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
      issuer: "UBND tỉnh Hà Tĩnh",
      issued: "2019-07-23",
      verified: true,
      note: "Ban hành Đề án thí điểm (phase I basis), as Kế hoạch 41/KH-UBND cites it (L16-L20).",
    },
    {
      document: "Bài «Mở rộng thí điểm chuyển giao một số nhiệm vụ hành chính công qua dịch vụ bưu chính»",
      issuer: "Báo Hà Tĩnh",
      issued: "2020-12-16",
      lines: "L5-L19",
      verified: false,
      note: "News report of the phase I review held on 16/12 (the year, 2020, is read from the pilot's dates: one year after Quyết định 2459 of 23/7/2019, before Kế hoạch 41 of 18/02/2021): 6 departments and 4 districts in phase I.",
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
            cite: `${KH41}, L231, L260, L286-L288`,
          },
        ],
        legalRef: kh41("L231, L260, L286-L288"),
        note: OPEN_END,
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
            cite: `${KH41}, L104-L110, L231`,
          },
          {
            id: "so-cong-thuong",
            level: "province",
            unit: "Sở Công Thương",
            scope: { kind: "all" },
            mode: "replace",
            ...PHASE_II,
            cite: `${KH41}, L104-L110, L231`,
          },
          {
            id: "so-ldtbxh",
            level: "province",
            unit: "Sở Lao động, Thương binh và Xã hội",
            scope: { kind: "procedureCount", count: 36 },
            mode: "replace",
            ...PHASE_II,
            cite: `${KH41}, L104-L108, L231`,
          },
          {
            id: "tx-ky-anh",
            level: "district",
            unit: "UBND thị xã Kỳ Anh",
            scope: { kind: "all" },
            mode: "replace",
            ...PHASE_II,
            cite: `${KH41}, L114-L120, L260`,
          },
          {
            id: "duc-tho",
            level: "district",
            unit: "UBND huyện Đức Thọ",
            scope: { kind: "all" },
            mode: "replace",
            ...PHASE_II,
            cite: `${KH41}, L114-L120, L260`,
          },
          {
            id: "can-loc",
            level: "district",
            unit: "UBND huyện Can Lộc",
            scope: { kind: "all" },
            mode: "replace",
            ...PHASE_II,
            cite: `${KH41}, L114-L120, L260`,
          },
          {
            id: "thach-my",
            level: "commune",
            unit: "UBND xã Thạch Mỹ (Lộc Hà)",
            scope: { kind: "unspecified" },
            mode: "support",
            ...PHASE_II,
            cite: `${KH41}, L140-L150, L276-L288`,
          },
          {
            id: "mai-phu",
            level: "commune",
            unit: "UBND xã Mai Phụ (Lộc Hà)",
            scope: { kind: "unspecified" },
            mode: "support",
            ...PHASE_II,
            cite: `${KH41}, L140-L150, L276-L288`,
          },
          {
            id: "thuan-loc",
            level: "commune",
            unit: "UBND xã Thuận Lộc (Hồng Lĩnh)",
            scope: { kind: "unspecified" },
            mode: "support",
            ...PHASE_II,
            cite: `${KH41}, L140-L142 (the recipient list, L652, names Đức Thuận instead)`,
          },
          {
            id: "trung-luong",
            level: "commune",
            unit: "UBND phường Trung Lương (Hồng Lĩnh)",
            scope: { kind: "unspecified" },
            mode: "support",
            ...PHASE_II,
            cite: `${KH41}, L140-L150, L276-L288`,
          },
          {
            id: "cam-thanh",
            level: "commune",
            unit: "UBND xã Cẩm Thành (Cẩm Xuyên)",
            scope: { kind: "unspecified" },
            mode: "support",
            ...PHASE_II,
            cite: `${KH41}, L140-L150, L276-L288`,
          },
          {
            id: "cam-thinh",
            level: "commune",
            unit: "UBND xã Cẩm Thịnh (Cẩm Xuyên)",
            scope: { kind: "unspecified" },
            mode: "support",
            ...PHASE_II,
            cite: `${KH41}, L140-L150, L276-L288`,
          },
          // Phase I units continue in phase II, without an end date (section III.4).
          {
            id: "hcc-tinh-phase-1",
            level: "province",
            unit: "Sở TT&TT, Ngoại vụ, KH&CN, GD&ĐT, VHTT&DL (giai đoạn I)",
            scope: { kind: "all" },
            mode: "replace",
            from: PHASE_II.from,
            cite: `${KH41}, L152-L160, L413-L419`,
          },
          {
            id: "huyen-phase-1",
            level: "district",
            unit: "Cẩm Xuyên, TX Hồng Lĩnh, Lộc Hà, huyện Kỳ Anh, TX Kỳ Anh (giai đoạn I)",
            scope: { kind: "all" },
            mode: "replace",
            from: PHASE_II.from,
            to: DISTRICT_END,
            cite: `${KH41}, L432-L438`,
          },
          {
            id: "ky-bac",
            level: "commune",
            unit: "Bộ phận Một cửa xã Kỳ Bắc",
            scope: { kind: "unspecified" },
            mode: "support",
            from: PHASE_II.from,
            cite: `${KH41}, L162-L166, L440-L444`,
          },
        ],
        legalRef: kh41("L96-L172, L411-L444"),
        note: `phase II pilots end on 30/9/2021; phase I units continue (district ones until the district level ended on 30/6/2025). ${OPEN_END}`,
      },
      authorities: {
        value: [
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
            validity: { validFrom: "2021-02-18", validTo: DISTRICT_END },
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
            validity: { validFrom: "2021-02-18", validTo: DISTRICT_END },
            mode: "support",
            units: PILOT_COMMUNES,
            steps: [{ duty: "decide", party: "provincialPeoplesCommittee", legalRef: COMMUNE_DECIDER }],
            legalRef: COMMUNE,
          },
        ],
        legalRef: kh41(
          "L379-L409, L270-L282, L345-L361",
          "Kế hoạch 41 gives the approval procedure without an end date: it is kept in force after the phase II pilot (22/02–30/09/2021) until a later plan replaces it; no source says it still applies in 2026. The district and pre-reform commune rules end with the district level on 30/6/2025.",
        ),
        validity: { validFrom: "2021-02-18" },
        note: OPEN_END,
      },
      exceptions: {
        value: [
          {
            id: "so-noi-vu",
            agencyIds: ["SNV"],
            level: "province",
            effect: "untilOwnProposal",
            legalRef: kh41(
              "L420-L422",
              "«Riêng Sở Nội vụ tiếp tục để công chức của đơn vị thực hiện nhiệm vụ tại Trung tâm cho đến khi đơn vị có đề xuất chuyển giao chính thức.»",
            ),
          },
          {
            id: "van-ban-559",
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
                  note: "Kế hoạch 41/KH-UBND L413-L419: «thực hiện chuyển giao nhân sự theo hướng dẫn của UBND tỉnh tại Văn bản số 559/UBND-PC1 ngày 27/01/2021». The text of 559/UBND-PC1 was not read: only that UBND tỉnh issued it is known; its steps are unknown.",
                },
              },
            ],
            legalRef: kh41(
              "L413-L419",
              "«Các Sở: Thông tin và Truyền thông, Ngoại vụ, Khoa học và Công nghệ, Giáo dục và Đào tạo, Văn hóa Thể thao và Du lịch thực hiện chuyển giao nhân sự theo hướng dẫn của UBND tỉnh tại Văn bản số 559/UBND-PC1»",
            ),
          },
        ],
        legalRef: kh41(
          "L411-L422",
          "Agencies are matched by the code a request carries (agencyId): SNV Sở Nội vụ, STTTT Thông tin và Truyền thông, SNGV Ngoại vụ, SKHCN Khoa học và Công nghệ, SGDDT Giáo dục và Đào tạo, SVHTTDL Văn hóa, Thể thao và Du lịch. The codes are motcua's; the plan names the departments.",
        ),
        note: OPEN_END,
      },
      learning: {
        value: { minMonths: 2, maxMonths: 3, untilProficient: true },
        legalRef: kh41(
          "L365-L371",
          "«Trong khoảng thời gian từ 02-03 tháng kể từ khi thí điểm … Sau thời gian trên, hoặc khi nhân viên Bưu điện thành thạo công việc, sẽ thực hiện chuyển giao hoàn toàn»",
        ),
        note: OPEN_END,
      },
      assessors: {
        value: ["pilotUnitHead", "centreDirector", "steeringBoard", "provincialOffice"],
        legalRef: kh41(
          "L373-L377, L330-L336",
          "«việc đánh giá nhân viên đáp ứng yêu cầu nhiệm vụ do Giám đốc các đơn vị, địa phương thí điểm và Giám đốc Trung tâm HCC các cấp thực hiện» (L373-L377); at the province centre «Ban chỉ đạo phối hợp Văn phòng UBND tỉnh, Trung tâm Phục vụ Hành chính công tỉnh, các đơn vị liên quan tiến hành đánh giá, công nhận» (L330-L336).",
        ),
        note: OPEN_END,
      },
      duties: {
        value: [
          {
            id: "post-reports-selected-staff",
            party: "Giám đốc Bưu điện tỉnh",
            role: "postOfficeLeader",
            kind: "report",
            to: "Ban Chỉ đạo",
            period: "once",
            what: "Sau khi lựa chọn được đội ngũ nhân viên, báo cáo Ban Chỉ đạo xem xét và tổ chức làm việc để bố trí nhân viên hỗ trợ, học tập",
            cite: "L318-L328",
          },
          {
            id: "post-assigns-staff",
            party: "Bưu điện tỉnh Hà Tĩnh",
            role: "postOfficeLeader",
            kind: "assignStaff",
            to: "Ban Chỉ đạo, Giám đốc Trung tâm Hành chính công, UBND cấp xã",
            period: "once",
            what: "Ban hành Quyết định cử nhân viên tham gia thí điểm (danh sách cụ thể đến từng đơn vị, địa phương) gửi để theo dõi, quản lý",
            cite: "L588-L596",
          },
          {
            id: "post-trains-staff",
            party: "Bưu điện tỉnh Hà Tĩnh",
            role: "postOfficeLeader",
            kind: "train",
            period: "continuous",
            what: "Thường xuyên phối hợp với các sở, ngành, UBND cấp huyện, cấp xã tập huấn, nâng cao năng lực cho nhân viên Bưu điện",
            cite: "L598-L602",
          },
          {
            id: "district-chairman-reports-withdrawal",
            party: "Chủ tịch UBND cấp huyện",
            role: "districtChairman",
            kind: "report",
            to: "Ban Chỉ đạo",
            period: "whenNeeded",
            what: "Báo cáo Ban Chỉ đạo việc rút công chức của đơn vị để theo dõi, chỉ đạo (mỗi lần rút công chức)",
            periodStated: false,
            cite: "L405-L409",
          },
          {
            id: "steering-board-reviews-phase",
            party: "Ban Chỉ đạo và Tổ Giúp việc Đề án",
            role: "steeringBoard",
            kind: "review",
            to: "UBND tỉnh",
            period: "endOfPhase",
            what: "Kết thúc giai đoạn II, tổ chức sơ kết, rút kinh nghiệm, đánh giá hiệu quả Đề án để tham mưu UBND tỉnh",
            cite: "L496-L498",
          },
          {
            id: "office-provides-accounts",
            party: "Văn phòng UBND tỉnh",
            role: "provincialOffice",
            kind: "provideAccess",
            period: "once",
            what: "Tạo tài khoản trên phần mềm một cửa điện tử và tập huấn cho nhân viên Bưu điện sử dụng phần mềm",
            cite: "L505-L511",
          },
          {
            id: "office-inspects",
            party: "Văn phòng UBND tỉnh",
            role: "provincialOffice",
            kind: "inspect",
            period: "unspecified",
            what: "Kiểm tra giải quyết TTHC tại Bộ phận Một cửa các cấp theo Thông tư 02/2017/TT-VPCP; chỉ đạo Trung tâm PVHCC hướng dẫn, giám sát nhân viên Bưu điện",
            cite: "L513-L527",
          },
          {
            id: "office-contracts-post",
            party: "Văn phòng UBND tỉnh",
            role: "provincialOffice",
            kind: "contract",
            period: "once",
            what: "Ký hợp đồng với Bưu điện để chi trả chi phí thuê nhân công tại Trung tâm Phục vụ hành chính công tỉnh",
            cite: "L529-L535",
          },
          {
            id: "stttt-trains-and-inspects",
            party: "Sở Thông tin và Truyền thông (Cơ quan Thường trực Ban Chỉ đạo)",
            kind: "inspect",
            period: "unspecified",
            what: "Tham mưu đào tạo, tập huấn nhân viên Bưu điện; phối hợp với Trung tâm PVHCC tỉnh, Trung tâm HCC cấp huyện kiểm tra, giám sát nhân viên Bưu điện",
            cite: "L537-L559",
          },
          {
            id: "finance-funds",
            party: "Sở Tài chính",
            kind: "fund",
            to: "UBND tỉnh",
            period: "unspecified",
            what: "Tham mưu UBND tỉnh bố trí kinh phí triển khai thực hiện Kế hoạch",
            cite: "L561-L563",
          },
          {
            id: "pilot-units-sign-rules",
            party: "Các Sở, ngành, địa phương tham gia thí điểm",
            kind: "contract",
            period: "once",
            what: "Tổ chức ký kết Quy chế phối hợp triển khai thí điểm; UBND các địa phương thí điểm ký Hợp đồng thuê Bưu điện",
            cite: "L579-L585",
          },
          {
            id: "all-report-difficulties",
            party: "Các cơ quan, đơn vị triển khai Kế hoạch",
            kind: "report",
            to: "UBND tỉnh (qua Sở Thông tin và Truyền thông)",
            period: "whenNeeded",
            what: "Khi có khó khăn, vướng mắc, kịp thời phản ánh về UBND tỉnh",
            cite: "L614-L624",
          },
        ],
        legalRef: kh41(
          "L318-L328, L405-L409, L488-L624",
          "Tổ chức thực hiện: the parties' duties, each cited by line.",
        ),
        validity: { validFrom: "2021-02-18" },
        note: OPEN_END,
      },
      supervisors: {
        value: [
          "Bộ phận quản lý, điều hành của Trung tâm PVHCC / Trung tâm HCC / Bộ phận Một cửa",
          "Lãnh đạo Bưu điện cùng cấp",
          "Các sở, ban, ngành, UBND huyện có TTHC do nhân viên Bưu điện thực hiện",
        ],
        legalRef: kh41("L446-L468"),
        note: OPEN_END,
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
      domainsPerEmployee: {
        value: { min: 1, max: 3 },
        legalRef: kh41("L308-L312", "«01 nhân viên đảm đương được từ 1-3 lĩnh vực thí điểm»"),
        validity: { validFrom: "2021-02-18" },
        note: OPEN_END,
      },
      minimumWorkload: {
        value: { min: 15, max: 20 },
        legalRef: kh41(
          "L312-L314",
          "«tối thiểu mỗi nhân viên tiếp nhận 15-20 hồ sơ/ngày»: a minimum workload per employee, not a capacity. Stated for phase II staff at the province centre (L300-L316) and, «như ở cấp tỉnh», at district centres (L338-L343).",
        ),
        validity: { validFrom: "2021-02-18" },
        note: OPEN_END,
      },
      reserve: {
        value: { kind: "extra", extra: 1 },
        legalRef: {
          ...kh41(
            "L314-L316",
            "«Yêu cầu có số dư để sẵn sàng thay thế nhân viên chính thức khi ốm đau, thai sản…» — no figure: one spare employee is the least surplus that satisfies it (motcua's reading, not the plan's).",
          ),
          verified: false,
        },
        validity: { validFrom: "2021-02-18" },
        note: OPEN_END,
      },
      qualifications: {
        value: [
          {
            id: "asRequiredForCivilServants",
            vi: "Trình độ tương đương theo quy định",
            en: "The qualification required of the civil servants replaced",
          },
          {
            id: "trainedInProcedures",
            vi: "Được đào tạo, tập huấn thành thạo nghiệp vụ tiếp nhận, chuyển, trả",
            en: "Trained and proficient in receiving, transferring and returning dossiers",
          },
        ],
        legalRef: kh41(
          "L300-L308",
          "«có trình độ tương đương theo quy định, được đào tạo, tập huấn nghiệp vụ tiếp nhận, chuyển, trả thành thạo về quy trình, nghiệp vụ»",
        ),
        validity: { validFrom: "2021-02-18" },
        note: OPEN_END,
      },
      extraPostalStaffPerCommune: {
        value: 1,
        legalRef: kh41("L353-L361", "«Giám đốc Bưu điện tỉnh bố trí thêm 01 nhân viên đủ điều kiện»"),
        validity: { validFrom: "2021-02-18", validTo: DISTRICT_END },
      },
    },
  },
});
