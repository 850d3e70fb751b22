/**
 * The one definition of early / on time / late and within deadline / overdue. Every other motcua
 * package (reports, conformance) judges through these two functions, or, once its instants are
 * checked, through their unguarded twins (`@motcua/sla/unguarded`): the rule is written once, in
 * `internal/outcome.ts`, and both name its codes.
 *
 * Boundary, written once (Thông tư 01/2018/TT-VPCP Art. 13 scores early 2 / on time 1 / late 0):
 * - **early** (trước hạn): completed on an earlier Vietnamese civil day than the due instant's day;
 * - **on time** (đúng hạn): completed on the due day, at or before the due instant (`≤`);
 * - **late** (quá hạn): completed after the due instant (`>`).
 * - Pending at a cut-off instant: **within deadline** (trong hạn) if `dueAt ≥ asOf`, else **overdue**.
 *
 * @module
 */
import { MotcuaError, previewValue, tryParseInstant } from "@motcua/core";
import { completionCode, OVERDUE, pendingCode } from "./internal/outcome";
import { SLA_ERROR_CODES } from "./SlaErrorCode";

/** The value itself when it is a whole-millisecond instant in range; otherwise a coded error. */
const instant = (value: unknown, field: string): number => {
  if (typeof value === "number" && tryParseInstant(value) !== undefined) return value;
  throw new MotcuaError({
    code: SLA_ERROR_CODES.invalidInstant,
    path: [field],
    vi: `${field} phải là một thời điểm (số nguyên mili giây epoch), nhận được ${previewValue(value)}`,
    en: `${field} must be an instant (whole epoch milliseconds), received ${previewValue(value)}`,
    data: {
      field,
      value: typeof value === "number" || typeof value === "string" ? value : previewValue(value),
    },
  });
};

/**
 * How a completed dossier is judged against its (original) due instant.
 *
 * @since 0.1.0
 * @category Outcome
 */
export type CompletionOutcome = "early" | "onTime" | "late";

/** The outcome of each completion code (`EARLY`, `ON_TIME`, `LATE`). */
const COMPLETION_OUTCOMES: ReadonlyArray<CompletionOutcome> = ["early", "onTime", "late"];

/**
 * How a pending dossier stands at a cut-off instant.
 *
 * @since 0.1.0
 * @category Outcome
 */
export type PendingStatus = "withinDeadline" | "overdue";

/**
 * Judges a completion against the due instant (both epoch ms): `early` on an earlier Vietnamese
 * day, `onTime` on the due day at or before the due instant, `late` after it. Throws
 * `SLA_INVALID_INSTANT` (path `completedAt` or `dueAt`) for anything but whole epoch milliseconds
 * in years 0001–9999: NaN, a string or a fraction never gets an outcome.
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
export const judgeCompletion = (completedAt: number, dueAt: number): CompletionOutcome => {
  const done = instant(completedAt, "completedAt");
  const due = instant(dueAt, "dueAt");
  return COMPLETION_OUTCOMES[completionCode(done, due)] as CompletionOutcome;
};

/**
 * Judges a dossier still pending at `asOf` (epoch ms): `withinDeadline` if `dueAt ≥ asOf`.
 * Throws `SLA_INVALID_INSTANT` (path `asOf` or `dueAt`) for anything but whole epoch milliseconds.
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
export const judgePending = (asOf: number, dueAt: number): PendingStatus => {
  const due = instant(dueAt, "dueAt");
  return pendingCode(instant(asOf, "asOf"), due) === OVERDUE ? "overdue" : "withinDeadline";
};
