/**
 * The counting rules of Biểu số 06/VPCP/KSTT that the law leaves open, as data with their sources:
 * how dossiers closed without a decision (refused after appraisal, withdrawn, stopped) count.
 *
 * @module
 */
import { decode, LegalRefSchema, type LegalRef } from "@motcua/core";
import * as z from "zod";
import { REPORTS_ERRORS } from "./errors";

const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

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
 * Zod schema of a {@link ClosureRule}.
 *
 * @example
 * ```ts
 * import { ClosureRuleSchema } from "@motcua/reports";
 * ClosureRuleSchema.parse({ count: "excluded", legalRef: { document: "Quy chế tỉnh", verified: false } });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ClosureRuleSchema = z
  .object({
    /**
     * `resolved`: counted as resolved at its closing instant and judged early / on time / late
     * against the original due instant. `excluded`: the dossier is left out of **every** period
     * (as if never received), which is the only choice that keeps the form's identities and
     * period merging exact, since the form has no column for it.
     */
    count: z.enum(["resolved", "excluded"]),
    /** Where the choice comes from. */
    legalRef: LegalRefSchema,
  })
  .strict();

/**
 * How one kind of {@link Closure} is counted, and why.
 *
 * @since 0.1.0
 * @category Rulebook
 */
export type ClosureRule = z.output<typeof ClosureRuleSchema>;

/**
 * Zod schema of a {@link ReportRulebook}.
 *
 * @example
 * ```ts
 * import { ReportRulebookSchema, NATIONAL_REPORT_RULEBOOK } from "@motcua/reports";
 * ReportRulebookSchema.parse(NATIONAL_REPORT_RULEBOOK).closures.withdrawn.count; // "excluded"
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ReportRulebookSchema = z
  .object({
    /** One rule per kind of closure. */
    closures: z
      .object({ refused: ClosureRuleSchema, withdrawn: ClosureRuleSchema, stopped: ClosureRuleSchema })
      .strict(),
  })
  .strict();

/**
 * The report rules a province applies (national baseline unless a plugin overrides them).
 *
 * @since 0.1.0
 * @category Rulebook
 */
export type ReportRulebook = z.output<typeof ReportRulebookSchema>;

/**
 * Where early / on time / late and within deadline / overdue come from (judged by
 * `judgeCompletion` / `judgePending` of `@motcua/sla`).
 *
 * @example
 * ```ts
 * import { OUTCOME_RULE_REF } from "@motcua/reports";
 * OUTCOME_RULE_REF.article; // "13"
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export const OUTCOME_RULE_REF: LegalRef = Object.freeze({
  document: "Thông tư 01/2018/TT-VPCP",
  article: "13",
  verified: true,
  note: "Early / on time / late score 2 / 1 / 0 (DOMAIN.md §6). Judged against the ORIGINAL due instant, even after an apology and new appointment (DOMAIN.md §4.6, [L]).",
});

/**
 * Where the form itself, its columns and its identities come from.
 *
 * @example
 * ```ts
 * import { FORM_REF } from "@motcua/reports";
 * FORM_REF.verified; // false: the form's text was not read, DOMAIN.md §10 is [L]
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export const FORM_REF: LegalRef = Object.freeze({
  document: "Thông tư 01/2020/TT-VPCP",
  title: "Biểu số 06/VPCP/KSTT — Tình hình, kết quả giải quyết thủ tục hành chính",
  verified: false,
  note: "Columns and identities from DOMAIN.md §10 [L]; column labels follow the form as described there, the official text was not read. Whether the form still applies after Thông tư 03/2025/TT-VPCP is open (DOMAIN.md §11).",
});

/**
 * Where the channel split (online / in person / postal) and the honest rounding come from.
 *
 * @example
 * ```ts
 * import { DONG_THAP_REVIEW_REF } from "@motcua/reports";
 * DONG_THAP_REVIEW_REF.seed; // "003_954eb8228a922e85.txt"
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export const DONG_THAP_REVIEW_REF: LegalRef = Object.freeze({
  document: "Báo cáo sơ kết Đề án thí điểm chuyển giao cho Bưu điện tỉnh Đồng Tháp (2018–2022)",
  seed: "003_954eb8228a922e85.txt",
  verified: true,
  note: "Lines 63–67: postal dossiers reported separately; channel shares over new dossiers, outcome shares over resolved ones; 99,998% and 0,002% rather than 100% and 0%.",
});

/**
 * The national baseline: refusals count as resolved (they must be issued within the deadline,
 * Nghị định 61/2018 Art. 19), withdrawn and stopped dossiers are excluded. Each choice is marked
 * unverified because no source says how Biểu 06 counts them.
 *
 * @example
 * ```ts
 * import { NATIONAL_REPORT_RULEBOOK } from "@motcua/reports";
 * NATIONAL_REPORT_RULEBOOK.closures.refused.count; // "resolved"
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export const NATIONAL_REPORT_RULEBOOK: ReportRulebook = deepFreeze({
  closures: {
    refused: {
      count: "resolved",
      legalRef: {
        document: "Nghị định 61/2018/NĐ-CP",
        article: "19",
        verified: false,
        note: "Art. 19 requires a refusal after appraisal to be issued within the deadline, i.e. it is the agency's answer; that Biểu 06 counts it as resolved is our reading, not a source (DOMAIN.md §4.4).",
      },
    },
    withdrawn: {
      count: "excluded",
      legalRef: {
        document: "DOMAIN.md §4.8",
        verified: false,
        note: "Withdrawal exists in deployed software [C practice]; its effect on statistics is not confirmed. Excluded so the form's identities hold; a plugin may count it as resolved.",
      },
    },
    stopped: {
      count: "excluded",
      legalRef: {
        document: "Thông tư 03/2025/TT-VPCP (mẫu 05)",
        verified: false,
        note: "Stop-processing status (DOMAIN.md §4.8, §11): text not read; excluded by default, plugin policy.",
      },
    },
  },
});

/**
 * Parses a rulebook (throws `REPORTS_INVALID_RULEBOOK` with the path of the bad field).
 *
 * @example
 * ```ts
 * import { parseReportRulebook, NATIONAL_REPORT_RULEBOOK } from "@motcua/reports";
 * const rb = parseReportRulebook({
 *   closures: { ...NATIONAL_REPORT_RULEBOOK.closures,
 *     withdrawn: { count: "resolved", legalRef: { document: "Quy chế tỉnh X", verified: false } } },
 * });
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export const parseReportRulebook = (input: unknown): ReportRulebook =>
  decode(ReportRulebookSchema, input, {
    code: REPORTS_ERRORS.invalidRulebook,
    path: ["rulebook"],
    label: { en: "report rulebook", vi: "Bộ quy tắc báo cáo" },
  });
