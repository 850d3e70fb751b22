/**
 * Biểu 06 computed in SQL over the store equals `aggregate` of `@motcua/reports` over the same
 * dossiers (property test, both back ends), and the national figure is the merge of the
 * per-province ones.
 */
import type { Channel, DossierEventInput } from "@motcua/core";
import {
  aggregate,
  mergeAggregates,
  type DossierSummaryInput,
  type ReportPeriod,
  type ReportRules,
} from "@motcua/reports";
import { nationalCalendar, nationalRulebook } from "@motcua/national";
import { sliceOf } from "@motcua/plugin-sdk";
import { computeDeadline } from "@motcua/sla";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type DossierStore, type NewDossier } from "../src";
import { backends } from "./support/backends";

const calendar = nationalCalendar();
const OFFICES = [
  { officeId: "HT-HCC", province: "42", level: "province" },
  { officeId: "HT-CX", province: "42", level: "district" },
  { officeId: "DT-HCC", province: "87", level: "province" },
] as const;
const PROCEDURES = [
  { code: "1.001", domain: "Tư pháp", processingTime: { amount: 3, unit: "workingDays" } },
  { code: "1.002", domain: "Đất đai", processingTime: { amount: 10, unit: "workingDays" } },
  { code: "1.003", domain: "Công Thương", processingTime: { amount: 8, unit: "workingHours" } },
] as const;
const START = Date.parse("2025-12-01T00:00:00+07:00");

const dossierArb = fc.record({
  office: fc.integer({ min: 0, max: OFFICES.length - 1 }),
  procedure: fc.integer({ min: 0, max: PROCEDURES.length - 1 }),
  channel: fc.constantFrom<Channel>("counter", "online"),
  receivedMinute: fc.integer({ min: 0, max: 150 * 24 * 60 }),
  end: fc.oneof(
    fc.constant({ kind: "pending" as const, after: 0 }),
    fc.record({
      kind: fc.constantFrom("resultReady" as const, "withdrawn" as const, "refused" as const),
      after: fc.integer({ min: 1, max: 30 * 480 }),
    }),
  ),
});
type Spec = typeof dossierArb extends fc.Arbitrary<infer T> ? T : never;

const officer = { role: "oneStopOfficer" } as const;
const leader = { role: "agencyLeader" } as const;

/** The dossier's events and, independently, its line as `@motcua/reports` takes it. */
function build(
  spec: Spec,
  id: string,
): { dossier: NewDossier; events: DossierEventInput[]; summary: DossierSummaryInput } {
  const office = OFFICES[spec.office]!;
  const procedure = PROCEDURES[spec.procedure]!;
  const receivedAt = calendar.nextWorkingInstant(START + spec.receivedMinute * 60_000);
  const dueAt = computeDeadline(
    procedure,
    receivedAt,
    calendar,
    sliceOf(nationalRulebook(receivedAt), "sla"),
  );
  const t = (k: number) => receivedAt + k * 1000;
  const events: DossierEventInput[] = [
    {
      id: "1",
      type: "submitted",
      at: receivedAt - 60_000,
      actor: { role: "applicant" },
      channel: spec.channel,
    },
    { id: "2", type: "received", at: receivedAt, actor: officer, dossierCode: `${id}-C` },
    { id: "3", type: "transferred", at: t(1), actor: officer, paper: false },
    { id: "4", type: "assigned", at: t(2), actor: leader, assignee: "cv" },
  ];
  const planned = Math.max(t(3), calendar.addWorkingMinutes(receivedAt, spec.end.after));
  // A refusal after appraisal must come within the deadline (Nghị định 61/2018/NĐ-CP Art. 19).
  const endAt = spec.end.kind === "refused" ? Math.max(t(3), Math.min(planned, dueAt)) : planned;
  let completedAt: number | undefined;
  let closure: "withdrawn" | "refused" | undefined;
  if (spec.end.kind === "resultReady" || spec.end.kind === "refused") {
    const decision = spec.end.kind === "refused" ? "refused" : "approved";
    events.push(
      {
        id: "5",
        type: "resolved",
        at: endAt,
        actor: leader,
        decision,
        ...(decision === "refused" ? { reason: "Không đủ điều kiện" } : {}),
      },
      { id: "6", type: "resultReady", at: endAt, actor: { role: "clerk" } },
    );
    completedAt = endAt;
    if (decision === "refused") closure = "refused";
  } else if (spec.end.kind === "withdrawn") {
    events.push({ id: "5", type: "withdrawn", at: endAt, actor: { role: "applicant" }, reason: "Rút hồ sơ" });
    completedAt = endAt;
    closure = "withdrawn";
  }
  return {
    dossier: {
      dossierId: id,
      province: office.province,
      officeId: office.officeId,
      level: office.level,
      procedure,
    },
    events,
    summary: {
      officeId: office.officeId,
      level: office.level,
      domain: procedure.domain,
      channel: spec.channel,
      receivedAt,
      dueAt,
      ...(completedAt === undefined ? {} : { completedAt }),
      ...(closure === undefined ? {} : { closure }),
    },
  };
}

const PERIODS = [
  { from: "2026-01-01", to: "2026-04-01" },
  { from: "2026-02-01", to: "2026-03-01" },
  { from: "2025-12-01", to: "2026-07-01" },
] as const;

/** The national `reports` slice in force at a period's start. */
const nationalReports = (period: ReportPeriod): ReportRules =>
  sliceOf(nationalRulebook(`${period.from}T00:00:00+07:00`), "reports");

/** A province's other choices: withdrawn counted as resolved, refusals excluded, postal merged. */
const otherReports = (at: number): ReportRules => {
  const n = sliceOf(nationalRulebook(at), "reports");
  const ref = { document: "Quy chế thống kê (fixture)", verified: false };
  return {
    ...n,
    withdrawnCount: { value: "resolved", legalRef: ref, verified: false },
    refusedCount: { value: "excluded", legalRef: ref, verified: false },
    postalColumn: {
      value: { internal: "merged", export: "mergedWithInPerson" },
      legalRef: ref,
      verified: false,
    },
  };
};

const VARIANTS = [
  { name: "national report rules", rules: undefined, rulesAt: nationalReports },
  {
    name: "other report rules (withdrawn resolved, refused excluded, postal merged)",
    rules: otherReports,
    rulesAt: (p: ReportPeriod) => otherReports(Date.parse(`${p.from}T00:00:00+07:00`)),
  },
] as const;

for (const backend of backends)
  for (const variant of VARIANTS) {
    describe.skipIf(backend.skip)(`Biểu 06 in SQL on ${backend.name}, ${variant.name}`, () => {
      let store: DossierStore;
      let cleanup: () => Promise<void>;
      beforeAll(async () => {
        const opened = await backend.open();
        cleanup = opened.cleanup;
        store = await openStore(opened.db, {
          permissions: false,
          ...(variant.rules === undefined ? {} : { reportRules: variant.rules }),
          now: () => Date.parse("2026-07-01T00:00:00+07:00"),
        });
      });
      afterAll(async () => {
        await store?.close();
        await cleanup?.();
      });

      let run = 0;
      const all: Array<ReturnType<typeof build>> = [];
      it("equals @motcua/reports aggregate for an office, a province and the country (= merge of provinces)", async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.array(dossierArb, { minLength: 1, maxLength: 20 }),
            fc.constantFrom(...PERIODS),
            async (specs, period) => {
              run++;
              const built = specs.map((s, i) => build(s, `r${run}-${i}`));
              const created = await store.createDossiers(built.map((b) => b.dossier));
              if (!created.ok) throw created.error;
              const appended = await store.appendMany(
                built.map((b) => ({ dossierId: b.dossier.dossierId, expectedVersion: 0, events: b.events })),
              );
              if (!appended.ok) throw appended.error;
              all.push(...built);
              // The store holds every run's dossiers so far: compare against all of them.
              const js = (keep: (b: (typeof all)[number]) => boolean) =>
                aggregate(
                  all.filter(keep).map((b) => b.summary),
                  period,
                  variant.rulesAt(period),
                );
              expect(await store.bieu06(period)).toEqual(js(() => true));
              expect(await store.bieu06(period, { officeId: "HT-HCC" })).toEqual(
                js((b) => b.dossier.officeId === "HT-HCC"),
              );
              expect(await store.bieu06(period, { province: "42" })).toEqual(
                js((b) => b.dossier.province === "42"),
              );
              const national = mergeAggregates([
                await store.bieu06(period, { province: "42" }),
                await store.bieu06(period, { province: "87" }),
              ]);
              expect(national).toEqual(js(() => true));
            },
          ),
          { numRuns: 15, seed: 2026 },
        );
      });
    });
  }
