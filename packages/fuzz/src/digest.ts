/**
 * Child-process entry of the time-zone check: runs every target over the same seeded inputs and
 * prints one JSON object `{ target: digest }` on stdout. The parent runs it under several `TZ`.
 *
 *   TZ=Asia/Tokyo MOTCUA_FUZZ_RUNS=300 node --conditions=@motcua/source --import tsx packages/fuzz/src/digest.ts
 */
import { runsFromEnv, runTarget } from "./run";
import { PACKAGES, targetsOf, type PackageName } from "./targets";

const runs = runsFromEnv(300);
const out: Record<string, string> = {};
for (const pkg of Object.keys(PACKAGES) as PackageName[])
  for (const target of targetsOf(pkg)) out[target.name] = runTarget(target, runs).digest;
process.stdout.write(`${JSON.stringify(out)}\n`);
