/**
 * Runs one target over seeded generated inputs and classifies every call: a value, a coded error
 * (thrown `MotcuaError`, or a `Result` whose error is one), or a finding: an uncoded throw, an
 * uncoded `Result` error, a mutated input, a call slower than the hang bound.
 */
import { isMotcuaError } from "@motcua/core";
import { argsOf, forEachArgs } from "./inputs";
import type { Target } from "./targets";
import { describeOutput, fnv, snapshot } from "./values";

/** The fixed seed of every run (issue 19); each target's seed is derived from its name. */
export const BASE_SEED = 19;
/**
 * A call slower than this is reported as a hang: a detector, never a timing test. 5 s, because on
 * the shared 2-CPU machine correct calls on 10,000-item inputs were seen taking 2–4.7 s.
 */
export const HANG_MS = 5_000;
/** Inputs per target: `MOTCUA_FUZZ_RUNS`, default 2,000 (the gate). */
export const runsFromEnv = (fallback = 2_000): number => {
  const raw = process.env["MOTCUA_FUZZ_RUNS"];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(`MOTCUA_FUZZ_RUNS must be a positive integer, not ${raw}`);
  return n;
};

/** A problem found by the harness, with what reproduces it. */
export interface Finding {
  readonly kind: "uncoded throw" | "uncoded result" | "mutation" | "hang";
  readonly target: string;
  readonly seed: number;
  readonly index: number;
  readonly detail: string;
}

/** What one target did over its inputs. */
export interface TargetStats {
  readonly target: string;
  readonly runs: number;
  readonly values: number;
  readonly codedErrors: number;
  readonly findings: ReadonlyArray<Finding>;
  /** Slowest call, in ms (reported, not asserted). */
  readonly maxCallMs: number;
  readonly totalMs: number;
  /** Fingerprint of every outcome, to compare runs under other host time zones. */
  readonly digest: string;
  /** Inputs too large to snapshot whole (their unsnapshotted part is not compared). */
  readonly truncatedSnapshots: number;
}

const CHUNK = 5_000;
const MAX_FINDINGS = 20;

/** The outcome of a coded error, read defensively (a caller-supplied path may be anything). */
const codedOutcome = (prefix: string, e: { code: string; path: unknown; en: string }): string => {
  try {
    return `${prefix}${e.code}|${Array.isArray(e.path) ? e.path.map(String).join(".") : "?"}|${e.en}`;
  } catch {
    return `${prefix}${e.code}`;
  }
};

const describeError = (e: unknown): string => {
  try {
    if (e instanceof Error) return `${e.name}: ${e.message}`.slice(0, 300);
    return `non-error thrown: ${typeof e}`;
  } catch {
    return "unreadable error";
  }
};

/** Runs `target` over `runs` seeded inputs. */
export function runTarget(target: Target, runs: number): TargetStats {
  const seed = fnv(target.name, BASE_SEED) | 0;
  const findings: Finding[] = [];
  let values = 0;
  let coded = 0;
  let maxCallMs = 0;
  let truncatedSnapshots = 0;
  let digest = fnv(target.name);
  const started = performance.now();
  const arbitrary = argsOf(target);
  for (let chunk = 0; chunk * CHUNK < runs; chunk++) {
    const count = Math.min(CHUNK, runs - chunk * CHUNK);
    forEachArgs(arbitrary, count, seed + chunk, (args, k) => {
      const index = chunk * CHUNK + k;
      const found = (kind: Finding["kind"], detail: string) => {
        if (findings.length < MAX_FINDINGS) findings.push({ kind, target: target.name, seed, index, detail });
      };
      const before = snapshot(args);
      if (before.truncated) truncatedSnapshots++;
      let outcome: string;
      const t0 = performance.now();
      try {
        const result = target.call(args);
        if (typeof (result as { then?: unknown } | null)?.then === "function")
          (result as Promise<unknown>).then(undefined, () => undefined);
        const r = result as { ok?: unknown; error?: unknown } | null;
        if (typeof r === "object" && r !== null && r.ok === false && "error" in r) {
          if (isMotcuaError(r.error)) {
            coded++;
            outcome = codedOutcome("R", r.error);
          } else {
            found("uncoded result", describeError(r.error));
            outcome = "R?";
          }
        } else {
          values++;
          outcome = `V${describeOutput(result)}`;
        }
      } catch (e) {
        if (isMotcuaError(e)) {
          coded++;
          outcome = codedOutcome("E", e);
        } else {
          found("uncoded throw", describeError(e));
          outcome = "E?";
        }
      }
      const ms = performance.now() - t0;
      if (ms > maxCallMs) maxCallMs = ms;
      if (ms > HANG_MS) found("hang", `${ms.toFixed(0)} ms`);
      if (snapshot(args).text !== before.text) found("mutation", "an argument changed");
      digest = fnv(outcome, digest);
    });
  }
  return {
    target: target.name,
    runs,
    values,
    codedErrors: coded,
    findings,
    maxCallMs,
    totalMs: performance.now() - started,
    digest: digest.toString(16),
    truncatedSnapshots,
  };
}
