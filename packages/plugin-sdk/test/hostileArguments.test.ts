import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { composeRulebook, explain, getRule, RuleTester, ruleValue, sliceOf } from "@motcua/plugin-sdk";
import { national } from "./fixtures";

const book = composeRulebook([national], { asOf: "2021-01-01" });
const throwingProxy = (): never =>
  new Proxy([], {
    get() {
      throw new Error("proxy");
    },
    ownKeys() {
      throw new Error("proxy");
    },
  }) as never;
const noPrimitive = (): never => JSON.parse('{"toString":1,"valueOf":1}') as never;

/** The coded error's code and path, or what was thrown instead. */
const refusal = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return isMotcuaError(e) ? [e.code, e.path] : `uncoded ${String(e)}`;
  }
  return "no throw";
};

// Issue 19, fuzz findings on the rulebook readers: an object that was not composed (a copy with a
// field replaced, undefined, a proxy) or a non-string slot threw a raw TypeError.
describe("the rulebook readers refuse what composeRulebook did not return", () => {
  const altered = { ...book, plugins: 5, succession: noPrimitive() };
  it.each([
    ["getRule(undefined)", () => getRule(undefined as never, "sla", "paperTransferCutoff")],
    ["getRule(a copy of a rulebook)", () => getRule({ ...book } as never, "sla", "paperTransferCutoff")],
    ["ruleValue(a proxy)", () => ruleValue(throwingProxy(), "sla", "paperTransferCutoff")],
    ["sliceOf(a number)", () => sliceOf(5 as never, "sla")],
    ["sliceOf(an altered rulebook)", () => sliceOf(altered as never, "sla")],
    ["explain(an altered rulebook)", () => explain(altered as never, "sla.paperTransferCutoff")],
  ])("%s: RULEBOOK_INVALID", (_, f) => {
    expect(refusal(f)).toEqual(["RULEBOOK_INVALID", ["rulebook"]]);
  });

  it.each([
    ["getRule with an object slot", () => getRule(book, noPrimitive(), "x"), ["INVALID_ARGUMENT", ["slot"]]],
    [
      "ruleValue with a Symbol key",
      () => ruleValue(book, "sla", Symbol("k") as never),
      ["INVALID_ARGUMENT", ["key"]],
    ],
    ["sliceOf an unknown slot", () => sliceOf(book, "nope" as never), ["RULEBOOK_UNKNOWN_SLOT", ["slot"]]],
    ["sliceOf an object slot", () => sliceOf(book, noPrimitive()), ["RULEBOOK_UNKNOWN_SLOT", ["slot"]]],
  ])("%s", (_, f, expected) => {
    expect(refusal(f)).toEqual(expected);
  });

  it("the readers still read a composed rulebook", () => {
    expect(ruleValue(book, "sla", "paperTransferCutoff")).toBe(
      getRule(book, "sla", "paperTransferCutoff")?.value,
    );
    expect(sliceOf(book, "sla").paperTransferCutoff?.value).toBe(
      ruleValue(book, "sla", "paperTransferCutoff"),
    );
    expect(explain(book, "sla.paperTransferCutoff")).toContain("sla.paperTransferCutoff");
  });
});

// Issue 19, fuzz findings on composeRulebook and RuleTester: a proxy as the plugin list or the
// options, an asOf without a primitive value, null or a non-array base threw raw.
describe("composeRulebook and RuleTester refuse unusable arguments with a coded error", () => {
  it.each([
    [
      "composeRulebook(a proxy list)",
      () => composeRulebook(throwingProxy(), { asOf: "2021-01-01" }),
      ["plugins"],
    ],
    ["composeRulebook(options: a proxy)", () => composeRulebook([national], throwingProxy()), ["options"]],
    ["new RuleTester(null)", () => new RuleTester(null as never), ["options"]],
    ["new RuleTester({ base: 5 })", () => new RuleTester({ base: 5 as never }), ["options", "base"]],
    [
      "new RuleTester({ base: a proxy })",
      () => new RuleTester({ base: throwingProxy() }),
      ["options", "base"],
    ],
  ])("%s", (_, f, path) => {
    expect(refusal(f)).toEqual(["INVALID_ARGUMENT", path]);
  });

  it("an asOf without a primitive value is COMPOSE_INVALID_AS_OF", () => {
    expect(refusal(() => composeRulebook([national], { asOf: noPrimitive() }))).toEqual([
      "COMPOSE_INVALID_AS_OF",
      ["asOf"],
    ]);
  });
});
