import { describe, expect, it } from "vitest";
import { staffingSlot } from "@motcua/staffing";

const { civilServantsFreed } = staffingSlot.keys;

describe("staffingSlot", () => {
  it("refuses two civil-servants-freed figures for one level: a plan reads the one of its level", () => {
    const value = civilServantsFreed.schema.parse([
      { level: "district", min: 2, max: 8 },
      { level: "province", min: 10, max: 10 },
      { level: "district", min: 1, max: 3 },
    ]);
    const issues =
      civilServantsFreed.check?.(value, ["staffing", "civilServantsFreed"], "civilServantsFreed") ?? [];
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["PLUGIN_DUPLICATE_ENTRY", ["staffing", "civilServantsFreed", 2]],
    ]);
  });
});
