import { describe, expect, it } from "vitest";
import { isMotcuaError, type MotcuaError } from "@motcua/core";
import { MAX_RULE_VERSIONS, safeLoadPlugin } from "@motcua/plugin-sdk";
import { art18, nationalInput } from "./fixtures";

const failure = (input: unknown): MotcuaError => {
  const r = safeLoadPlugin(input);
  if (r.ok) throw new Error("expected a failure");
  expect(isMotcuaError(r.error)).toBe(true);
  return r.error;
};

/** `n` versions of one rule, each one day long; `overlapEvery` makes every k-th overlap the next. */
const versions = (n: number, overlapEvery = 0) =>
  Array.from({ length: n }, (_, i) => {
    const day = (d: number) => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10);
    const to = overlapEvery > 0 && i % overlapEvery === 0 ? day(2 * i + 2) : day(2 * i);
    return { value: "15:00", legalRef: art18, validity: { validFrom: day(2 * i), validTo: to } };
  });

const withCutoff = (list: unknown[]) => ({
  ...nationalInput,
  rules: { ...nationalInput.rules, sla: { ...nationalInput.rules.sla, paperTransferCutoff: list } },
});

// Issue 19, finding 3: every pair of versions was compared (n² issues possible) and the issues were
// spread into push(), so 600 overlapping versions overflowed the stack and 100,000 hung.
describe("validity periods of one rule are checked in O(n log n), with a cap", () => {
  it("600 mutually overlapping versions give one coded issue per version, not a stack overflow", () => {
    const all = Array.from({ length: 600 }, () => ({ value: "15:00", legalRef: art18 }));
    const e = failure(withCutoff(all));
    expect(e.code).toBe("PLUGIN_OVERLAPPING_VERSIONS");
    expect(e.issues).toHaveLength(599);
  });

  it(`${MAX_RULE_VERSIONS} disjoint versions are accepted; overlaps are found between neighbours in time`, () => {
    expect(safeLoadPlugin(withCutoff(versions(MAX_RULE_VERSIONS))).ok).toBe(true);
    const e = failure(withCutoff(versions(MAX_RULE_VERSIONS, 100)));
    expect(e.issues.map((i) => i.path.join("."))).toContain("rules.sla.paperTransferCutoff.1.validity");
    expect(e.issues).toHaveLength(MAX_RULE_VERSIONS / 100);
  });

  it("more versions than the cap (100,000 once hung) get one coded error, unchecked", () => {
    const e = failure(withCutoff(versions(100_000)));
    expect(e.code).toBe("PLUGIN_TOO_MANY_VERSIONS");
    expect(e.path).toEqual(["rules", "sla", "paperTransferCutoff"]);
    expect(e.issues).toHaveLength(1);
  });

  it("the order of versions in the file does not matter", () => {
    const list = versions(50, 10).reverse();
    expect(failure(withCutoff(list)).issues).toHaveLength(5);
  });
});

// Fuzz finding (composeRulebook, a hang on the shared machine): a legal basis of 10,000 items that
// are not legal references gave 50,000 issues, each unknown key with a "did you mean" search.
describe("a plugin with thousands of broken items lists the first problems, not all of them", () => {
  it("20,000 broken legal references: PLUGIN_INVALID with at most 200 issues and a count of the rest", () => {
    const legalBasis = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, type: "guided", at: i }));
    const e = failure({ ...nationalInput, legalBasis });
    expect(e.issues.length).toBeLessThanOrEqual(201);
    expect(e.issues.at(-1)?.en).toMatch(/more problems \(only the first 200 are listed\)/);
    expect(e.issues[0]?.path[0]).toBe("legalBasis");
  });
});
