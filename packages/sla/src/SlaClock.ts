/**
 * The state of a dossier's deadline clock at an instant, with the timeline that explains it.
 *
 * @module
 */
import type { CivilDate, DossierEventType, LegalRef } from "@motcua/core";
import type { CompletionOutcome, PendingStatus } from "./judgeOutcome";

/**
 * Where the clock stands: `running`, `paused` (awaiting a supplement, a financial obligation, or
 * stopped under the `pause` policy), `stopped` (stop processing or withdrawal: not judged), or
 * `completed` (the result is ready for return).
 *
 * @example
 * ```ts
 * import type { ClockStatus } from "@motcua/sla";
 * const open = (s: ClockStatus) => s === "running" || s === "paused";
 * ```
 * @since 0.1.0
 * @category Clock
 */
export type ClockStatus = "running" | "paused" | "stopped" | "completed";

/**
 * Why the clock was paused.
 *
 * @example
 * ```ts
 * import type { PauseReason } from "@motcua/sla";
 * const r: PauseReason = "supplement";
 * ```
 * @since 0.1.0
 * @category Clock
 */
export type PauseReason = "supplement" | "financialObligation" | "stopped";

/**
 * One interval during which the clock did not run.
 *
 * @example
 * ```ts
 * import type { PauseInterval } from "@motcua/sla";
 * const pausedHours = (ps: ReadonlyArray<PauseInterval>) => ps.reduce((h, p) => h + p.workingMinutes / 60, 0);
 * ```
 * @since 0.1.0
 * @category Clock
 */
export interface PauseInterval {
  /** When the clock stopped (epoch ms). */
  readonly from: number;
  /** When it ran again (epoch ms); `null` while still paused at `asOf`. */
  readonly to: number | null;
  /** Why (several when pauses overlap). */
  readonly reasons: ReadonlyArray<PauseReason>;
  /** `true` when the period restarts from zero at the end (supplement under the `restart` rule). */
  readonly restart: boolean;
  /** Working minutes inside the interval (up to `asOf` when open). */
  readonly workingMinutes: number;
  /** The events that opened and closed it. */
  readonly eventIds: ReadonlyArray<string>;
}

/**
 * The due instants of a clock.
 *
 * @example
 * ```ts
 * import { formatInstant } from "@motcua/core";
 * import type { ClockDue } from "@motcua/sla";
 * const slip = (d: ClockDue) => `Hẹn trả: ${formatInstant(d.current)}`;
 * ```
 * @since 0.1.0
 * @category Clock
 */
export interface ClockDue {
  /** What the applicant sees: the rescheduled appointment if any, else the legal deadline (epoch ms). */
  readonly current: number;
  /** The legal deadline of the current period, pauses included, reschedules ignored (epoch ms). */
  readonly original: number;
  /** The one judged against, per the policy's `judgeAgainst` (default `original`). */
  readonly judged: number;
  /** `true` while paused: the dues are as if the clock ran again at `asOf`. */
  readonly provisional: boolean;
  /** When the appointment was rescheduled (epoch ms), or `null`. */
  readonly rescheduledAt: number | null;
}

/**
 * How much of the period is used, against the policy's warning thresholds.
 *
 * @example
 * ```ts
 * import type { ClockWarning } from "@motcua/sla";
 * const colour = (w: ClockWarning) => ["green", "yellow", "orange", "red"][w.level];
 * ```
 * @since 0.1.0
 * @category Clock
 */
export interface ClockWarning {
  /** Share of the period used: `1 − remaining / period`; 0 at the start, 1 at the due instant, above 1 when overdue. */
  readonly ratio: number;
  /** How many thresholds are reached (0 = none). */
  readonly level: number;
  /** The highest threshold reached, or `null`. */
  readonly threshold: number | null;
}

/**
 * The effect of one event on the clock.
 *
 * @example
 * ```ts
 * import type { ClockEffect } from "@motcua/sla";
 * const moves = (e: ClockEffect) => e !== "none";
 * ```
 * @since 0.1.0
 * @category Explain
 */
export type ClockEffect =
  "none" | "start" | "pause" | "resume" | "restart" | "reschedule" | "complete" | "stop" | "excludedTransit";

/**
 * What every {@link ClockExplainEntry} has: its place on the timeline, its meaning in both
 * languages, and the rule behind it.
 *
 * @example
 * ```ts
 * import type { ClockExplainBase } from "@motcua/sla";
 * const line = (e: ClockExplainBase) => `${e.vi} / ${e.en}`;
 * ```
 * @since 0.1.0
 * @category Explain
 */
export interface ClockExplainBase {
  /** Where it sits on the timeline (epoch ms; a day's entries sit at its midnight, Vietnamese time). */
  readonly at: number;
  /** What it means, in Vietnamese. */
  readonly vi: string;
  /** What it means, in English. */
  readonly en: string;
  /** The rule behind it. */
  readonly legalRef?: LegalRef;
}

/**
 * One line of a clock's explanation. Entries are sorted by `at`.
 *
 * - `event`: a dossier event and its effect on the clock;
 * - `start`: the receipt instant moved to working time (or past the same-day cut-off);
 * - `nonWorkingDay`: a day skipped (weekend, holiday, compensatory day, local day off) with its name and source;
 * - `pause`: an interval the clock did not run;
 * - `due`: the due instant(s).
 *
 * @example
 * ```ts
 * import type { ClockExplainEntry } from "@motcua/sla";
 * const daysOff = (xs: ReadonlyArray<ClockExplainEntry>) =>
 *   xs.flatMap((x) => (x.kind === "nonWorkingDay" ? [`${x.date} ${x.name ?? x.dayKind}`] : []));
 * ```
 * @since 0.1.0
 * @category Explain
 */
export type ClockExplainEntry =
  | (ClockExplainBase & {
      readonly kind: "event";
      readonly eventId: string;
      readonly eventType: DossierEventType;
      readonly effect: ClockEffect;
    })
  | (ClockExplainBase & { readonly kind: "start"; readonly from: number })
  | (ClockExplainBase & {
      readonly kind: "nonWorkingDay";
      readonly date: CivilDate;
      readonly dayKind: string;
      readonly name?: string;
      /** `true` when the calendar projected the day from the statutes (no official notice yet). */
      readonly projected: boolean;
    })
  | (ClockExplainBase & {
      readonly kind: "pause";
      readonly to: number | null;
      readonly reasons: ReadonlyArray<PauseReason>;
      readonly workingMinutes: number;
    })
  | (ClockExplainBase & { readonly kind: "due"; readonly which: "original" | "current" });

/**
 * A dossier's deadline clock at `asOf`.
 *
 * @example
 * ```ts
 * import type { SlaClock } from "@motcua/sla";
 * const row = (c: SlaClock) => ({ status: c.status, judged: c.outcome ?? c.pending, warning: c.warning.level });
 * ```
 * @since 0.1.0
 * @category Clock
 */
export interface SlaClock {
  /** Where the clock stands. */
  readonly status: ClockStatus;
  /** The valid-receipt instant as recorded (the `received` event). */
  readonly receivedAt: number;
  /** When the clock started: the receipt moved to working time (and past the same-day cut-off). */
  readonly startedAt: number;
  /** Start of the current period: `startedAt`, or the complete supplement after a restart. */
  readonly periodStartedAt: number;
  /** How many times the period restarted (supplement under the `restart` rule). */
  readonly restarts: number;
  /** The due instants. */
  readonly due: ClockDue;
  /** Completion (result ready) or stop instant, or `null` while pending. */
  readonly endedAt: number | null;
  /** Why a `stopped` clock stopped, or `null`. */
  readonly stopReason: "stopped" | "withdrawn" | null;
  /** Working minutes the current period has run (pauses excluded) up to `endedAt` or `asOf`. */
  readonly elapsedMinutes: number;
  /** Working minutes from `endedAt` or `asOf` to the judged due instant (negative when overdue). */
  readonly remainingMinutes: number;
  /** Working minutes of the current period as first computed (the 100 % of the warning ratio). */
  readonly periodMinutes: number;
  /** Every interval the clock did not run. */
  readonly pauses: ReadonlyArray<PauseInterval>;
  /** Early / on time / late when completed, else `null`. */
  readonly outcome: CompletionOutcome | null;
  /** Within deadline / overdue at `asOf` when running or paused, else `null`. */
  readonly pending: PendingStatus | null;
  /** Share of the period used against the warning thresholds. */
  readonly warning: ClockWarning;
  /** The timeline: every event, every skipped non-working day with its name and source, every pause, the due instants. */
  readonly explain: ReadonlyArray<ClockExplainEntry>;
}
