import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestMatch, levenshtein } from "@motcua/core";

describe("levenshtein", () => {
  it("gives known distances", () => {
    expect(levenshtein("", "abc")).toBe(3);
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("expcet", "expect")).toBe(2);
    expect(levenshtein("Tết", "Tet")).toBe(1);
  });

  it("is a metric: zero only on equal strings, symmetric, triangle inequality", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        fc.string({ maxLength: 12 }),
        (a, b, c) => {
          expect(levenshtein(a, b) === 0).toBe(a === b);
          expect(levenshtein(a, b)).toBe(levenshtein(b, a));
          expect(levenshtein(a, c)).toBeLessThanOrEqual(levenshtein(a, b) + levenshtein(b, c));
        },
      ),
    );
  });
});

describe("closestMatch", () => {
  it("suggests plausible typos only, case-insensitively, first on ties", () => {
    expect(closestMatch("procesingTime", ["code", "processingTime"])).toBe("processingTime");
    expect(closestMatch("EXPECT", ["expect", "expectError"])).toBe("expect");
    expect(closestMatch("ab", ["ac", "ad"])).toBe("ac");
    expect(closestMatch("zzzzzz", ["code", "name"])).toBeUndefined();
    expect(closestMatch("x", [])).toBeUndefined();
  });

  it("takes the caller's limit", () => {
    // 3 edits: beyond the default limit max(2, ⌈6 / 3⌉) = 2, within a caller's limit of 3.
    expect(closestMatch("abcdef", ["abcxyz"])).toBeUndefined();
    expect(closestMatch("abcdef", ["abcxyz"], () => 3)).toBe("abcxyz");
  });
});
