/**
 * Runs a check the way the conformance runner does (`Check.run` on the resolved rulebook) and
 * classifies what happened: an output, a coded error (thrown or returned), or a crash (rethrown).
 *
 * @internal
 */
import type { Check, ResolvedRulebook } from "@motcua/conformance";
import { isMotcuaError, type MotcuaError } from "@motcua/core";

export type Outcome =
  | { readonly kind: "output"; readonly output: Readonly<Record<string, unknown>> }
  | { readonly kind: "error"; readonly error: MotcuaError };

/** A returned `{ ok: false, error: MotcuaError }` counts as that error (as `judgeCase` does). */
const returnedError = (output: unknown): MotcuaError | undefined => {
  if (isMotcuaError(output)) return output;
  if (typeof output === "object" && output !== null && (output as { ok?: unknown }).ok === false) {
    const error = (output as { error?: unknown }).error;
    if (isMotcuaError(error)) return error;
  }
  return undefined;
};

export function runCheck(check: Check, input: unknown, rulebook: () => ResolvedRulebook): Outcome {
  try {
    const output = check.run(input, rulebook());
    const error = returnedError(output);
    return error === undefined ? { kind: "output", output } : { kind: "error", error };
  } catch (error) {
    if (isMotcuaError(error)) return { kind: "error", error };
    throw error;
  }
}
