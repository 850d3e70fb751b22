import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { calendar } from "./support/calendar";
import { computeDeadline } from "@motcua/sla";
import { RULES } from "./support/rules";

const procedure = { code: "1.001234", processingTime: { amount: 3, unit: "workingDays" } } as const;

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(isMotcuaError(e, "CALENDAR_OUT_OF_RANGE")).toBe(true);
    return e as { path: ReadonlyArray<string | number>; en: string; vi: string };
  }
  throw new Error("answered");
};

// Issue 19, finding 6: the error named the calendar's internal parameter ["t"] and showed epoch ms.
describe("computeDeadline outside the calendar's years names receivedAt and shows ISO instants", () => {
  it.each([
    ["1990-01-01T09:00:00+07:00", "1990-01-01T09:00:00+07:00"],
    [Date.parse("2200-01-01T02:00:00Z"), "2200-01-01T09:00:00+07:00"],
  ])("%s", (receivedAt, iso) => {
    const e = refusal(() => computeDeadline(procedure, receivedAt, calendar, RULES));
    expect(e.path).toEqual(["receivedAt"]);
    expect(e.en).toContain(iso);
    expect(e.en).toContain("2000–2100");
    expect(e.en).not.toMatch(/\d{12}/);
    expect(e.vi).toContain(iso);
  });

  it("a deadline that runs past the calendar's last year also names receivedAt", () => {
    const long = { code: "x", processingTime: { amount: 400, unit: "workingDays" } } as const;
    const e = refusal(() => computeDeadline(long, "2100-06-01T09:00:00+07:00", calendar, RULES));
    expect(e.path).toEqual(["receivedAt"]);
    expect(e.en).toContain("2100-06-01T09:00:00+07:00");
  });
});
