/**
 * Event builders and test-only rules: the `sla` and `permissions` slices the tests assume, cited to
 * this fixture (the package holds no rule value), and variants shaped like the seed provinces'.
 */
import {
  parseInstant,
  type ActorRole,
  type DossierEvent,
  type HandoverRegister,
  type LegalRef,
} from "@motcua/core";
import { nationalCalendar } from "../../national/src/nationalCalendar";
import { NATIONAL_FORM_RULES } from "../../national/src/formRules";
import type { DossierAction, DossierRules, FormRules, PermissionRules } from "@motcua/dossier";
import { eventRulesOf, type SlaRules } from "@motcua/sla";
import type { DossierEnv } from "@motcua/dossier";

const FIXTURE: LegalRef = { document: "test fixture", verified: false, note: "test-only rule values" };

type Values<S> = {
  -readonly [K in keyof S]-?: S[K] extends { readonly value: infer V } | undefined ? V : never;
};
type Overrides<S> = { readonly [K in keyof S]?: Values<S>[K] | undefined };

const sliceOfValues = (values: Record<string, unknown>, legalRef: LegalRef): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values))
    if (value !== undefined) out[key] = Object.freeze({ value, legalRef, verified: legalRef.verified });
  return Object.freeze(out);
};

const officers: ActorRole[] = ["oneStopOfficer"];
const agency: ActorRole[] = ["specialist", "agencyLeader", "clerk", "system"];
/** The fixture's role table. */
export const ROLES: Record<DossierAction, ActorRole[]> = {
  guided: officers,
  submitted: ["applicant", "system"],
  postalHandedOver: ["postalStaff", "oneStopOfficer"],
  "supplementRequested:receipt": officers,
  supplementReceived: ["oneStopOfficer", "specialist", "system"],
  "refused:receipt": officers,
  received: officers,
  digitised: ["oneStopOfficer", "clerk"],
  transferred: ["oneStopOfficer", "system"],
  forwarded: ["oneStopOfficer", "system"],
  "controlSlipSigned:transfer": ["oneStopOfficer", "centreDirector"],
  assigned: ["agencyLeader", "clerk"],
  "supplementRequested:appraisal": ["specialist", "agencyLeader"],
  interAgencySent: agency,
  interAgencyReturned: agency,
  financialObligationRequested: ["specialist", "agencyLeader", "system"],
  financialObligationMet: ["oneStopOfficer", "specialist", "system"],
  rescheduled: ["agencyLeader"],
  stopped: ["agencyLeader"],
  withdrawn: ["applicant"],
  resolved: ["agencyLeader"],
  "refused:appraisal": ["agencyLeader"],
  resultReady: ["oneStopOfficer", "clerk", "specialist", "system"],
  "controlSlipSigned:resultReceipt": ["oneStopOfficer", "centreDirector"],
  "resultReturned:counter": officers,
  "resultReturned:postal": ["postalStaff"],
  "resultReturned:online": ["oneStopOfficer", "system"],
  resultUndeliverable: ["postalStaff"],
};

/** The fixture's `sla` values (those a one-stop under Nghị định 61/2018 applies, as the tests read them). */
export const SLA_VALUES: Overrides<SlaRules> = {
  workingDayCount: "sameWallClock",
  supplementRequestsMax: 1,
  appraisalReturnWorkingDays: 3,
  reschedulesMax: 1,
  lateNoticeDaysBefore: 1,
  lateNoticeDayKind: "workingDays",
  lateJudgedAgainst: "original",
  refusalWithinDeadline: true,
  financialObligation: "pause",
  stoppedJudgement: "notJudged",
  warningThresholds: [0.5, 0.75, 1],
  paperTransferCutoff: "15:00",
  postalDeliveryAttempts: { invitations: 2, workingDaysApart: 2 },
};

/** The fixture's `permissions` values. */
export const PERMISSION_VALUES: Overrides<PermissionRules> = {
  roles: ROLES,
  postalCounterTasks: ["guide", "receive", "digitise", "transfer", "returnResult"],
  postalSupportTasks: ["guide"],
  postalChannelOnRequestOnly: true,
  postalExcludesPersonalPresence: true,
};

/** Rules of the fixture's values with overrides (a key set to `undefined` is left out). */
export function rulesOf(
  sla: Overrides<SlaRules> = {},
  permissions: Overrides<PermissionRules> = {},
  legalRef: LegalRef = FIXTURE,
): DossierRules {
  return Object.freeze({
    sla: sliceOfValues({ ...SLA_VALUES, ...sla }, legalRef) as SlaRules,
    permissions: sliceOfValues({ ...PERMISSION_VALUES, ...permissions }, legalRef) as PermissionRules,
  });
}

/** The baseline rules of the tests. */
export const baseRules: DossierRules = rulesOf();

/** The national `forms` slice on `date` (the entries in force that day), as `sliceOf` gives it. */
export function formsOn(date: string): FormRules {
  const out: Record<string, unknown> = {};
  for (const [key, entries] of Object.entries(NATIONAL_FORM_RULES)) {
    const e = entries.find(
      (x) =>
        (x.validity?.validFrom === undefined || x.validity.validFrom <= date) &&
        (x.validity?.validTo === undefined || date <= x.validity.validTo),
    );
    if (e !== undefined && "value" in e)
      out[key] = Object.freeze({ value: e.value, legalRef: e.legalRef, verified: false });
  }
  return Object.freeze(out) as FormRules;
}

/** The forms of Thông tư 01/2018 (2024) and of Thông tư 03/2025 (2026). */
export const forms2018 = formsOn("2024-06-03");
export const forms2025 = formsOn("2026-03-02");

/** The national working calendar (2026: Tết 16–20/02). */
export const calendar = nationalCalendar();

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

// --- Rules shaped like the three seed provinces' ----------------------------------------------

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
export const haTinhRules: DossierRules = rulesOf(
  {},
  { communePostalRole: "support" },
  {
    ...kh41,
    note: "Commune level: postal staff only support guidance and online services.",
  },
);

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
export const dongThapRules: DossierRules = rulesOf(
  {},
  {
    postalSupportTasks: ["guide", "digitise"],
    communePostalRole: "support",
    controlSlipSignature: {
      signer: "oneStopOfficer",
      at: ["transfer", "resultReceipt"],
      levels: ["province", "district"],
      checksLegality: true,
    },
  },
  {
    ...dtReview,
    note: "Commune: guidance, help with forms, data entry; civil servants sign the control slip at transfer and at result receipt.",
  },
);

/** The statechart's input for `rules` (what `replay` builds), for tests that drive xstate directly. */
export const envOf = (rules: DossierRules, dueAt?: number, signs = false): DossierEnv => ({
  events: eventRulesOf(rules.sla),
  signAtTransfer: signs,
  signAtResultReceipt: signs,
  calendar,
  dueAt,
});
