/** The `sla` slot is the one schema of the deadline rules; the clock reads only what a slice holds. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError, RULE_MISSING } from "@motcua/core";
import { computeClock, computeDeadline, slaSlot } from "@motcua/sla";
import { calendar } from "./support/calendar";
import { ev, procedure } from "./support/events";
import { RULES, SLA_VALUES, slaRules } from "./support/rules";

const received = [ev.received("2026-02-12T09:00:00+07:00")];
const asOf = "2026-02-20T00:00:00+07:00";
const failure = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (!isMotcuaError(e)) throw e;
    return `${e.code}@${e.path.join(".")}`;
  }
  return "no error";
};

describe("the sla slot", () => {
  it("has a bilingual text for every key, and the fixture matches every schema", () => {
    for (const [key, def] of Object.entries(slaSlot.keys)) {
      expect(def.en.length, key).toBeGreaterThan(0);
      expect(def.vi.length, key).toBeGreaterThan(0);
      const value = (SLA_VALUES as Record<string, unknown>)[key];
      if (value !== undefined) expect(def.schema.safeParse(value).success, key).toBe(true);
    }
  });

  it("the clock needs each of its rules: without one it is RULE_MISSING naming it, never a built-in value", () => {
    const needed = [
      "workingDayCount",
      "supplementRequestsMax",
      "appraisalReturnWorkingDays",
      "reschedulesMax",
      "lateNoticeDaysBefore",
      "lateNoticeDayKind",
      "refusalWithinDeadline",
      "postalDeliveryAttempts",
      "lateJudgedAgainst",
      "financialObligation",
      "warningThresholds",
    ] as const;
    for (const key of needed) {
      const rules = slaRules({ [key]: undefined });
      expect(
        failure(() => computeClock(received, procedure(3), calendar, rules, asOf)),
        key,
      ).toBe(`${RULE_MISSING}@rules.${key}`);
    }
    expect(failure(() => computeClock(received, procedure(3), calendar, {}, asOf))).toBe(
      `${RULE_MISSING}@rules.workingDayCount`,
    );
  });

  it("an empty slice is refused by both functions, with the rule in data", () => {
    try {
      computeDeadline(procedure(3), "2026-02-12T09:00:00+07:00", calendar, {});
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, RULE_MISSING)).toBe(true);
      expect((e as { data: { rule: string } }).data.rule).toBe("sla.workingDayCount");
      expect((e as { vi: string }).vi).toContain("Bộ quy tắc không có quy tắc");
    }
  });

  it("a malformed value is SLA_INVALID_POLICY at its path; a non-slice is refused", () => {
    expect(
      failure(() =>
        computeClock(received, procedure(3), calendar, slaRules({ warningThresholds: [0.75, 0.5] }), asOf),
      ),
    ).toBe("SLA_INVALID_POLICY@rules.warningThresholds.value");
    expect(
      failure(() => computeClock(received, procedure(3), calendar, slaRules({ reschedulesMax: -1 }), asOf)),
    ).toBe("SLA_INVALID_POLICY@rules.reschedulesMax.value");
    expect(
      failure(() =>
        computeClock(received, procedure(3), calendar, { workingDayCount: "sameWallClock" } as never, asOf),
      ),
    ).toBe("SLA_INVALID_POLICY@rules.workingDayCount");
    expect(failure(() => computeClock(received, procedure(3), calendar, [] as never, asOf))).toBe(
      "SLA_INVALID_POLICY@rules",
    );
  });

  it("any slice: a clock or a coded error, and the slice is not mutated", () => {
    const keys = Object.keys(slaSlot.keys);
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...keys),
          fc.record({
            value: fc.anything(),
            legalRef: fc.constant({ document: "x", verified: false }),
            verified: fc.boolean(),
          }),
        ),
        (slice) => {
          const before = JSON.stringify(slice);
          try {
            computeClock(received, procedure(3), calendar, { ...RULES, ...slice } as never, asOf);
          } catch (e) {
            expect(isMotcuaError(e)).toBe(true);
          }
          expect(JSON.stringify(slice)).toBe(before);
        },
      ),
      { numRuns: 300 },
    );
  });
});
