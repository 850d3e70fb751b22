import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInstant } from "@motcua/core";
import { judgeCompletion, judgePending } from "@motcua/sla";

const t = (iso: string) => parseInstant(iso);

describe("judgeCompletion: both sides of every boundary (TT 01/2018 Art. 13)", () => {
  const due = t("2026-02-24T09:00:00+07:00");
  it.each([
    ["2026-02-23T23:59:59+07:00", "early"], // last second of the previous Vietnamese day
    ["2026-02-24T00:00:00+07:00", "onTime"], // first instant of the due day
    ["2026-02-24T08:59:59+07:00", "onTime"],
    ["2026-02-24T09:00:00+07:00", "onTime"], // exactly at the due instant
    ["2026-02-24T09:00:00.001+07:00", "late"],
    ["2026-02-24T16:59:00+07:00", "late"],
    ["2026-02-23T17:00:00Z", "onTime"], // = 2026-02-24T00:00+07:00, whatever the host zone
  ] as const)("%s → %s", (completed, expected) => {
    expect(judgeCompletion(t(completed), due)).toBe(expected);
  });

  it("is monotone: completing later never improves the outcome", () => {
    const rank = { early: 0, onTime: 1, late: 2 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4e12 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 4e12 }),
        (a, d, dueAt) => {
          expect(rank[judgeCompletion(a, dueAt)]).toBeLessThanOrEqual(rank[judgeCompletion(a + d, dueAt)]);
        },
      ),
    );
  });
});

describe("judgePending", () => {
  it("is within deadline up to and including the due instant", () => {
    const due = t("2026-11-24T17:00:00+07:00");
    expect(judgePending(due - 1, due)).toBe("withinDeadline");
    expect(judgePending(due, due)).toBe("withinDeadline");
    expect(judgePending(due + 1, due)).toBe("overdue");
  });
});
