/**
 * The `reports` slot: how statistics (Biểu 06) are grouped, counted and rounded.
 *
 * @module
 */
import * as z from "zod";
import { slotKey, type SlotDefinition } from "@motcua/core";

/**
 * The `reports` slot: report grouping.
 *
 * @example
 * ```ts
 * import { reportsSlot } from "@motcua/plugin-sdk";
 * reportsSlot.keys.postalColumn.en; // "postal dossiers: own column internally, merged with in-person on export"
 * ```
 * @since 0.1.0
 * @category Slots
 */
export const reportsSlot = {
  en: "report grouping",
  vi: "nhóm số liệu báo cáo",
  keys: {
    form: slotKey(z.string().min(1), { en: "statistics form", vi: "biểu mẫu thống kê" }),
    rowGrouping: slotKey(z.enum(["domainByLevel", "unitByLevel", "domain"]), {
      en: "how report rows are grouped",
      vi: "cách nhóm các dòng báo cáo",
    }),
    postalColumn: slotKey(
      z
        .object({
          internal: z.enum(["separate", "merged"]),
          export: z.enum(["separate", "mergedWithInPerson"]),
        })
        .strict(),
      {
        en: "postal dossiers: own column internally, merged with in-person on export",
        vi: "hồ sơ bưu chính: cột riêng nội bộ, gộp với trực tiếp khi xuất biểu",
      },
    ),
    shareDecimals: slotKey(z.number().int().min(0).max(6), {
      en: "decimals of percentage shares",
      vi: "số chữ số thập phân của tỷ lệ",
    }),
    honestRounding: slotKey(z.boolean(), {
      en: "a share that is not exactly 0% or 100% is never shown as such",
      vi: "tỷ lệ không đúng bằng 0% hay 100% thì không hiển thị như vậy",
    }),
    shareBases: slotKey(
      z.object({ channel: z.enum(["new", "received"]), outcome: z.enum(["resolved", "received"]) }).strict(),
      {
        en: "denominators of channel and outcome shares",
        vi: "mẫu số của tỷ lệ kênh nộp và kết quả giải quyết",
      },
    ),
  },
} as const satisfies SlotDefinition;
