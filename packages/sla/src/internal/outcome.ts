/**
 * The outcome rule itself, on instants already checked: the public judgements
 * (`judgeCompletion`, `judgePending`) check their arguments and name the outcome through these;
 * sibling packages that have validated their instants call them through `@motcua/sla/unguarded`.
 *
 * @module
 */
import { MS_PER_DAY, VIETNAM_OFFSET_MS } from "@motcua/core";

/** Completion codes, in Biểu 06's column order. */
export const EARLY = 0;
export const ON_TIME = 1;
export const LATE = 2;

/** A completion's outcome as a code: {@link EARLY}, {@link ON_TIME} or {@link LATE}. */
export type CompletionCode = typeof EARLY | typeof ON_TIME | typeof LATE;

/** Pending codes, in Biểu 06's column order. */
export const WITHIN_DEADLINE = 0;
export const OVERDUE = 1;

/** A pending dossier's standing as a code: {@link WITHIN_DEADLINE} or {@link OVERDUE}. */
export type PendingCode = typeof WITHIN_DEADLINE | typeof OVERDUE;

/**
 * `vietnamDayNumber` of `@motcua/core` without its guard, whose wrapper boxes the number it is
 * passed (a heap allocation per call); the unguarded test holds the two equal on every instant.
 */
export const vietnamDayNumberUnguarded = (ms: number): number =>
  Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY);

/**
 * Early on an earlier Vietnamese day than the due instant's, on time on the due day at or before
 * the due instant (`≤`), late after it. Both are whole epoch milliseconds in range (unchecked).
 */
export const completionCode = (completedAt: number, dueAt: number): CompletionCode =>
  completedAt > dueAt
    ? LATE
    : vietnamDayNumberUnguarded(completedAt) < vietnamDayNumberUnguarded(dueAt)
      ? EARLY
      : ON_TIME;

/** Within deadline if `dueAt ≥ asOf`, else overdue. Both are whole epoch milliseconds (unchecked). */
export const pendingCode = (asOf: number, dueAt: number): PendingCode =>
  dueAt >= asOf ? WITHIN_DEADLINE : OVERDUE;
