/**
 * Valid domain values (the "near-valid" inputs start from these, with one field broken) and the
 * hostile classes of issue 19: odd `length`/`toString`/`valueOf`, BigInt, cycles, 20k-deep
 * nesting, throwing getters and proxies, `{ length: 1e9 }`, NaN, huge arrays.
 */
import { parseInstant, type DossierEvent } from "@motcua/core";
import { replay } from "@motcua/dossier";
import { national, nationalCalendar, nationalCalendarRules } from "@motcua/national";
import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
import { haTinh } from "@motcua/province-ha-tinh";
import { aggregate } from "@motcua/reports";

const T0 = parseInstant("2026-03-02T08:00:00+07:00");
const MIN = 60_000;

/** A realistic dossier through the national lifecycle (one-stop officer at the counter). */
export const dossierEvents: ReadonlyArray<DossierEvent> = (() => {
  const actor = { role: "oneStopOfficer", officeId: "HT-HCC" } as const;
  let at = T0;
  const steps: Array<[string, Record<string, unknown>, string?]> = [
    ["guided", {}],
    ["submitted", { channel: "counter" }, "applicant"],
    ["digitised", { pages: 5 }],
    ["received", { dossierCode: "H23-260302-0001" }],
    ["transferred", { paper: true }],
    ["assigned", { assignee: "cv" }, "agencyLeader"],
    ["resolved", { decision: "approved" }, "agencyLeader"],
    ["resultReady", {}, "clerk"],
    ["resultReturned", { via: "counter" }],
  ];
  return steps.map(([type, extra, role], i) => {
    at += 30 * MIN;
    return {
      id: `e${i}`,
      type,
      at,
      actor: role === undefined ? actor : { role, officeId: "HT-HCC" },
      ...extra,
    } as DossierEvent;
  });
})();

export const procedure = { code: "1.001234", processingTime: { amount: 3, unit: "workingDays" } } as const;
export const calendarRules = nationalCalendarRules();
export const calendar = nationalCalendar();
export const period = { from: "2022-01-01", to: "2022-04-01" } as const;
export const dossierSummary = {
  officeId: "DT-HCC",
  level: "province",
  domain: "Tài chính",
  channel: "postal",
  receivedAt: "2022-03-01T09:00:00+07:00",
  dueAt: "2022-03-08T17:00:00+07:00",
  completedAt: "2022-03-07T10:00:00+07:00",
} as const;
export const rulebook = composeRulebook([national, haTinh], { asOf: "2026-03-02" });
/** The national `reports` slice in force during `period`. */
export const reportRules = sliceOf(composeRulebook([national], { asOf: period.from }), "reports");
export const report = aggregate([dossierSummary], period, reportRules);
/** The rulebook's slices, as the concept functions read them. */
export const slaRules = sliceOf(rulebook, "sla");
export const dossierRules = { sla: slaRules, permissions: sliceOf(rulebook, "permissions") };
export const forms = sliceOf(rulebook, "forms");
export const snapshot = (() => {
  const r = replay(dossierEvents.slice(0, 4), dossierRules, { calendar });
  if (!r.ok) throw r.error;
  return r.value;
})();
export const staffingInput = {
  level: "district",
  volumes: [
    { domain: "Tư pháp", dossiersPerDay: 30 },
    { domain: "Đất đai", dossiersPerDay: 15 },
  ],
} as const;
export { national, haTinh };
export const haTinh2021StaffingNormsValue: unknown = sliceOf(
  composeRulebook([national, haTinh], { asOf: "2021-06-01" }),
  "staffing",
);
export const haTinh2021HandoverRulesValue: unknown = sliceOf(
  composeRulebook([national, haTinh], { asOf: "2021-06-01" }),
  "handover",
);
/** A plugin as an author writes it (JSON-like): the national plugin's own metadata and no rules. */
export const pluginInput = {
  id: "fuzz-demo",
  name: "Fuzz demo",
  version: "0.1.0",
  jurisdiction: { level: "national" },
  legalBasis: [{ document: "Nghị định 61/2018/NĐ-CP", verified: true }],
  rules: {
    sla: {
      paperTransferCutoff: [
        {
          value: "15:00",
          legalRef: { document: "Nghị định 61/2018/NĐ-CP", article: "18", verified: true },
          validity: { validTo: "2025-06-30" },
        },
        {
          value: "16:00",
          legalRef: { document: "Nghị định 61/2018/NĐ-CP", article: "18", verified: true },
          validity: { validFrom: "2025-07-01" },
        },
      ],
    },
  },
} as const;
export const handoverRequest = { officeId: "HT-CANLOC", level: "district", scope: { kind: "all" } } as const;

/** Every valid value, for argument positions the harness knows nothing about. */
export const VALID: ReadonlyArray<unknown> = [
  "2026-02-12T09:00:00+07:00",
  "2026-02-12T02:00:00Z",
  T0,
  "2026-02-17",
  "2021-06-01",
  20_501,
  2026,
  3,
  0,
  "HT-HCC",
  "district",
  "province",
  "postal",
  "received",
  "guided",
  "1.001234",
  "H23-260302-0001",
  dossierEvents,
  dossierEvents[0],
  procedure,
  calendar,
  period,
  dossierSummary,
  [dossierSummary],
  report,
  national,
  haTinh,
  [national, haTinh],
  rulebook,
  snapshot,
  staffingInput,
  haTinh2021StaffingNormsValue,
  haTinh2021HandoverRulesValue,
  slaRules,
  dossierRules,
  forms,
  handoverRequest,
  { role: "oneStopOfficer", officeId: "HT-HCC" },
  { asOf: "2026-03-02" },
  { calendar },
  {},
  [],
];

const deep = (levels: number): unknown => {
  let value: unknown = {};
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};
const cyclic = (): unknown => {
  const o: Record<string, unknown> = { id: "x" };
  o["self"] = o;
  return o;
};
const throwingGetter = (): unknown =>
  Object.defineProperty({ id: "x" }, "type", {
    enumerable: true,
    get() {
      throw new Error("getter");
    },
  });
const throwingProxy = (): unknown =>
  new Proxy([], {
    get() {
      throw new Error("proxy");
    },
    ownKeys() {
      throw new Error("proxy");
    },
    has() {
      throw new Error("proxy");
    },
    getOwnPropertyDescriptor() {
      throw new Error("proxy");
    },
  });

/** Built once: the harness shares them, so building 20k levels or 100k items is not per call. */
const DEEP = Object.freeze(deep(20_000));
const BIG = Object.freeze(
  Array.from({ length: 10_000 }, (_, i) => Object.freeze({ id: `e${i}`, type: "guided", at: T0 + i })),
);

/** The hostile classes, each a factory (fresh where cheap, shared where building is costly). */
export const HOSTILE: ReadonlyArray<() => unknown> = [
  () => ({ length: JSON.parse('{"toString":1,"valueOf":1}') as unknown }),
  () => JSON.parse('{"toString":1,"valueOf":1}') as unknown,
  () => ({ size: { valueOf: () => { throw new Error("valueOf"); } } }), // prettier-ignore
  () => ({ length: 1e9 }),
  () => 10n,
  () => ({ at: 10n }),
  cyclic,
  () => DEEP,
  throwingGetter,
  throwingProxy,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => -0,
  () => 0.5,
  () => 8.64e15,
  () => -62325043200000,
  () => "02-30",
  () => "2025-02-30",
  () => "=HYPERLINK(1)",
  () => "x".repeat(10_000),
  () => Object.create(null) as unknown,
  () => Symbol("s"),
  () => () => 1,
  () => BIG,
  // eslint-disable-next-line no-sparse-arrays
  () => [1, , 3],
  () => ({ __proto__: { polluted: true } }),
  () => JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
];
