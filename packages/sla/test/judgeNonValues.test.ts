import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { judgeCompletion, judgePending, SLA_ERROR_CODES } from "@motcua/sla";

const due = Date.parse("2026-02-24T09:00:00+07:00");

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(isMotcuaError(e, SLA_ERROR_CODES.invalidInstant)).toBe(true);
    return e as { path: ReadonlyArray<string | number>; en: string };
  }
  throw new Error("answered");
};

// Issue 19, finding 5: judgeCompletion(NaN, due) and judgeCompletion("2026-02-25", due) said onTime,
// judgePending(NaN, due) said overdue.
describe("judging a non-instant is a coded error, never an outcome", () => {
  it("NaN, a string, a fraction of a millisecond, Infinity", () => {
    expect(refusal(() => judgeCompletion(Number.NaN, due)).path).toEqual(["completedAt"]);
    expect(refusal(() => judgeCompletion("2026-02-25" as unknown as number, due)).path).toEqual([
      "completedAt",
    ]);
    expect(refusal(() => judgeCompletion(due, 0.5)).path).toEqual(["dueAt"]);
    expect(refusal(() => judgePending(Number.NaN, due)).path).toEqual(["asOf"]);
    expect(refusal(() => judgePending(due, Number.POSITIVE_INFINITY)).path).toEqual(["dueAt"]);
    expect(refusal(() => judgePending(due, Number.NaN)).en).toMatch(/NaN/);
  });

  it("anything that is not a whole-millisecond instant is refused", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fc.pre(!(typeof value === "number" && Number.isInteger(value) && Math.abs(value) < 2.5e14));
        refusal(() => judgeCompletion(value as number, due));
        refusal(() => judgePending(due, value as number));
      }),
      { numRuns: 1_000, seed: 19 },
    );
  });
});
