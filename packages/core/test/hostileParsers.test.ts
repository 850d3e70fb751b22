import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  closestMatch,
  formatCivilDate,
  formatInstant,
  fromDayNumber,
  isMotcuaError,
  levenshtein,
  MAX_INSTANT_MS,
  MIN_INSTANT_MS,
  parseCivilDate,
  parseInstant,
  tryParseCivilDate,
  tryParseInstant,
  vietnamDate,
} from "@motcua/core";

const coded = (f: () => unknown, code: string) => {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(isMotcuaError(thrown, code)).toBe(true);
  return thrown as { en: string; vi: string; data: Record<string, unknown> };
};

describe("core parsers answer hostile values with coded errors (issue 19, finding 4)", () => {
  it("parseInstant(10n) and parseCivilDate(10n)", () => {
    expect(coded(() => parseInstant(10n), "INVALID_INSTANT").en).toMatch(/^Invalid instant: 10n /);
    expect(coded(() => parseCivilDate(10n), "INVALID_DATE").en).toMatch(/^Invalid date: 10n /);
  });

  it("cyclic and 20,000-deep objects", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    let deep: unknown = {};
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    for (const value of [cyclic, deep]) {
      coded(() => parseInstant(value), "INVALID_INSTANT");
      coded(() => parseCivilDate(value), "INVALID_DATE");
    }
  });

  it("levenshtein and closestMatch with a hostile {length: 1e9} do not hang", () => {
    const hostile = { length: 1e9 } as unknown as string;
    coded(() => levenshtein("ab", hostile), "INVALID_INPUT");
    coded(() => levenshtein("a".repeat(10_001), "b"), "INVALID_INPUT");
    expect(closestMatch(hostile, ["ab"])).toBeUndefined();
    expect(closestMatch("ab", hostile as unknown as string[])).toBeUndefined();
    expect(closestMatch("ab", [hostile, "ac"])).toBe("ac");
    expect(closestMatch("a".repeat(300), ["a".repeat(299)])).toBeUndefined();
  });
});

describe("instants and dates are honest over the supported range (issue 19, finding 5)", () => {
  it("tryParseInstant(0.5) rejects a fraction of a millisecond", () => {
    expect(tryParseInstant(0.5)).toBeUndefined();
    coded(() => formatInstant(0.5), "INVALID_INSTANT");
  });

  it("formatInstant → tryParseInstant is the identity over years 0001–9999", () => {
    expect(formatInstant(MIN_INSTANT_MS)).toBe("0001-01-01T00:00:00+07:00");
    expect(formatInstant(MAX_INSTANT_MS)).toBe("9999-12-31T23:59:59.999+07:00");
    fc.assert(
      fc.property(fc.integer({ min: MIN_INSTANT_MS, max: MAX_INSTANT_MS }), (ms) => {
        expect(tryParseInstant(formatInstant(ms))).toBe(ms);
      }),
      { numRuns: 5_000, seed: 19 },
    );
    for (const outside of [MIN_INSTANT_MS - 1, MAX_INSTANT_MS + 1, 8.64e15, Number.NaN]) {
      expect(tryParseInstant(outside)).toBeUndefined();
      coded(() => formatInstant(outside), "INVALID_INSTANT");
    }
    expect(tryParseInstant("0001-01-01T00:00:00+08:00")).toBeUndefined();
  });

  it("vietnamDate of a far-past instant is refused, not written as 00-5-01-02", () => {
    coded(() => vietnamDate(-62325043200000), "INVALID_INSTANT");
    expect(vietnamDate(MIN_INSTANT_MS)).toBe("0001-01-01");
  });

  it("civil dates read and write years 0001–9999 only", () => {
    expect(tryParseCivilDate("0000-03-01")).toBeUndefined();
    coded(() => formatCivilDate(-5, 1, 2), "INVALID_DATE");
    coded(() => formatCivilDate(10_000, 1, 1), "INVALID_DATE");
    coded(() => formatCivilDate(2025, 2, 29), "INVALID_DATE");
    coded(() => fromDayNumber(0.5), "INVALID_DATE");
    coded(() => fromDayNumber(1e9), "INVALID_DATE");
    expect(formatCivilDate(1, 1, 1)).toBe("0001-01-01");
  });
});
