/**
 * The compiled transition table and xstate's own transition() must agree: on every path xstate's
 * graph utilities find, and on ≥100,000 random event sequences (fast-check), states and refusals
 * are identical.
 */
import { getShortestPaths } from "xstate/graph";
import { ACTOR_ROLES_FOR_TEST, parseInstant, type DossierEvent } from "./equivalenceSupport";
import {
  dossierMachine,
  replay,
  replayWithXstate,
  type DossierRules,
  type ReplayOptions,
} from "@motcua/dossier";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { calendar, dongThapRegister, dongThapRules, baseRules, envOf } from "./fixtures";

const T0 = parseInstant("2026-02-12T09:00:00+07:00");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Template = Omit<DossierEvent, "id" | "at"> & { readonly mode?: string; readonly newDueAt?: number };
const o = { role: "oneStopOfficer" } as const;
const p = { role: "postalStaff" } as const;
const lead = { role: "agencyLeader" } as const;
const spec = { role: "specialist" } as const;

/** One concrete event per action and per guard branch. */
const TEMPLATES: ReadonlyArray<Template> = [
  { type: "guided", actor: p },
  { type: "submitted", actor: { role: "applicant" }, channel: "counter" },
  { type: "submitted", actor: { role: "applicant" }, channel: "postal" },
  { type: "submitted", actor: { role: "applicant" }, channel: "online" },
  { type: "postalHandedOver", actor: p },
  { type: "supplementRequested", actor: o, stage: "receipt", items: ["a"] },
  { type: "supplementRequested", actor: spec, stage: "appraisal", items: ["b"] },
  { type: "supplementReceived", actor: o },
  { type: "refused", actor: o, stage: "receipt", reason: "r" },
  { type: "refused", actor: lead, stage: "appraisal", reason: "r" },
  { type: "received", actor: o, dossierCode: "X-1" },
  { type: "received", actor: p, dossierCode: "X-2" },
  { type: "digitised", actor: o },
  { type: "transferred", actor: o, paper: true },
  { type: "controlSlipSigned", actor: o, stage: "transfer" },
  { type: "controlSlipSigned", actor: o, stage: "resultReceipt" },
  { type: "assigned", actor: lead, assignee: "cv" },
  { type: "interAgencySent", actor: spec, agencies: ["A", "B"], mode: "parallel" },
  { type: "interAgencySent", actor: spec, agencies: ["C"], mode: "sequential" },
  { type: "interAgencyReturned", actor: spec, agency: "A" },
  { type: "interAgencyReturned", actor: spec, agency: "B" },
  { type: "interAgencyReturned", actor: spec, agency: "C" },
  { type: "financialObligationRequested", actor: spec },
  { type: "financialObligationMet", actor: { role: "system" } },
  { type: "rescheduled", actor: lead, newDueAt: T0 + 30 * DAY, reason: "r" },
  { type: "rescheduled", actor: lead, newDueAt: T0 + 60 * DAY, reason: "r" },
  { type: "stopped", actor: lead, reason: "r" },
  { type: "withdrawn", actor: { role: "applicant" } },
  { type: "resolved", actor: lead, decision: "approved" },
  { type: "resolved", actor: lead, decision: "refused", reason: "r" },
  { type: "resultReady", actor: { role: "clerk" } },
  { type: "resultReturned", actor: o, via: "counter" },
  { type: "resultReturned", actor: p, via: "postal" },
  { type: "resultReturned", actor: { role: "system" }, via: "online" },
  { type: "resultUndeliverable", actor: p, attempts: 1 },
  { type: "resultUndeliverable", actor: p, attempts: 2 },
] as ReadonlyArray<Template>;

const stamp = (t: Template, i: number, at: number): DossierEvent =>
  ({ ...t, id: `e${i}`, at }) as DossierEvent;

const compare = (events: ReadonlyArray<DossierEvent>, rules: DossierRules, options: ReplayOptions) => {
  const fast = replay(events, rules, options);
  const ref = replayWithXstate(events, rules, options);
  if (fast.ok !== ref.ok) return `ok differs: table ${fast.ok}, xstate ${ref.ok}`;
  if (fast.ok && ref.ok) {
    expect(fast.value).toEqual(ref.value);
    return fast.value.state;
  }
  if (!fast.ok && !ref.ok) {
    expect(fast.error.toJSON()).toEqual(ref.error.toJSON());
    return fast.error.code;
  }
  return "unreachable";
};

const envs: Array<[string, DossierRules, ReplayOptions]> = [
  ["national", baseRules, { calendar: calendar, scope: false, dueAt: T0 + 10 * DAY }],
  ["Đồng Tháp signatures", dongThapRules, { calendar: calendar, scope: false }],
];

/** Only what the guards read: keeps the graph finite and small. */
const serializeState = (s: { value: unknown; context: object }) => {
  const c = s.context as Record<string, unknown> & { pendingAgencies: string[] };
  return JSON.stringify([
    s.value,
    c["receiptSupplements"],
    c["appraisalSupplements"],
    c["reschedules"],
    c["receivedByPostalStaff"],
    c["transferSignedAt"] !== undefined,
    c["resultReceiptSignedAt"] !== undefined,
    [...c.pendingAgencies].sort().join(),
  ]);
};

/** For the graph walk: one template per guard branch, fewer inter-agency variants. */
const GRAPH_TEMPLATES = TEMPLATES.filter(
  (t) =>
    !(t.type === "interAgencySent" && t.mode === "sequential") &&
    !(t.type === "rescheduled" && (t.newDueAt ?? 0) > T0 + 40 * DAY),
);

/** Templates whose event type the chart handles in each state (guards may still refuse). */
const HANDLED = new Map(
  Object.entries(dossierMachine.root.states).map(([name, node]) => [
    name,
    TEMPLATES.filter((t) => node.transitions.has(t.type)),
  ]),
);

describe("equivalence on xstate's graph paths", () => {
  for (const [name, rules, options] of envs) {
    const input = envOf(rules, options.dueAt as number | undefined, rules === dongThapRules);
    const events = GRAPH_TEMPLATES.map((t, i) => stamp(t, i, T0));
    const traversal = { input, events, serializeState: serializeState as never };

    it(
      `${name}: every shortest path reaches the same state in both engines and in the graph`,
      { timeout: 300_000 },
      () => {
        const paths = getShortestPaths(dossierMachine, traversal);
        expect(paths.length).toBeGreaterThan(40);
        const reached = new Set<string>();
        for (const path of paths) {
          const seq = path.steps.slice(1).map((s, i) => ({ ...s.event, id: `p${i}` }));
          expect(compare(seq, rules, options)).toBe(path.state.value);
          reached.add(String(path.state.value));
        }
        // Every state of the chart is reachable.
        expect(reached.size).toBe(Object.keys(dossierMachine.root.states).length);
      },
    );

    it(
      `${name}: from every reachable vertex, every event (accepted or refused) agrees`,
      { timeout: 300_000 },
      () => {
        const paths = getShortestPaths(dossierMachine, traversal);
        let refused = 0;
        for (const path of paths) {
          const seq = path.steps.slice(1).map((s, i) => ({ ...s.event, id: `p${i}` }));
          // Events the state handles (guards pass or refuse) plus a rotating few it does not.
          const handled = HANDLED.get(String(path.state.value)) ?? [];
          for (const t of [...handled, ...TEMPLATES.filter((_, k) => k % 9 === seq.length % 9)]) {
            const outcome = compare([...seq, stamp(t, 999, T0)], rules, options);
            if (outcome.startsWith("DOSSIER_")) refused++;
          }
        }
        expect(refused).toBeGreaterThan(paths.length);
      },
    );
  }
});

describe("equivalence on random event sequences (fast-check)", () => {
  const gaps = [0, 10 * 60_000, 2 * HOUR, DAY, 3 * DAY, 7 * DAY];
  const step = fc.record({
    pick: fc.nat(),
    wild: fc.nat({ max: 19 }),
    gap: fc.constantFrom(...gaps),
    role: fc.constantFrom(...ACTOR_ROLES_FOR_TEST),
  });
  const scenario = fc.record({
    steps: fc.array(step, { maxLength: 15 }),
    env: fc.nat({ max: envs.length - 1 }),
    dueAt: fc.option(fc.constantFrom(T0 + 5 * DAY, T0 + 20 * DAY), { nil: undefined }),
    permissions: fc.boolean(),
  });
  const scope = {
    officeId: "DT-HCC",
    procedure: { code: "1", domain: "Công Thương" },
    register: dongThapRegister,
  };

  it("100,000 sequences: identical states and refusals", { timeout: 600_000 }, () => {
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(scenario, ({ steps, env, dueAt, permissions }) => {
        const [, rules, base] = envs[env] as [string, DossierRules, ReplayOptions];
        const options: ReplayOptions = {
          ...base,
          ...(dueAt === undefined ? {} : { dueAt }),
          scope: permissions ? scope : false,
        };
        // Walk mostly along the events the current state handles (so sequences go deep, and
        // guards both pass and refuse), sometimes any event or any actor; stop at the first refusal.
        let at = T0;
        let state = "new";
        const events: DossierEvent[] = [];
        for (const [i, s] of steps.entries()) {
          at += s.gap;
          const handled = HANDLED.get(state) ?? [];
          const pool = s.wild === 0 || handled.length === 0 ? TEMPLATES : handled;
          let e = stamp(pool[s.pick % pool.length] as Template, i, at);
          if (s.wild === 1) e = { ...e, actor: { role: s.role } } as DossierEvent;
          events.push(e);
          const r = replay(events, rules, options);
          if (!r.ok) break;
          state = r.value.state;
        }
        const outcome = compare(events, rules, options);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }),
      // A fixed seed keeps the coverage check below reproducible (a random seed could, rarely, miss a
      // refusal by chance and fail CI for no bug); change it to explore other sequences.
      { numRuns: 100_000, seed: 612_018 },
    );
    // The sequences reached every final state and the main refusals.
    for (const key of [
      "returned",
      "refusedAtReceipt",
      "stopped",
      "withdrawn",
      "DOSSIER_TRANSITION_FORBIDDEN",
      "DOSSIER_CLOSED",
      "DOSSIER_ROLE_FORBIDDEN",
      "DOSSIER_SUPPLEMENT_ALREADY_REQUESTED",
      "DOSSIER_APPRAISAL_WINDOW_CLOSED",
      "DOSSIER_RESCHEDULE_LIMIT",
      "DOSSIER_RESCHEDULE_TOO_LATE",
      "DOSSIER_CONTROL_SLIP_UNSIGNED",
      "DOSSIER_INTER_AGENCY_NOT_PENDING",
      "DOSSIER_UNDELIVERABLE_TOO_EARLY",
      "DOSSIER_REFUSAL_AFTER_DEADLINE",
    ])
      expect(outcomes.get(key) ?? 0, key).toBeGreaterThan(0);
  });
});
