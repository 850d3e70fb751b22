import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, isMotcuaError, toDayNumber } from "@motcua/core";
import {
  aggregate,
  aggregateToJson,
  mergeAggregates,
  parseAggregate,
  REPORTS_ERRORS,
  type Aggregate,
  type ReportPeriod,
} from "@motcua/reports";
import { DAY0, dossierArb } from "./support/arbitraries";
import { RULES } from "./support/rules";

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

/** Cuts [from, to) at the given day offsets. */
const cut = (from: number, to: number, cuts: ReadonlyArray<number>): ReportPeriod[] => {
  const points = [...new Set([from, ...cuts.map((c) => from + 1 + (c % Math.max(1, to - from - 1))), to])]
    .filter((d) => d >= from && d <= to)
    .sort((a, b) => a - b);
  return points.slice(1).map((d, i) => ({ from: fromDayNumber(points[i] as number), to: fromDayNumber(d) }));
};

describe("mergeAggregates equals a single pass (property)", () => {
  it("over any split of the dossiers and of the period, merged in any order, also through JSON", () => {
    fc.assert(
      fc.property(
        fc.array(dossierArb, { maxLength: 80 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 2, max: 30 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        (dossiers, start, length, cuts, chunks, seed) => {
          const whole: ReportPeriod = {
            from: fromDayNumber(DAY0 + start),
            to: fromDayNumber(DAY0 + start + length),
          };
          const single = aggregate(dossiers, whole, RULES);
          const periods = cut(DAY0 + start, DAY0 + start + length, cuts);
          const parts: Aggregate[] = [];
          for (let k = 0; k < chunks; k++) {
            const mine = dossiers.filter((_, i) => (i + seed) % chunks === k);
            for (const p of periods) parts.push(aggregate(mine, p, RULES));
          }
          // A deterministic shuffle, and a round trip through JSON for half of the parts.
          const shuffled = parts
            .map((p, i) => ({ p, key: (i * 7919 + seed) % (parts.length + 1) }))
            .sort((a, b) => a.key - b.key)
            .map(({ p }, i) => (i % 2 === 0 ? parseAggregate(JSON.parse(aggregateToJson(p, RULES))) : p));
          expect(mergeAggregates(shuffled)).toEqual(single);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("office partials add up to the province total", () => {
    const dossiers = fc.sample(dossierArb, { numRuns: 300, seed: 11 });
    const period = { from: "2026-01-05", to: "2026-01-25" };
    const byOffice = [...new Set(dossiers.map((d) => d.officeId))].map((o) =>
      aggregate(
        dossiers.filter((d) => d.officeId === o),
        period,
        RULES,
      ),
    );
    expect(byOffice.length).toBe(4);
    expect(mergeAggregates(byOffice)).toEqual(aggregate(dossiers, period, RULES));
  });
});

describe("mergeAggregates refuses what cannot be merged", () => {
  const d = {
    officeId: "H-A",
    level: "district",
    domain: "Đất đai",
    channel: "postal",
    receivedAt: "2026-01-05T09:00:00+07:00",
    dueAt: "2026-03-12T17:00:00+07:00",
  } as const;
  const jan = { from: "2026-01-01", to: "2026-02-01" };
  const feb = { from: "2026-02-01", to: "2026-03-01" };
  const mar = { from: "2026-03-01", to: "2026-04-01" };

  it("nothing to merge", () => {
    expect(
      isMotcuaError(
        thrown(() => mergeAggregates([])),
        REPORTS_ERRORS.mergeEmpty,
      ),
    ).toBe(true);
    expect(
      isMotcuaError(
        thrown(() => mergeAggregates("x" as never)),
        REPORTS_ERRORS.mergeEmpty,
      ),
    ).toBe(true);
  });

  it("a gap or an overlap between periods", () => {
    const gap = thrown(() => mergeAggregates([aggregate([d], jan, RULES), aggregate([d], mar, RULES)]));
    expect(isMotcuaError(gap, REPORTS_ERRORS.mergeGap)).toBe(true);
    if (isMotcuaError(gap)) {
      expect(gap.path).toEqual(["parts", 1, "period"]);
      expect(gap.vi).toContain("Thiếu số liệu từ 2026-02-01 đến 2026-03-01");
    }
    const overlap = thrown(() =>
      mergeAggregates([
        aggregate([d], jan, RULES),
        aggregate([d], { from: "2026-01-15", to: "2026-02-15" }, RULES),
      ]),
    );
    expect(isMotcuaError(overlap, REPORTS_ERRORS.mergeGap)).toBe(true);
  });

  it("partials of different dossier sets (pending ≠ next period's carried over)", () => {
    const e = thrown(() => mergeAggregates([aggregate([d], jan, RULES), aggregate([], feb, RULES)]));
    expect(isMotcuaError(e, REPORTS_ERRORS.mergeDiscontinuous)).toBe(true);
    if (isMotcuaError(e)) expect(e.data).toMatchObject({ pending: 1, carried: 0, at: "2026-02-01" });
    expect(
      mergeAggregates([aggregate([d], feb, RULES), aggregate([d], jan, RULES), aggregate([d], mar, RULES)]),
    ).toEqual(aggregate([d], { from: "2026-01-01", to: "2026-04-01" }, RULES));
  });

  it("tampered partials: broken identity, negative or fractional figures, duplicate rows", () => {
    const a = aggregate([d], jan, RULES);
    const row = a.rows[0]!;
    const broken = { ...a, rows: [{ ...row, counts: { ...row.counts, online: 1 } }] };
    const e = thrown(() => mergeAggregates([broken]));
    expect(isMotcuaError(e, REPORTS_ERRORS.identityBroken)).toBe(true);
    if (isMotcuaError(e)) {
      expect(e.path).toEqual(["parts", 0, "rows", 0, "counts", "newlyReceived"]);
      expect(e.vi).toContain("newlyReceived = online + counter + postal");
    }
    const negative = { ...a, rows: [{ ...row, counts: { ...row.counts, late: -1 } }] };
    expect(
      isMotcuaError(
        thrown(() => mergeAggregates([negative])),
        REPORTS_ERRORS.invalidAggregate,
      ),
    ).toBe(true);
    const duplicated = { ...a, rows: [row, row] };
    const dup = thrown(() => parseAggregate(duplicated));
    expect(isMotcuaError(dup, REPORTS_ERRORS.invalidAggregate)).toBe(true);
    if (isMotcuaError(dup)) expect(dup.path).toEqual(["rows", 1]);
  });

  it("never mutates its parts", () => {
    const parts = [aggregate([d], jan, RULES), aggregate([d], feb, RULES)];
    const copy = structuredClone(parts);
    mergeAggregates(parts);
    expect(parts).toEqual(copy);
    expect(toDayNumber("2026-02-01") - toDayNumber("2026-01-01")).toBe(31);
  });
});
