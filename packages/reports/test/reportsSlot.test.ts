/**
 * The one door: every report rule is read from the `reports` slice. A missing rule is
 * `RULE_MISSING` naming it, a malformed slice `REPORTS_INVALID_RULEBOOK` naming the field, and the
 * rules drive the counts and the printed shares.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RULE_MISSING } from "@motcua/core";
import {
  aggregate,
  aggregateToJson,
  computeShare,
  computeShares,
  EMPTY_COUNTS,
  readCountingRules,
  reportsSlot,
  REPORTS_ERRORS,
  toCsv,
  toHtml,
  totalCounts,
  type ReportRules,
} from "@motcua/reports";
import { dossierArb, periodArb } from "./support/arbitraries";
import { FIXTURE, RULES, VALUES, withRule, without } from "./support/rules";
import { thrown } from "./support/thrown";

const Q1 = { from: "2026-01-01", to: "2026-04-01" } as const;
const d = {
  officeId: "P-HCC",
  level: "province",
  domain: "Tư pháp",
  channel: "postal",
  receivedAt: "2026-01-05T09:00:00+07:00",
  dueAt: "2026-01-12T17:00:00+07:00",
  completedAt: "2026-01-09T10:00:00+07:00",
} as const;
const report = aggregate([d, { ...d, channel: "counter" }, { ...d, channel: "online" }], Q1, RULES);
const counts = {
  ...EMPTY_COUNTS,
  received: 3,
  newlyReceived: 2,
  carriedOver: 1,
  online: 1,
  counter: 1,
  resolved: 2,
  onTime: 2,
  pending: 1,
  withinDeadline: 1,
};

describe("reportsSlot: the schema of every report rule", () => {
  it("has one key per rule, each bilingual", () => {
    expect(Object.keys(reportsSlot.keys)).toEqual(Object.keys(VALUES));
    for (const key of Object.values(reportsSlot.keys)) {
      expect(key.en.length).toBeGreaterThan(0);
      expect(key.vi.length).toBeGreaterThan(0);
    }
  });

  it("closure rules take resolved or excluded", () => {
    expect(reportsSlot.keys.withdrawnCount.schema.safeParse("resolved").success).toBe(true);
    expect(reportsSlot.keys.withdrawnCount.schema.safeParse("ignored").success).toBe(false);
  });
});

describe("RULE_MISSING names the rule each entry point needs", () => {
  const cases: ReadonlyArray<readonly [keyof typeof VALUES, string, () => unknown]> = [
    ["refusedCount", "aggregate", () => aggregate([d], Q1, without("refusedCount"))],
    ["withdrawnCount", "aggregate", () => aggregate([d], Q1, without("withdrawnCount"))],
    ["stoppedCount", "aggregate", () => aggregate([d], Q1, without("stoppedCount"))],
    ["postalColumn", "aggregate", () => aggregate([d], Q1, without("postalColumn"))],
    ["stoppedCount", "readCountingRules", () => readCountingRules(without("stoppedCount"))],
    ["shareDecimals", "computeShare", () => computeShare(1, 3, without("shareDecimals"))],
    ["honestRounding", "computeShare", () => computeShare(1, 3, without("honestRounding"))],
    ["shareBases", "computeShares", () => computeShares(counts, without("shareBases"))],
    ["shareDecimals", "computeShares", () => computeShares(counts, without("shareDecimals"))],
    ["form", "aggregateToJson", () => aggregateToJson(report, without("form"))],
    ["outcomeDue", "aggregateToJson", () => aggregateToJson(report, without("outcomeDue"))],
    ["honestRounding", "aggregateToJson", () => aggregateToJson(report, without("honestRounding"))],
    ["form", "toCsv", () => toCsv(report, without("form"))],
    ["postalColumn", "toCsv", () => toCsv(report, without("postalColumn"))],
    ["form", "toHtml", () => toHtml(report, without("form"))],
    ["postalColumn", "toHtml", () => toHtml(report, without("postalColumn"))],
    ["shareBases", "toHtml", () => toHtml(report, without("shareBases"))],
    ["outcomeDue", "toHtml", () => toHtml(report, without("outcomeDue"))],
  ];
  it.each(cases)("reports.%s missing → %s throws RULE_MISSING", (key, _fn, call) => {
    const e = thrown(call);
    expect(e.code).toBe(RULE_MISSING);
    expect(e.data).toEqual({ rule: `reports.${key}` });
    expect(e.en).toContain(`reports.${key}`);
    expect(e.vi).toContain(`reports.${key}`);
  });

  it("an empty slice never falls back to a built-in value", () => {
    expect(thrown(() => aggregate([], Q1, {})).code).toBe(RULE_MISSING);
    expect(thrown(() => computeShare(1, 2, {})).code).toBe(RULE_MISSING);
  });

  it("a key the function does not read may be absent", () => {
    expect(totalCounts(aggregate([d], Q1, without("shareDecimals"))).resolved).toBe(1);
    expect(computeShare(1, 3, without("postalColumn")).text).toBe("33,33%");
  });
});

describe("a malformed slice is a coded bilingual error naming the field", () => {
  const bad: ReadonlyArray<readonly [string, unknown, ReadonlyArray<string | number>]> = [
    ["not an object", 42, ["rules"]],
    ["an array", [], ["rules"]],
    ["null", null, ["rules"]],
    ["an unknown key", { ...RULES, shareDecimal: RULES.shareDecimals }, ["rules", "shareDecimal"]],
    ["a bare value", { ...RULES, shareDecimals: 2 }, ["rules", "shareDecimals"]],
    ["no legalRef", { ...RULES, shareDecimals: { value: 2, verified: true } }, ["rules", "shareDecimals"]],
    [
      "a legal reference without its document",
      { ...RULES, shareDecimals: { value: 2, legalRef: { verified: true }, verified: true } },
      ["rules", "shareDecimals", "legalRef", "document"],
    ],
    [
      "a value outside the schema",
      { ...RULES, shareDecimals: { value: 7, legalRef: FIXTURE, verified: false } },
      ["rules", "shareDecimals", "value"],
    ],
    [
      "a closure count outside the schema",
      { ...RULES, withdrawnCount: { value: "ignored", legalRef: FIXTURE, verified: false } },
      ["rules", "withdrawnCount", "value"],
    ],
  ];
  it.each(bad)("%s", (_name, rules, path) => {
    for (const call of [
      () => aggregate([d], Q1, rules as ReportRules),
      () => computeShare(1, 3, rules as ReportRules),
      () => computeShares(counts, rules as ReportRules),
      () => toCsv(report, rules as ReportRules),
      () => toHtml(report, rules as ReportRules),
      () => aggregateToJson(report, rules as ReportRules),
    ]) {
      const e = thrown(call);
      expect(e.code).toBe(REPORTS_ERRORS.invalidRulebook);
      expect(e.path).toEqual(path);
      expect(e.vi.length).toBeGreaterThan(0);
      expect(e.en.length).toBeGreaterThan(0);
    }
  });

  it("a slice whose getters throw is a coded error, not a crash", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("boom");
        },
      },
    );
    expect(thrown(() => aggregate([d], Q1, hostile)).code).toBe(REPORTS_ERRORS.invalidRulebook);
  });
});

describe("the rules drive the counts", () => {
  const closed = (closure: "refused" | "withdrawn" | "stopped") => ({ ...d, closure });

  it.each(["refused", "withdrawn", "stopped"] as const)(
    "%sCount: resolved counts it, excluded drops it",
    (c) => {
      const key = `${c}Count` as const;
      const resolved = totalCounts(aggregate([closed(c)], Q1, withRule(key, "resolved")));
      const excluded = totalCounts(aggregate([closed(c)], Q1, withRule(key, "excluded")));
      expect([resolved.received, resolved.resolved]).toEqual([1, 1]);
      expect([excluded.received, excluded.resolved]).toEqual([0, 0]);
    },
  );

  it("postalColumn.internal merged counts postal dossiers in the counter column", () => {
    const merged = withRule("postalColumn", { internal: "merged", export: "mergedWithInPerson" });
    expect(totalCounts(aggregate([d], Q1, merged))).toMatchObject({ counter: 1, postal: 0, received: 1 });
    expect(totalCounts(aggregate([d], Q1, RULES))).toMatchObject({ counter: 0, postal: 1 });
    expect(readCountingRules(merged)).toEqual({ excluded: ["withdrawn", "stopped"], postal: "merged" });
  });
});

describe("the rules drive the printed shares", () => {
  it("shareDecimals sets the decimals", () => {
    expect(computeShare(2, 3, withRule("shareDecimals", 0)).text).toBe("67%");
    expect(computeShare(2, 3, withRule("shareDecimals", 1)).text).toBe("66,7%");
    expect(computeShare(2, 3, RULES).text).toBe("66,67%");
    expect(computeShare(2, 3, withRule("shareDecimals", 4), { locale: "en" }).text).toBe("66.6667%");
  });

  it("honestRounding: more decimals rather than a false 100% / 0%, or the plain rounding", () => {
    expect(computeShare(55_081, 55_082, RULES).text).toBe("99,998%");
    expect(computeShare(1, 55_082, RULES).text).toBe("0,002%");
    const plain = withRule("honestRounding", false);
    expect(computeShare(55_081, 55_082, plain)).toMatchObject({ text: "100,00%", decimals: 2 });
    expect(computeShare(1, 55_082, plain).text).toBe("0,00%");
    expect(computeShare(0, 7, plain).text).toBe("0%"); // exact values stay exact
    expect(computeShare(999, 1000, withRule("shareDecimals", 0)).text).toBe("99,9%");
  });

  it("shareBases: channel over new or received, outcome over resolved or received", () => {
    expect(computeShares(counts, RULES)).toMatchObject({
      online: { text: "50,00%", whole: 2 },
      onTime: { text: "100%", whole: 2 },
    });
    const received = withRule("shareBases", { channel: "received", outcome: "received" });
    expect(computeShares(counts, received)).toMatchObject({
      online: { text: "33,33%", whole: 3 },
      onTime: { text: "66,67%", whole: 3 },
      withinDeadline: { text: "100%", whole: 1 },
    });
  });

  it("the exports print with the rules: JSON shares, HTML shares and notes, CSV and HTML postal column", () => {
    const zero = withRule("shareDecimals", 0);
    const json = JSON.parse(aggregateToJson(report, zero));
    expect(json.rows[0].shares.online.text).toBe("33%");
    expect(JSON.parse(aggregateToJson(report, RULES)).rows[0].shares.online.text).toBe("33,33%");
    expect(toHtml(report, zero)).toContain("1 (33%)");
    expect(toHtml(report, RULES)).toContain("1 (33,33%)");
    expect(toHtml(report, RULES)).toContain("Tỷ lệ làm tròn 2 chữ số thập phân");
    expect(toHtml(report, withRule("honestRounding", false))).not.toContain("Không ghi 0% hoặc 100%");
    const apart = withRule("postalColumn", { internal: "separate", export: "separate" });
    expect(toCsv(report, RULES)).toContain("trực tiếp hoặc qua dịch vụ bưu chính công ích");
    expect(toCsv(report, apart)).not.toContain("trực tiếp hoặc qua dịch vụ bưu chính công ích");
    expect(toCsv(report, apart)).toContain("Số mới tiếp nhận qua dịch vụ bưu chính công ích");
    const header = (csv: string) => csv.split("\r\n")[0]?.split(",").length;
    expect(header(toCsv(report, apart))).toBe((header(toCsv(report, RULES)) ?? 0) + 1);
    expect(toHtml(report, apart)).toContain('<th colspan="5">Số hồ sơ nhận giải quyết</th>');
    expect(toHtml(report, withRule("form", "Biểu mẫu X"))).toContain('<div class="form">Biểu mẫu X</div>');
  });
});

describe("inputs are never mutated", () => {
  it("aggregate, shares and exports leave dossiers, period, counts and rules unchanged (property)", () => {
    fc.assert(
      fc.property(
        fc.array(dossierArb, { maxLength: 20 }),
        periodArb,
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        (dossiers, period, decimals, honest) => {
          const rules: ReportRules = {
            ...withRule("shareDecimals", decimals),
            honestRounding: { value: honest, legalRef: FIXTURE, verified: false },
          };
          const before = structuredClone({ dossiers, period, rules });
          const a = aggregate(dossiers, period, rules);
          const aBefore = structuredClone(a);
          const total = totalCounts(a);
          const totalBefore = structuredClone(total);
          computeShares(total, rules);
          aggregateToJson(a, rules);
          toCsv(a, rules);
          toHtml(a, rules);
          expect({ dossiers, period, rules }).toEqual(before);
          expect(a).toEqual(aBefore);
          expect(total).toEqual(totalBefore);
        },
      ),
      { numRuns: 100 },
    );
  });
});
