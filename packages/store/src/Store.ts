/**
 * The dossier store's public shapes: options, the dossier registration, receipts and views.
 *
 * @module
 */
import type { WorkingCalendar } from "@motcua/calendar";
import type {
  DossierEvent,
  DossierEventInput,
  HandoverRegister,
  Level,
  Procedure,
  ProcedureInput,
} from "@motcua/core";
import type { DossierRules, DossierSnapshot } from "@motcua/dossier";
import type { ReportRules } from "@motcua/reports";
import type { SlaClock } from "@motcua/sla";
import type { ApplicantIdentity } from "./Applicant";

/**
 * What the store tells its `log` hook. Entries carry ids, versions and codes only: never an
 * event's content, never an applicant's identity.
 *
 * @since 0.2.0
 * @category Store
 */
export type StoreLogEntry =
  | {
      readonly kind: "appended";
      readonly dossierId: string;
      readonly version: number;
      readonly events: number;
    }
  | { readonly kind: "duplicate"; readonly dossierId: string; readonly version: number }
  | { readonly kind: "refused"; readonly code: string; readonly path: ReadonlyArray<string | number> }
  | { readonly kind: "erased"; readonly ref: string };

/**
 * Options of {@link openStore}. The rules are taken as the dossier package takes them: a
 * `DossierRules` value, or a function giving the rules in force at an instant, called with the
 * dossier's valid-receipt instant (its first event's before receipt): a dossier keeps the rules
 * it was received under, and its whole event list is validated under them on every append.
 *
 * @since 0.2.0
 * @category Store
 */
export interface StoreOptions {
  /**
   * The dossier rules — the rulebook's `sla` and `permissions` slices (`sliceOf` of
   * `@motcua/plugin-sdk`), which the clock reads too — or the rules in force at an instant
   * (default: the national baseline of `@motcua/national` at the dossier's receipt).
   */
  readonly rules?: DossierRules | ((at: number) => DossierRules);
  /** Working calendar (default: `nationalCalendar()` of `@motcua/national`). */
  readonly calendar?: WorkingCalendar;
  /** Handover register for the permission checks (none: nothing is handed over to postal staff). */
  readonly register?: HandoverRegister;
  /** `false` checks the lifecycle only, without actor permissions (default `true`). */
  readonly permissions?: boolean;
  /**
   * The Biểu 06 rules: the `reports` slice of a composed rulebook (`sliceOf(rulebook, "reports")`
   * of `@motcua/plugin-sdk`: how refused, withdrawn and stopped dossiers count, postal apart or in
   * the counter column), or the slice in force at an instant (the period's start) — default: the
   * national baseline of `@motcua/national` at the period's start.
   */
  readonly reportRules?: ReportRules | ((at: number) => ReportRules);
  /** Largest batch in UTF-8 bytes of its JSON (default 262,144). */
  readonly maxBatchBytes?: number;
  /** Most events in one batch (default 1,000). */
  readonly maxBatchEvents?: number;
  /** The clock the receipt instants are read from (default `Date.now`). */
  readonly now?: () => number;
  /** Called after each append, refusal and erasure (ids and codes only). */
  readonly log?: (entry: StoreLogEntry) => void;
}

/**
 * A dossier to register before its events are appended.
 *
 * @since 0.2.0
 * @category Store
 */
export interface NewDossier {
  /** The dossier's id in the store (e.g. its dossier code, or a UUID). */
  readonly dossierId: string;
  /** Province code (the partition key of a national deployment). */
  readonly province: string;
  /** The one-stop unit that handles it (a row group of Biểu 06). */
  readonly officeId: string;
  /** That unit's level. */
  readonly level: Level;
  /** The procedure (its `processingTime` sets the deadline). */
  readonly procedure: ProcedureInput;
  /** Domain (lĩnh vực) for Biểu 06; default `procedure.domain`. */
  readonly domain?: string;
}

/**
 * A registered dossier's facts.
 *
 * @since 0.2.0
 * @category Store
 */
export interface DossierRecord {
  /** Its id. */
  readonly dossierId: string;
  /** Province code. */
  readonly province: string;
  /** One-stop unit. */
  readonly officeId: string;
  /** The unit's level. */
  readonly level: Level;
  /** Domain. */
  readonly domain: string;
  /** The procedure, parsed. */
  readonly procedure: Procedure;
  /** Events stored. */
  readonly version: number;
  /** Hash of the last event (the genesis hash when none). */
  readonly head: string;
}

/**
 * An event to append: a dossier event, optionally with the applicant's identity, which the store
 * keeps apart (only its reference enters the log and the hash chain).
 *
 * @since 0.2.0
 * @category Store
 */
export type AppendEvent = DossierEventInput & { readonly applicant?: ApplicantIdentity };

/**
 * The answer to an append: `appended` with the new version, or `duplicate` when every event id
 * of the batch was already stored with the same content (nothing written: a safe retry).
 *
 * @since 0.2.0
 * @category Store
 */
export interface AppendReceipt {
  /** The dossier. */
  readonly dossierId: string;
  /** What happened. */
  readonly status: "appended" | "duplicate";
  /** The dossier's version now. */
  readonly version: number;
  /** Its chain head now. */
  readonly head: string;
  /** The ids of the batch's events. */
  readonly eventIds: ReadonlyArray<string>;
}

/**
 * One batch of {@link DossierStore.appendMany}.
 *
 * @since 0.2.0
 * @category Store
 */
export interface AppendBatch {
  /** The dossier. */
  readonly dossierId: string;
  /** The version the writer last read (0 for a new dossier). */
  readonly expectedVersion: number;
  /** The events, in order. */
  readonly events: ReadonlyArray<AppendEvent>;
}

/**
 * An event as stored.
 *
 * @since 0.2.0
 * @category Store
 */
export interface StoredEvent {
  /** Its position (1 = first). */
  readonly version: number;
  /** The dossier event (parsed: instants in epoch ms). */
  readonly event: DossierEvent;
  /** Reference to the applicant's identity, if one came with it. */
  readonly applicantRef: string | null;
  /** When the store received it (epoch ms). */
  readonly recordedAt: number;
  /** Its link in the hash chain. */
  readonly hash: string;
}

/**
 * A dossier as of an instant: its events up to then, its state and its deadline clock.
 *
 * @since 0.2.0
 * @category Store
 */
export interface DossierView {
  /** The registration. */
  readonly dossier: DossierRecord;
  /** The instant asked about (epoch ms). */
  readonly asOf: number;
  /** Events that happened at or before `asOf`. */
  readonly events: ReadonlyArray<StoredEvent>;
  /** The state after them. */
  readonly snapshot: DossierSnapshot;
  /** The deadline clock at `asOf` (`@motcua/sla`), once received. */
  readonly clock: SlaClock | undefined;
}

/**
 * A dossier pending at an office, with its deadline status.
 *
 * @since 0.2.0
 * @category Store
 */
export interface PendingDossier {
  /** The dossier. */
  readonly dossierId: string;
  /** Its state at `asOf`. */
  readonly state: string;
  /** `withinDeadline` or `overdue` (`judgePending` of `@motcua/sla`). */
  readonly pending: "withinDeadline" | "overdue";
  /** The due instant it is judged against (epoch ms). */
  readonly dueAt: number;
  /** Working minutes left (negative when overdue). */
  readonly remainingMinutes: number;
}
