/** Small builders for dossier events in tests. */
import type { DossierEventInput } from "@motcua/core";

const actor = { role: "oneStopOfficer" } as const;
let n = 0;
const id = () => `e${++n}`;

/** Event builders: `at` is an ISO string with +07:00. */
export const ev = {
  submitted: (at: string, channel: "counter" | "postal" | "online"): DossierEventInput => ({
    id: id(),
    type: "submitted",
    at,
    actor,
    channel,
  }),
  postalHandedOver: (at: string): DossierEventInput => ({
    id: id(),
    type: "postalHandedOver",
    at,
    actor: { role: "postalStaff" },
  }),
  received: (at: string): DossierEventInput => ({
    id: id(),
    type: "received",
    at,
    actor,
    dossierCode: "000.00.01.H23-260212-0001",
  }),
  supplementRequested: (at: string, stage: "receipt" | "appraisal" = "appraisal"): DossierEventInput => ({
    id: id(),
    type: "supplementRequested",
    at,
    actor,
    stage,
    items: ["Bản sao giấy tờ"],
  }),
  supplementReceived: (at: string): DossierEventInput => ({
    id: id(),
    type: "supplementReceived",
    at,
    actor,
  }),
  financialObligationRequested: (at: string): DossierEventInput => ({
    id: id(),
    type: "financialObligationRequested",
    at,
    actor,
  }),
  financialObligationMet: (at: string): DossierEventInput => ({
    id: id(),
    type: "financialObligationMet",
    at,
    actor,
  }),
  rescheduled: (at: string, newDueAt: string): DossierEventInput => ({
    id: id(),
    type: "rescheduled",
    at,
    actor,
    newDueAt,
    reason: "Cần xác minh thêm",
  }),
  stopped: (at: string): DossierEventInput => ({
    id: id(),
    type: "stopped",
    at,
    actor,
    reason: "Dừng xử lý",
  }),
  withdrawn: (at: string): DossierEventInput => ({
    id: id(),
    type: "withdrawn",
    at,
    actor: { role: "applicant" },
  }),
  transferred: (at: string): DossierEventInput => ({ id: id(), type: "transferred", at, actor, paper: true }),
  resultReady: (at: string): DossierEventInput => ({ id: id(), type: "resultReady", at, actor }),
  resultReturned: (at: string, via: "counter" | "postal" | "online" = "counter"): DossierEventInput => ({
    id: id(),
    type: "resultReturned",
    at,
    actor,
    via,
  }),
};

/** A procedure with the given period. */
export const procedure = (
  amount: number,
  unit: "workingDays" | "workingHours" | "calendarDays" = "workingDays",
  supplementPolicy: "restart" | "pause" = "restart",
) => ({ code: "1.000001", name: "Thủ tục thử", processingTime: { amount, unit }, supplementPolicy });
