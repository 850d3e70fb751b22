/**
 * The deadline policy as data: every choice the law leaves open (or that deployed software makes
 * differently from the law) is a field with a documented default and the source of that default.
 * A province plugin changes a field; it never forks the clock.
 *
 * @module
 */
import * as z from "zod";
import { bilingual, legalRef, type LegalRef } from "@motcua/core";

const thresholds = z
  .array(z.number().positive().max(10))
  .max(10)
  .refine((t) => t.every((v, i) => i === 0 || (t[i - 1] as number) < v), {
    message: bilingual("thresholds must be strictly increasing", "các ngưỡng phải tăng dần"),
  });

/**
 * Zod schema of a {@link SlaPolicy}; every field is optional on input and gets its default.
 *
 * @example
 * ```ts
 * import { SlaPolicySchema } from "@motcua/sla";
 * SlaPolicySchema.parse({}).judgeAgainst; // "original"
 * SlaPolicySchema.parse({ supplement: "pause" }).supplement; // "pause"
 * ```
 * @since 0.1.0
 * @category Policy
 */
export const SlaPolicySchema = z
  .object({
    /**
     * Supplement during appraisal: `restart` (law) or `pause` (practice). Absent: the procedure's
     * own `supplementPolicy` (core default `restart`).
     */
    supplement: z.enum(["restart", "pause"]).optional(),
    /** Working-day periods: same wall-clock time on the N-th working day, or N × 8 working hours. */
    workingDays: z.enum(["sameWallClock", "workingHours"]).default("sameWallClock"),
    /** Which due instant early / on time / late and within / overdue are judged against. */
    judgeAgainst: z.enum(["original", "rescheduled"]).default("original"),
    /** How many reschedules (phiếu xin lỗi và hẹn lại) are allowed. */
    maxReschedules: z.number().int().min(0).max(10).default(1),
    /** How many working days before the due day a reschedule must be made, at the latest. */
    rescheduleNoticeWorkingDays: z.number().int().min(0).max(30).default(1),
    /** A `stopped` event ends the clock (`stop`) or pauses it until the next event (`pause`). */
    stopped: z.enum(["stop", "pause"]).default("stop"),
    /** Waiting for a financial obligation (fees, taxes) pauses the clock (`pause`) or counts (`count`). */
    financialObligation: z.enum(["pause", "count"]).default("pause"),
    /** Warning thresholds as fractions of the period used, strictly increasing. */
    warningThresholds: thresholds.default([0.5, 0.75, 1]),
  })
  .strict();

/**
 * The deadline policy, defaults applied.
 *
 * @example
 * ```ts
 * import type { SlaPolicy } from "@motcua/sla";
 * const lenient = (p: SlaPolicy) => p.judgeAgainst === "rescheduled";
 * ```
 * @since 0.1.0
 * @category Policy
 */
export type SlaPolicy = z.output<typeof SlaPolicySchema>;

/**
 * What callers may pass as a policy (every field optional).
 *
 * @example
 * ```ts
 * import type { SlaPolicyInput } from "@motcua/sla";
 * const thanhHoa: SlaPolicyInput = { supplement: "pause" };
 * ```
 * @since 0.1.0
 * @category Policy
 */
export type SlaPolicyInput = z.input<typeof SlaPolicySchema>;

/**
 * The national default policy (the supplement rule then comes from each procedure).
 *
 * @example
 * ```ts
 * import { DEFAULT_SLA_POLICY } from "@motcua/sla";
 * DEFAULT_SLA_POLICY.warningThresholds; // [0.5, 0.75, 1]
 * ```
 * @since 0.1.0
 * @category Policy
 */
export const DEFAULT_SLA_POLICY: SlaPolicy = Object.freeze({
  workingDays: "sameWallClock",
  judgeAgainst: "original",
  maxReschedules: 1,
  rescheduleNoticeWorkingDays: 1,
  stopped: "stop",
  financialObligation: "pause",
  warningThresholds: Object.freeze([0.5, 0.75, 1]) as number[],
} as const);

const ND61 = "Nghị định 61/2018/NĐ-CP";

/**
 * Where each default of {@link DEFAULT_SLA_POLICY} comes from. Defaults taken from deployed
 * software rather than a legal text carry `verified: false` and say so.
 *
 * @example
 * ```ts
 * import { citeLegalRef } from "@motcua/core";
 * import { SLA_POLICY_SOURCES } from "@motcua/sla";
 * citeLegalRef(SLA_POLICY_SOURCES.supplement); // "Nghị định 61/2018/NĐ-CP, Điều 19"
 * ```
 * @since 0.1.0
 * @category Policy
 */
export const SLA_POLICY_SOURCES: Readonly<Record<keyof SlaPolicy, LegalRef>> = Object.freeze({
  supplement: legalRef(ND61, {
    article: "19",
    verified: true,
    note: "Law: after an incomplete dossier is returned, the processing time counts again from the complete supplement (restart). Deployed software (Thanh Hóa) pauses instead: set `pause`.",
  }),
  workingDays: legalRef(ND61, {
    article: "17",
    verified: false,
    note: "The appointment is a date and time on form 01; the same wall-clock time on the N-th working day is the national reading of this library. Deployed systems count 1 working day = 8 working hours over the office sessions [practice]: set `workingHours`.",
  }),
  judgeAgainst: legalRef(ND61, {
    article: "19",
    verified: false,
    note: "Reschedule (form 04) gives the applicant a new date; statistics still judge lateness against the original deadline [L, DOMAIN.md §4.6].",
  }),
  maxReschedules: legalRef(ND61, {
    article: "19",
    verified: true,
    note: "Re-appointment at most once (apology letter, form 04).",
  }),
  rescheduleNoticeWorkingDays: legalRef(ND61, {
    article: "19",
    verified: true,
    note: "The agency notifies the one-stop and sends the apology at least 1 day before the due date; read as: on or before the working day before the due day.",
  }),
  stopped: legalRef("Thông tư 03/2025/TT-VPCP", {
    verified: false,
    note: "Stop processing (form 05) exists as a status in deployed systems; its clock effect is not confirmed. Default `stop` (the dossier leaves the on-time statistics) is practice, not law.",
  }),
  financialObligation: legalRef("deployed one-stop software", {
    verified: false,
    note: "Awaiting a financial obligation is a status of deployed systems; not counting that time is practice (land procedures exclude it), not a national rule of Nghị định 61/2018.",
  }),
  warningThresholds: legalRef("deployed one-stop software", {
    verified: false,
    note: "50 / 75 / 100 % warning levels are a design default, not a legal figure; provinces set their own.",
  }),
});
