/**
 * The dossier event store of motcua: an append-only log of dossier events, validated by the
 * dossier engine on every append, all or nothing, idempotent on event ids, with optimistic
 * concurrency, a tamper-evident hash chain, personal data kept apart, and Biểu 06 computed in SQL.
 * Embedded PGlite by default, PostgreSQL through `pg` in production: the same SQL.
 *
 * @packageDocumentation
 * @module @motcua/store
 */
export type { Db, DbQuery } from "./Db";
export { pgliteDb } from "./pgliteDb";
export { pgDb, type PgDbOptions } from "./pgDb";
export { openStore } from "./openStore";
export type { DossierStore, Bieu06Scope } from "./DossierStore";
export type {
  StoreOptions,
  StoreLogEntry,
  NewDossier,
  DossierRecord,
  AppendEvent,
  AppendBatch,
  AppendReceipt,
  StoredEvent,
  DossierView,
  PendingDossier,
} from "./Store";
export { ApplicantIdentitySchema, type ApplicantIdentity, type ApplicantRecord } from "./Applicant";
export type { ChainVerification, ChainProblem, ChainProblemKind, ChainHead } from "./Verification";
export { STORE_ERROR_CODES, type StoreErrorCode } from "./StoreErrorCode";
