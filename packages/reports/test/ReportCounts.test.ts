import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import {
  addCounts,
  checkReportCounts,
  EMPTY_COUNTS,
  REPORTS_ERRORS,
  type ReportCounts,
} from "@motcua/reports";

const centre: ReportCounts = {
  // seed 003_954eb8228a922e85.txt line 65 (early/on time split synthetic)
  received: 55_147,
  newlyReceived: 54_833,
  online: 29_068,
  counter: 10_516,
  postal: 15_249,
  carriedOver: 314,
  resolved: 55_082,
  early: 30_000,
  onTime: 25_081,
  late: 1,
  pending: 65,
  withinDeadline: 65,
  overdue: 0,
};

describe("ReportCounts identities", () => {
  it("accept the Đồng Tháp centre and add rows field by field", () => {
    expect(() => checkReportCounts(centre)).not.toThrow();
    expect(addCounts(centre, centre, EMPTY_COUNTS)).toEqual(
      Object.fromEntries(Object.entries(centre).map(([k, v]) => [k, 2 * v])),
    );
  });

  it.each([
    ["received", { received: 55_148 }, "received = newlyReceived + carriedOver"],
    [
      "received",
      { received: 55_148, newlyReceived: 54_834, counter: 10_517 },
      "received = resolved + pending",
    ],
    [
      "newlyReceived",
      { received: 55_148, newlyReceived: 54_834, resolved: 55_083, early: 30_001 },
      "newlyReceived = online + counter + postal",
    ],
    [
      "resolved",
      { received: 55_148, newlyReceived: 54_834, counter: 10_517, resolved: 55_083 },
      "resolved = early + onTime + late",
    ],
    [
      "pending",
      { received: 55_146, newlyReceived: 54_832, counter: 10_515, pending: 64 },
      "pending = withinDeadline + overdue",
    ],
  ] as const)("names the broken identity (%s)", (field, change, identity) => {
    try {
      checkReportCounts({ ...centre, ...change }, ["rows", 0]);
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, REPORTS_ERRORS.identityBroken)).toBe(true);
      if (!isMotcuaError(e)) return;
      expect(e.path).toEqual(["rows", 0, field]);
      expect(e.data.identity).toBe(identity);
      expect(e.vi).toContain("đẳng thức của Biểu 06");
    }
  });
});
