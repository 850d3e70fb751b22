/**
 * A minimal success-or-error value for functions that report a refusal instead of throwing
 * (permission checks, replays), so hot paths never pay for exceptions.
 *
 * @module
 */
import type { MotcuaError } from "./MotcuaError";

/** A successful outcome. */
export interface Ok<A> {
  readonly ok: true;
  readonly value: A;
}

/** A failed outcome with its coded error. */
export interface Err<E = MotcuaError> {
  readonly ok: false;
  readonly error: E;
}

/** Either a value or a coded error. */
export type Result<A, E = MotcuaError> = Ok<A> | Err<E>;

/**
 * Wraps a value as a success.
 *
 * @example
 * ```ts
 * import { ok } from "@motcua/core";
 * ok(42); // { ok: true, value: 42 }
 * ```
 * @since 0.1.0
 * @category Result
 */
export const ok = <A>(value: A): Ok<A> => ({ ok: true, value });

/**
 * Wraps an error as a failure.
 *
 * @example
 * ```ts
 * import { err, MotcuaError } from "@motcua/core";
 * err(new MotcuaError({ code: "X", vi: "Lỗi", en: "Error" })).ok; // false
 * ```
 * @since 0.1.0
 * @category Result
 */
export const err = <E>(error: E): Err<E> => ({ ok: false, error });
