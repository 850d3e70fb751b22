/**
 * The `safe*` twins of this package's throwing entry points: the same call, returning a `Result`
 * that never throws (see docs/errors.md).
 *
 * @module
 */
import { attempt, type Result } from "@motcua/core";
import { composeRulebook } from "./composeRulebook";

/**
 * {@link composeRulebook} returning a `Result` instead of throwing: `{ ok: true, value }`, or
 * `{ ok: false, error }` with the coded `MotcuaError` composeRulebook would throw. It never throws (an
 * uncoded error comes back as `UNEXPECTED_ERROR` with the original as its `cause`).
 *
 * @example
 * ```ts
 * import { safeComposeRulebook } from "@motcua/plugin-sdk";
 * const r = safeComposeRulebook([], { asOf: "2025-03-01" });
 * if (!r.ok) r.error.code; // "COMPOSE_INVALID_PLUGINS"
 * ```
 * @since 0.2.0
 * @category Rulebook
 */
export const safeComposeRulebook = (
  ...args: Parameters<typeof composeRulebook>
): Result<ReturnType<typeof composeRulebook>> => attempt(() => composeRulebook(...args));
