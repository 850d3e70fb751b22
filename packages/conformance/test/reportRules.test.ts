/**
 * The national report cases pin the national `reports` rules: a national plugin whose share
 * decimals, honest rounding, share bases, postal column or closure counts differ fails some
 * `report.*` case. And the composed national slice counts exactly as the rules the package used to
 * build in (refused resolved, withdrawn and stopped excluded, postal apart, two decimals, honest).
 */
import { Effect } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { national } from "@motcua/national";
import { composeRulebook, definePlugin, sliceOf, type Plugin } from "@motcua/plugin-sdk";
import {
  aggregate,
  computeShare,
  computeShares,
  totalCounts,
  type DossierSummaryInput,
  type ReportRules,
} from "@motcua/reports";
import {
  builtinChecks,
  mutatePlugin,
  nationalCasesDir,
  pluginRulebookProvider,
  runConformance,
} from "@motcua/conformance";

/** The national plugin with the value of `reports.<key>` replaced (every version). */
const nationalWith = (key: string, value: unknown): Plugin => {
  const rules: Record<string, Record<string, unknown[]>> = {};
  for (const r of national.rules) {
    const slot = (rules[r.slot] ??= {});
    (slot[r.key] ??= []).push({
      mode: r.mode,
      legalRef: r.legalRef,
      validity: r.validity,
      ...(r.note === undefined ? {} : { note: r.note }),
      ...(r.mode === "forbid" ? {} : { value: r.slot === "reports" && r.key === key ? value : r.value }),
    });
  }
  return definePlugin({
    id: national.id,
    name: national.name,
    version: national.version,
    jurisdiction: national.jurisdiction,
    legalBasis: national.legalBasis,
    rules,
  } as never);
};

const failedReportCases = async (plugin: Plugin): Promise<string[]> => {
  const run = await Effect.runPromise(
    runConformance({
      cases: [nationalCasesDir()],
      checks: builtinChecks,
      provider: pluginRulebookProvider([plugin]),
      rulebook: ["national"],
    }),
  );
  return run.cases.filter((c) => c.status === "failed").map((c) => c.id);
};

describe("the national report cases pin the national reports rules", { timeout: 120_000 }, () => {
  it.each([
    ["shareDecimals", 0, ["report.share-decimals", "report.shares-two-decimals"]],
    ["honestRounding", false, ["report.share-honest-near-whole", "report.share-honest-near-zero"]],
    ["refusedCount", "excluded", ["report.refused-resolved"]],
    ["withdrawnCount", "resolved", ["report.withdrawn-excluded"]],
    ["stoppedCount", "resolved", ["report.stopped-excluded"]],
    ["shareBases", { channel: "received", outcome: "resolved" }, ["report.channel-share-over-new"]],
    ["shareBases", { channel: "new", outcome: "received" }, ["report.outcome-share-over-resolved"]],
    ["postalColumn", { internal: "merged", export: "mergedWithInPerson" }, ["report.postal-kept-apart"]],
  ] as const)("reports.%s = %j fails %j", async (key, value, cases) => {
    const failed = await failedReportCases(nationalWith(key, value));
    for (const id of cases) expect(failed).toContain(id);
    expect(failed.every((id) => id.startsWith("report."))).toBe(true);
  });

  it("mutatePlugin kills every change of the reports numbers and booleans", async () => {
    const report = await Effect.runPromise(
      mutatePlugin({
        plugin: national,
        plugins: [national],
        rulebook: ["national"],
        cases: [nationalCasesDir()],
        checks: builtinChecks,
        select: (path) => path.startsWith("reports."),
      }),
    );
    expect(report.mutants.map((m) => [m.path, m.change, m.outcome])).toEqual([
      ["reports.shareDecimals", "2 → 3", "killed"],
      ["reports.shareDecimals", "2 → 1", "killed"],
      ["reports.honestRounding", "true → false", "killed"],
    ]);
  });
});

/** The rules `@motcua/reports` built in before the one door, as a hand-written slice. */
const ref = { document: "former built-in baseline of @motcua/reports", verified: false };
const rule = <T>(value: T) => ({ value, legalRef: ref, verified: false });
const OLD: ReportRules = {
  postalColumn: rule({ internal: "separate", export: "mergedWithInPerson" } as const),
  shareDecimals: rule(2),
  honestRounding: rule(true),
  shareBases: rule({ channel: "new", outcome: "resolved" } as const),
  refusedCount: rule("resolved" as const),
  withdrawnCount: rule("excluded" as const),
  stoppedCount: rule("excluded" as const),
};

const instant = fc
  .integer({ min: 0, max: 120 * 24 * 60 })
  .map((m) => Date.parse("2025-12-15T00:00:00+07:00") + m * 60_000);
const dossierArb: fc.Arbitrary<DossierSummaryInput> = fc
  .record({
    officeId: fc.constantFrom("HCC", "H-A"),
    level: fc.constantFrom("province" as const, "district" as const),
    domain: fc.constantFrom("Tư pháp", "Đất đai"),
    channel: fc.constantFrom("online" as const, "counter" as const, "postal" as const),
    receivedAt: instant,
    due: fc.integer({ min: 0, max: 20 * 24 * 60 }),
    done: fc.option(fc.integer({ min: 0, max: 40 * 24 * 60 }), { nil: undefined }),
    closure: fc.option(fc.constantFrom("refused" as const, "withdrawn" as const, "stopped" as const), {
      nil: undefined,
    }),
  })
  .map(({ due, done, closure, ...d }) => ({
    ...d,
    dueAt: d.receivedAt + due * 60_000,
    ...(done === undefined ? {} : { completedAt: d.receivedAt + done * 60_000 }),
    ...(done === undefined || closure === undefined ? {} : { closure }),
  }));

describe("the national slice counts as the former built-in rules (property)", () => {
  const periods = [
    { from: "2026-01-01", to: "2026-04-01" },
    { from: "2026-02-01", to: "2026-03-01" },
    { from: "2025-12-20", to: "2026-01-10" },
  ] as const;

  it("aggregate and computeShares with sliceOf(national, 'reports') equal the old behaviour", () => {
    fc.assert(
      fc.property(
        fc.array(dossierArb, { maxLength: 40 }),
        fc.constantFrom(...periods),
        (dossiers, period) => {
          const rules = sliceOf(composeRulebook([national], { asOf: period.from }), "reports");
          const now = aggregate(dossiers, period, rules);
          expect(now).toEqual(aggregate(dossiers, period, OLD));
          const total = totalCounts(now);
          expect(computeShares(total, rules)).toEqual(computeShares(total, OLD));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("shares print as before: two decimals, honest", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.nat(), (whole, k) => {
        const rules = sliceOf(composeRulebook([national], { asOf: "2026-01-01" }), "reports");
        const part = k % (whole + 1);
        expect(computeShare(part, whole, rules)).toEqual(computeShare(part, whole, OLD));
      }),
      { numRuns: 300 },
    );
  });
});
