/**
 * A test-only `sla` slice: the values the tests assume, cited to this fixture. The package itself
 * holds no rule value; a test that needs another value overrides it.
 */
import type { LegalRef } from "@motcua/core";
import type { SlaRules } from "@motcua/sla";

const FIXTURE: LegalRef = { document: "test fixture", verified: false, note: "test-only rule values" };

type Values = { -readonly [K in keyof SlaRules]-?: NonNullable<SlaRules[K]>["value"] };

/** The fixture's values (those of a one-stop under Nghị định 61/2018, as the tests read them). */
export const SLA_VALUES: Omit<Values, "supplementPolicy"> = {
  defaultUnit: "workingDays",
  workingDayHours: 8,
  workingDayCount: "sameWallClock",
  supplementRequestsMax: 1,
  appraisalReturnWorkingDays: 3,
  reschedulesMax: 1,
  lateNoticeDaysBefore: 1,
  lateNoticeDayKind: "workingDays",
  lateJudgedAgainst: "original",
  refusalWithinDeadline: true,
  financialObligation: "pause",
  stoppedJudgement: "notJudged",
  warningThresholds: [0.5, 0.75, 1],
  paperTransferCutoff: "15:00",
  sameDayCutoff: "15:00",
  postalInboundTransitCounts: false,
  postalDeliveryAttempts: { invitations: 2, workingDaysApart: 2 },
  postalTransitTargets: [],
};

/** A slice of the fixture's values with `overrides` (a key set to `undefined` is left out). */
export function slaRules(overrides: { readonly [K in keyof Values]?: Values[K] | undefined } = {}): SlaRules {
  const values: Record<string, unknown> = { ...SLA_VALUES, ...overrides };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values))
    if (value !== undefined) out[key] = Object.freeze({ value, legalRef: FIXTURE, verified: false });
  return Object.freeze(out) as SlaRules;
}

/** The default fixture slice (one object: the clock's caches work per slice). */
export const RULES = slaRules();
