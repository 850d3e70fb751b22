/**
 * What `verify` reports: the chain of a dossier checked from its genesis to its head.
 *
 * @module
 */

/**
 * How a chain was broken: `altered` (a row's content no longer matches its hash, or the
 * registration changed), `removed` (a version is missing, or the head moved back), `reordered`
 * (a row links to another row than the one before it).
 *
 * @since 0.2.0
 * @category Audit
 */
export type ChainProblemKind = "altered" | "removed" | "reordered";

/**
 * The first break found in a dossier's chain.
 *
 * @since 0.2.0
 * @category Audit
 */
export interface ChainProblem {
  /** What happened. */
  readonly kind: ChainProblemKind;
  /** The first version affected (0 = the dossier's registration). */
  readonly version: number;
  /** The event id stored at that version, when there is a row. */
  readonly eventId?: string;
  /** Vietnamese explanation. */
  readonly vi: string;
  /** English explanation. */
  readonly en: string;
}

/**
 * The result of verifying one dossier's hash chain.
 *
 * @example
 * ```ts
 * import type { ChainVerification } from "@motcua/store";
 * const line = (v: ChainVerification) => (v.ok ? `${v.dossierId} ok ${v.version}` : `${v.dossierId} ${v.problem.kind} at ${v.problem.version}`);
 * ```
 * @since 0.2.0
 * @category Audit
 */
export type ChainVerification =
  | { readonly ok: true; readonly dossierId: string; readonly version: number; readonly head: string }
  | { readonly ok: false; readonly dossierId: string; readonly problem: ChainProblem };

/**
 * One chain head, to anchor elsewhere (a signed register, another authority's database): a
 * later `verify` with it as `anchor` proves the chain still holds that event.
 *
 * @since 0.2.0
 * @category Audit
 */
export interface ChainHead {
  /** The dossier. */
  readonly dossierId: string;
  /** The number of events covered. */
  readonly version: number;
  /** The hash of the last event (the genesis hash when there is none). */
  readonly hash: string;
}
