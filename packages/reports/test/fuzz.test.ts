/** Anything into every public entry point: only a MotcuaError may come out, never a crash. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import * as reports from "@motcua/reports";
import { dossierArb } from "./support/arbitraries";
import { RULES } from "./support/rules";

const onlyMotcuaErrors = (f: () => unknown): void => {
  try {
    f();
  } catch (e) {
    if (!isMotcuaError(e)) throw e;
    expect(e.code).toMatch(/^REPORTS_|^INVALID_|^RULE_MISSING$/);
    expect(e.vi.length).toBeGreaterThan(0);
    expect(e.en.length).toBeGreaterThan(0);
  }
};

const Q1 = { from: "2026-01-01", to: "2026-04-01" };
const valid = reports.aggregate([], Q1, RULES);

/** Valid dossiers with one field replaced by anything. */
const mutatedDossier = fc
  .tuple(
    dossierArb,
    fc.constantFrom(
      "officeId",
      "level",
      "domain",
      "channel",
      "receivedAt",
      "dueAt",
      "completedAt",
      "closure",
      "code",
      "other",
    ),
    fc.anything(),
  )
  .map(([d, key, v]) => ({ ...d, [key]: v }));

describe("fuzz: public entry points throw only MotcuaError", () => {
  const any = fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
  });

  it("aggregate, toDossierColumns, builders, parsers", () => {
    fc.assert(
      fc.property(any, any, any, (a, b, c) => {
        onlyMotcuaErrors(() => reports.aggregate(a as never, b as never, c as never));
        onlyMotcuaErrors(() => reports.aggregate([a] as never, Q1, RULES));
        onlyMotcuaErrors(() => reports.aggregate([a] as never, b as never, RULES));
        onlyMotcuaErrors(() => reports.toDossierColumns(a as never));
        onlyMotcuaErrors(() => new reports.DossierColumnsBuilder(a as never).add(b));
        onlyMotcuaErrors(() => reports.parseDossierSummary(a));
        onlyMotcuaErrors(() => reports.parseReportPeriod(a));
        onlyMotcuaErrors(() => reports.periodBounds(a as never));
        onlyMotcuaErrors(() => reports.aggregate([], Q1, a as never));
        onlyMotcuaErrors(() => reports.computeShare(1, 2, a as never));
        onlyMotcuaErrors(() => reports.readCountingRules(a as never));
      }),
      { numRuns: 400 },
    );
  });

  it("dossiers with one field replaced by anything", () => {
    fc.assert(
      fc.property(fc.array(mutatedDossier, { maxLength: 5 }), (ds) => {
        onlyMotcuaErrors(() => reports.aggregate(ds, Q1, RULES));
      }),
      { numRuns: 400 },
    );
  });

  it("merge, parse, totals, shares and exports", () => {
    fc.assert(
      fc.property(any, any, (a, b) => {
        onlyMotcuaErrors(() => reports.mergeAggregates(a as never));
        onlyMotcuaErrors(() => reports.mergeAggregates([valid, a] as never));
        onlyMotcuaErrors(() => reports.parseAggregate(a));
        onlyMotcuaErrors(() => reports.totalCounts(a as never, b as never));
        onlyMotcuaErrors(() => reports.totalCounts(valid, a as never));
        onlyMotcuaErrors(() => reports.computeShare(a as never, b as never, RULES, a as never));
        onlyMotcuaErrors(() => reports.computeShares(a as never, RULES, b as never));
        onlyMotcuaErrors(() => reports.addCounts(a as never, b as never));
        onlyMotcuaErrors(() => reports.checkReportCounts(a as never));
        onlyMotcuaErrors(() => reports.toCsv(a as never, RULES));
        onlyMotcuaErrors(() => reports.toCsv(valid, RULES, a as never));
        onlyMotcuaErrors(() => reports.toHtml(a as never, RULES, b as never));
        onlyMotcuaErrors(() => reports.toHtml(valid, RULES, a as never));
        onlyMotcuaErrors(() => reports.aggregateToJson(a as never, RULES, b as never));
      }),
      { numRuns: 400 },
    );
  });
});
