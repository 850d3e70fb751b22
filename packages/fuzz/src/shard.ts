/**
 * The parallel long mode (`MOTCUA_FUZZ_JOBS`): targets are dealt round-robin to child processes
 * (src/shardChild.ts), each runs its share and sends back its `TargetStats`; the parent puts them
 * back in target order. Every target still gets the same seeded inputs as in one process.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { TargetStats } from "./run";

/** Jobs: `MOTCUA_FUZZ_JOBS`, default 1 (one process, no child). */
export const jobsFromEnv = (): number => {
  const raw = process.env["MOTCUA_FUZZ_JOBS"];
  const n = raw === undefined ? 1 : Number(raw);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(`MOTCUA_FUZZ_JOBS must be a positive integer, not ${raw}`);
  return n;
};

/** The names of shard `index` of `jobs`: every `jobs`-th name from `index`. */
export const shardOf = (names: ReadonlyArray<string>, index: number, jobs: number): string[] =>
  names.filter((_, i) => i % jobs === index);

/**
 * The stats of every shard, in the order of `names`; throws when a name has no stats or two, so a
 * lost or doubled target cannot pass as a smaller run.
 */
export function mergeShards(
  names: ReadonlyArray<string>,
  shards: ReadonlyArray<ReadonlyArray<TargetStats>>,
): TargetStats[] {
  const byName = new Map<string, TargetStats>();
  for (const s of shards.flat()) {
    if (byName.has(s.target)) throw new Error(`fuzz: ${s.target} was run by two shards`);
    byName.set(s.target, s);
  }
  if (byName.size !== names.length || names.some((n) => !byName.has(n)))
    throw new Error(`fuzz: the shards ran ${byName.size} of ${names.length} targets`);
  return names.map((n) => byName.get(n) as TargetStats);
}

const child = fileURLToPath(new URL("./shardChild.ts", import.meta.url));

/** Runs the named targets in a child process and resolves with their stats. */
export function runShard(names: ReadonlyArray<string>, runs: number): Promise<TargetStats[]> {
  return new Promise((resolve, reject) => {
    const proc = fork(child, [], {
      execArgv: ["--conditions=@motcua/source", "--import", "tsx"],
      env: { ...process.env, MOTCUA_FUZZ_RUNS: String(runs), MOTCUA_FUZZ_TARGETS: names.join(",") },
    });
    let stats: TargetStats[] | undefined;
    proc.on("message", (m) => (stats = m as TargetStats[]));
    proc.on("error", reject);
    proc.on("exit", (code) => {
      if (code === 0 && stats !== undefined) resolve(stats);
      else reject(new Error(`fuzz shard (${names.length} targets) exited ${String(code)}`));
    });
  });
}

/** Runs `names` over `jobs` child processes and merges their stats in the order of `names`. */
export async function runSharded(
  names: ReadonlyArray<string>,
  runs: number,
  jobs: number,
): Promise<TargetStats[]> {
  const shards = Array.from({ length: Math.min(jobs, names.length) }, (_, i) => shardOf(names, i, jobs));
  return mergeShards(names, await Promise.all(shards.map((s) => runShard(s, runs))));
}
