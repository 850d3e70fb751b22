/**
 * The `conformance` script works: the `motcua-conformance` CLI, given the plugin module
 * (`--plugin ./src/plugin.ts`), the national cases and `./cases`, exits 0 and writes a results file
 * with 0 failures for `province-mau`. Runs the CLI from source in a child process, as
 * `pnpm run conformance` does.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const conformanceDir = dirname(require.resolve("@motcua/conformance/package.json"));
const out = mkdtempSync(join(tmpdir(), "motcua-template-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const runCli = (args: ReadonlyArray<string>): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--conditions=@motcua/source", "--import", "tsx", join(conformanceDir, "src", "cli.ts"), ...args],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });

describe("motcua-conformance run --plugin ./src/plugin.ts (the package's `conformance` script)", () => {
  it("exits 0 with 0 failures, the template's cases included", async () => {
    const file = join(out, "results.json");
    const r = await runCli([
      "run",
      "--plugin",
      "./src/plugin.ts",
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
    const r = await runCli(["run", "--plugin", "./src/plugin.ts", "--reporter", "json", "--out", file]);
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
