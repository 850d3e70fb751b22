/** `@motcua/sla/unguarded`: the rule of judgeCompletion / judgePending as codes, unchecked. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_INSTANT_MS, MIN_INSTANT_MS, parseInstant, vietnamDayNumber } from "@motcua/core";
import { judgeCompletion, judgePending } from "@motcua/sla";
import { vietnamDayNumberUnguarded } from "../src/internal/outcome";
import {
  completionCode,
  EARLY,
  LATE,
  ON_TIME,
  OVERDUE,
  pendingCode,
  WITHIN_DEADLINE,
} from "@motcua/sla/unguarded";

const COMPLETION = { early: EARLY, onTime: ON_TIME, late: LATE } as const;
const PENDING = { withinDeadline: WITHIN_DEADLINE, overdue: OVERDUE } as const;
const instant = fc.integer({ min: MIN_INSTANT_MS, max: MAX_INSTANT_MS });
/** Instants near each other, so every outcome (and the day boundary) comes up often. */
const near = fc
  .tuple(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }))
  .map(([a, d]) => [a, a + d] as const);

describe("@motcua/sla/unguarded names the codes of the public judgement", () => {
  it("completionCode is judgeCompletion on every pair of valid instants (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(instant, instant), near), ([done, due]) => {
        expect(completionCode(done, due)).toBe(COMPLETION[judgeCompletion(done, due)]);
      }),
      { numRuns: 2000 },
    );
  });

  it("pendingCode is judgePending on every pair of valid instants (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(instant, instant), near), ([asOf, due]) => {
        expect(pendingCode(asOf, due)).toBe(PENDING[judgePending(asOf, due)]);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts days as vietnamDayNumber does, on every instant (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          instant,
          near.map(([a]) => a),
        ),
        (ms) => {
          expect(vietnamDayNumberUnguarded(ms)).toBe(vietnamDayNumber(ms));
        },
      ),
      { numRuns: 2000 },
    );
    for (const ms of [MIN_INSTANT_MS, MAX_INSTANT_MS, parseInstant("2026-02-24T00:00:00+07:00") - 1])
      expect(vietnamDayNumberUnguarded(ms)).toBe(vietnamDayNumber(ms));
  });

  it("keeps both sides of the boundaries", () => {
    const due = parseInstant("2026-02-24T09:00:00+07:00");
    expect(completionCode(parseInstant("2026-02-23T23:59:59.999+07:00"), due)).toBe(EARLY);
    expect(completionCode(parseInstant("2026-02-24T00:00:00+07:00"), due)).toBe(ON_TIME);
    expect(completionCode(due, due)).toBe(ON_TIME);
    expect(completionCode(due + 1, due)).toBe(LATE);
    expect(pendingCode(due, due)).toBe(WITHIN_DEADLINE);
    expect(pendingCode(due + 1, due)).toBe(OVERDUE);
  });
});
