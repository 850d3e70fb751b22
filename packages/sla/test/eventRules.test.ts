import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import {
  appraisalSupplementLastDay,
  endOf,
  eventRulesOf,
  latestRescheduleDay,
  refusalInTime,
  rescheduleVerdict,
  supplementVerdict,
} from "@motcua/sla";
import { calendar } from "./support/calendar";
import { RULES } from "./support/rules";

const rules = eventRulesOf(RULES);
const due = Date.parse("2026-02-24T09:00:00+07:00");
const throwingProxy = (): never =>
  new Proxy([], {
    get() {
      throw new Error("proxy");
    },
    ownKeys() {
      throw new Error("proxy");
    },
  }) as never;
const throwingGetter = (): never =>
  Object.defineProperty({}, "type", {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  }) as never;
const noPrimitive = (): never => JSON.parse('{"toString":1,"valueOf":1}') as never;

/** The coded error's path, or what was thrown instead. */
const pathOf = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return isMotcuaError(e, "INVALID_ARGUMENT") ? e.path : `uncoded ${String(e)}`;
  }
  return "no throw";
};

// Issue 19, the fuzz suite's findings on the shared event reading: its public helpers read their
// arguments before any check, so a wrong type or an unreadable value threw a raw TypeError.
describe("the event-rule helpers refuse unusable arguments with INVALID_ARGUMENT naming them", () => {
  it.each([
    ["eventRulesOf(rules, path: 5)", () => eventRulesOf({} as never, 5 as never), ["path"]],
    [
      "latestRescheduleDay without a calendar",
      () => latestRescheduleDay(rules, {} as never, due),
      ["calendar"],
    ],
    [
      "latestRescheduleDay with null rules",
      () => latestRescheduleDay(null as never, calendar, due),
      ["rules"],
    ],
    [
      "rescheduleVerdict with an object count",
      () => rescheduleVerdict(rules, calendar, noPrimitive(), due, due, due + 1),
      ["done"],
    ],
    [
      "rescheduleVerdict with a proxy as rules",
      () => rescheduleVerdict(throwingProxy(), calendar, 0, due, due, due + 1),
      ["rules"],
    ],
    [
      "appraisalSupplementLastDay with a number as calendar",
      () => appraisalSupplementLastDay(rules, 5 as never, due),
      ["calendar"],
    ],
    [
      "supplementVerdict with undefined rules",
      () => supplementVerdict(undefined as never, 0, undefined, due),
      ["rules"],
    ],
    [
      "supplementVerdict with a Symbol count",
      () => supplementVerdict(rules, Symbol("n") as never, undefined, due),
      ["asked"],
    ],
    ["refusalInTime with null rules", () => refusalInTime(null as never, due, due), ["rules"]],
    ["endOf(undefined)", () => endOf(undefined as never), ["event"]],
    ["endOf with a throwing getter", () => endOf(throwingGetter()), ["event", "type"]],
  ])("%s", (_, f, path) => {
    expect(pathOf(f)).toEqual(path);
  });

  it("valid calls are unchanged", () => {
    expect(endOf({ type: "withdrawn" })).toBe("withdrawn");
    expect(refusalInTime(rules, undefined, due)).toBe(true);
    expect(supplementVerdict(rules, rules.supplementLimit, undefined, due)).toBe("limit");
    expect(rescheduleVerdict(rules, calendar, 0, due, due - 86_400_000 * 3, due + 86_400_000 * 5)).toBe("ok");
    expect(latestRescheduleDay(rules, calendar, due)).toBeLessThan(
      appraisalSupplementLastDay(rules, calendar, due),
    );
  });
});
