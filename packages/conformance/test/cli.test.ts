import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const fixture = (name: string): string => join(packageDir, "test", "fixtures", name);

/** Runs the CLI from source, the way `pnpm test` does. */
const cli = (...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string; lastLine: string | undefined }>((resolve) => {
    execFile(
      process.execPath,
      ["--conditions=@motcua/source", "--import", "tsx", join(packageDir, "src", "cli.ts"), ...args],
      { cwd: packageDir, encoding: "utf8" },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, stdout, stderr, lastLine: stdout.trimEnd().split("\n").at(-1) });
      },
    );
  });

describe.concurrent("motcua-conformance CLI", { timeout: 120_000 }, () => {
  it("run: the national suite passes against the national rulebook (exit 0)", async () => {
    const r = await cli("run", "--rulebook", "national");
    expect(r.stderr).toBe("");
    expect(r.lastLine).toMatch(/^\d+ passed, 0 failed$/);
    expect(r.code).toBe(0);
  });

  it("run --rulebook national,ha-tinh: the national cases and Hà Tĩnh's province cases pass (exit 0)", async () => {
    const r = await cli("run", "--rulebook", "national,ha-tinh", "--reporter", "json");
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout) as { counts: { failed: number }; cases: { id: string }[] };
    expect(results.counts.failed).toBe(0);
    expect(results.cases.some((c) => c.id === "province.ha-tinh.handover.province-steering-board")).toBe(
      true,
    );
  });

  it("run --plugin: loads a plugin module and runs its own cases with the national ones", async () => {
    const r = await cli(
      "run",
      "--plugin",
      join(packageDir, "test", "fixtures", "plugin", "demoPlugin.ts"),
      "--verbose",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("province.demo.staffing");
    expect(r.lastLine).toMatch(/^\d+ passed, 0 failed$/);
  });

  it("run: any failing case gives exit 1 and the summary line", async () => {
    const r = await cli("run", "--cases", fixture("failing"), "--cases", fixture("passing"));
    expect(r.code).toBe(1);
    expect(r.lastLine).toBe("3 passed, 4 failed, 1 skipped");
  });

  it("run: a case file with a typo gives exit 2 and file:line with the suggestion", async () => {
    const r = await cli("run", "--cases", fixture("typo"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /typo\.yaml:18:5 cases\[1\]\.expcet — unknown key "expcet" — did you mean "expect"\?/,
    );
  });

  it("validate: exit 0 for the national cases, exit 2 with the issue for a typo", async () => {
    expect((await cli("validate")).code).toBe(0);
    const bad = await cli("validate", "--cases", fixture("typo"));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("1 problem(s) in case files");
  });

  it("list: one line per case, filtered by layer", async () => {
    const r = await cli("list", "--cases", fixture("passing"), "--layer", "practice");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual([
      "fixture.pass.skipped\tpractice\tcalendar.dayInfo\tA skipped case is reported with its reason",
    ]);
  });

  it("--reporter json --out writes the results file; junit prints XML", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "motcua-conformance-")), "results.json");
    const r = await cli("run", "--cases", fixture("failing"), "--reporter", "json", "--out", out);
    expect(r.code).toBe(1);
    expect(r.lastLine).toBe("1 passed, 4 failed");
    const results = JSON.parse(readFileSync(out, "utf8")) as {
      suite: string;
      counts: { failed: number };
      caseSetHash: string;
    };
    expect(results.suite).toBe("motcua-conformance/1");
    expect(results.counts.failed).toBe(4);
    const junit = await cli("run", "--cases", fixture("passing"), "--reporter", "junit");
    expect(junit.code).toBe(0);
    expect(junit.stdout).toMatch(/^<\?xml version="1.0"/);
  });

  it("bad usage gives exit 2 with a suggestion", async () => {
    expect((await cli("runn")).stderr).toContain('unknown command "runn" (did you mean "run"?)');
    const option = await cli("run", "--reporer", "json");
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("did you mean --reporter?");
    expect((await cli("run", "--layer", "lwa")).stderr).toContain(
      'unknown layer "lwa" (did you mean "law"?)',
    );
    expect((await cli("run", "--rulebook", "nationl")).stderr).toContain('did you mean "national"?');
    expect((await cli("run", "--rulebook", "nationl")).code).toBe(2);
  });

  it("schema prints the JSON Schema; help prints usage", async () => {
    const schema = await cli("schema");
    expect(JSON.parse(schema.stdout)).toMatchObject({
      $id: "https://motcua.dev/schema/motcua-conformance-1.json",
    });
    expect((await cli("--help")).stdout).toContain("Usage:");
  });
});
