import { fileURLToPath } from "node:url";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { national } from "@motcua/national";
import { dongThap } from "@motcua/province-dong-thap";
import { haTinh } from "@motcua/province-ha-tinh";
import { vinhPhuc } from "@motcua/province-vinh-phuc";
import {
  builtinChecks,
  CONFORMANCE_CASE_INVALID,
  countResults,
  loadCases,
  loadPluginProvider,
  nationalCasesDir,
  pluginRulebookProvider,
  reportJunit,
  reportPretty,
  runConformance,
  type RunResults,
} from "@motcua/conformance";
import { isMotcuaError } from "@motcua/core";

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const provider = pluginRulebookProvider([national, haTinh, vinhPhuc, dongThap]);
const run = (
  cases: string[],
  extra: Partial<Parameters<typeof runConformance>[0]> = {},
): Promise<RunResults> =>
  Effect.runPromise(runConformance({ cases, checks: builtinChecks, provider, ...extra }));
const provinceCases = ["ha-tinh", "vinh-phuc", "dong-thap"].map((p) =>
  fileURLToPath(new URL(`../../provinces/${p}/cases`, import.meta.url)),
);
const byId = (results: RunResults) => new Map(results.cases.map((c) => [c.id, c]));

describe("runConformance", () => {
  it("passes correct cases, the expected error with its exact code, and reports the skip reason", async () => {
    const results = await run([fixture("passing")]);
    expect(results.counts).toEqual({ passed: 2, failed: 0, skipped: 1, total: 3 });
    const cases = byId(results);
    expect(cases.get("fixture.pass.bad-date")).toMatchObject({
      status: "passed",
      message: "error CALENDAR_INVALID_DATE as expected",
    });
    expect(cases.get("fixture.pass.skipped")).toMatchObject({
      status: "skipped",
      message: "waiting for the 2026 notice",
    });
  });

  it("the runner, not the plugin, fails wrong values, missing errors, other codes and unexpected errors", async () => {
    const results = await run([fixture("failing")]);
    const cases = byId(results);
    expect(cases.get("fixture.fail.wrong-date")).toMatchObject({
      status: "failed",
      message: 'date: expected "2007-02-18", got "2007-02-17"',
      line: 3,
    });
    expect(cases.get("fixture.fail.no-error")?.status).toBe("failed");
    expect(cases.get("fixture.fail.no-error")?.message).toMatch(
      /^expected error CALENDAR_INVALID_DATE, but the check returned \{"date":"2026-02-17"/,
    );
    expect(cases.get("fixture.fail.other-code")?.message).toMatch(
      /^expected error CALENDAR_INVALID_DATE, got CALENDAR_OUT_OF_RANGE: /,
    );
    expect(cases.get("fixture.fail.unexpected-error")?.message).toMatch(
      /^unexpected error CALENDAR_INVALID_DATE: /,
    );
    expect(cases.get("fixture.fail.passes-too")?.status).toBe("passed");
    expect(results.counts).toEqual({ passed: 1, failed: 4, skipped: 0, total: 5 });
    expect(results.countsByLayer).toEqual({
      law: { passed: 1, failed: 2, skipped: 0, total: 3 },
      practice: { passed: 0, failed: 2, skipped: 0, total: 2 },
      province: { passed: 0, failed: 0, skipped: 0, total: 0 },
    });
  });

  it("refuses to run a case set with a typo, listing every issue with its line", async () => {
    const exit = await Effect.runPromise(
      Effect.flip(loadCases([fixture("typo")], { checks: builtinChecks })),
    );
    expect(isMotcuaError(exit, CONFORMANCE_CASE_INVALID)).toBe(true);
    const issues = exit.data["issues"] as ReadonlyArray<{ line: number; suggestion?: string }>;
    expect(issues).toMatchObject([{ line: 18, suggestion: "expect" }]);
    expect(exit.en).toMatch(
      /typo\.yaml:18:5 cases\[1\]\.expcet — unknown key "expcet" — did you mean "expect"\?/,
    );
  });

  it("filters by layer and records what was not selected", async () => {
    const results = await run([fixture("failing")], { layers: ["practice"] });
    expect(results.cases.map((c) => c.layer)).toEqual(["practice", "practice"]);
    expect(results.notSelected).toBe(3);
  });

  it("writes a results file with suite, SDK and plugin versions, a sha256 of the cases and counts per layer", async () => {
    const a = await run([fixture("passing")], { rulebook: ["national"] });
    const b = await run([fixture("passing")]);
    expect(a).toMatchObject({
      suite: "motcua-conformance/1",
      runner: { name: "@motcua/conformance", version: "0.1.0" },
      plugin: { id: "national" },
      rulebook: ["national"],
      files: 1,
    });
    expect(typeof a.sdkVersion).toBe("string");
    expect(a.caseSetHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.caseSetHash).toBe(a.caseSetHash);
    expect((await run([fixture("failing")])).caseSetHash).not.toBe(a.caseSetHash);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it("fails with a suggestion when the rulebook under test is unknown", async () => {
    const error = await Effect.runPromise(
      Effect.flip(
        runConformance({
          cases: [fixture("passing")],
          checks: builtinChecks,
          provider,
          rulebook: ["nationl"],
        }),
      ),
    );
    expect(error.code).toBe("CONFORMANCE_UNKNOWN_RULEBOOK");
    expect(error.en).toMatch(/did you mean "national"/);
  });

  it("pretty report groups by layer and area and ends with 'N passed, N failed[, N skipped]'", async () => {
    const text = reportPretty(await run([fixture("failing"), fixture("passing")]));
    const lines = text.trimEnd().split("\n");
    expect(lines.at(-1)).toBe("3 passed, 4 failed, 1 skipped");
    expect(lines).toContain("law — 3 passed, 2 failed");
    expect(lines).toContain("  ✗ fixture — 3 passed, 2 failed");
    expect(text).toContain("at ");
    const clean = reportPretty(await run([fixture("passing")], { layers: ["law"] }));
    expect(clean.trimEnd().split("\n").at(-1)).toBe("2 passed, 0 failed");
  });

  it("junit report has one testcase per case with failures and skips, and the run's own verdict", async () => {
    const xml = reportJunit(await run([fixture("failing"), fixture("passing")]));
    expect(xml.match(/<testcase /g)).toHaveLength(9);
    expect(xml).toContain(
      '<testcase classname="run" name="the run selected cases of every plugin under test"',
    );
    expect(xml.match(/<failure /g)).toHaveLength(4);
    expect(xml.match(/<skipped /g)).toHaveLength(1);
    expect(xml).toContain(
      '<testsuites name="motcua-conformance/1 national@0.1.0" tests="9" failures="4" errors="0" skipped="1">',
    );
    expect(xml).toContain("&quot;2007-02-18&quot;");
  });

  it("counts statuses", () => {
    expect(
      countResults([{ status: "passed" }, { status: "skipped" }, { status: "failed" }, { status: "passed" }]),
    ).toEqual({
      passed: 2,
      failed: 1,
      skipped: 1,
      total: 4,
    });
  });
});

describe("the national suite", () => {
  it("has at least 150 valid cases, each with a layer and a source, and passes with 0 failures", async () => {
    // At least 8 national cases for every check.
    const perCheck = new Map<string, number>();
    const set = await Effect.runPromise(
      loadCases([nationalCasesDir()], { checks: builtinChecks, knownRulebooks: provider.knownIds }),
    );
    // With the cases the province packages ship (their `conformanceCases`).
    const all = await Effect.runPromise(
      loadCases([nationalCasesDir(), ...provinceCases], {
        checks: builtinChecks,
        knownRulebooks: provider.knownIds,
      }),
    );
    expect(new Set(set.cases.map((c) => c.area)).has("calendar")).toBe(true);
    const results = await run([nationalCasesDir()], { rulebook: ["national"] });
    const failures = results.cases.filter((c) => c.status === "failed").map((c) => `${c.id}: ${c.message}`);
    expect(failures).toEqual([]);
    expect(set.cases.length).toBeGreaterThanOrEqual(150);
    for (const c of all.cases) perCheck.set(c.case.check, (perCheck.get(c.case.check) ?? 0) + 1);
    for (const id of builtinChecks.keys())
      expect([id, perCheck.get(id) ?? 0]).toEqual([id, expect.any(Number)]);
    for (const id of [
      "sla.clock",
      "dossier.replay",
      "dossier.can",
      "handover.decide",
      "staffing.plan",
      "report.aggregate",
      "dossier.form",
      "jurisdiction.province",
    ])
      expect(perCheck.get(id) ?? 0, id).toBeGreaterThanOrEqual(5);
    expect(new Set(set.cases.map((c) => c.area))).toEqual(
      new Set(["calendar", "sla", "dossier", "handover", "staffing", "report", "jurisdiction"]),
    );
    // The province cases ship with the province packages, not here.
    expect(set.cases.filter((c) => c.case.layer === "province")).toEqual([]);
    expect(results.counts.passed).toBe(set.cases.length);
    expect(results.notSelected).toBe(0);
    expect(results.problems).toEqual([]);
    for (const c of results.cases) expect(c.source.length).toBeGreaterThan(0);
  });
});

describe("national cases that depend on office hours state the hours they assume", () => {
  it("a province whose day has 7.5 hours (07:00–11:30, 13:30–16:30) passes every national case", async () => {
    const hours = fileURLToPath(new URL("./fixtures/hours/sevenAndAHalf.ts", import.meta.url));
    const loaded = await Effect.runPromise(loadPluginProvider([hours], process.cwd(), { isolate: false }));
    const results = await Effect.runPromise(
      runConformance({
        cases: [nationalCasesDir()],
        checks: builtinChecks,
        provider: loaded.provider,
        rulebook: loaded.rulebook,
      }),
    );
    const failures = results.cases.filter((c) => c.status === "failed").map((c) => `${c.id}: ${c.message}`);
    expect(failures).toEqual([]);
    expect(results.counts.skipped).toBe(0);
    // …and the run still proves nothing about the province itself: it brought no case of its own.
    expect(results.problems.map((p) => [p.code, p.plugin])).toEqual([
      ["CONFORMANCE_NO_OWN_CASES", "province-short-day"],
    ]);
  });
});
