import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MotcuaError } from "@motcua/core";
import { describeMismatches, judgeCase, matchExpected, type LoadedCase } from "@motcua/conformance";

describe("matchExpected (deep partial match)", () => {
  it("ignores extra output keys and compares nested values", () => {
    expect(
      matchExpected({ lunar: { day: 1 } }, { lunar: { year: 2007, month: 1, day: 1, leap: false } }),
    ).toEqual([]);
    expect(describeMismatches(matchExpected({ lunar: { day: 2 } }, { lunar: { day: 1 } }))).toBe(
      "lunar.day: expected 2, got 1",
    );
  });

  it("reports a missing key, a type difference and array length differences", () => {
    expect(describeMismatches(matchExpected({ days: 3 }, {}))).toBe("days: expected 3, got (missing)");
    expect(matchExpected({ a: { b: 1 } }, { a: 1 })).toHaveLength(1);
    expect(matchExpected({ a: [1, 2] }, { a: [1, 2, 3] })).toHaveLength(1);
    expect(describeMismatches(matchExpected({ a: [{ x: 1 }] }, { a: [{ x: 2, y: 3 }] }))).toBe(
      "a[0].x: expected 1, got 2",
    );
    expect(matchExpected({ working: false }, { working: 0 })).toHaveLength(1);
  });

  it("treats two spellings of the same instant as equal, and different instants as different", () => {
    expect(matchExpected({ dueAt: "2026-02-24T01:00:00Z" }, { dueAt: "2026-02-24T08:00:00+07:00" })).toEqual(
      [],
    );
    expect(
      matchExpected({ dueAt: "2026-02-24T08:00:00Z" }, { dueAt: "2026-02-24T08:00:00+07:00" }),
    ).toHaveLength(1);
  });

  it("a value always matches itself (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(matchExpected(v, structuredClone(v))).toEqual([]);
      }),
    );
  });
});

const loaded = (assertion: Partial<LoadedCase["case"]>): LoadedCase => ({
  file: "x.yaml",
  line: 1,
  area: "demo",
  case: {
    id: "demo.x",
    title: "t",
    layer: "law",
    source: "s",
    rulebook: ["national"],
    check: "demo",
    input: {},
    ...assertion,
  },
});
const error = (code: string) => new MotcuaError({ code, vi: "lỗi", en: "error" });

describe("judgeCase: the runner decides, including for expected errors", () => {
  const wantsError = loaded({ expectError: { code: "CALENDAR_OUT_OF_RANGE" } });

  it("passes an expectError case only when exactly that code occurs (thrown or returned)", () => {
    expect(judgeCase(wantsError, { kind: "error", error: error("CALENDAR_OUT_OF_RANGE") }).status).toBe(
      "passed",
    );
    expect(
      judgeCase(wantsError, { kind: "output", output: { ok: false, error: error("CALENDAR_OUT_OF_RANGE") } })
        .status,
    ).toBe("passed");
  });

  it("fails it when no error, another code, or a crash occurs", () => {
    expect(judgeCase(wantsError, { kind: "output", output: { date: "2026-01-01" } })).toEqual({
      status: "failed",
      message: 'expected error CALENDAR_OUT_OF_RANGE, but the check returned {"date":"2026-01-01"}',
    });
    expect(judgeCase(wantsError, { kind: "error", error: error("CALENDAR_INVALID_DATE") }).message).toBe(
      "expected error CALENDAR_OUT_OF_RANGE, got CALENDAR_INVALID_DATE: error",
    );
    expect(judgeCase(wantsError, { kind: "error", error: new TypeError("x is undefined") }).message).toBe(
      "expected error CALENDAR_OUT_OF_RANGE, got crash (TypeError: x is undefined)",
    );
    expect(judgeCase(wantsError, { kind: "error", error: { code: "CALENDAR_OUT_OF_RANGE" } }).status).toBe(
      "failed",
    );
  });

  it("fails an expect case on an error, with the message", () => {
    const wantsOutput = loaded({ expect: { days: 3 } });
    expect(judgeCase(wantsOutput, { kind: "error", error: error("SLA_X") }).message).toBe(
      "unexpected error SLA_X: error",
    );
    expect(
      judgeCase(wantsOutput, { kind: "output", output: { ok: false, error: error("SLA_X") } }).status,
    ).toBe("failed");
    expect(judgeCase(wantsOutput, { kind: "output", output: { days: 3 } }).status).toBe("passed");
  });
});
