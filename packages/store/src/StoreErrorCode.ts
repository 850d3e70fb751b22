/**
 * Every error code of the store.
 *
 * @module
 */

/**
 * The store's own error codes (the dossier engine's `DOSSIER_*` codes pass through unchanged).
 *
 * | code | when |
 * |---|---|
 * | `STORE_VERSION_CONFLICT` | the dossier's version is no longer `expectedVersion`: re-read and retry |
 * | `STORE_UNKNOWN_DOSSIER` | no dossier with that id was created |
 * | `STORE_DOSSIER_EXISTS` | `createDossier` for an id already taken (with different facts) |
 * | `STORE_INVALID_DOSSIER` | the dossier's facts (office, level, domain, procedure) are malformed |
 * | `STORE_INVALID_INPUT` | a malformed id, version, batch, instant or period |
 * | `STORE_PAYLOAD_TOO_LARGE` | a batch over `maxBatchBytes` or `maxBatchEvents` |
 * | `STORE_INVALID_TEXT` | text PostgreSQL cannot store (NUL characters, broken UTF-16) |
 * | `STORE_EVENT_ID_REUSED` | an event id already stored for the dossier with other content |
 * | `STORE_BATCH_PARTLY_STORED` | a batch mixing stored and new event ids |
 * | `STORE_INVALID_APPLICANT` | a malformed applicant identity (the value is never quoted) |
 * | `STORE_APPLICANT_NOT_FOUND` | no applicant with that reference |
 * | `STORE_INVALID_OPTIONS` | bad store or back-end options |
 * | `STORE_SCHEMA_NEWER` | the database was migrated by a newer version of the store |
 *
 * @example
 * ```ts
 * import { STORE_ERROR_CODES } from "@motcua/store";
 * STORE_ERROR_CODES.includes("STORE_VERSION_CONFLICT"); // true
 * ```
 * @since 0.2.0
 * @category Errors
 */
export const STORE_ERROR_CODES = [
  "STORE_VERSION_CONFLICT",
  "STORE_UNKNOWN_DOSSIER",
  "STORE_DOSSIER_EXISTS",
  "STORE_INVALID_DOSSIER",
  "STORE_INVALID_INPUT",
  "STORE_PAYLOAD_TOO_LARGE",
  "STORE_INVALID_TEXT",
  "STORE_EVENT_ID_REUSED",
  "STORE_BATCH_PARTLY_STORED",
  "STORE_INVALID_APPLICANT",
  "STORE_APPLICANT_NOT_FOUND",
  "STORE_INVALID_OPTIONS",
  "STORE_SCHEMA_NEWER",
] as const;

/**
 * One of {@link STORE_ERROR_CODES}.
 *
 * @since 0.2.0
 * @category Errors
 */
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];
