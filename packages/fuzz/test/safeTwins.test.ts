/**
 * One failure convention (issue 17): a public function that throws on input from outside the
 * program has a `safe*` twin returning the `Result`, which never throws (docs/errors.md). The
 * functions that throw without a twin are listed here with the reason; a new throwing export fails
 * this test until it gets a twin or a reason.
 */
import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import * as national from "@motcua/national";
import { PACKAGES } from "../src/targets";

const MODULES: Record<string, Record<string, unknown>> = { ...PACKAGES, national };

/** Twins that are not `safe<Name>`: the two primitive readers answer `undefined`, on hot paths. */
const TWIN: Readonly<Record<string, string>> = {
  "core.parseInstant": "core.tryParseInstant",
  "core.parseCivilDate": "core.tryParseCivilDate",
  "core.toDayNumber": "core.tryParseCivilDate",
  "core.vietnamDate": "core.tryParseInstant",
  "plugin-sdk.loadPlugin": "plugin-sdk.safeLoadPlugin",
  "plugin-sdk.definePlugin": "plugin-sdk.safeLoadPlugin",
};

const OWN_VALUES = "arithmetic or formatting of values motcua produced (day numbers, epoch ms, parts)";
const AUTHORING = "a tool for package and plugin authors, called with values written in code";
const RULEBOOK = "reads a composed rulebook with a slot, key or path written in code";
const PRODUCED = "renders or combines an output motcua produced (a report, a plan, counts)";
const TABLES = "a calendar table lookup on a year or a date: use the calendar's own checks";
const FORMS = "a form from a dossier's events: replay (a Result) validates the same events; wrap in attempt";

/** Throwing exports without a twin, and why. */
const NO_TWIN: Readonly<Record<string, string>> = {
  "core.bilingual": AUTHORING,
  "core.guardFunction": AUTHORING,
  "core.levenshtein": AUTHORING,
  "core.requireRule": AUTHORING,
  "core.ruleMissingError": AUTHORING,
  "core.sliceReader": AUTHORING,
  "core.resolveSuccessor": AUTHORING,
  "core.isValidOn": AUTHORING,
  "core.levelExistsOn": AUTHORING,
  "core.findHandover": AUTHORING,
  "core.dayNumberOf": OWN_VALUES,
  "core.partsOfDayNumber": OWN_VALUES,
  "core.weekdayOfDayNumber": OWN_VALUES,
  "core.vietnamDayNumber": OWN_VALUES,
  "core.vietnamInstant": OWN_VALUES,
  "core.fromDayNumber": OWN_VALUES,
  "core.formatCivilDate": OWN_VALUES,
  "core.formatInstant": OWN_VALUES,
  "calendar.holidayScheduleOf": TABLES,
  "calendar.projectedScheduleOf": TABLES,
  "calendar.hungKingsDayOf": TABLES,
  "calendar.lunarToSolar": TABLES,
  "calendar.solarToLunar": TABLES,
  "calendar.tetOf": TABLES,
  "dossier.actionOf": FORMS,
  "dossier.paperTransferDueAt": FORMS,
  "dossier.toApologies": FORMS,
  "dossier.toControlSlip": FORMS,
  "dossier.toMermaid": FORMS,
  "dossier.toReceiptSlip": FORMS,
  "dossier.toRefusal": FORMS,
  "dossier.toStopNotice": FORMS,
  "dossier.toSupplementRequests": FORMS,
  "dossier.toTrackingLedgerRow": FORMS,
  "sla.appraisalSupplementLastDay": AUTHORING,
  "sla.eventRulesOf": AUTHORING,
  "sla.judgeCompletion": OWN_VALUES,
  "sla.judgePending": OWN_VALUES,
  "sla.latestRescheduleDay": AUTHORING,
  "sla.rescheduleVerdict": AUTHORING,
  "sla.slaRuleSourcesOn":
    "a citation table lookup on a civil date, the receipt's vietnamDate: use the core date readers",
  "sla.supplementVerdict": AUTHORING,
  "staffing.explainPlan": PRODUCED,
  "reports.addCounts": PRODUCED,
  "reports.aggregateToJson": PRODUCED,
  "reports.checkReportCounts": PRODUCED,
  "reports.computeShare": PRODUCED,
  "reports.computeShares": PRODUCED,
  "reports.mergeAggregates": PRODUCED,
  "reports.periodBounds": PRODUCED,
  "reports.readCountingRules": AUTHORING,
  "reports.toCsv": PRODUCED,
  "reports.toDossierColumns": PRODUCED,
  "reports.toHtml": PRODUCED,
  "reports.totalCounts": PRODUCED,
  "plugin-sdk.explain": RULEBOOK,
  "plugin-sdk.getRule": RULEBOOK,
  "plugin-sdk.ruleValue": RULEBOOK,
  "plugin-sdk.sliceOf": RULEBOOK,
  "national.nationalCalendar": AUTHORING,
  "national.nationalRulebook": AUTHORING,
};

const isClass = (f: unknown): boolean =>
  typeof f === "function" && /^class\b/.test(Function.prototype.toString.call(f));

const functions = Object.entries(MODULES).flatMap(([pkg, m]) =>
  Object.entries(m)
    .filter(([name, f]) => typeof f === "function" && !isClass(f) && /^[a-z]/.test(name))
    .map(([name, f]) => ({ id: `${pkg}.${name}`, pkg, name, f: f as (...a: unknown[]) => unknown })),
);
const exported = new Set(functions.map((f) => f.id));

/** Called with arguments no function accepts: throws (a validator) or answers. */
function throwsOnBadInput(f: (...a: unknown[]) => unknown): boolean {
  try {
    const r = f(Symbol("a"), Symbol("b"), Symbol("c"), Symbol("d"), Symbol("e"));
    if (r instanceof Promise) r.catch(() => undefined);
    return false;
  } catch (e) {
    return isMotcuaError(e);
  }
}

const hostile: ReadonlyArray<ReadonlyArray<unknown>> = [
  [],
  [Symbol("a"), Symbol("b"), Symbol("c"), Symbol("d"), Symbol("e")],
  [
    new Proxy(
      {},
      {
        get: () => {
          throw new Error("trap");
        },
      },
    ),
  ],
  [null, null, null, null, null],
];

describe("the failure convention: throwing validators have a safe twin", () => {
  it("every throwing export has its twin, or a reason in NO_TWIN", () => {
    const missing = functions
      .filter((f) => !f.name.startsWith("safe") && throwsOnBadInput(f.f))
      .filter((f) => {
        const twin = TWIN[f.id] ?? `${f.pkg}.safe${f.name[0]?.toUpperCase()}${f.name.slice(1)}`;
        return !exported.has(twin) && NO_TWIN[f.id] === undefined;
      })
      .map((f) => f.id);
    expect(missing).toEqual([]);
  });

  it("the lists name only exports that throw (no stale entry)", () => {
    const stale = [...Object.keys(NO_TWIN), ...Object.keys(TWIN)].filter((id) => {
      const f = functions.find((g) => g.id === id);
      return f === undefined || !throwsOnBadInput(f.f);
    });
    expect(stale).toEqual([]);
  });

  it("every safe* export answers a Result with a coded error and never throws", () => {
    const safe = functions.filter((f) => f.name.startsWith("safe") && f.id !== "core.safeError");
    expect(safe.length).toBeGreaterThan(10);
    for (const { id, f } of safe)
      for (const args of hostile) {
        let r: unknown;
        expect(() => (r = f(...args)), id).not.toThrow();
        expect(r, id).toMatchObject({ ok: false });
        expect(isMotcuaError((r as { error: unknown }).error), id).toBe(true);
      }
  });
});
