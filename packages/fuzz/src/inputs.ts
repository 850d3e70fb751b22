/**
 * Generated arguments for a target: `fc.anything()` in every position, near-valid arguments (a
 * valid call with one field, at any depth, replaced), and valid calls with one hostile value.
 */
import * as fc from "fast-check";
import * as c from "./corpus";
import type { Target } from "./targets";
import { deepFreeze } from "./values";

/** Valid argument lists of the functions worth reaching past their first check. */
const HINTS: Readonly<Record<string, ReadonlyArray<ReadonlyArray<unknown>>>> = {
  "sla.computeClock": [[c.dossierEvents, c.procedure, c.calendar, c.slaRules, "2026-03-10T09:00:00+07:00"]],
  "sla.safeComputeClock": [
    [c.dossierEvents, c.procedure, c.calendar, c.slaRules, "2026-03-10T09:00:00+07:00"],
  ],
  "sla.computeDeadline": [[c.procedure, "2026-02-12T09:00:00+07:00", c.calendar, c.slaRules]],
  "sla.judgeCompletion": [[c.dossierEvents[3]?.at, c.dossierEvents[8]?.at]],
  "sla.judgePending": [[c.dossierEvents[3]?.at, c.dossierEvents[8]?.at]],
  "dossier.replay": [
    [c.dossierEvents, c.dossierRules],
    [c.dossierEvents, c.dossierRules, { calendar: c.calendar, scope: false }],
  ],
  "dossier.replayWithXstate": [[c.dossierEvents, c.dossierRules]],
  "dossier.parseDossierEvents": [[c.dossierEvents]],
  "dossier.toReceiptSlip": [
    [c.dossierEvents, { procedure: c.procedure, dueAt: "2026-03-05T17:00:00+07:00" }, c.forms],
  ],
  "dossier.toControlSlip": [
    [c.dossierEvents, { rules: c.dossierRules, calendar: c.calendar, forms: c.forms }],
  ],
  "dossier.toTrackingLedgerRow": [[c.dossierEvents, {}, c.forms]],
  "dossier.toSupplementRequests": [[c.dossierEvents, c.forms]],
  "dossier.toRefusal": [[c.dossierEvents, c.forms]],
  "dossier.toApologies": [[c.dossierEvents, {}, c.forms]],
  "dossier.toStopNotice": [[c.dossierEvents, c.forms]],
  "dossier.can": [
    [c.snapshot, { role: "oneStopOfficer", officeId: "HT-HCC" }, "transfer", { rules: c.dossierRules }],
  ],
  "calendar.makeCalendar": [
    [c.calendarRules, { fromYear: 2026, toYear: 2026 }],
    [c.calendarRules, { fromYear: 2026, toYear: 2026, overlays: [] }],
  ],
  "calendar.holidayScheduleOf": [[c.calendarRules, 2026]],
  "calendar.projectedScheduleOf": [[c.calendarRules, 2027]],
  "reports.aggregate": [[[c.dossierSummary], c.period, c.reportRules]],
  "reports.toCsv": [
    [c.report, c.reportRules],
    [c.report, c.reportRules, { officeNames: { "DT-HCC": "Trung tâm" } }],
  ],
  "reports.toHtml": [[c.report, c.reportRules]],
  "reports.aggregateToJson": [[c.report, c.reportRules]],
  "reports.computeShare": [[1, 3, c.reportRules]],
  "reports.computeShares": [[c.report.rows[0]?.counts, c.reportRules]],
  "reports.readCountingRules": [[c.reportRules]],
  "reports.mergeAggregates": [[[c.report, c.report]]],
  "reports.parseDossierSummary": [[c.dossierSummary]],
  "staffing.planStaffing": [[c.staffingInput, c.haTinh2021StaffingNormsValue]],
  "handover.decide": [[c.handoverRequest, c.haTinh2021HandoverRulesValue, "2021-06-01"]],
  "plugin-sdk.loadPlugin": [[c.pluginInput]],
  "plugin-sdk.safeLoadPlugin": [[c.pluginInput]],
  "plugin-sdk.definePlugin": [[c.pluginInput]],
  "plugin-sdk.composeRulebook": [
    [[c.pluginInput], { asOf: "2026-03-02" }],
    [[c.national], { asOf: "2026-03-02" }],
  ],
  "plugin-sdk.getRule": [[c.rulebook, "sla", "paperTransferCutoff"]],
  "plugin-sdk.ruleValue": [[c.rulebook, "sla", "paperTransferCutoff"]],
  "plugin-sdk.sliceOf": [[c.rulebook, "sla"]],
  "plugin-sdk.explain": [[c.rulebook, "sla.paperTransferCutoff"]],
};
deepFreeze(HINTS);
deepFreeze(c.VALID);

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  maxDepth: 2,
  maxKeys: 4,
  size: "small",
});

/**
 * A hostile value is generated as a placeholder and built only after sampling: fast-check itself
 * inspects the values it generates, and a throwing proxy would crash the generator, not the target.
 */
class Hole {
  constructor(readonly index: number) {}
}
const hostile = fc.integer({ min: 0, max: c.HOSTILE.length - 1 }).map((i) => new Hole(i));

/** A value to put where a valid one was: anything, a hostile class, or another valid value. */
const broken = fc.oneof(
  { weight: 3, arbitrary: anything },
  { weight: 3, arbitrary: hostile },
  { weight: 1, arbitrary: fc.constantFrom(...c.VALID) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, "", 0, -1, 1.5, true, [], {}) },
);

/**
 * `value` with the node reached by `steps` replaced by `replacement`. Containers on the way are
 * copied (the corpus is frozen and shared); a step picks an own key by index, modulo their number.
 */
function replaceAt(value: unknown, steps: ReadonlyArray<number>, replacement: unknown): unknown {
  const [step, ...rest] = steps;
  if (step === undefined || typeof value !== "object" || value === null) return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[step % keys.length] as string;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...(value as Record<string, unknown>) };
  copy[key] = replaceAt((value as Record<string, unknown>)[key], rest, replacement);
  return copy;
}

const validArgs = (t: Target): fc.Arbitrary<ReadonlyArray<unknown>> => {
  const hints = HINTS[t.name];
  const positional = fc.array(fc.constantFrom(...c.VALID), {
    minLength: Math.max(t.arity, 1),
    maxLength: t.arity + 1,
  });
  return hints === undefined
    ? positional
    : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...hints) }, { weight: 1, arbitrary: positional });
};

/** Replaces the placeholders of {@link hostile} (at most two levels below a copied path). */
function materialize(value: unknown, depth = 0): unknown {
  if (value instanceof Hole) return (c.HOSTILE[value.index] as () => unknown)();
  if (depth > 8 || typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const next = record[key];
      if (next instanceof Hole || (typeof next === "object" && next !== null && !Object.isFrozen(next)))
        record[key] = materialize(next, depth + 1);
    }
  }
  return value;
}

/**
 * Visits the first `runs` argument lists `fc.sample(args, { numRuns: runs, seed })` gives, in
 * order, hostile values built, one at a time: `visit` runs as each is generated, so an input is
 * garbage once visited instead of living, with thousands of others, until the whole sample is
 * drawn. The inputs are the same as the sample's (mapping draws no randomness).
 */
export function forEachArgs(
  args: fc.Arbitrary<ReadonlyArray<unknown>>,
  runs: number,
  seed: number,
  visit: (args: unknown[], k: number) => void,
): void {
  let k = 0;
  const visited = args.map((a) => {
    if (k < runs) visit(materialize([...a]) as unknown[], k++);
    return 0;
  });
  fc.sample(visited, { numRuns: runs, seed });
}

/** The argument lists of `t`: a third anything, a third near-valid, a third hostile. */
export function argsOf(t: Target): fc.Arbitrary<ReadonlyArray<unknown>> {
  const n = Math.max(t.arity, 1);
  const anyArgs = fc.array(fc.oneof({ weight: 4, arbitrary: anything }, { weight: 1, arbitrary: hostile }), {
    minLength: 0,
    maxLength: n + 1,
  });
  const nearValid = fc
    .tuple(validArgs(t), fc.nat(), fc.array(fc.nat(), { maxLength: 5 }), broken)
    .map(([args, at, steps, value]) =>
      args.length === 0 ? [value] : (replaceAt(args, [at % args.length, ...steps], value) as unknown[]),
    );
  const oneHostile = fc.tuple(validArgs(t), fc.nat(), hostile).map(([args, at, value]) => {
    const copy = [...args];
    copy[at % Math.max(copy.length, 1)] = value;
    return copy;
  });
  return fc.oneof(anyArgs, nearValid, oneHostile);
}
