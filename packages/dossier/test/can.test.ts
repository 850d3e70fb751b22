import {
  ActorRoleSchema,
  parseInstant,
  type ActorRole,
  type DossierEvent,
  type HandoverRegister,
} from "@motcua/core";
import {
  can,
  DOSSIER_ACTIONS,
  replay,
  type DossierAction,
  type DossierSnapshot,
  type DossierStateName,
  type PermissionContext,
} from "@motcua/dossier";
import { describe, expect, it } from "vitest";
import {
  calendar,
  dongThapRegister,
  dongThapRules,
  ev,
  haTinhRegister,
  haTinhRules,
  officer,
  vinhPhucRegister,
  baseRules,
  rulesOf,
} from "./fixtures";

const AT = "2026-02-13T10:00:00+07:00";

// Canonical prefixes reaching each state the matrix needs (received Thu 12/02/2026 09:00).
const prefix = (): Record<string, DossierEvent[]> => {
  const submitted = [ev("submitted", "2026-02-12T08:50", "applicant", { channel: "counter" })];
  const received = [
    ...submitted,
    ev("received", "2026-02-12T09:00", officer, { dossierCode: "H-260212-0001" }),
  ];
  const atAgency = [...received, ev("transferred", "2026-02-12T09:10", officer, { paper: false })];
  const processing = [...atAgency, ev("assigned", "2026-02-12T09:20", "agencyLeader", { assignee: "cv" })];
  const resolved = [
    ...processing,
    ev("resolved", "2026-02-12T10:00", "agencyLeader", { decision: "approved" }),
  ];
  return {
    new: [],
    inPostalTransit: [ev("submitted", "2026-02-12T08:50", "applicant", { channel: "postal" })],
    awaitingReceipt: submitted,
    awaitingReceiptSupplement: [
      ...submitted,
      ev("supplementRequested", "2026-02-12T08:55", officer, { stage: "receipt", items: ["x"] }),
    ],
    received,
    atAgency,
    processing,
    interAgency: [
      ...processing,
      ev("interAgencySent", "2026-02-12T09:30", "specialist", { agencies: ["THUE"], mode: "parallel" }),
    ],
    awaitingFinancialObligation: [
      ...processing,
      ev("financialObligationRequested", "2026-02-12T09:30", "specialist", {}),
    ],
    resolved,
    resultReady: [...resolved, ev("resultReady", "2026-02-12T11:00", "clerk", {})],
  };
};

const snapshotIn = (state: DossierStateName): DossierSnapshot => {
  const events = prefix()[state];
  if (events === undefined) throw new Error(`no prefix for ${state}`);
  const r = replay(events, baseRules, { calendar, scope: false });
  if (!r.ok) throw r.error;
  expect(r.value.state).toBe(state);
  return r.value;
};

/** A state in which the lifecycle allows each action. */
const STATE_FOR: Record<DossierAction, DossierStateName> = {
  guided: "new",
  submitted: "new",
  postalHandedOver: "inPostalTransit",
  "supplementRequested:receipt": "awaitingReceipt",
  supplementReceived: "awaitingReceiptSupplement",
  "refused:receipt": "awaitingReceipt",
  received: "awaitingReceipt",
  digitised: "awaitingReceipt",
  transferred: "received",
  forwarded: "received",
  "controlSlipSigned:transfer": "received",
  assigned: "atAgency",
  "supplementRequested:appraisal": "processing",
  interAgencySent: "processing",
  interAgencyReturned: "interAgency",
  financialObligationRequested: "processing",
  financialObligationMet: "awaitingFinancialObligation",
  rescheduled: "processing",
  stopped: "processing",
  withdrawn: "processing",
  resolved: "processing",
  "refused:appraisal": "processing",
  resultReady: "resolved",
  "controlSlipSigned:resultReceipt": "resultReady",
  "resultReturned:counter": "resultReady",
  "resultReturned:postal": "resultReady",
  "resultReturned:online": "resultReady",
  resultUndeliverable: "resultReady",
};

// Golden national matrix (Nghị định 61/2018 Art. 17–20; NĐ 107/2021; QĐ 45/2016): who may act,
// with postal staff where the procedure is handed over to them in `replace` mode.
const P = "postalStaff";
const EXPECTED: Record<DossierAction, ReadonlyArray<ActorRole>> = {
  guided: ["oneStopOfficer", P],
  submitted: ["applicant", "system"],
  postalHandedOver: [P, "oneStopOfficer"],
  "supplementRequested:receipt": ["oneStopOfficer", P],
  supplementReceived: ["oneStopOfficer", "specialist", "system", P],
  "refused:receipt": ["oneStopOfficer", P],
  received: ["oneStopOfficer", P],
  digitised: ["oneStopOfficer", "clerk", P],
  transferred: ["oneStopOfficer", "system", P],
  forwarded: ["oneStopOfficer", "system", P],
  "controlSlipSigned:transfer": ["oneStopOfficer", "centreDirector"],
  assigned: ["agencyLeader", "clerk"],
  "supplementRequested:appraisal": ["specialist", "agencyLeader"],
  interAgencySent: ["specialist", "agencyLeader", "clerk", "system"],
  interAgencyReturned: ["specialist", "agencyLeader", "clerk", "system"],
  financialObligationRequested: ["specialist", "agencyLeader", "system"],
  financialObligationMet: ["oneStopOfficer", "specialist", "system"],
  rescheduled: ["agencyLeader"],
  stopped: ["agencyLeader"],
  withdrawn: ["applicant"],
  resolved: ["agencyLeader"],
  "refused:appraisal": ["agencyLeader"],
  resultReady: ["oneStopOfficer", "clerk", "specialist", "system", P],
  "controlSlipSigned:resultReceipt": ["oneStopOfficer", "centreDirector"],
  "resultReturned:counter": ["oneStopOfficer", P],
  "resultReturned:postal": [P],
  "resultReturned:online": ["oneStopOfficer", "system"],
  resultUndeliverable: [P],
};

const everywhere: HandoverRegister = [
  {
    officeId: "U1",
    scope: { kind: "all" },
    mode: "replace",
    since: "2020-01-01",
    decision: { document: "test", verified: false },
  },
];
const national: PermissionContext = {
  rules: baseRules,
  officeId: "U1",
  procedure: { code: "1.001" },
  register: everywhere,
  at: AT,
  calendar,
};

describe("can: the actor × action matrix (national rules)", () => {
  const roles = ActorRoleSchema.options;
  for (const action of DOSSIER_ACTIONS) {
    it(`${action}: only ${EXPECTED[action].join(", ")}`, () => {
      const snapshot = snapshotIn(STATE_FOR[action]);
      for (const role of roles) {
        const r = can(snapshot, { role }, action, national);
        const expected = EXPECTED[action].includes(role);
        expect(r.ok, `${role} ${action}`).toBe(expected);
        if (!r.ok) {
          expect(["DOSSIER_ROLE_FORBIDDEN", "DOSSIER_POSTAL_FORBIDDEN"]).toContain(r.error.code);
          expect(r.error.path).toEqual(["action"]);
          expect(r.error.en).toContain(`"${action}" (${role})`);
        }
      }
    });
  }

  it("refuses every action the state does not allow, with the lifecycle reason", () => {
    for (const action of DOSSIER_ACTIONS) {
      for (const state of ["refusedAtReceipt", "returned", "stopped", "withdrawn"] as const) {
        const r = can(state, { role: "oneStopOfficer" }, action, national);
        expect(!r.ok && r.error.code).toBe("DOSSIER_CLOSED");
      }
    }
    const r = can("new", { role: "agencyLeader" }, "resolved", national);
    expect(!r.ok && [r.error.code, r.error.data["state"]]).toEqual(["DOSSIER_TRANSITION_FORBIDDEN", "new"]);
  });

  it("postal staff never appraise, approve or sign for an agency", () => {
    for (const action of [
      "supplementRequested:appraisal",
      "resolved",
      "refused:appraisal",
      "rescheduled",
      "stopped",
      "assigned",
      "controlSlipSigned:transfer",
    ] as const) {
      const r = can(snapshotIn(STATE_FOR[action]), { role: "postalStaff" }, action, national);
      expect(!r.ok && r.error.code, action).toBe("DOSSIER_POSTAL_FORBIDDEN");
      if (!r.ok) expect(r.error.vi).toContain("không thẩm định, phê duyệt hay ký thay");
    }
  });

  it("checks full events exactly like replay (supplement once)", () => {
    const snapshot = snapshotIn("processing");
    const ask: DossierEvent = {
      id: "q",
      type: "supplementRequested",
      at: parseInstant(AT),
      actor: { role: "specialist" },
      stage: "appraisal",
      items: ["x"],
    };
    expect(can(snapshot, { role: "specialist" }, ask, national).ok).toBe(true);
    const r = replay([...prefix()["processing"]!, ask], baseRules, { calendar, scope: false });
    const after = r.ok ? r.value : snapshot;
    expect(after.state).toBe("awaitingAppraisalSupplement");
    const back = replay(
      [
        ...prefix()["processing"]!,
        ask,
        { id: "s", type: "supplementReceived", at: parseInstant(AT), actor: { role: "specialist" } },
      ],
      baseRules,
      { calendar, scope: false },
    );
    const again = can(
      back.ok ? back.value : snapshot,
      { role: "specialist" },
      { ...ask, id: "q2" },
      national,
    );
    expect(!again.ok && again.error.code).toBe("DOSSIER_SUPPLEMENT_ALREADY_REQUESTED");
  });

  it("keeps postal-only procedures off the postal channel (QĐ 45/2016)", () => {
    const r = can(
      "new",
      { role: "applicant" },
      { id: "s", type: "submitted", at: 0, actor: { role: "applicant" }, channel: "postal" },
      {
        ...national,
        procedure: { code: "1.002", requiresPersonalPresence: true },
      },
    );
    expect(!r.ok && r.error.code).toBe("DOSSIER_CHANNEL_NOT_ALLOWED");
  });

  it("bars such procedures from the post only where the rulebook says so (postalExcludesPersonalPresence)", () => {
    const submit = {
      id: "s",
      type: "submitted",
      at: 0,
      actor: { role: "applicant" },
      channel: "postal",
    } as const;
    const procedure = { code: "1.002", requiresPersonalPresence: true };
    const open = can("new", { role: "applicant" }, submit, {
      ...national,
      rules: rulesOf({}, { postalExcludesPersonalPresence: false }),
      procedure,
    });
    expect(open.ok).toBe(true);
    const missing = can("new", { role: "applicant" }, submit, {
      ...national,
      rules: rulesOf({}, { postalExcludesPersonalPresence: undefined }),
      procedure,
    });
    expect(!missing.ok && missing.error.code).toBe("RULE_MISSING");
  });
});

describe("can: postal staff in the seed provinces", () => {
  const postal = { role: "postalStaff" } as const;

  it("Hà Tĩnh (seed 000_2e345361e98f0131.txt): Sở Tài chính's procedures at the HCC centre from 22/02/2021", () => {
    const ctx: PermissionContext = {
      rules: haTinhRules,
      officeId: "HT-HCC",
      procedure: { code: "1.005", competentAgency: "STC" },
      register: haTinhRegister,
      at: "2021-03-01T09:00:00+07:00",
    };
    for (const action of ["received", "digitised", "transferred", "refused:receipt"] as const)
      expect(can(STATE_FOR[action], postal, action, ctx).ok, action).toBe(true);
    const before = can("awaitingReceipt", postal, "received", { ...ctx, at: "2021-02-21T09:00:00+07:00" });
    expect(!before.ok && before.error.code).toBe("DOSSIER_POSTAL_NOT_HANDED_OVER");
    const otherDept = can("awaitingReceipt", postal, "received", {
      ...ctx,
      procedure: { code: "1.009", competentAgency: "SXD" },
    });
    expect(!otherDept.ok && otherDept.error.code).toBe("DOSSIER_POSTAL_NOT_HANDED_OVER");
    if (!otherDept.ok)
      expect(otherDept.error.data["rule"]).toMatchObject({ seed: "000_2e345361e98f0131.txt" });
  });

  it("Hà Tĩnh: at commune cultural post offices postal staff only support guidance", () => {
    const ctx: PermissionContext = {
      rules: haTinhRules,
      officeId: "HT-XA-THACHHA",
      officeLevel: "commune",
      procedure: { code: "2.000908" },
      register: haTinhRegister,
      at: "2021-03-01T09:00:00+07:00",
    };
    expect(can("new", postal, "guided", ctx).ok).toBe(true);
    const r = can("awaitingReceipt", postal, "received", ctx);
    expect(!r.ok && r.error.code).toBe("DOSSIER_POSTAL_SUPPORT_ONLY");
    expect(can("awaitingReceipt", { role: "oneStopOfficer" }, "received", ctx).ok).toBe(true);
    // Even a `replace` line cannot make postal staff replace civil servants at commune level.
    const replaceAtCommune: HandoverRegister = [{ ...haTinhRegister[1]!, mode: "replace" }];
    const capped = can("awaitingReceipt", postal, "received", { ...ctx, register: replaceAtCommune });
    expect(!capped.ok && capped.error.code).toBe("DOSSIER_POSTAL_SUPPORT_ONLY");
  });

  it("Vĩnh Phúc (seed 002_3dbcea63c5a39460.txt): all procedures of Sở Tư pháp from 4/2025, not Sở Y tế", () => {
    const ctx: PermissionContext = {
      rules: baseRules,
      officeId: "VP-HCC",
      procedure: { code: "2.001", competentAgency: "STP" },
      register: vinhPhucRegister,
      at: "2025-04-15T09:00:00+07:00",
    };
    for (const action of [
      "guided",
      "received",
      "digitised",
      "transferred",
      "resultReturned:counter",
    ] as const)
      expect(can(STATE_FOR[action], postal, action, ctx).ok, action).toBe(true);
    expect(can("processing", postal, "resolved", ctx).ok).toBe(false);
    const health = can("awaitingReceipt", postal, "received", {
      ...ctx,
      procedure: { code: "3.001", competentAgency: "SYT" },
    });
    expect(!health.ok && health.error.code).toBe("DOSSIER_POSTAL_NOT_HANDED_OVER");
    const march = can("awaitingReceipt", postal, "received", { ...ctx, at: "2025-03-31T09:00:00+07:00" });
    expect(!march.ok && march.error.code).toBe("DOSSIER_POSTAL_NOT_HANDED_OVER");
  });

  it("Đồng Tháp (seed 003_954eb8228a922e85.txt): communes support (guidance, data entry); civil servants sign", () => {
    const commune: PermissionContext = {
      rules: dongThapRules,
      officeId: "DT-XA-MYAN",
      officeLevel: "commune",
      procedure: { code: "2.000908" },
      register: dongThapRegister,
      at: AT,
    };
    expect(can("awaitingReceipt", postal, "digitised", commune).ok).toBe(true);
    expect(can("new", postal, "guided", commune).ok).toBe(true);
    for (const action of ["received", "transferred", "resultReturned:counter"] as const) {
      const r = can(STATE_FOR[action], postal, action, commune);
      expect(!r.ok && r.error.code, action).toBe("DOSSIER_POSTAL_SUPPORT_ONLY");
    }
    // Delivering a result by post is the BCCI service itself, allowed wherever.
    expect(can("resultReady", postal, "resultReturned:postal", commune).ok).toBe(true);
    const province: PermissionContext = {
      rules: dongThapRules,
      officeId: "DT-HCC",
      procedure: { code: "2.1", domain: "Công Thương" },
      register: dongThapRegister,
      at: AT,
    };
    expect(can("awaitingReceipt", postal, "received", province).ok).toBe(true);
    const sign = can("received", postal, "controlSlipSigned:transfer", province);
    expect(!sign.ok && sign.error.code).toBe("DOSSIER_POSTAL_FORBIDDEN");
    expect(can("received", { role: "oneStopOfficer" }, "controlSlipSigned:transfer", province).ok).toBe(true);
  });
});

describe("can: bad arguments give coded errors", () => {
  it("unknown state, action, actor or missing instant", () => {
    expect(
      can("limbo" as DossierStateName, { role: "applicant" }, "submitted", { rules: baseRules, at: 0 }).ok,
    ).toBe(false);
    expect(
      can("new", { role: "applicant" }, "teleport" as DossierAction, { rules: baseRules, at: 0 }).ok,
    ).toBe(false);
    expect(can("new", { role: "king" as ActorRole }, "submitted", { rules: baseRules, at: 0 }).ok).toBe(
      false,
    );
    const r = can("new", { role: "applicant" }, "submitted", { rules: baseRules });
    expect(!r.ok && [r.error.code, r.error.path]).toEqual(["DOSSIER_INVALID_OPTIONS", ["context", "at"]]);
  });
});
