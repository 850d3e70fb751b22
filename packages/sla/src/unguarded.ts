/**
 * **Internal to motcua; not part of the public API** (no semver promise, not documented in the
 * API reference). The outcome rule of `judgeCompletion` / `judgePending` without their argument
 * checks, as small integer codes, for sibling packages that have already validated the instants
 * (e.g. `@motcua/reports`, which judges millions of dossiers per second and would otherwise pay
 * for a check, a string and a boxed number per call). Calling it with anything but whole epoch
 * milliseconds in years 0001–9999 gives an unspecified code: use `judgeCompletion` and
 * `judgePending` from `@motcua/sla` instead.
 *
 * @internal
 * @module @motcua/sla/unguarded
 */
export {
  completionCode,
  pendingCode,
  EARLY,
  ON_TIME,
  LATE,
  WITHIN_DEADLINE,
  OVERDUE,
  type CompletionCode,
  type PendingCode,
} from "./internal/outcome";
