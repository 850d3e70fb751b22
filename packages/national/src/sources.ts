/**
 * The legal references of the national baseline, each with what we could verify.
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";

/**
 * The documents the national baseline cites, by short name. `verified: false` marks what we could
 * not read (Nghị định 118/2025, Thông tư 01/2020 form text, Quyết định 2133 figures).
 *
 * @example
 * ```ts
 * import { NATIONAL_SOURCES } from "@motcua/national";
 * NATIONAL_SOURCES.nd61.document; // "Nghị định 61/2018/NĐ-CP"
 * ```
 * @since 0.1.0
 * @category Sources
 */
export const NATIONAL_SOURCES = {
  nd61: {
    document: "Nghị định 61/2018/NĐ-CP",
    issued: "2018-04-23",
    title: "Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC",
    verified: true,
  },
  nd118: {
    document: "Nghị định 118/2025/NĐ-CP",
    issued: "2025-06-09",
    verified: false,
    note: "In force 1/7/2025 and replaces Nghị định 61/2018 (number, date and scope confirmed; the replacement read in secondary sources); its text was not read, so 61/2018's rule is carried over until verified.",
  },
  nd107: {
    document: "Nghị định 107/2021/NĐ-CP",
    issued: "2021-12-06",
    verified: true,
    note: "The 2022 review of Văn phòng UBND tỉnh Đồng Tháp (L129) quotes it: postal enterprise may take over 'hướng dẫn, tiếp nhận, số hóa hồ sơ, trả kết quả giải quyết TTHC'.",
  },
  nd23: {
    document: "Nghị định 23/2015/NĐ-CP",
    article: "7",
    verified: true,
    note: "Certification: received after 15:00 → next working day.",
  },
  qd45: {
    document: "Quyết định 45/2016/QĐ-TTg",
    issued: "2016-10-19",
    title: "Tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích",
    verified: true,
  },
  tt17: {
    document: "Thông tư 17/2017/TT-BTTTT",
    verified: true,
    note: "Postal transit targets.",
  },
  blld: { document: "Bộ luật Lao động 2019", verified: true },
  tt01_2018: { document: "Thông tư 01/2018/TT-VPCP", verified: true },
  tt01_2020: {
    document: "Thông tư 01/2020/TT-VPCP",
    verified: false,
    note: "Biểu số 06/VPCP/KSTT, described in secondary sources (its text was not read); whether it still applies after 2025 is open.",
  },
  qd2133: {
    document: "Quyết định 2133/QĐ-BTTTT",
    issued: "2024-12-05",
    verified: false,
    note: "Economic-technical norms per activity; cited by Kế hoạch 60/KH-UBND of UBND tỉnh Vĩnh Phúc (19/03/2025, L12), but we have no figures, so the table is empty.",
  },
  practice: {
    document: "Thực tiễn phần mềm một cửa",
    verified: false,
    note: "Deployed one-stop software [C practice], not a legal text.",
  },
} as const satisfies Readonly<Record<string, LegalRef>>;
