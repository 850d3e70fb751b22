/**
 * The state of a dossier after replaying its events: the chart state plus what the rules remember
 * (supplements asked, reschedules used, signatures, pending agencies, …).
 *
 * @module
 */
import type { Channel, CivilDate } from "@motcua/core";
import { STATE_NAMES } from "./internal/model";

/**
 * A state of the dossier chart (see {@link dossierMachine} for their meaning).
 *
 * @since 0.1.0
 * @category Statechart
 */
export type DossierStateName =
  | "new"
  | "inPostalTransit"
  | "awaitingReceipt"
  | "awaitingReceiptSupplement"
  | "refusedAtReceipt"
  | "received"
  | "atAgency"
  | "processing"
  | "awaitingAppraisalSupplement"
  | "interAgency"
  | "awaitingFinancialObligation"
  | "resolved"
  | "resultReady"
  | "undeliverable"
  | "returned"
  | "stopped"
  | "withdrawn";

/**
 * Every state of the dossier chart, in lifecycle order.
 *
 * @example
 * ```ts
 * import { DOSSIER_STATES } from "@motcua/dossier";
 * DOSSIER_STATES[0]; // "new"
 * ```
 * @since 0.1.0
 * @category Statechart
 */
export const DOSSIER_STATES: ReadonlyArray<DossierStateName> = STATE_NAMES;

/**
 * A dossier's state after its events: what {@link replay} returns and {@link can} reads.
 *
 * @since 0.1.0
 * @category Replay
 */
export interface DossierSnapshot {
  /** The chart state. */
  readonly state: DossierStateName;
  /** True for `refusedAtReceipt`, `returned`, `stopped`, `withdrawn`. */
  readonly final: boolean;
  /** Submission channel. */
  readonly channel: Channel | undefined;
  /** Dossier code from form 01. */
  readonly dossierCode: string | undefined;
  /** Valid-receipt instant (epoch ms): the clock starts here. */
  readonly receivedAt: number | undefined;
  /** Form 01 was issued by postal staff (a control-slip signature policy then applies). */
  readonly receivedByPostalStaff: boolean;
  /** Last day on which appraisal may still ask for a supplement (3 working days after receipt). */
  readonly appraisalSupplementUntil: CivilDate | undefined;
  /** Current due instant (epoch ms): the form-01 appointment, or the form-04 new one. */
  readonly dueAt: number | undefined;
  /** Supplement requests made at receipt and at appraisal. */
  readonly supplements: { readonly receipt: number; readonly appraisal: number };
  /** Re-appointments made (form 04). */
  readonly reschedules: number;
  /** When a civil servant signed the control slip at transfer and at result receipt. */
  readonly controlSlip: {
    readonly transferSignedAt: number | undefined;
    readonly resultReceiptSignedAt: number | undefined;
  };
  /** Agencies that have an inter-agency dossier and have not answered. */
  readonly pendingAgencies: ReadonlyArray<string>;
  /** The decision, once resolved. */
  readonly decision: "approved" | "refused" | undefined;
  /** The post reported the result undeliverable. */
  readonly undeliverable: boolean;
  /** Instant of the last accepted event. */
  readonly lastEventAt: number | undefined;
  /** Accepted events. */
  readonly eventCount: number;
}
