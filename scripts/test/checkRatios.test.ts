/** `pnpm bench --check`'s judgement: which ratios fell more than the tolerance below the baseline. */
import { describe, expect, it } from "vitest";
import { checkRatios, type Baseline } from "../bench/checkRatios";

const baseline: Baseline = {
  tolerance: 0.2,
  ratios: {
    "packages/reports/bench/aggregate.bench.ts": { "objects→Biểu 06 ÷ for-of/Map": 4 },
    "packages/calendar/bench/addWorkingDays.bench.ts": {
      "string ÷ date-fns": 6,
      "day numbers ÷ date-fns": 15,
    },
  },
};

describe("checkRatios", () => {
  it("passes ratios at, above or less than 20 % below the baseline", () => {
    expect(
      checkRatios(baseline, {
        "packages/reports/bench/aggregate.bench.ts": { "objects→Biểu 06 ÷ for-of/Map": 3.2 },
        "packages/calendar/bench/addWorkingDays.bench.ts": {
          "string ÷ date-fns": 9,
          "day numbers ÷ date-fns": 12.5,
        },
      }),
    ).toEqual([]);
  });

  it("fails a ratio more than 20 % below its baseline, naming the bench, the ratio and the fall", () => {
    const failures = checkRatios(baseline, {
      "packages/reports/bench/aggregate.bench.ts": { "objects→Biểu 06 ÷ for-of/Map": 3 },
      "packages/calendar/bench/addWorkingDays.bench.ts": {
        "string ÷ date-fns": 6,
        "day numbers ÷ date-fns": 11.9,
      },
    });
    expect(failures.map((f) => [f.ratio, f.measured])).toEqual([
      ["objects→Biểu 06 ÷ for-of/Map", 3],
      ["day numbers ÷ date-fns", 11.9],
    ]);
    expect(failures[0]?.message).toBe(
      "packages/reports/bench/aggregate.bench.ts › objects→Biểu 06 ÷ for-of/Map: 3.00× is 25 % below the baseline 4.00× (allowed: 20 %, floor 3.20×)",
    );
  });

  it("fails a tracked ratio its bench ran without reporting (or reported as NaN)", () => {
    const failures = checkRatios(baseline, {
      "packages/calendar/bench/addWorkingDays.bench.ts": { "string ÷ date-fns": Number.NaN },
    });
    expect(failures.map((f) => [f.ratio, f.measured])).toEqual([
      ["string ÷ date-fns", undefined],
      ["day numbers ÷ date-fns", undefined],
    ]);
    expect(failures[1]?.message).toContain("not measured in this run");
  });

  it("does not judge benches the run did not select, and lets new ratios pass", () => {
    expect(
      checkRatios(baseline, {
        "packages/reports/bench/aggregate.bench.ts": { "objects→Biểu 06 ÷ for-of/Map": 4, new: 0.1 },
      }),
    ).toEqual([]);
  });

  it("honours the baseline's tolerance", () => {
    const strict: Baseline = { ...baseline, tolerance: 0.05 };
    expect(
      checkRatios(strict, {
        "packages/reports/bench/aggregate.bench.ts": { "objects→Biểu 06 ÷ for-of/Map": 3.7 },
      }),
    ).toHaveLength(1);
  });
});
