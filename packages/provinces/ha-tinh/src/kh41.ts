/**
 * Kế hoạch 41/KH-UBND (UBND tỉnh Hà Tĩnh, 18/02/2021),
 * cited from this one place by the plugin's rules and by its rule cases.
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";

/** Kế hoạch 41/KH-UBND as a step's `cite` text names it, before its lines. */
export const KH41 = "Kế hoạch 41/KH-UBND (UBND tỉnh Hà Tĩnh, 18/02/2021)";

/** Kế hoạch 41/KH-UBND, at the given lines of its text when they are given. */
export const kh41 = (lines?: string, note?: string): LegalRef => ({
  document: "Kế hoạch 41/KH-UBND",
  title:
    "Triển khai thực hiện Đề án thí điểm chuyển giao một số nhiệm vụ hành chính công thực hiện qua dịch vụ Bưu chính công ích trên địa bàn tỉnh Hà Tĩnh - giai đoạn II",
  issuer: "UBND tỉnh Hà Tĩnh",
  issued: "2021-02-18",
  ...(lines === undefined ? {} : { lines }),
  verified: true,
  ...(note === undefined ? {} : { note }),
});
