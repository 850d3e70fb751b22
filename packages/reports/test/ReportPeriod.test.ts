import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { parseReportPeriod, periodBounds, REPORTS_ERRORS } from "@motcua/reports";

describe("report periods [from, to) at 00:00 Vietnamese time", () => {
  it("bounds are Vietnamese midnights, independent of the host zone", () => {
    expect(periodBounds({ from: "2026-01-01", to: "2026-04-01" })).toEqual({
      start: Date.UTC(2025, 11, 31, 17),
      end: Date.UTC(2026, 2, 31, 17),
    });
  });

  it("one day is the shortest period; reversed, empty and impossible ones are refused", () => {
    expect(parseReportPeriod({ from: "2026-02-28", to: "2026-03-01" })).toEqual({
      from: "2026-02-28",
      to: "2026-03-01",
    });
    for (const bad of [
      { from: "2026-03-01", to: "2026-03-01" },
      { from: "2026-03-02", to: "2026-03-01" },
      { from: "2026-02-29", to: "2026-03-01" },
      { from: "2026-01-01" },
    ]) {
      let error: unknown;
      try {
        parseReportPeriod(bad);
      } catch (e) {
        error = e;
      }
      expect(isMotcuaError(error, REPORTS_ERRORS.invalidPeriod)).toBe(true);
      if (isMotcuaError(error)) expect(error.vi).toMatch(/^Kỳ báo cáo không hợp lệ/);
    }
  });
});
