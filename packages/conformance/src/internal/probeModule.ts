/**
 * Imports a module first in a child Node process, bounded in time, so that a module whose
 * top-level code never settles (an endless `await`, an infinite loop) or crashes the process
 * ends the run with a coded error instead of hanging it or killing it without a word.
 *
 * @internal
 */
import { spawn } from "node:child_process";

/** How the probe ended. */
export type ProbeOutcome =
  | { readonly kind: "ok" }
  | { readonly kind: "threw"; readonly message: string }
  | { readonly kind: "timeout"; readonly ms: number }
  | { readonly kind: "unsettled" }
  | { readonly kind: "crashed"; readonly detail: string };

const MARK = "__motcua_probe__";

/**
 * Imports `url` in a child process with the same Node flags as this one (so `--import tsx` and
 * `--conditions` apply) and reports how the import ended within `timeoutMs`.
 */
export function probeModule(url: string, timeoutMs: number): Promise<ProbeOutcome> {
  const code = [
    `const say = (v) => process.stdout.write(${JSON.stringify(MARK)} + JSON.stringify(v) + "\\n");`,
    `import(${JSON.stringify(url)}).then(`,
    `  () => { say({ kind: "ok" }); process.exit(0); },`,
    `  (e) => { say({ kind: "threw", message: e instanceof Error ? e.message : String(e) }); process.exit(0); },`,
    `);`,
  ].join("\n");
  return new Promise((resolve) => {
    let out = "";
    let err = "";
    let timedOut = false;
    const child = spawn(process.execPath, [...process.execArgv, "--input-type=module", "-e", code], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      if (out.length < 1 << 20) out += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      if (err.length < 1 << 16) err += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ kind: "crashed", detail: e.message });
    });
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      if (timedOut) return resolve({ kind: "timeout", ms: timeoutMs });
      const line = out.split("\n").find((l) => l.startsWith(MARK));
      if (line !== undefined) {
        try {
          const said = JSON.parse(line.slice(MARK.length)) as ProbeOutcome;
          if (said.kind === "ok" || said.kind === "threw") return resolve(said);
        } catch {
          // fall through: an unreadable answer is a crash
        }
      }
      if (status === 0 && signal === null) return resolve({ kind: "unsettled" });
      const lastLine = err.trim().split("\n").at(-1) ?? "";
      resolve({
        kind: "crashed",
        detail: `${signal === null ? `exit ${status ?? "?"}` : `signal ${signal}`}${lastLine === "" ? "" : `: ${lastLine}`}`,
      });
    });
  });
}
