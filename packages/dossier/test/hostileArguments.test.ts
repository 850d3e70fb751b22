import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import {
  actionOf,
  dossierMachine,
  paperTransferDueAt,
  toApologies,
  toControlSlip,
  toMermaid,
  toReceiptSlip,
} from "@motcua/dossier";
import { baseRules, calendar, forms2025, happyPath } from "./fixtures";

const throwingProxy = (): never =>
  new Proxy([], {
    get() {
      throw new Error("proxy");
    },
    ownKeys() {
      throw new Error("proxy");
    },
    getOwnPropertyDescriptor() {
      throw new Error("proxy");
    },
  }) as never;
const throwingGetter = (key: string): never =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  }) as never;

/** The coded error's code and path, or what was thrown instead. */
const refusal = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return isMotcuaError(e) ? [e.code, e.path] : `uncoded ${String(e)}`;
  }
  return "no throw";
};

const events = happyPath();
const receivedAt = Date.parse("2026-03-02T09:00:00+07:00");

// Issue 19, fuzz findings in @motcua/dossier: a throwing getter or proxy among the arguments of
// these public functions threw the raw error before any check.
describe("dossier functions refuse unreadable arguments with INVALID_ARGUMENT naming them", () => {
  it.each([
    ["actionOf(a throwing getter)", () => actionOf(throwingGetter("type")), ["event", "type"]],
    ["actionOf(a proxy)", () => actionOf(throwingProxy()), ["event"]],
    ["toMermaid(a proxy)", () => toMermaid(throwingProxy()), ["machine"]],
    ["toApologies(events, a proxy)", () => toApologies(events, throwingProxy(), forms2025), ["options"]],
    ["toReceiptSlip(events, a proxy)", () => toReceiptSlip(events, throwingProxy(), forms2025), ["input"]],
    [
      "toControlSlip(events, a throwing getter for rules)",
      () => toControlSlip(events, throwingGetter("rules")),
      ["options", "rules"],
    ],
    [
      "paperTransferDueAt(at, a proxy, calendar)",
      () => paperTransferDueAt(receivedAt, throwingProxy(), calendar),
      ["rules"],
    ],
    [
      "paperTransferDueAt(at, rules, a throwing getter)",
      () => paperTransferDueAt(receivedAt, baseRules, throwingGetter("isWorkingDayNumber")),
      ["calendar", "isWorkingDayNumber"],
    ],
  ])("%s", (_, f, path) => {
    expect(refusal(f)).toEqual(["INVALID_ARGUMENT", path]);
  });

  it("valid calls are unchanged", () => {
    expect(actionOf({ type: "resultReturned", via: "postal" } as never)).toBe("resultReturned:postal");
    expect(toMermaid(dossierMachine).split("\n")[0]).toBe("stateDiagram-v2");
    expect(paperTransferDueAt(receivedAt, baseRules, calendar)).toBeGreaterThan(receivedAt);
    expect(toApologies(events, {}, forms2025)).toEqual([]);
  });
});

// Issue 19, long fuzz mode (10⁵ inputs per function): a rules slice whose `sla.paperTransferCutoff`
// is not a rule object (null, a number, a string) crashed `toControlSlip` and `paperTransferDueAt`
// with `TypeError: Cannot read properties of null (reading 'value')`, and a cut-off value whose
// `toString` throws escaped `String()` uncoded.
describe("a paperTransferCutoff that is not a rule gets DOSSIER_INVALID_RULES", () => {
  const withCutoff = (cutoff: unknown) => ({
    ...baseRules,
    sla: { ...baseRules.sla, paperTransferCutoff: cutoff },
  });
  const unprintable = {
    toString: () => {
      throw new Error("toString");
    },
  };
  it.each([
    ["null", null, ["rules", "sla", "paperTransferCutoff"]],
    ["a number", 5, ["rules", "sla", "paperTransferCutoff"]],
    ["a string", "15:00", ["rules", "sla", "paperTransferCutoff"]],
    [
      "a value whose toString throws",
      { value: unprintable },
      ["rules", "sla", "paperTransferCutoff", "value"],
    ],
    ["a value that is a number", { value: 1500 }, ["rules", "sla", "paperTransferCutoff", "value"]],
  ])("%s", (_, cutoff, path) => {
    const rules = withCutoff(cutoff) as never;
    expect(refusal(() => toControlSlip(events, { rules, calendar, forms: forms2025 } as never))).toEqual([
      "DOSSIER_INVALID_RULES",
      path,
    ]);
    expect(refusal(() => paperTransferDueAt(receivedAt, rules, calendar))).toEqual([
      "DOSSIER_INVALID_RULES",
      path,
    ]);
  });
});
