/** Lists the workspace's packages (published ones under `packages/`, examples under `examples/`). */
import { AsyncLocalStorage } from "node:async_hooks";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));

export interface WorkspacePackage {
  readonly dir: string;
  readonly rel: string;
  readonly name: string;
  readonly private: boolean;
  readonly json: {
    name: string;
    private?: boolean;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
}

export function listPackages(groups = ["packages", "packages/provinces", "examples"]): WorkspacePackage[] {
  const out: WorkspacePackage[] = [];
  for (const group of groups) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { withFileTypes: true })) {
      const file = join(base, entry.name, "package.json");
      if (!entry.isDirectory() || !existsSync(file)) continue;
      const json = JSON.parse(readFileSync(file, "utf8")) as WorkspacePackage["json"];
      const dir = join(base, entry.name);
      out.push({ dir, rel: relative(root, dir), name: json.name, private: json.private === true, json });
    }
  }
  return out;
}

/**
 * Where `run` sends a child's output: the terminal (no store), or a step's buffer when the gate runs
 * steps side by side and prints each one's output whole when it ends (`scripts/check.ts`).
 */
export const outputSink = new AsyncLocalStorage<string[]>();

/** Runs a command, inheriting output (or into the current `outputSink`); resolves to its exit code. */
export async function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const { spawn } = await import("node:child_process");
  const sink = outputSink.getStore();
  return new Promise<number>((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? root,
      env: { ...process.env, ...opts.env },
      stdio: sink === undefined ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    if (sink !== undefined) {
      for (const stream of [child.stdout, child.stderr]) {
        stream?.setEncoding("utf8");
        stream?.on("data", (text: string) => sink.push(text));
      }
    }
    child.on("close", (code) => resolve(code ?? 1));
  });
}
