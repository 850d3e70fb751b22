/** Event builders and the reference rulebooks of the three seed provinces, for the tests. */
import {
  parseInstant,
  type ActorRole,
  type DossierEvent,
  type HandoverRegister,
  type LegalRef,
} from "@motcua/core";
import { makeCalendar } from "@motcua/calendar";
import { nationalDossierRules, type DossierRules } from "@motcua/dossier";

/** The national working calendar (2026: Tết 16–20/02, DOMAIN.md §7). */
export const calendar = makeCalendar();

let counter = 0;

/** Builds a parsed event: `ev("received", "2026-02-12T09:00", "oneStopOfficer", { dossierCode: "X" })`. */
export function ev<T extends DossierEvent["type"]>(
  type: T,
  at: string,
  role: ActorRole,
  extra: Omit<Extract<DossierEvent, { type: T }>, "id" | "type" | "at" | "actor"> & { officeId?: string },
): DossierEvent {
  const { officeId, ...rest } = extra as { officeId?: string };
  counter++;
  return {
    id: `e${counter}`,
    type,
    at: parseInstant(`${at}:00+07:00`),
    actor: officeId === undefined ? { role } : { role, officeId },
    ...rest,
  } as DossierEvent;
}

export const applicant: ActorRole = "applicant";
export const officer: ActorRole = "oneStopOfficer";

/** A full counter dossier, received Thu 12/02/2026 09:00, approved and returned (12 events). */
export const happyPath = (receiver: ActorRole = officer): DossierEvent[] => [
  ev("guided", "2026-02-12T08:40", receiver, {}),
  ev("submitted", "2026-02-12T08:50", applicant, { channel: "counter" }),
  ev("digitised", "2026-02-12T08:55", receiver, { pages: 4 }),
  ev("received", "2026-02-12T09:00", receiver, { dossierCode: "000.00.01.H23-260212-0001" }),
  ev("transferred", "2026-02-12T10:00", receiver === "postalStaff" ? "postalStaff" : officer, {
    paper: true,
  }),
  ev("assigned", "2026-02-13T08:30", "agencyLeader", { assignee: "cv-01" }),
  ev("resolved", "2026-02-24T10:00", "agencyLeader", { decision: "approved" }),
  ev("resultReady", "2026-02-24T14:00", "clerk", {}),
  ev("resultReturned", "2026-02-25T09:00", receiver, { via: "counter" }),
];

// --- The three seed provinces (DOMAIN.md §8) -----------------------------------------------

const kh41: LegalRef = {
  document: "Kế hoạch 41/KH-UBND",
  issued: "2021-02-18",
  seed: "000_2e345361e98f0131.txt",
  verified: true,
};
const kh60: LegalRef = {
  document: "Kế hoạch 60/KH-UBND",
  issued: "2025-03-19",
  seed: "002_3dbcea63c5a39460.txt",
  verified: true,
};
const dtReview: LegalRef = {
  document: "Báo cáo sơ kết Đề án (Đồng Tháp)",
  seed: "003_954eb8228a922e85.txt",
  verified: true,
};

/** Hà Tĩnh phase II: Sở Tài chính handed over at the HCC centre; commune cultural post offices only support. */
export const haTinhRegister: HandoverRegister = [
  {
    officeId: "HT-HCC",
    scope: { kind: "department", agencyId: "STC" },
    mode: "replace",
    since: "2021-02-22",
    decision: kh41,
  },
  { officeId: "HT-XA-THACHHA", scope: { kind: "all" }, mode: "support", since: "2021-02-22", decision: kh41 },
];
export const haTinhRules: DossierRules = {
  ...nationalDossierRules,
  postalStaff: {
    value: { ...nationalDossierRules.postalStaff.value, supportOnlyAtLevels: ["commune"] },
    legalRef: {
      ...kh41,
      article: "III.2.3, 3.1.3",
      note: "Commune level: postal staff only support guidance and online services.",
    },
  },
};

/** Vĩnh Phúc (Kế hoạch 60/KH-UBND): all procedures of 6 departments at the HCC centre, from 4/2025. */
export const vinhPhucRegister: HandoverRegister = [
  {
    officeId: "VP-HCC",
    scope: { kind: "department", agencyId: "STP" },
    mode: "replace",
    since: "2025-04-01",
    decision: kh60,
  },
  {
    officeId: "VP-HCC",
    scope: { kind: "department", agencyId: "SGDDT" },
    mode: "replace",
    since: "2025-04-01",
    decision: kh60,
  },
];

/** Đồng Tháp: 11 domains at the province centre; commune one-stops: support only; civil servants sign the control slip. */
export const dongThapRegister: HandoverRegister = [
  {
    officeId: "DT-HCC",
    scope: { kind: "domain", domain: "Công Thương" },
    mode: "replace",
    since: "2018-08-01",
    decision: dtReview,
  },
  {
    officeId: "DT-XA-MYAN",
    scope: { kind: "all" },
    mode: "support",
    since: "2019-08-01",
    decision: dtReview,
  },
];
export const dongThapRules: DossierRules = {
  ...nationalDossierRules,
  postalStaff: {
    value: {
      ...nationalDossierRules.postalStaff.value,
      support: ["guided", "digitised"],
      supportOnlyAtLevels: ["commune"],
    },
    legalRef: {
      ...dtReview,
      note: "Commune: guidance, help with forms, data entry; postal staff do not replace civil servants.",
    },
  },
  controlSlipSignatures: {
    value: { atTransfer: true, atResultReceipt: true },
    legalRef: {
      ...dtReview,
      note: "Civil servants check legality and sign the control slip at transfer and at result receipt.",
    },
  },
};
