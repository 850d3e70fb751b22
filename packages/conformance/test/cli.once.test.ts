/**
 * The `motcua-conformance` CLI, run in process through the same `runCli` the bin entry calls (two
 * tests spawn the real entry from source, as `pnpm test` does).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../src/internal/runCli";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const fixture = (name: string): string => join(packageDir, "test", "fixtures", name);
const provinceCases = (p: string): string => join(packageDir, "..", "provinces", p, "cases");
const scratch = mkdtempSync(join(tmpdir(), "motcua-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI in process and captures what it writes. */
async function cli(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: packageDir,
  });
  return { code, stdout, stderr, lastLine: stdout.trimEnd().split("\n").at(-1) };
}

/** Runs the real entry from source in a child process, the way `pnpm test` does. */
const spawnCli = (...args: string[]) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--conditions=@motcua/source", "--import", "tsx", join(packageDir, "src", "cli.ts"), ...args],
      { cwd: packageDir, encoding: "utf8" },
      (error, stdout, stderr) =>
        resolve({
          code: error === null ? 0 : typeof error.code === "number" ? error.code : -1,
          stdout,
          stderr,
        }),
    );
  });

const json = (stdout: string) =>
  JSON.parse(stdout) as {
    counts: { passed: number; failed: number; skipped: number };
    cases: Array<{ id: string; status: string; message: string }>;
    problems: Array<{ code: string }>;
    bailed: { after: string; notRun: number } | null;
  };

const yamlCase = (id: string, extra = "") => `  - id: ${id}
    title: ${id}
    layer: law
    source: test fixture
    rulebook: [national]
    check: calendar.dayInfo
    input: { date: "2026-02-17" }
    expect: { working: false }
${extra}`;
const suite = (...cases: string[]) => `suite: motcua-conformance/1\ncases:\n${cases.join("")}`;

describe("motcua-conformance CLI", { timeout: 120_000 }, () => {
  it("run (the real entry, from source): the national suite passes (exit 0)", async () => {
    const r = await spawnCli("run", "--rulebook", "national");
    expect(r.stderr).toBe("");
    expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(r.code).toBe(0);
  });

  it("run --rulebook national,ha-tinh: the national cases and the 28 cases @motcua/province-ha-tinh ships pass", async () => {
    const r = await cli("run", "--rulebook", "national,ha-tinh", "--reporter", "json");
    expect(r.code).toBe(0);
    const results = json(r.stdout);
    expect(results.counts.failed).toBe(0);
    expect(results.problems).toEqual([]);
    expect(
      results.cases.filter((c) => c.id.startsWith("province.ha-tinh.") && c.status === "passed"),
    ).toHaveLength(28);
  });

  it("the full id and the short id select the same cases: --rulebook national,province-ha-tinh runs Hà Tĩnh's 28 cases", async () => {
    const r = await cli("run", "--rulebook", "national,province-ha-tinh", "--reporter", "json");
    expect(r.code).toBe(0);
    expect(json(r.stdout).cases.filter((c) => c.id.startsWith("province.ha-tinh."))).toHaveLength(28);
  });

  it("run --plugin @motcua/province-ha-tinh (and --plugin ha-tinh) runs the cases the package exports as conformanceCases", async () => {
    for (const spec of ["@motcua/province-ha-tinh", "ha-tinh"]) {
      const r = await cli("run", "--plugin", spec, "--reporter", "json");
      expect(r.code, r.stderr).toBe(0);
      expect(json(r.stdout).cases.filter((c) => c.id.startsWith("province.ha-tinh."))).toHaveLength(28);
    }
  });

  it("a named province with no case of its own in the run is exit 1 with the reason (--layer law drops them)", async () => {
    const r = await cli("run", "--rulebook", "national,ha-tinh", "--layer", "law");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[CONFORMANCE_NO_OWN_CASES] plugin "province-ha-tinh" has no case of its own');
  });

  it("an unknown rulebook name is refused with a hint, in --rulebook and in --plugin alike", async () => {
    const a = await cli("run", "--rulebook", "national,hatinh");
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('Unknown rulebook "hatinh" (did you mean "ha-tinh"?');
    expect((await cli("run", "--rulebook", "nationl")).stderr).toContain('did you mean "national"?');
  });

  it("list --layer province honours --rulebook: only Hà Tĩnh's cases, not the other provinces'", async () => {
    const r = await cli(
      "list",
      "--layer",
      "province",
      "--rulebook",
      "national,ha-tinh",
      ...["ha-tinh", "vinh-phuc", "dong-thap"].flatMap((p) => ["--cases", provinceCases(p)]),
    );
    expect(r.code).toBe(0);
    const ids = r.stdout
      .trim()
      .split("\n")
      .map((l) => l.split("\t")[0] ?? "");
    expect(ids).toHaveLength(28);
    expect(ids.every((id) => id.startsWith("province.ha-tinh."))).toBe(true);
  });

  it("run: any failing case gives exit 1 and the summary line", async () => {
    const r = await cli("run", "--cases", fixture("failing"), "--cases", fixture("passing"));
    expect(r.code).toBe(1);
    expect(r.lastLine).toBe("3 passed, 4 failed, 1 skipped");
  });

  it("a run that selects nothing is exit 1: an empty folder, a folder of .json files, --grep matching nothing", async () => {
    const empty = join(scratch, "empty");
    const onlyJson = join(scratch, "only-json");
    mkdirSync(empty, { recursive: true });
    mkdirSync(onlyJson, { recursive: true });
    writeFileSync(join(onlyJson, "a.json"), "{}");
    for (const args of [
      ["--cases", empty],
      ["--cases", onlyJson],
      ["--grep", "^no-such-case$"],
    ]) {
      const r = await cli("run", ...args);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr).toContain("[CONFORMANCE_NOTHING_SELECTED]");
    }
  });

  it("a run whose every case is skipped is exit 1", async () => {
    const dir = join(scratch, "all-skipped");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "s.yaml"), suite(yamlCase("fixture.skip.a", "    skip: { reason: not yet }\n")));
    const r = await cli("run", "--cases", dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("[CONFORMANCE_ALL_SKIPPED]");
  });

  it("--id and --grep run one or some cases; --bail stops at the first failure", async () => {
    const one = await cli("run", "--id", "calendar.lunar.tet-2007", "--reporter", "json");
    expect(one.code).toBe(0);
    expect(json(one.stdout).cases.map((c) => c.id)).toEqual(["calendar.lunar.tet-2007"]);
    const some = await cli("run", "--grep", "^calendar\\.lunar\\.tet-", "--reporter", "json");
    expect(json(some.stdout).cases.length).toBeGreaterThan(3);
    expect(json(some.stdout).cases.every((c) => c.id.startsWith("calendar.lunar.tet-"))).toBe(true);
    const bail = await cli("run", "--cases", fixture("failing"), "--bail", "--reporter", "json");
    expect(bail.code).toBe(1);
    const results = json(bail.stdout);
    expect(results.counts.failed).toBe(1);
    expect(results.bailed).toEqual({ after: results.cases.at(-1)?.id, notRun: 5 - results.cases.length });
    expect(bail.stderr).toContain("--bail: stopped after");
  });

  it("help: --help, -h, help run and run --help print help (and do not run the suite); --version prints the version", async () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const r = await cli(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Usage:");
      expect(r.stdout).toContain("npx -p @motcua/conformance motcua-conformance");
      expect(r.stdout).toContain("Exit codes:");
    }
    for (const args of [
      ["run", "--help"],
      ["run", "-h"],
      ["help", "run"],
    ]) {
      const r = await cli(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^motcua-conformance run — /);
      expect(r.stdout).toContain("--target url");
      expect(r.stdout).not.toMatch(/\d+ passed/);
    }
    expect((await cli("list", "--help")).stdout).toMatch(/^motcua-conformance list — /);
    const v = await cli("--version");
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await cli("-v")).stdout).toBe(v.stdout);
  });

  it("a case file with a typo gives exit 2 and file:line with the suggestion", async () => {
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

  it("--reporter json --out writes the results file; junit prints XML; an unwritable --out is a coded exit 2", async () => {
    const out = join(scratch, "results.json");
    const r = await cli("run", "--cases", fixture("failing"), "--reporter", "json", "--out", out);
    expect(r.code).toBe(1);
    expect(r.lastLine).toBe("1 passed, 4 failed");
    const results = JSON.parse(readFileSync(out, "utf8")) as { suite: string; counts: { failed: number } };
    expect(results.suite).toBe("motcua-conformance/1");
    expect(results.counts.failed).toBe(4);
    const junit = await cli("run", "--cases", fixture("passing"), "--reporter", "junit");
    expect(junit.code).toBe(0);
    expect(junit.stdout).toMatch(/^<\?xml version="1.0"/);
    const bad = await cli(
      "run",
      "--cases",
      fixture("passing"),
      "--out",
      join(scratch, "no", "such", "dir", "r.json"),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("[CONFORMANCE_OUT_UNWRITABLE] Cannot write the report to");
    expect(bad.stderr).toContain("ENOENT");
  });

  it("bad usage gives exit 2 with a suggestion", async () => {
    expect((await cli("runn")).stderr).toContain('unknown command "runn" (did you mean "run"?)');
    const option = await cli("run", "--reporer", "json");
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("did you mean --reporter?");
    expect((await cli("run", "--layer", "lwa")).stderr).toContain(
      'unknown layer "lwa" (did you mean "law"?)',
    );
    expect((await cli("validate", "--bail")).stderr).toContain('--bail does not apply to "validate"');
    expect((await cli("run", "--timeout", "5")).stderr).toContain(
      "--timeout is the per-case time limit of --target",
    );
  });

  it("schema prints the JSON Schemas: the case file and the adapter messages", async () => {
    expect(JSON.parse((await cli("schema")).stdout)).toMatchObject({
      $id: "https://motcua.dev/schema/motcua-conformance-1.json",
    });
    expect(JSON.parse((await cli("schema", "adapter-request")).stdout)).toMatchObject({
      $id: "https://motcua.dev/schema/adapter-request.json",
    });
    expect((await cli("schema", "adapter-reqest")).stderr).toContain('did you mean "adapter-request"?');
  });
});
