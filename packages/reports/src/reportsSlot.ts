/**
 * The `reports` slot: the one schema of the Biểu 06 rules a plugin supplies and the report
 * functions read — the form, how postal dossiers are columned, how shares are rounded and over
 * what, and how dossiers closed without a decision (refused, withdrawn, stopped) count.
 *
 * @module
 */
import { slotKey, type SliceOf, type SlotDefinition } from "@motcua/core";
import * as z from "zod";

/**
 * Zod schema of a {@link Closure}.
 *
 * @example
 * ```ts
 * import { ClosureSchema } from "@motcua/reports";
 * ClosureSchema.parse("withdrawn");
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ClosureSchema = z.enum(["refused", "withdrawn", "stopped"]);

/**
 * How a dossier ended when it was not simply resolved: `refused` (từ chối giải quyết, after
 * appraisal), `withdrawn` (rút hồ sơ, by the applicant), `stopped` (dừng giải quyết).
 *
 * @since 0.1.0
 * @category Rulebook
 */
export type Closure = z.output<typeof ClosureSchema>;

/**
 * Zod schema of a {@link ClosureCount}.
 *
 * @example
 * ```ts
 * import { ClosureCountSchema } from "@motcua/reports";
 * ClosureCountSchema.parse("excluded");
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export const ClosureCountSchema = z.enum(["resolved", "excluded"]);

/**
 * How one kind of {@link Closure} counts: `resolved` (counted as resolved at its closing instant
 * and judged early / on time / late against the original due instant) or `excluded` (left out of
 * **every** period, as if never received — the only choice that keeps the form's identities and
 * period merging exact, since the form has no column for it).
 *
 * @since 0.2.0
 * @category Rulebook
 */
export type ClosureCount = z.output<typeof ClosureCountSchema>;

const closureCount = (en: string, vi: string) => slotKey(ClosureCountSchema, { en, vi });

/**
 * The `reports` slot: the schema of every report rule, by key. `@motcua/plugin-sdk` validates
 * plugins with it; {@link aggregate}, {@link computeShares} and the exports read the composed
 * values (`sliceOf(rulebook, "reports")`). No value lives in this package: the national baseline
 * (`@motcua/national`) and the province plugins supply them.
 *
 * | key | value | read by |
 * |---|---|---|
 * | `form` | the statistics form's name | the exports (title, `form`, sources) |
 * | `rowGrouping` | how report rows are grouped | — (the exports group domains by level and office) |
 * | `postalColumn` | postal apart or merged: in the aggregate (`internal`), in the exports (`export`) | {@link aggregate}, the exports |
 * | `shareDecimals` | decimals of printed shares | {@link computeShare}, {@link computeShares}, the exports |
 * | `honestRounding` | never print 0% / 100% for a share that is not exactly that | {@link computeShare}, … |
 * | `shareBases` | denominators of channel and outcome shares | {@link computeShares}, the exports |
 * | `outcomeDue` | the due instant outcomes are judged against | the exports (sources) |
 * | `refusedCount`, `withdrawnCount`, `stoppedCount` | {@link ClosureCount} of each {@link Closure} | {@link aggregate} |
 *
 * @example
 * ```ts
 * import { reportsSlot } from "@motcua/reports";
 * reportsSlot.keys.postalColumn.en; // "postal dossiers: own column internally, merged with in-person on export"
 * ```
 * @since 0.2.0
 * @category Rulebook
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
    outcomeDue: slotKey(z.enum(["original"]), {
      en: "early / on time / late are judged against the original appointed return instant",
      vi: "trước hạn / đúng hạn / quá hạn được đánh giá theo ngày hẹn trả ban đầu",
    }),
    refusedCount: closureCount(
      "a dossier refused after appraisal counts as resolved, or is excluded",
      "hồ sơ bị từ chối sau thẩm định được tính là đã giải quyết, hoặc không tính",
    ),
    withdrawnCount: closureCount(
      "a dossier withdrawn by the applicant counts as resolved, or is excluded",
      "hồ sơ do người nộp rút được tính là đã giải quyết, hoặc không tính",
    ),
    stoppedCount: closureCount(
      "a dossier whose processing was stopped counts as resolved, or is excluded",
      "hồ sơ bị dừng giải quyết được tính là đã giải quyết, hoặc không tính",
    ),
  },
} as const satisfies SlotDefinition;

/**
 * The report rules a function reads: the composed `reports` slot, each key with its source
 * (`sliceOf(rulebook, "reports")` from `@motcua/plugin-sdk`, or a hand-written slice in a test).
 *
 * @example
 * ```ts
 * import type { ReportRules } from "@motcua/reports";
 * const none: ReportRules = {};
 * ```
 * @since 0.2.0
 * @category Rulebook
 */
export type ReportRules = SliceOf<typeof reportsSlot>;
