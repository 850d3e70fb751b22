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

// Issue 19, long fuzz mode (10⁵ inputs per function): a calendar that is not made by makeCalendar
// but has every method, whose `explain` returned something other than a list of days, crashed
// computeClock with `TypeError: cal.explain is not a function or its return value is not iterable`.
describe("computeClock refuses what a hand-made calendar's explain returns if it is not a list of days", () => {
  const events = [
    {
      id: "e1",
      type: "received",
      at: "2026-02-23T08:00:00+07:00",
      actor: { role: "oneStopOfficer" },
      dossierCode: "H23-260223-0001",
    },
  ];
  const explaining = (explain: () => unknown): never => ({ ...calendar, explain }) as never;
  const day = { date: "2026-02-28", working: false, kind: "weekend", projected: false };
  it.each([
    ["undefined", undefined, ["calendar", "explain"]],
    ["a number", 7, ["calendar", "explain"]],
    ["a string", "2026-02-28", ["calendar", "explain"]],
    ["a list with null", [null], ["calendar", "explain", 0]],
    ["a day without a date", [{ ...day, date: undefined }], ["calendar", "explain", 0, "date"]],
    ["a day whose date is not a date", [{ ...day, date: "28/02/2026" }], ["calendar", "explain", 0, "date"]],
    ["a day whose kind is a symbol", [{ ...day, kind: Symbol("k") }], ["calendar", "explain", 0, "kind"]],
    [
      "a day whose name is a number",
      [day, { ...day, date: "2026-03-01", name: 1 }],
      ["calendar", "explain", 1, "name"],
    ],
    [
      "a day whose projected is not a boolean",
      [{ ...day, projected: "no" }],
      ["calendar", "explain", 0, "projected"],
    ],
  ])("%s", (_, returned, path) => {
    const cal = explaining(() => returned);
    let thrown: unknown;
    try {
      computeClock(events as never, procedure, cal, RULES, asOf);
    } catch (e) {
      thrown = e;
    }
    expect(isMotcuaError(thrown) ? [thrown.code, thrown.path] : `uncoded ${String(thrown)}`).toEqual([
      "SLA_INVALID_CALENDAR",
      path,
    ]);
    const r = safeComputeClock(events as never, procedure, cal, RULES, asOf);
    expect(!r.ok && r.error.code).toBe("SLA_INVALID_CALENDAR");
  });

  it("takes a hand-made calendar's well-formed days as they are", () => {
    const clock = computeClock(
      events as never,
      procedure,
      explaining(() => [day]),
      RULES,
      asOf,
    );
    expect(clock.explain.filter((x) => x.kind === "nonWorkingDay").map((x) => x.date)).toEqual([
      "2026-02-28",
    ]);
  });
});
