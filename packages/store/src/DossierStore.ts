/**
 * The store's interface: what {@link openStore} returns.
 *
 * @module
 */
import type { InstantInput, Result } from "@motcua/core";
import type { Aggregate, ReportPeriod } from "@motcua/reports";
import type { ApplicantRecord } from "./Applicant";
import type { Db } from "./Db";
import type {
  AppendBatch,
  AppendEvent,
  AppendReceipt,
  DossierRecord,
  DossierView,
  NewDossier,
  PendingDossier,
  StoredEvent,
} from "./Store";
import type { ChainHead, ChainVerification } from "./Verification";

/**
 * Which dossiers a Biểu 06 covers: one office, one province, or everything in this database.
 *
 * @since 0.2.0
 * @category Statistics
 */
export type Bieu06Scope =
  { readonly officeId: string } | { readonly province: string } | Record<string, never>;

/**
 * An append-only dossier event log: every append validated by the dossier engine, all or nothing,
 * idempotent on event ids, with optimistic concurrency and a tamper-evident hash chain. Coded
 * refusals come back as `Result` errors; a database failure is thrown.
 *
 * @since 0.2.0
 * @category Store
 */
export interface DossierStore {
  /** The database it runs on. */
  readonly db: Db;
  /** Registers a dossier (again with the same facts: a no-op). Codes: `STORE_INVALID_DOSSIER`, `STORE_DOSSIER_EXISTS`. */
  createDossier(dossier: NewDossier): Promise<Result<DossierRecord>>;
  /** Registers many dossiers in one transaction (bulk loads). */
  createDossiers(dossiers: ReadonlyArray<NewDossier>): Promise<Result<ReadonlyArray<DossierRecord>>>;
  /**
   * Appends a batch: validated with the whole stored list, refused with the engine's `DOSSIER_*`
   * code or `STORE_VERSION_CONFLICT` (the version moved), `STORE_UNKNOWN_DOSSIER`,
   * `STORE_PAYLOAD_TOO_LARGE`, …; a batch already stored answers `duplicate`.
   */
  append(
    dossierId: string,
    expectedVersion: number,
    events: ReadonlyArray<AppendEvent>,
  ): Promise<Result<AppendReceipt>>;
  /** Appends batches to several dossiers in one transaction: all or none (paths start `["batches", i]`). */
  appendMany(batches: ReadonlyArray<AppendBatch>): Promise<Result<ReadonlyArray<AppendReceipt>>>;
  /** A dossier's events that happened at or before `asOf` (default: all). */
  events(dossierId: string, asOf?: InstantInput): Promise<Result<ReadonlyArray<StoredEvent>>>;
  /** A dossier as of `asOf` (default: now): events, state, deadline clock. */
  read(dossierId: string, asOf?: InstantInput): Promise<Result<DossierView>>;
  /** The dossiers pending at an office at `asOf`, each within deadline or overdue; `overdue` keeps those only. */
  pendingAt(
    officeId: string,
    asOf: InstantInput,
    only?: "overdue",
  ): Promise<Result<ReadonlyArray<PendingDossier>>>;
  /** Verifies a dossier's hash chain (and, given an exported head, that it still holds it). */
  verify(dossierId: string, anchor?: ChainHead): Promise<ChainVerification>;
  /** Verifies every dossier, page by page; `failures` lists each broken chain's first break. */
  verifyAll(): Promise<{ readonly checked: number; readonly failures: ReadonlyArray<ChainVerification> }>;
  /** Every dossier's chain head, for anchoring elsewhere. */
  heads(): Promise<ReadonlyArray<ChainHead>>;
  /** Biểu 06 for a period, computed in SQL over the stored dossiers (same shape and figures as `@motcua/reports`). */
  bieu06(period: ReportPeriod, scope?: Bieu06Scope): Promise<Aggregate>;
  /** An applicant's identity by reference (or its erasure). Code: `STORE_APPLICANT_NOT_FOUND`. */
  applicant(ref: string): Promise<Result<ApplicantRecord>>;
  /** Erases an applicant's identity on request; the events and the chain stay intact. */
  eraseApplicant(ref: string): Promise<Result<ApplicantRecord>>;
  /** Closes the database (a pool passed in by the caller stays open). */
  close(): Promise<void>;
}
