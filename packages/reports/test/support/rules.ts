/**
 * A test-only `reports` slice: the values of the national baseline the tests assume, cited to
 * this fixture. The package itself holds no rule value; a test that needs another value overrides
 * one key with {@link withRule}.
 */
import type { LegalRef } from "@motcua/core";
import type { ReportRules } from "@motcua/reports";

export const FIXTURE: LegalRef = { document: "test fixture", verified: false, note: "test-only rule values" };

type Values = { -readonly [K in keyof ReportRules]-?: NonNullable<ReportRules[K]>["value"] };

/** The national baseline's values (two decimals, honest rounding, …). */
export const VALUES: Values = {
  form: "Biểu số 06/VPCP/KSTT",
  rowGrouping: "domainByLevel",
  postalColumn: { internal: "separate", export: "mergedWithInPerson" },
  shareDecimals: 2,
  honestRounding: true,
  shareBases: { channel: "new", outcome: "resolved" },
  outcomeDue: "original",
  refusedCount: "resolved",
  withdrawnCount: "excluded",
  stoppedCount: "excluded",
};

const sourced = <T>(value: T) => ({ value, legalRef: FIXTURE, verified: false });

/** A slice of the given values. */
export const rulesOf = (values: Values): ReportRules =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, sourced(v)])) as ReportRules;

/** The fixture slice with the national values. */
export const RULES: ReportRules = Object.freeze(rulesOf(VALUES));

/** The fixture slice with one key changed. */
export const withRule = <K extends keyof Values>(key: K, value: Values[K]): ReportRules => ({
  ...RULES,
  [key]: sourced(value),
});

/** The fixture slice without one key. */
export const without = (key: keyof Values): ReportRules => {
  const { [key]: _dropped, ...rest } = RULES;
  return rest;
};
