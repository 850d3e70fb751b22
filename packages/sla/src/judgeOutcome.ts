/**
 * The one definition of early / on time / late and within deadline / overdue. Every other motcua
 * package (reports, conformance) judges through these two functions.
 *
 * Boundary, written once (Thông tư 01/2018/TT-VPCP Art. 13 scores early 2 / on time 1 / late 0):
 * - **early** (trước hạn): completed on an earlier Vietnamese civil day than the due instant's day;
 * - **on time** (đúng hạn): completed on the due day, at or before the due instant (`≤`);
 * - **late** (quá hạn): completed after the due instant (`>`).
 * - Pending at a cut-off instant: **within deadline** (trong hạn) if `dueAt ≥ asOf`, else **overdue**.
 *
 * @module
 */
import { vietnamDayNumber } from "@motcua/core";

/**
 * How a completed dossier is judged against its (original) due instant.
 *
 * @since 0.1.0
 * @category Outcome
 */
export type CompletionOutcome = "early" | "onTime" | "late";

/**
 * How a pending dossier stands at a cut-off instant.
 *
 * @since 0.1.0
 * @category Outcome
 */
export type PendingStatus = "withinDeadline" | "overdue";

/**
 * Judges a completion against the due instant (both epoch ms): `early` on an earlier Vietnamese
 * day, `onTime` on the due day at or before the due instant, `late` after it.
 *
 * @example
 * ```ts
 * import { judgeCompletion } from "@motcua/sla";
 * const due = Date.parse("2026-02-24T09:00:00+07:00");
 * judgeCompletion(Date.parse("2026-02-23T16:00:00+07:00"), due); // "early"
 * judgeCompletion(Date.parse("2026-02-24T09:00:00+07:00"), due); // "onTime"
 * judgeCompletion(Date.parse("2026-02-24T09:00:01+07:00"), due); // "late"
 * ```
 * @since 0.1.0
 * @category Outcome
 */
export const judgeCompletion = (completedAt: number, dueAt: number): CompletionOutcome =>
  completedAt > dueAt ? "late" : vietnamDayNumber(completedAt) < vietnamDayNumber(dueAt) ? "early" : "onTime";

/**
 * Judges a dossier still pending at `asOf` (epoch ms): `withinDeadline` if `dueAt ≥ asOf`.
 *
 * @example
 * ```ts
 * import { judgePending } from "@motcua/sla";
 * const due = Date.parse("2026-02-24T09:00:00+07:00");
 * judgePending(due, due); // "withinDeadline"
 * judgePending(due + 1, due); // "overdue"
 * ```
 * @since 0.1.0
 * @category Outcome
 */
export const judgePending = (asOf: number, dueAt: number): PendingStatus =>
  dueAt >= asOf ? "withinDeadline" : "overdue";
