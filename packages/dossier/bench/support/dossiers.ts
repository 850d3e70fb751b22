/**
 * Realistic dossiers for the replay benches (deterministic): counter or postal receipt, optional
 * supplement, inter-agency or financial branches, postal or counter return; and the replay options.
 */
import { nationalCalendar } from "../../../national/src/nationalCalendar";
import { parseInstant, type ActorRole, type DossierEvent, type HandoverRegister } from "@motcua/core";
import type { ReplayOptions } from "@motcua/dossier";

// --- realistic dossiers (deterministic) --------------------------------------------------------
let seed = 42;
const rand = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const T0 = parseInstant("2026-03-02T08:00:00+07:00");
const MIN = 60_000;

/** Dossier number `n`: 10–15 events from guidance to the returned result. */
export function makeDossier(n: number): DossierEvent[] {
  const events: DossierEvent[] = [];
  let at = T0 + Math.floor(rand() * 200) * 24 * 60 * MIN;
  const push = (type: string, role: ActorRole, extra: Record<string, unknown> = {}, gap = 20) => {
    at += Math.floor((0.5 + rand()) * gap) * MIN;
    events.push({
      id: `${n}-${events.length}`,
      type,
      at,
      actor: { role, officeId: "HT-HCC" },
      ...extra,
    } as DossierEvent);
  };
  const counter: ActorRole = rand() < 0.6 ? "postalStaff" : "oneStopOfficer";
  push("guided", counter);
  push("guided", counter);
  push("submitted", "applicant", { channel: "counter" });
  if (rand() < 0.3) {
    push("supplementRequested", counter, { stage: "receipt", items: ["Tờ khai"] });
    push("supplementReceived", counter, {}, 600);
  }
  push("digitised", counter, { pages: 5 });
  if (rand() < 0.5) push("digitised", counter, { pages: 2 });
  push("received", counter, { dossierCode: `H23-260302-${n}` });
  push("transferred", counter, { paper: true });
  push("assigned", "agencyLeader", { assignee: "cv" }, 120);
  const branch = rand();
  if (branch < 0.25) {
    push("interAgencySent", "specialist", { agencies: ["THUE"], mode: "parallel" }, 60);
    push("interAgencyReturned", "specialist", { agency: "THUE" }, 600);
  } else if (branch < 0.45) {
    push("financialObligationRequested", "specialist", {}, 60);
    push("financialObligationMet", "system", {}, 300);
  }
  push("resolved", "agencyLeader", { decision: rand() < 0.95 ? "approved" : "refused" }, 600);
  push("resultReady", "clerk", {}, 60);
  if (rand() < 0.4) push("resultReturned", "postalStaff", { via: "postal" }, 600);
  else push("resultReturned", counter, { via: "counter" }, 600);
  return events;
}

// Hà Tĩnh: the whole HCC centre handed over (Kế hoạch 41/KH-UBND).
const register: HandoverRegister = [
  {
    officeId: "HT-HCC",
    scope: { kind: "all" },
    mode: "replace",
    since: "2021-02-22",
    decision: { document: "Kế hoạch 41/KH-UBND", verified: true },
  },
];
/** Replay with permissions: the scope of the handed-over HCC centre. */
export const options: ReplayOptions = {
  calendar: nationalCalendar(),
  scope: { officeId: "HT-HCC", procedure: { code: "1.001" }, register },
};

/** Replay of the lifecycle only, no permission check. */
export const lifecycleOnly: ReplayOptions = { ...options, scope: false };
