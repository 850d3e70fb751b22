/**
 * Kế hoạch 60/KH-UBND (UBND tỉnh Vĩnh Phúc, 19/03/2025),
 * cited from this one place by the plugin's rules and by its rule cases.
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";

/** Kế hoạch 60/KH-UBND as a step's `cite` text names it, before its lines. */
export const KH60 = "Kế hoạch 60/KH-UBND (UBND tỉnh Vĩnh Phúc, 19/03/2025)";

/** Kế hoạch 60/KH-UBND, at the given lines of its text when they are given. */
export const kh60 = (lines?: string, note?: string): LegalRef => ({
  document: "Kế hoạch 60/KH-UBND",
  title:
    "Thực hiện cơ chế giao doanh nghiệp cung ứng dịch vụ bưu chính công ích đảm nhận việc hướng dẫn, tiếp nhận, số hóa hồ sơ, trả kết quả giải quyết TTHC trên địa bàn tỉnh Vĩnh Phúc",
  issuer: "UBND tỉnh Vĩnh Phúc",
  issued: "2025-03-19",
  ...(lines === undefined ? {} : { lines }),
  verified: true,
  ...(note === undefined ? {} : { note }),
});
