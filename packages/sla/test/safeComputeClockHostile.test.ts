import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { calendar } from "./support/calendar";
import { safeComputeClock } from "@motcua/sla";
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
