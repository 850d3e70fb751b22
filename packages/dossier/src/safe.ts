/**
 * The `safe*` twins of this package's throwing entry points: the same call, returning a `Result`
 * that never throws (see docs/errors.md).
 *
 * @module
 */
import { attempt, type Result } from "@motcua/core";
import { parseDossierEvents } from "./replay";

/**
 * {@link parseDossierEvents} returning a `Result` instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with the coded `MotcuaError` parseDossierEvents would throw. It never throws (an
 * uncoded error comes back as `UNEXPECTED_ERROR` with the original as its `cause`).
 *
 * @example
 * ```ts
 * import { safeParseDossierEvents } from "@motcua/dossier";
 * const r = safeParseDossierEvents([{ type: "submited" }]);
 * if (!r.ok) r.error.code; // "DOSSIER_INVALID_EVENT"
 * ```
 * @since 0.2.0
 * @category Replay
 */
export const safeParseDossierEvents = (
  ...args: Parameters<typeof parseDossierEvents>
): Result<ReturnType<typeof parseDossierEvents>> => attempt(() => parseDossierEvents(...args));
