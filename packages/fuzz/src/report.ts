/** The progress line of one target in the long mode. */
import type { TargetStats } from "./run";

/** Prints the line of `s` and returns it unchanged. */
export function report(s: TargetStats): TargetStats {
  const f =
    s.findings.length === 0
      ? ""
      : ` — ${s.findings.length} findings: ${s.findings[0]?.kind} (${s.findings[0]?.detail})`;
  console.log(
    `${s.target}: ${s.runs} inputs in ${(s.totalMs / 1000).toFixed(1)} s, ${s.values} values, ${s.codedErrors} coded errors, slowest ${s.maxCallMs.toFixed(0)} ms${f}`,
  );
  return s;
}
