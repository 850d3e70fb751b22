/**
 * Child-process entry of the parallel long mode: runs the targets named in `MOTCUA_FUZZ_TARGETS`
 * (comma-separated) over `MOTCUA_FUZZ_RUNS` inputs each, prints one line per target on stdout and
 * sends the `TargetStats` list to the parent over IPC.
 */
import { runsFromEnv, runTarget } from "./run";
import { report } from "./report";
import { PACKAGES, targetsOf, type PackageName } from "./targets";

const runs = runsFromEnv();
const wanted = new Set((process.env["MOTCUA_FUZZ_TARGETS"] ?? "").split(","));
const all = (Object.keys(PACKAGES) as PackageName[]).flatMap((pkg) => targetsOf(pkg));
const stats = all.filter((t) => wanted.has(t.name)).map((t) => report(runTarget(t, runs)));
process.send?.(stats, () => process.exit(0));
