import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinChecks, CONFORMANCE_CASE_INVALID, parseCaseFile, formatCaseIssue } from "@motcua/conformance";

const options = { checks: builtinChecks, knownRulebooks: ["national"] };

/** A valid case body (indented for a `cases:` list), with overridable lines. */
const caseText = (lines: Record<string, string | undefined> = {}): string => {
  const fields: Record<string, string | undefined> = {
    id: "calendar.lunar.tet-2007",
    title: "Tết 2007 is 17/2 in Vietnam (UTC+7), not 18/2",
    layer: "law",
    source: "Hồ Ngọc Đức, Vietnamese lunar calendar at UTC+7",
    rulebook: "[national]",
    check: "calendar.lunarToSolar",
    input: "{ lunar: { year: 2007, month: 1, day: 1 } }",
    expect: '{ date: "2007-02-17" }',
    ...lines,
  };
  return Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([k, v], i) => `${i === 0 ? "  - " : "    "}${k}: ${v}`)
    .join("\n");
};
const file = (...cases: string[]): string => `suite: motcua-conformance/1\ncases:\n${cases.join("\n")}\n`;

describe("parseCaseFile", () => {
  it("reads the example of issue 9 (Hồ Ngọc Đức: Tết 2007 is 17/2 at UTC+7)", () => {
    const r = parseCaseFile(file(caseText()), "lunar.yaml", options);
    expect(r.issues).toEqual([]);
    expect(r.cases).toHaveLength(1);
    expect(r.cases[0]).toMatchObject({ file: "lunar.yaml", line: 3, area: "calendar" });
    expect(r.cases[0]?.case.expect).toEqual({ date: "2007-02-17" });
  });

  it("reads a single-case file (suite next to the case's fields)", () => {
    const text = `suite: motcua-conformance/1\n${caseText()
      .replace(/^ {2}- /, "")
      .replace(/^ {4}/gm, "")}\n`;
    const r = parseCaseFile(text, "one.yaml", options);
    expect(r.issues).toEqual([]);
    expect(r.cases[0]?.case.id).toBe("calendar.lunar.tet-2007");
  });

  it("names file, line, column and the closest valid key for a typo", () => {
    const text = file(caseText({ expect: undefined, expcet: '{ date: "2007-02-17" }' }));
    const r = parseCaseFile(text, "cases/lunar.yaml", options);
    expect(r.cases).toEqual([]);
    expect(r.issues).toHaveLength(1); // the typo only, not also "expect is missing"
    expect(r.issues[0]).toMatchObject({
      file: "cases/lunar.yaml",
      line: 10,
      column: 5,
      suggestion: "expect",
    });
    expect(formatCaseIssue(r.issues[0]!)).toBe(
      'cases/lunar.yaml:10:5 cases[0].expcet — unknown key "expcet" — did you mean "expect"?',
    );
    expect(r.issues[0]?.vi).toContain('có phải "expect"?');
  });

  it("suggests the closest check, rulebook, input key and output key", () => {
    const r = parseCaseFile(
      file(
        caseText({ check: "calendar.lunarToSolr" }),
        caseText({ id: "calendar.b.c", rulebook: "[nationl]" }),
        caseText({ id: "calendar.b.d", input: "{ lunr: { year: 2007, month: 1, day: 1 } }" }),
        caseText({ id: "calendar.b.e", expect: '{ dat: "2007-02-17" }' }),
      ),
      "x.yaml",
      options,
    );
    expect(r.issues.map((i) => [i.line, i.suggestion])).toEqual([
      [8, "calendar.lunarToSolar"],
      [15, "national"],
      [25, "lunar"],
      [34, "date"],
    ]);
  });

  it("refuses a case that asserts nothing: empty expect, or an empty object inside it", () => {
    const r = parseCaseFile(
      file(
        caseText({ expect: "{}" }),
        caseText({
          id: "calendar.x.y",
          check: "calendar.solarToLunar",
          input: '{ date: "2026-02-17" }',
          expect: "{ lunar: {} }",
        }),
      ),
      "empty.yaml",
      options,
    );
    expect(r.issues.map((i) => i.line)).toEqual([10, 18]);
    expect(r.issues[0]?.en).toMatch(/expect must assert something/);
  });

  it("requires exactly one of expect and expectError", () => {
    const both = parseCaseFile(
      file(caseText({ expectError: "{ code: CALENDAR_INVALID_DATE }" })),
      "a.yaml",
      options,
    );
    expect(both.issues[0]?.en).toMatch(/exactly one of expect or expectError/);
    const neither = parseCaseFile(file(caseText({ expect: undefined })), "a.yaml", options);
    expect(neither.issues[0]?.en).toMatch(/exactly one of expect or expectError/);
  });

  it("requires a reason to skip", () => {
    const r = parseCaseFile(file(caseText({ skip: "{}" })), "a.yaml", options);
    expect(r.issues[0]).toMatchObject({ path: ["cases", 0, "skip", "reason"], line: 11 });
    expect(
      parseCaseFile(file(caseText({ skip: "{ reason: no notice yet }" })), "a.yaml", options).issues,
    ).toEqual([]);
  });

  it("reports YAML syntax errors, the wrong suite version, duplicate ids and bad layers with lines", () => {
    expect(parseCaseFile("suite: motcua-conformance/1\ncases: [\n", "bad.yaml").issues[0]).toMatchObject({
      code: CONFORMANCE_CASE_INVALID,
      line: 3,
    });
    expect(parseCaseFile(file(caseText()).replace("/1", "/2"), "v.yaml", options).issues[0]?.en).toMatch(
      /unsupported suite "motcua-conformance\/2"/,
    );
    const dup = parseCaseFile(file(caseText(), caseText()), "d.yaml", options);
    expect(dup.issues).toMatchObject([{ line: 11, en: expect.stringMatching(/duplicate id/) }]);
    const layer = parseCaseFile(file(caseText({ layer: "lwa" })), "l.yaml", options);
    expect(layer.issues[0]).toMatchObject({ line: 5, path: ["cases", 0, "layer"] });
  });

  it("lets an expectError case carry a wrong value, but never a misspelt input key", () => {
    const wrongValue = caseText({
      input: "{ lunar: { year: 2026, month: 13, day: 1 } }",
      expect: undefined,
      expectError: "{ code: CALENDAR_INVALID_LUNAR_DATE }",
    });
    expect(parseCaseFile(file(wrongValue), "a.yaml", options).issues).toEqual([]);
    const misspelt = caseText({
      input: "{ lunar: { yaer: 2026, month: 13, day: 1 } }",
      expect: undefined,
      expectError: "{ code: X }",
    });
    expect(parseCaseFile(file(misspelt), "a.yaml", options).issues[0]?.suggestion).toBe("year");
  });

  it("never throws, whatever the text (fuzz)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.anything().map((v) => JSON.stringify(v) ?? ""),
        ),
        (text) => {
          const r = parseCaseFile(text, "fuzz.yaml", options);
          expect(r.cases.length === 0 || r.issues.length === 0).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        // Non-string input from untyped callers is an issue, not a crash.
        expect(() => parseCaseFile(value as string, "any.yaml", options)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});
