import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { computeShare, computeShares, EMPTY_COUNTS, REPORTS_ERRORS } from "@motcua/reports";
import { RULES } from "./support/rules";

describe("computeShare: the seed's rounding (003_954eb8228a922e85.txt, lines 63–67)", () => {
  it.each([
    [29_068, 54_833, "53,01%"], // line 65, online at the centre
    [15_249, 54_833, "27,81%"], // line 65, postal at the centre
    [55_081, 55_082, "99,998%"], // line 65: not 100%
    [1, 55_082, "0,002%"], // line 65: not 0%
    [14_713, 296_488, "4,96%"], // line 67
    [35_829, 296_488, "12,08%"],
    [293_149, 293_969, "99,72%"],
    [820, 293_969, "0,28%"],
    [43_781, 351_321, "12,46%"], // line 63
    [51_078, 351_321, "14,54%"],
    [348_230, 349_051, "99,76%"],
    [821, 349_051, "0,24%"],
  ])("%i / %i → %s", (part, whole, text) => {
    expect(computeShare(part, whole, RULES).text).toBe(text);
    expect(computeShare(part, whole, RULES, { locale: "en" }).text).toBe(text.replace(",", "."));
  });

  it("prints exact 0 and 100 as such, an empty whole as a dash, and keeps trailing zeros", () => {
    expect(computeShare(0, 7, RULES).text).toBe("0%");
    expect(computeShare(7, 7, RULES).text).toBe("100%");
    expect(computeShare(0, 0, RULES)).toMatchObject({ text: "—", percent: null });
    expect(computeShare(1, 8, RULES).text).toBe("12,50%");
    expect(computeShare(1, 3, RULES)).toMatchObject({ text: "33,33%", percent: 33.33, decimals: 2 });
    expect(computeShare(1, 200, RULES).text).toBe("0,50%"); // exactly 0.5: two decimals kept
    expect(computeShare(1, 1600, RULES).text).toBe("0,06%"); // 0.0625 → 0.06 (…25 rounds down), 1/800 = 0.125 → 0.13
    expect(computeShare(1, 800, RULES).text).toBe("0,13%");
    expect(computeShare(1, 2 ** 53 - 1, RULES).text).toMatch(/^0,0+1%$/);
    expect(computeShare(2 ** 53 - 2, 2 ** 53 - 1, RULES).text).toMatch(/^99,9+%$/);
  });

  it("never prints 0% or 100% for a share that is not exactly that, and is within half a last digit (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.nat(), (whole, k) => {
        const part = k % (whole + 1);
        const s = computeShare(part, whole, RULES, { locale: "en" });
        if (part !== 0 && part !== whole) {
          expect(s.text).not.toBe("0%");
          expect(s.text).not.toBe("100%");
          expect(s.percent).toBeGreaterThan(0);
          expect(s.percent).toBeLessThan(100);
          expect(s.decimals).toBeGreaterThanOrEqual(2);
          expect(Math.abs((s.percent as number) - (part / whole) * 100)).toBeLessThanOrEqual(
            0.5 * 10 ** -s.decimals + 1e-9,
          );
          expect(s.text).toBe(`${(s.percent as number).toFixed(s.decimals)}%`);
        }
      }),
    );
  });

  it("refuses a part larger than the whole, negatives and fractions", () => {
    for (const [part, whole] of [
      [2, 1],
      [-1, 3],
      [0.5, 3],
      [1, Number.NaN],
      [1, -3],
    ] as const) {
      let error: unknown;
      try {
        computeShare(part, whole, RULES);
      } catch (e) {
        error = e;
      }
      expect(isMotcuaError(error, REPORTS_ERRORS.invalidShare)).toBe(true);
    }
  });
});

describe("computeShares", () => {
  it("channels over new dossiers, outcomes over resolved ones, pending statuses over pending ones", () => {
    const s = computeShares(
      {
        ...EMPTY_COUNTS,
        received: 10,
        newlyReceived: 8,
        carriedOver: 2,
        online: 2,
        counter: 4,
        postal: 2,
        resolved: 6,
        early: 3,
        onTime: 2,
        late: 1,
        pending: 4,
        withinDeadline: 3,
        overdue: 1,
      },
      RULES,
    );
    expect([s.online.text, s.postal.text, s.counterOrPostal.text]).toEqual(["25,00%", "25,00%", "75,00%"]);
    expect([s.earlyOrOnTime.text, s.late.text, s.early.text]).toEqual(["83,33%", "16,67%", "50,00%"]);
    expect([s.withinDeadline.text, s.overdue.text]).toEqual(["75,00%", "25,00%"]);
  });
});
