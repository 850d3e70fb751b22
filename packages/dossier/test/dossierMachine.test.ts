/**
 * Every transition and every forbidden one: the chart's golden (state → accepted event types)
 * table, reviewed against DOMAIN.md §4 (Nghị định 61/2018 Art. 15–21, QĐ 45/2016), and replay's
 * answer for all 17 × 22 (state, event type) pairs.
 */
import { DOSSIER_EVENT_TYPES, type DossierEvent, type DossierEventType } from "@motcua/core";
import { DOSSIER_STATES, dossierMachine, replay, type DossierStateName } from "@motcua/dossier";
import { describe, expect, it } from "vitest";
import { baseRules, calendar } from "./fixtures";

const GOLDEN: Record<DossierStateName, ReadonlyArray<DossierEventType>> = {
  new: ["guided", "submitted", "withdrawn"],
  inPostalTransit: ["postalHandedOver", "withdrawn"],
  awaitingReceipt: ["guided", "digitised", "received", "supplementRequested", "refused", "withdrawn"],
  awaitingReceiptSupplement: ["guided", "supplementReceived", "withdrawn"],
  refusedAtReceipt: [],
  received: ["digitised", "controlSlipSigned", "transferred", "forwarded", "rescheduled", "withdrawn"],
  atAgency: ["assigned", "rescheduled", "stopped", "withdrawn"],
  processing: [
    "assigned",
    "supplementRequested",
    "interAgencySent",
    "financialObligationRequested",
    "resolved",
    "refused",
    "rescheduled",
    "stopped",
    "withdrawn",
  ],
  awaitingAppraisalSupplement: ["supplementReceived", "stopped", "withdrawn"],
  interAgency: ["interAgencySent", "interAgencyReturned", "rescheduled", "stopped", "withdrawn"],
  awaitingFinancialObligation: ["financialObligationMet", "rescheduled", "stopped", "withdrawn"],
  resolved: ["resultReady"],
  resultReady: ["controlSlipSigned", "resultReturned", "resultUndeliverable"],
  undeliverable: ["resultReturned"],
  returned: [],
  stopped: [],
  withdrawn: [],
};

const FINAL = new Set(["refusedAtReceipt", "returned", "stopped", "withdrawn"]);

// Shortest event prefixes reaching each state (counter dossier received Mon 02/03/2026 09:00).
const t = (h: number) => Date.UTC(2026, 2, 2, 2) + h * 3_600_000;
const E = (type: string, h: number, role: string, extra: object = {}) => ({
  type,
  at: t(h),
  actor: { role },
  ...extra,
});
const sub = E("submitted", 0, "applicant", { channel: "counter" });
const rec = E("received", 1, "oneStopOfficer", { dossierCode: "X" });
const tra = E("transferred", 2, "oneStopOfficer", { paper: false });
const asg = E("assigned", 3, "agencyLeader", { assignee: "cv" });
const res = E("resolved", 4, "agencyLeader", { decision: "approved" });
const rdy = E("resultReady", 5, "clerk");
const PREFIX: Record<DossierStateName, object[]> = {
  new: [],
  inPostalTransit: [E("submitted", 0, "applicant", { channel: "postal" })],
  awaitingReceipt: [sub],
  awaitingReceiptSupplement: [
    sub,
    E("supplementRequested", 1, "oneStopOfficer", { stage: "receipt", items: ["x"] }),
  ],
  refusedAtReceipt: [sub, E("refused", 1, "oneStopOfficer", { stage: "receipt", reason: "x" })],
  received: [sub, rec],
  atAgency: [sub, rec, tra],
  processing: [sub, rec, tra, asg],
  awaitingAppraisalSupplement: [
    sub,
    rec,
    tra,
    asg,
    E("supplementRequested", 4, "specialist", { stage: "appraisal", items: ["x"] }),
  ],
  interAgency: [
    sub,
    rec,
    tra,
    asg,
    E("interAgencySent", 4, "specialist", { agencies: ["A"], mode: "parallel" }),
  ],
  awaitingFinancialObligation: [sub, rec, tra, asg, E("financialObligationRequested", 4, "specialist")],
  resolved: [sub, rec, tra, asg, res],
  resultReady: [sub, rec, tra, asg, res, rdy],
  undeliverable: [sub, rec, tra, asg, res, rdy, E("resultUndeliverable", 6, "postalStaff", { attempts: 2 })],
  returned: [sub, rec, tra, asg, res, rdy, E("resultReturned", 6, "oneStopOfficer", { via: "counter" })],
  stopped: [sub, rec, tra, asg, E("stopped", 4, "agencyLeader", { reason: "x" })],
  withdrawn: [sub, E("withdrawn", 1, "applicant")],
};
const withIds = (events: object[]) => events.map((e, i) => ({ ...e, id: `e${i}` }) as DossierEvent);

describe("dossierMachine: the transition table", () => {
  it("accepts exactly the golden event types in each state", () => {
    const actual = Object.fromEntries(
      Object.entries(dossierMachine.root.states).map(([s, n]) => [s, [...n.transitions.keys()]]),
    );
    expect(actual).toEqual(GOLDEN);
    expect(DOSSIER_STATES).toEqual(Object.keys(GOLDEN));
  });

  it("replay refuses every other (state, event type) pair: DOSSIER_CLOSED in final states, DOSSIER_TRANSITION_FORBIDDEN elsewhere", () => {
    let forbidden = 0;
    for (const state of DOSSIER_STATES) {
      const prefix = withIds(PREFIX[state]);
      const base = replay(prefix, baseRules, { scope: false, calendar });
      expect(base.ok && base.value.state, state).toBe(state);
      for (const type of DOSSIER_EVENT_TYPES) {
        if (GOLDEN[state].includes(type)) continue;
        // A well-formed event of that type (fields the type requires).
        const extra: Record<string, unknown> = {
          channel: "counter",
          stage: "receipt",
          items: ["x"],
          reason: "x",
          dossierCode: "Y",
          assignee: "a",
          agencies: ["B"],
          mode: "parallel",
          agency: "B",
          newDueAt: t(100),
          decision: "approved",
          via: "counter",
          attempts: 2,
          toUnit: "xa-b",
        };
        if (type === "controlSlipSigned") extra["stage"] = "transfer";
        const fields = Object.fromEntries(
          Object.entries(extra).filter(
            ([k]) =>
              [
                "submitted",
                "supplementRequested",
                "refused",
                "received",
                "forwarded",
                "assigned",
                "interAgencySent",
                "interAgencyReturned",
                "rescheduled",
                "stopped",
                "resolved",
                "resultReturned",
                "resultUndeliverable",
                "controlSlipSigned",
              ].includes(type) && k in requiredFields(type),
          ),
        );
        const event = {
          id: "z",
          type,
          at: t(50),
          actor: { role: "agencyLeader" },
          ...fields,
        } as DossierEvent;
        const r = replay([...prefix, event], baseRules, { scope: false, calendar });
        expect(r.ok, `${state} × ${type}`).toBe(false);
        if (!r.ok) {
          expect(r.error.code, `${state} × ${type}`).toBe(
            FINAL.has(state) ? "DOSSIER_CLOSED" : "DOSSIER_TRANSITION_FORBIDDEN",
          );
          expect(r.error.path).toEqual(["events", prefix.length]);
          expect(r.error.data).toMatchObject({ eventId: "z", eventType: type, state });
        }
        forbidden++;
      }
    }
    expect(forbidden).toBe(17 * 23 - Object.values(GOLDEN).reduce((n, l) => n + l.length, 0));
  });
});

function requiredFields(type: string): Record<string, true> {
  const f: Record<string, string[]> = {
    submitted: ["channel"],
    supplementRequested: ["stage", "items"],
    refused: ["stage", "reason"],
    received: ["dossierCode"],
    forwarded: ["toUnit"],
    assigned: ["assignee"],
    interAgencySent: ["agencies", "mode"],
    interAgencyReturned: ["agency"],
    rescheduled: ["newDueAt", "reason"],
    stopped: ["reason"],
    resolved: ["decision"],
    resultReturned: ["via"],
    resultUndeliverable: ["attempts"],
    controlSlipSigned: ["stage"],
  };
  return Object.fromEntries((f[type] ?? []).map((k) => [k, true]));
}
