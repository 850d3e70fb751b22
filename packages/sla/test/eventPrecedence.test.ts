import { describe, expect, it } from "vitest";
import { DOSSIER_EVENT_TYPES, type DossierEvent } from "@motcua/core";
import { EVENT_PRECEDENCE, eventPrecedence } from "@motcua/sla";

const actor = { role: "oneStopOfficer" } as const;
const e = (x: Record<string, unknown>) => ({ id: "x", at: 0, actor, ...x }) as unknown as DossierEvent;

describe("EVENT_PRECEDENCE", () => {
  it("ranks every core event type exactly once", () => {
    expect([...EVENT_PRECEDENCE].sort()).toEqual([...DOSSIER_EVENT_TYPES].sort());
  });
  it("follows the lifecycle (NĐ 61/2018 Art. 15–20)", () => {
    const before = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      expect(eventPrecedence(e(a))).toBeLessThan(eventPrecedence(e(b)));
    before({ type: "postalHandedOver" }, { type: "received" });
    before({ type: "supplementRequested", stage: "receipt" }, { type: "received" });
    before({ type: "received" }, { type: "supplementRequested", stage: "appraisal" });
    before({ type: "supplementRequested", stage: "appraisal" }, { type: "supplementReceived" });
    before({ type: "financialObligationRequested" }, { type: "financialObligationMet" });
    before({ type: "rescheduled" }, { type: "resultReady" });
    before({ type: "resolved" }, { type: "refused", stage: "appraisal" });
    before({ type: "resultReady" }, { type: "resultReturned" });
    before({ type: "resultReady" }, { type: "stopped" });
  });
});
