/**
 * Who may record each dossier event under Nghị định 61/2018 (the national `permissions.roles`
 * until 30/6/2025; from 1/7/2025 the same, carried over, with the stop added).
 *
 * @module
 */
import type { ActorRole } from "@motcua/core";
import type { DossierAction } from "@motcua/dossier";

/**
 * Who may record each event under Nghị định 61/2018 (no stop: the status comes with 118/2025; no
 * forwarding between units: receipt regardless of administrative boundary comes with it too).
 *
 * @internal
 */
export const ROLES_61: Record<DossierAction, ActorRole[]> = {
  guided: ["oneStopOfficer"],
  submitted: ["applicant", "system"],
  postalHandedOver: ["postalStaff", "oneStopOfficer"],
  "supplementRequested:receipt": ["oneStopOfficer"],
  supplementReceived: ["oneStopOfficer", "specialist", "system"],
  "refused:receipt": ["oneStopOfficer"],
  received: ["oneStopOfficer"],
  digitised: ["oneStopOfficer", "clerk"],
  transferred: ["oneStopOfficer", "system"],
  forwarded: [],
  "controlSlipSigned:transfer": ["oneStopOfficer", "centreDirector"],
  assigned: ["agencyLeader", "clerk"],
  "supplementRequested:appraisal": ["specialist", "agencyLeader"],
  interAgencySent: ["specialist", "agencyLeader", "clerk", "system"],
  interAgencyReturned: ["specialist", "agencyLeader", "clerk", "system"],
  financialObligationRequested: ["specialist", "agencyLeader", "system"],
  financialObligationMet: ["oneStopOfficer", "specialist", "system"],
  rescheduled: ["agencyLeader"],
  stopped: [],
  withdrawn: ["applicant"],
  resolved: ["agencyLeader"],
  "refused:appraisal": ["agencyLeader"],
  resultReady: ["oneStopOfficer", "clerk", "specialist", "system"],
  "controlSlipSigned:resultReceipt": ["oneStopOfficer", "centreDirector"],
  "resultReturned:counter": ["oneStopOfficer"],
  "resultReturned:postal": ["postalStaff"],
  "resultReturned:online": ["oneStopOfficer", "system"],
  resultUndeliverable: ["postalStaff"],
};
