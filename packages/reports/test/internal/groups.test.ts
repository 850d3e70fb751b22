/** Group interning: dense indexes in order of first appearance, whatever the table does inside. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Level } from "@motcua/core";
import { GroupIndex } from "../../src/internal/groups";

const triple = fc.tuple(
  fc.constantFrom<Level>("ministry", "province", "district", "commune"),
  fc.constantFrom("A", "B", "C", "D", "E", "a|b", '"'),
  fc.constantFrom("Tư pháp", "Đất đai", "x", "y", "z", "", "Công Thương"),
);

/** The obvious reference: one map keyed by all three. */
const reference = (rows: ReadonlyArray<readonly [Level, string, string]>): number[] => {
  const seen = new Map<string, number>();
  return rows.map(([level, office, domain]) => {
    const key = JSON.stringify([level, office, domain]);
    if (!seen.has(key)) seen.set(key, seen.size);
    return seen.get(key) as number;
  });
};

describe("GroupIndex", () => {
  it("numbers (level, office, domain) in order of first appearance, with or without the flat table (property)", () => {
    fc.assert(
      fc.property(
        fc.array(triple, { maxLength: 200 }),
        fc.constantFrom(1, 4, 16, 2 ** 24),
        (rows, maxCells) => {
          const groups = new GroupIndex(maxCells);
          const got = rows.map(([level, office, domain]) => groups.groupOf(level, office, domain));
          expect(got).toEqual(reference(rows));
          const keys = groups.keys.map((k) => [k.level, k.officeId, k.domain]);
          expect(keys).toEqual([...new Map(rows.map((r) => [JSON.stringify(r), r])).values()]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("tells apart the same office and domain at two levels", () => {
    const groups = new GroupIndex();
    expect(groups.groupOf("district", "H-1", "Tư pháp")).toBe(0);
    expect(groups.groupOf("commune", "H-1", "Tư pháp")).toBe(1);
    expect(groups.groupOf("district", "H-1", "Tư pháp")).toBe(0);
    expect(groups.groupOf("commune", "H-1", "Tư pháp")).toBe(1);
  });

  it("grows its table past 64 offices and 16 domains", () => {
    const groups = new GroupIndex();
    for (let o = 0; o < 200; o++) for (let d = 0; d < 40; d++) groups.groupOf("commune", `O${o}`, `D${d}`);
    expect(groups.keys).toHaveLength(8000);
    expect(groups.groupOf("commune", "O199", "D39")).toBe(7999);
    expect(groups.groupOf("commune", "O0", "D0")).toBe(0);
  });
});
