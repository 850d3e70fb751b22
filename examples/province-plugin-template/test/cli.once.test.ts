/**
 * The `conformance` script works: the `motcua-conformance` CLI, given the plugin module, the national
 * cases and `./cases`, exits 0 and writes a results file with 0 failures for `province-mau`. Runs the
 * CLI in a child process:
 *
 * - in your own project (`@motcua/conformance` installed from npm): the installed CLI on the built
 *   `./dist/plugin.js`, exactly what `npm run conformance` does (`npm test` builds first);
 * - inside the motcua monorepo (`@motcua/conformance` linked from the workspace, nothing built): the
 *   CLI and the plugin from source, through tsx.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const conformanceDir = dirname(require.resolve("@motcua/conformance/package.json"));
/** Linked from a workspace (its real path is outside any node_modules): run everything from source. */
const fromSource = !realpathSync(conformanceDir).split(sep).includes("node_modules");
const pluginModule = fromSource ? "./src/plugin.ts" : "./dist/plugin.js";
const cli = fromSource
  ? ["--conditions=@motcua/source", "--import", "tsx", join(conformanceDir, "src", "cli.ts")]
  : [join(conformanceDir, "bin", "motcua-conformance.js")];
const out = mkdtempSync(join(tmpdir(), "motcua-template-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const runCli = (args: ReadonlyArray<string>): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [...cli, ...args],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });

describe(`motcua-conformance run --plugin ${pluginModule} (the package's \`conformance\` script)`, () => {
  it("has the plugin module to test (outside the monorepo: `npm run build` first; `npm test` does)", () => {
    expect(existsSync(join(root, pluginModule)), `${pluginModule} is missing: run npm run build`).toBe(true);
  });

  it("exits 0 with 0 failures, the template's cases included", async () => {
    const file = join(out, "results.json");
    const r = await runCli([
      "run",
      "--plugin",
      pluginModule,
      "--cases",
      join(conformanceDir, "cases"),
      "--cases",
      "./cases",
      "--reporter",
      "json",
      "--out",
      file,
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const results = JSON.parse(readFileSync(file, "utf8")) as {
      plugin: { id: string };
      counts: { failed: number; passed: number };
      cases: ReadonlyArray<{ id: string; status: string }>;
    };
    expect(results.plugin.id).toBe("province-mau");
    expect(results.counts.failed).toBe(0);
    expect(
      results.cases.filter((c) => c.id.startsWith("province.mau.") && c.status === "passed"),
    ).toHaveLength(9);
  });

  it("without --cases, runs the cases the module exports as conformanceCases (with the national ones)", async () => {
    const file = join(out, "own.json");
    const r = await runCli(["run", "--plugin", pluginModule, "--reporter", "json", "--out", file]);
    expect(r.code, r.stderr).toBe(0);
    const results = JSON.parse(readFileSync(file, "utf8")) as {
      problems: unknown[];
      cases: ReadonlyArray<{ id: string; status: string }>;
    };
    expect(results.problems).toEqual([]);
    expect(
      results.cases.filter((c) => c.id.startsWith("province.mau.") && c.status === "passed"),
    ).toHaveLength(9);
  });
});
