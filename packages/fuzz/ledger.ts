/** Prints the findings of every target as JSON: { target: kinds[] } (for src/known.ts). */
import { runsFromEnv, runTarget } from "./src/run";
import { PACKAGES, targetsOf, type PackageName } from "./src/targets";

const runs = runsFromEnv();
const out: Record<string, string[]> = {};
let total = 0;
const started = performance.now();
for (const pkg of Object.keys(PACKAGES) as PackageName[])
  for (const target of targetsOf(pkg)) {
    const s = runTarget(target, runs);
    total += s.runs;
    if (s.findings.length > 0) {
      out[target.name] = [...new Set(s.findings.map((f) => f.kind))].sort();
      console.error(
        target.name,
        s.findings
          .slice(0, 2)
          .map((f) => `${f.kind} #${f.index}: ${f.detail}`)
          .join(" | "),
      );
    }
  }
console.error(`${total} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
