/** Form order (internal/rows.ts): the integer-key sort equals sorting by compareRows. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Level } from "@motcua/core";
import { compareRows, formOrder, sortRows } from "../../src/internal/rows";

const LEVELS: ReadonlyArray<Level> = ["ministry", "province", "district", "commune"];
/** Short names with Vietnamese letters, so collation (Đ after D, tones) and ties come up often. */
const name = fc.string({
  unit: fc.constantFrom("a", "A", "á", "d", "D", "đ", "Đ", "e", "ê", "1", " "),
  maxLength: 3,
});
const row = fc.record({ level: fc.constantFrom(...LEVELS), officeId: name, domain: name });

describe("formOrder", () => {
  it("orders rows as a stable sort by compareRows does, duplicates included (property)", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), (rows) => {
        const expected = rows
          .map((r, i) => ({ r, i }))
          .sort((a, b) => compareRows(a.r, b.r))
          .map((x) => x.i);
        expect([...formOrder(rows)]).toEqual(expected);
        expect([...formOrder(rows, 0)]).toEqual(expected); // the three-rank comparison
        expect(sortRows(rows.slice())).toEqual(expected.map((i) => rows[i]));
      }),
      { numRuns: 500 },
    );
  });
});
