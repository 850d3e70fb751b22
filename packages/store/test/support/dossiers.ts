/**
 * Test dossiers: a registration and event lists that the national rules accept.
 */
import type { DossierEventInput } from "@motcua/core";
import type { NewDossier } from "../../src";

export const officer = { role: "oneStopOfficer" } as const;

/** A dossier of `office` (3 working days, Công Thương). */
export const dossier = (dossierId: string, office = "HT-HCC", province = "42"): NewDossier => ({
  dossierId,
  province,
  officeId: office,
  level: "province",
  procedure: { code: "1.001234", domain: "Công Thương", processingTime: { amount: 3, unit: "workingDays" } },
});

type Ev = DossierEventInput;

/** The lifecycle of a dossier received on Thu 12/02/2026 09:00 (due Tue 24/02 09:00, after Tết). */
export const lifecycle = (p = "e"): Ev[] => [
  {
    id: `${p}1`,
    type: "submitted",
    at: "2026-02-12T08:50:00+07:00",
    actor: { role: "applicant" },
    channel: "counter",
  },
  {
    id: `${p}2`,
    type: "received",
    at: "2026-02-12T09:00:00+07:00",
    actor: officer,
    dossierCode: "H42-260212-0001",
  },
  { id: `${p}3`, type: "transferred", at: "2026-02-12T09:10:00+07:00", actor: officer, paper: false },
  {
    id: `${p}4`,
    type: "assigned",
    at: "2026-02-12T09:20:00+07:00",
    actor: { role: "agencyLeader" },
    assignee: "cv-07",
  },
  {
    id: `${p}5`,
    type: "resolved",
    at: "2026-02-13T10:00:00+07:00",
    actor: { role: "agencyLeader" },
    decision: "approved",
  },
  { id: `${p}6`, type: "resultReady", at: "2026-02-13T11:00:00+07:00", actor: { role: "clerk" } },
];
