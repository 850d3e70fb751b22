/**
 * Runs one case and judges it. The runner, never the plugin, decides pass or fail: an `expect`
 * case passes only when the output matches; an `expectError` case passes only when a
 * `MotcuaError` with exactly the expected code occurs.
 *
 * @module
 */
import { citeLegalRef, isMotcuaError, type MotcuaError } from "@motcua/core";
import type { Layer } from "./CaseFile";
import type { CheckRegistry } from "./Check";
import type { LoadedCase } from "./parseCaseFile";
import { describeMismatches, matchExpected } from "./matchExpected";
import type { ResolvedRulebook } from "./Rulebook";

/**
 * How a case ended.
 *
 * @since 0.1.0
 * @category Results
 */
export type CaseStatus = "passed" | "failed" | "skipped";

/**
 * The judged outcome of one case, as written to results files.
 *
 * @since 0.1.0
 * @category Results
 */
export interface CaseResult {
  /** Case id. */
  readonly id: string;
  /** Case title. */
  readonly title: string;
  /** law | practice | province. */
  readonly layer: Layer;
  /** First segment of the id. */
  readonly area: string;
  /** The check called. */
  readonly check: string;
  /** The rulebook the case ran against (plugin ids). */
  readonly rulebook: ReadonlyArray<string>;
  /** The source, as one line of text. */
  readonly source: string;
  /** File and line of the case. */
  readonly file: string;
  /** 1-based line of the case. */
  readonly line: number;
  /** passed, failed or skipped. */
  readonly status: CaseStatus;
  /** Why it failed or was skipped; what happened when it passed. */
  readonly message: string;
  /** Wall time of the check in milliseconds (informative only). */
  readonly durationMs: number;
}

/**
 * What the check produced: its output, or the error it threw or returned.
 *
 * @since 0.1.0
 * @category Results
 */
export type CheckOutcome =
  { readonly kind: "output"; readonly output: unknown } | { readonly kind: "error"; readonly error: unknown };

/** A plugin-sdk code: the rulebook's jurisdiction ended before the case's date. */
const JURISDICTION_ENDED = "COMPOSE_JURISDICTION_ENDED";

const sourceText = (c: LoadedCase["case"]): string =>
  typeof c.source === "string" ? c.source : c.source.map(citeLegalRef).join("; ");

/** A returned `{ ok: false, error: MotcuaError }` or a bare MotcuaError counts as the error. */
const returnedError = (output: unknown): MotcuaError | undefined => {
  if (isMotcuaError(output)) return output;
  if (typeof output === "object" && output !== null && (output as { ok?: unknown }).ok === false) {
    const error = (output as { error?: unknown }).error;
    if (isMotcuaError(error)) return error;
  }
  return undefined;
};

const describeError = (error: unknown): string => {
  if (isMotcuaError(error)) return `${error.code}: ${error.en}`;
  if (error instanceof Error) return `crash (${error.name}: ${error.message})`;
  return `crash (thrown ${JSON.stringify(error) ?? String(error)})`;
};

const preview = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
};

/**
 * Judges a case from what its check produced. Pure: the same case and outcome give the same
 * verdict.
 *
 * @example
 * ```ts
 * import { judgeCase } from "@motcua/conformance";
 * // judgeCase(loaded, { kind: "error", error: new Error("x") }) → status "failed", message "crash (Error: x)"
 * ```
 * @since 0.1.0
 * @category Running
 */
export function judgeCase(
  loaded: LoadedCase,
  outcome: CheckOutcome,
): { status: CaseStatus; message: string } {
  const c = loaded.case;
  const error = outcome.kind === "error" ? outcome.error : returnedError(outcome.output);
  const produced = outcome.kind === "error" || error !== undefined;
  if (c.expectError !== undefined) {
    const want = c.expectError.code;
    if (!produced)
      return {
        status: "failed",
        message: `expected error ${want}, but the check returned ${preview(outcome.kind === "output" ? outcome.output : undefined)}`,
      };
    if (isMotcuaError(error) && error.code === want)
      return { status: "passed", message: `error ${want} as expected` };
    return { status: "failed", message: `expected error ${want}, got ${describeError(error)}` };
  }
  if (produced) return { status: "failed", message: `unexpected error ${describeError(error)}` };
  const output = outcome.kind === "output" ? outcome.output : undefined;
  const mismatches = matchExpected(c.expect, output);
  return mismatches.length === 0
    ? { status: "passed", message: "output matches" }
    : { status: "failed", message: describeMismatches(mismatches) };
}

/** What a case result says before it is run: identity, rulebook, source, place. */
export type CaseBase = Omit<CaseResult, "status" | "message" | "durationMs">;

/** The fields of a case's result that do not depend on how it ran. */
export function caseBase(loaded: LoadedCase, ids: ReadonlyArray<string>): CaseBase {
  const c = loaded.case;
  return {
    id: c.id,
    title: c.title,
    layer: c.layer,
    area: loaded.area,
    check: c.check,
    rulebook: [...ids],
    source: sourceText(c),
    file: loaded.file,
    line: loaded.line,
  };
}

/**
 * The result of a case from what its check produced (in process or on a target): a case run
 * against a rulebook other than its own (`own` false) is skipped when that rulebook's
 * jurisdiction had ended on the case's date; otherwise {@link judgeCase} decides.
 */
export function finishCase(
  loaded: LoadedCase,
  base: CaseBase,
  own: boolean,
  outcome: CheckOutcome,
  durationMs: number,
): CaseResult {
  const c = loaded.case;
  const ended = outcome.kind === "error" ? outcome.error : undefined;
  if (isMotcuaError(ended, JURISDICTION_ENDED) && c.expectError?.code !== JURISDICTION_ENDED && !own)
    return {
      ...base,
      status: "skipped",
      message: `not applicable to [${base.rulebook.join(", ")}]: ${ended.en}`,
      durationMs,
    };
  return { ...base, ...judgeCase(loaded, outcome), durationMs };
}

/**
 * Runs a case's check against a rulebook and judges it; a skipped case is not run. A case run
 * against a rulebook under test other than its own is skipped (not failed) when that rulebook's
 * jurisdiction had ended on the case's date (`COMPOSE_JURISDICTION_ENDED`, e.g. Vĩnh Phúc after
 * its merger into Phú Thọ).
 * `rulebook` is the rulebook, or the error met while resolving it; `rulebook.own` (since 0.2.0)
 * says whether it is the case's own rulebook (default: the same ids).
 *
 * @example
 * ```ts
 * import { runCase } from "@motcua/conformance";
 * // const result = runCase(loaded, checks, provider.resolve(loaded.case.rulebook), () => performance.now());
 * ```
 * @since 0.1.0
 * @category Running
 */
export function runCase(
  loaded: LoadedCase,
  checks: CheckRegistry,
  rulebook: {
    readonly ids: ReadonlyArray<string>;
    readonly resolved: () => ResolvedRulebook;
    readonly own?: boolean;
  },
  now: () => number = () => 0,
): CaseResult {
  const c = loaded.case;
  const base = caseBase(loaded, rulebook.ids);
  if (c.skip !== undefined) return { ...base, status: "skipped", message: c.skip.reason, durationMs: 0 };
  const check = checks.get(c.check);
  if (check === undefined) {
    return { ...base, status: "failed", message: `unknown check "${c.check}"`, durationMs: 0 };
  }
  let resolved: ResolvedRulebook;
  try {
    resolved = rulebook.resolved();
  } catch (error) {
    return {
      ...base,
      status: "failed",
      message: `rulebook [${rulebook.ids.join(", ")}] could not be resolved: ${describeError(error)}`,
      durationMs: 0,
    };
  }
  const started = now();
  let outcome: CheckOutcome;
  try {
    outcome = { kind: "output", output: check.run(c.input, resolved) };
  } catch (error) {
    outcome = { kind: "error", error };
  }
  const durationMs = Math.max(0, now() - started);
  const own = rulebook.own ?? rulebook.ids.join(",") === c.rulebook.join(",");
  return finishCase(loaded, base, own, outcome, durationMs);
}
