import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatInstant,
  InstantSchema,
  isMotcuaError,
  parseInstant,
  toDayNumber,
  tryParseInstant,
  vietnamDate,
  vietnamDayNumber,
  vietnamInstant,
} from "@motcua/core";

describe("Instant", () => {
  it("parses offsets and Z to the same epoch ms", () => {
    const ms = Date.UTC(2026, 1, 12, 2);
    expect(parseInstant("2026-02-12T09:00:00+07:00")).toBe(ms);
    expect(parseInstant("2026-02-12T02:00:00Z")).toBe(ms);
    expect(parseInstant("2026-02-11T21:00:00-05:00")).toBe(ms);
    expect(parseInstant("2026-02-12T09:00+07:00")).toBe(ms);
    expect(parseInstant("2026-02-12T09:00:00.250+07:00")).toBe(ms + 250);
    expect(parseInstant(ms)).toBe(ms);
  });

  it("formats in Vietnamese time whatever the host zone", () => {
    expect(formatInstant(Date.UTC(2026, 1, 12, 2))).toBe("2026-02-12T09:00:00+07:00");
    expect(formatInstant(Date.UTC(2026, 1, 12, 20, 30))).toBe("2026-02-13T03:30:00+07:00");
    expect(formatInstant(Date.UTC(2026, 1, 12, 2) + 5)).toBe("2026-02-12T09:00:00.005+07:00");
    expect(vietnamDate("2026-02-12T20:00:00Z")).toBe("2026-02-13");
  });

  it("round-trips format → parse", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2e12, max: 7e12 }), (ms) => {
        expect(parseInstant(formatInstant(ms))).toBe(ms);
        const day = vietnamDayNumber(ms);
        expect(vietnamInstant(day, 0)).toBeLessThanOrEqual(ms);
        expect(vietnamInstant(day + 1, 0)).toBeGreaterThan(ms);
      }),
    );
  });

  it("builds wall-clock instants", () => {
    expect(formatInstant(vietnamInstant(toDayNumber("2026-02-24"), 9 * 60))).toBe(
      "2026-02-24T09:00:00+07:00",
    );
  });

  it.each([
    "2026-02-12T09:00:00", // no offset: ambiguous
    "2026-02-30T09:00:00+07:00",
    "2026-02-12T24:00:00+07:00",
    "2026-02-12 09:00:00+07:00",
    "tomorrow",
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e20,
  ])("rejects %j with INVALID_INSTANT", (bad) => {
    expect(tryParseInstant(bad)).toBeUndefined();
    expect(InstantSchema.safeParse(bad).success).toBe(false);
    expect(() => parseInstant(bad, ["at"])).toThrow(/INVALID_INSTANT/);
    try {
      parseInstant(bad, ["at"]);
    } catch (e) {
      expect(isMotcuaError(e) && e.path[0] === "at" && e.vi.length > 0 && e.en.length > 0).toBe(true);
    }
  });

  it("never throws anything but MotcuaError on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          parseInstant(value);
        } catch (e) {
          expect(isMotcuaError(e, "INVALID_INSTANT")).toBe(true);
        }
      }),
    );
  });
});
