import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { calendar } from "./support/calendar";
import { computeClock, computeDeadline, safeComputeClock } from "@motcua/sla";
import { RULES } from "./support/rules";

const procedure = { code: "1.001234", processingTime: { amount: 3, unit: "workingDays" } } as const;
const asOf = "2026-02-23T09:00:00+07:00";
const oddLength = () => ({ length: JSON.parse('{"toString":1,"valueOf":1}') as unknown });
const throwing = new Proxy([], {
  get() {
    throw new Error("boom");
  },
});

// Issue 19, finding 1: the zod 4.6.7 TypeError reached safeComputeClock, which rethrew it.
describe("safeComputeClock never throws", () => {
  it.each([
    [
      "an id whose length cannot become a number",
      [{ id: oddLength(), type: "received", at: 0, actor: { role: "applicant" } }],
    ],
    ["a BigInt instant", [{ id: "e1", type: "received", at: 10n, actor: { role: "applicant" } }]],
    ["a proxy whose reads throw", throwing],
  ])("%s", (_, events) => {
    const r = safeComputeClock(events as never, procedure, calendar, RULES, asOf);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(isMotcuaError(r.error)).toBe(true);
  });
});

// Issue 19, fuzz findings sla.computeClock and sla.computeDeadline: a proxy as the calendar, or a
// rule of the sla slice that cannot be read, threw the raw error.
describe("computeClock and computeDeadline refuse unreadable calendars and rules with their codes", () => {
  const proxy = (): never =>
    new Proxy([], {
      get() {
        throw new Error("proxy");
      },
    }) as never;
  const unreadableRule = (): never =>
    Object.defineProperty({ ...RULES }, "workingDayCount", {
      enumerable: true,
      get() {
        throw new Error("getter");
      },
    }) as never;
  const refusal = (f: () => unknown): unknown => {
    try {
      f();
    } catch (e) {
      return isMotcuaError(e) ? [e.code, e.path] : `uncoded ${String(e)}`;
    }
    return "no throw";
  };
  it.each([
    [
      "computeDeadline, a proxy calendar",
      () => computeDeadline(procedure, asOf, proxy(), RULES),
      "SLA_INVALID_CALENDAR",
      ["calendar"],
    ],
    [
      "computeClock, a proxy calendar",
      () => computeClock([], procedure, proxy(), RULES, asOf),
      "SLA_INVALID_CALENDAR",
      ["calendar"],
    ],
    [
      "computeDeadline, an unreadable rule",
      () => computeDeadline(procedure, asOf, calendar, unreadableRule()),
      "SLA_INVALID_POLICY",
      ["rules", "workingDayCount"],
    ],
  ])("%s", (_, f, code, path) => {
    expect(refusal(f)).toEqual([code, path]);
  });
});
