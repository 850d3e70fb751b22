/** Runs {@link ./digest.ts} under several host time zones and compares the digests. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** UTC, Vietnam's own zone, one with DST west of UTC and UTC+14 (the zones farthest apart). */
export const ZONES = ["UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati"] as const;

const script = fileURLToPath(new URL("./digest.ts", import.meta.url));

/** Digests of every target under `zone`, from a child process. */
export function digestsUnder(zone: string, runs: number): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=@motcua/source", "--import", "tsx", script], {
      env: { ...process.env, TZ: zone, MOTCUA_FUZZ_RUNS: String(runs) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`digest under TZ=${zone} exited ${String(code)}`));
      else resolve(JSON.parse(stdout) as Record<string, string>);
    });
  });
}

/**
 * The targets whose digest differs between zones (empty when nothing depends on the host zone),
 * with at most `jobs` child processes at a time (default: one per zone at once).
 */
export async function zoneDifferences(
  runs: number,
  jobs: number = ZONES.length,
): Promise<{ targets: number; differing: string[] }> {
  const all: Array<Record<string, string>> = [];
  for (let i = 0; i < ZONES.length; i += jobs)
    all.push(...(await Promise.all(ZONES.slice(i, i + jobs).map((z) => digestsUnder(z, runs)))));
  const [first, ...rest] = all as [Record<string, string>, ...Array<Record<string, string>>];
  const differing = Object.keys(first).filter((k) => rest.some((d) => d[k] !== first[k]));
  return { targets: Object.keys(first).length, differing };
}
