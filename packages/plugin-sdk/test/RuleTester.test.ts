import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { RuleTester, type RuleTesterCases } from "@motcua/plugin-sdk";
import { kh41, national, province, provinceInput } from "./fixtures";

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return isMotcuaError(e) ? e.code : "not a MotcuaError";
  }
  return undefined;
};

const cases: RuleTesterCases = {
  valid: [
    {
      name: "phase II cut-off is 16:00",
      asOf: "2021-03-01",
      expect: { "sla.paperTransferCutoff": "16:00" },
      suppliedBy: { "sla.paperTransferCutoff": "province-demo" },
      source: kh41,
    },
    {
      name: "after phase II the national 15:00 applies",
      asOf: "2021-10-01",
      expect: { "sla.paperTransferCutoff": "15:00" },
      forbidden: ["permissions.postalCounterTasks"],
      absent: ["sla.sameDayCutoff"],
    },
  ],
  invalid: [
    {
      name: "a misspelt key",
      plugin: { ...provinceInput, rules: { sla: { paperTransferCutof: {} } } },
      errors: [{ code: "PLUGIN_UNKNOWN_KEY", path: ["rules", "sla", "paperTransferCutof"] }],
    },
    {
      name: "an orphan override",
      asOf: "2021-03-01",
      plugin: {
        ...provinceInput,
        rules: { sla: { sameDayCutoff: { mode: "replace", value: "16:00", legalRef: kh41 } } },
      },
      errors: ["COMPOSE_OVERRIDE_WITHOUT_BASE"],
    },
  ],
};

describe("RuleTester", () => {
  const tester = new RuleTester({ base: [national] });

  it("reports every case as passed when the plugin is right", () => {
    expect(tester.check(province, cases)).toEqual({
      passed: [
        "phase II cut-off is 16:00",
        "after phase II the national 15:00 applies",
        "a misspelt key",
        "an orphan override",
      ],
      failed: [],
    });
  });

  it("fails a case with a wrong expectation, and explains the value", () => {
    const report = tester.check(province, {
      valid: [{ name: "wrong", asOf: "2021-03-01", expect: { "sla.paperTransferCutoff": "15:00" } }],
      invalid: [],
    });
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.message).toContain('is "16:00", expected "15:00"');
    expect(report.failed[0]?.message).toContain("supplied by province-demo@0.2.0");
  });

  it("fails an invalid case whose codes differ, or that does not fail", () => {
    const report = tester.check(province, {
      valid: [],
      invalid: [
        { name: "wrong code", plugin: { ...provinceInput, version: "x" }, errors: ["PLUGIN_UNKNOWN_KEY"] },
        { name: "no error", asOf: "2021-03-01", errors: ["PLUGIN_INVALID"] },
      ],
    });
    expect(report.failed.map((f) => f.name)).toEqual(["wrong code", "no error"]);
    expect(report.failed[1]?.message).toContain("expected an error, got none");
  });

  it("rejects unnamed, duplicate, empty and malformed cases", () => {
    expect(
      codeOf(() =>
        tester.check(province, { valid: [{ name: " ", asOf: "2021-03-01", expect: { a: 1 } }], invalid: [] }),
      ),
    ).toBe("RULE_TESTER_UNNAMED_CASE");
    expect(codeOf(() => tester.check(province, { valid: [], invalid: [{ errors: ["X"] } as never] }))).toBe(
      "RULE_TESTER_UNNAMED_CASE",
    );
    const twice = { name: "same", asOf: "2021-03-01", expect: { "sla.paperTransferCutoff": "16:00" } };
    expect(codeOf(() => tester.check(province, { valid: [twice, twice], invalid: [] }))).toBe(
      "RULE_TESTER_DUPLICATE_CASE",
    );
    expect(
      codeOf(() => tester.check(province, { valid: [{ name: "nothing", asOf: "2021-03-01" }], invalid: [] })),
    ).toBe("RULE_TESTER_EMPTY_CASE");
    expect(
      codeOf(() =>
        tester.check(province, {
          valid: [],
          invalid: [{ name: "no errors", asOf: "2021-03-01", errors: [] }],
        }),
      ),
    ).toBe("RULE_TESTER_INVALID_CASE");
    expect(
      codeOf(() =>
        tester.check(province, {
          valid: [{ name: "typo", asOf: "2021-03-01", expcet: {} } as never],
          invalid: [],
        }),
      ),
    ).toBe("PLUGIN_UNKNOWN_KEY");
    expect(codeOf(() => tester.check(province, null as never))).toBe("RULE_TESTER_INVALID_CASE");
  });

  it("runs without a test framework and throws RULE_TESTER_FAILED on failure", () => {
    const saved = { describe: RuleTester.describe, it: RuleTester.it };
    const g = globalThis as { describe?: unknown; it?: unknown };
    expect(g.describe).toBeUndefined();
    try {
      expect(() => tester.run("demo", province, cases)).not.toThrow();
      expect(
        codeOf(() =>
          tester.run("demo", province, {
            valid: [{ name: "wrong", asOf: "2021-03-01", expect: { "sla.paperTransferCutoff": "1" } }],
            invalid: [],
          }),
        ),
      ).toBe("RULE_TESTER_FAILED");
    } finally {
      RuleTester.describe = saved.describe;
      RuleTester.it = saved.it;
    }
  });

  it("registers cases with the given describe/it hooks", () => {
    const seen: string[] = [];
    RuleTester.describe = (name, fn) => {
      seen.push(`describe ${name}`);
      fn();
    };
    RuleTester.it = (name, fn) => {
      seen.push(`it ${name}`);
      fn();
    };
    try {
      tester.run("demo", province, cases);
    } finally {
      RuleTester.describe = undefined;
      RuleTester.it = undefined;
    }
    expect(seen).toEqual([
      "describe demo",
      "describe valid",
      "it phase II cut-off is 16:00",
      "it after phase II the national 15:00 applies",
      "describe invalid",
      "it a misspelt key",
      "it an orphan override",
    ]);
  });
});

describe("RuleTester with vitest", () => {
  RuleTester.describe = describe;
  RuleTester.it = it;
  new RuleTester({ base: [national] }).run("province-demo", province, cases);
  RuleTester.describe = undefined;
  RuleTester.it = undefined;
});
