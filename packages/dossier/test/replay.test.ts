import { parseInstant, type DossierEvent } from "@motcua/core";
import { parseDossierEvents, replay, replayWithXstate, type ReplayOptions } from "@motcua/dossier";
import { describe, expect, it } from "vitest";

import {
  calendar,
  dongThapRegister,
  dongThapRules,
  ev,
  happyPath,
  officer,
  baseRules,
  rulesOf,
} from "./fixtures";

const lifecycleOnly: ReplayOptions = { calendar: calendar, scope: false };

/** Runs both engines, checks they agree, returns the fast one's result. */
const run = (events: DossierEvent[], options: ReplayOptions = lifecycleOnly, rules = baseRules) => {
  const fast = replay(events, rules, options);
  const ref = replayWithXstate(events, rules, options);
  expect(fast.ok).toBe(ref.ok);
  if (fast.ok && ref.ok) expect(fast.value).toEqual(ref.value);
  if (!fast.ok && !ref.ok) expect(fast.error.toJSON()).toEqual(ref.error.toJSON());
  return fast;
};
const stateOf = (events: DossierEvent[], options?: ReplayOptions) => {
  const r = run(events, options);
  if (!r.ok) throw r.error;
  return r.value;
};
const refusalOf = (events: DossierEvent[], options?: ReplayOptions, rules = baseRules) => {
  const r = run(events, options, rules);
  if (r.ok) throw new Error(`expected a refusal, got state ${r.value.state}`);
  return r.error;
};

// Received Thu 12/02/2026 09:00 (Tết 2026 = 16–20/02, DOMAIN.md §7): the 3-working-day window of
// Nghị định 61/2018 Art. 19 ends Tue 24/02 (Fri 13, Mon 23, Tue 24).
const receivedDossier = (): DossierEvent[] => [
  ev("submitted", "2026-02-12T08:50", "applicant", { channel: "counter" }),
  ev("received", "2026-02-12T09:00", officer, { dossierCode: "H23-260212-0001" }),
  ev("transferred", "2026-02-12T09:30", officer, { paper: false }),
  ev("assigned", "2026-02-12T10:00", "agencyLeader", { assignee: "cv-01" }),
];

describe("replay: the national lifecycle (Nghị định 61/2018 Art. 15–20)", () => {
  it("walks a counter dossier from guidance to result return", () => {
    const s = stateOf(happyPath());
    expect(s.state).toBe("returned");
    expect(s.final).toBe(true);
    expect(s.dossierCode).toBe("000.00.01.H23-260212-0001");
    expect(s.receivedAt).toBe(parseInstant("2026-02-12T09:00:00+07:00"));
    expect(s.appraisalSupplementUntil).toBe("2026-02-24");
    expect(s.decision).toBe("approved");
    expect(s.eventCount).toBe(9);
  });

  it("starts a new dossier in state new and never mutates the events", () => {
    expect(stateOf([]).state).toBe("new");
    const events = Object.freeze(happyPath().map((e) => Object.freeze({ ...e })));
    const copy = structuredClone(events);
    replay(events, baseRules, lifecycleOnly);
    expect(events).toEqual(copy);
  });

  it("counts a postal dossier as submitted only from the handover record (QĐ 45/2016)", () => {
    const events = [
      ev("submitted", "2026-03-02T08:00", "applicant", { channel: "postal" }),
      ev("received", "2026-03-03T09:00", officer, { dossierCode: "X-260303-0001" }),
    ];
    const e = refusalOf(events);
    expect(e.code).toBe("DOSSIER_TRANSITION_FORBIDDEN");
    expect(e.data["state"]).toBe("inPostalTransit");
    const ok = [
      events[0] as DossierEvent,
      ev("postalHandedOver", "2026-03-03T08:30", "postalStaff", {}),
      events[1] as DossierEvent,
    ];
    expect(stateOf(ok).state).toBe("received");
  });

  it("allows one supplement request at receipt, listing everything (Art. 15.3)", () => {
    const base = [
      ev("submitted", "2026-03-02T08:00", "applicant", { channel: "counter" }),
      ev("supplementRequested", "2026-03-02T08:10", officer, {
        stage: "receipt",
        items: ["Bản sao CCCD", "Tờ khai"],
      }),
      ev("supplementReceived", "2026-03-04T09:00", officer, {}),
    ];
    expect(stateOf(base).state).toBe("awaitingReceipt");
    const again = ev("supplementRequested", "2026-03-04T09:10", officer, {
      stage: "receipt",
      items: ["Ảnh"],
    });
    const e = refusalOf([...base, again]);
    expect(e.code).toBe("DOSSIER_SUPPLEMENT_ALREADY_REQUESTED");
    expect(e.path).toEqual(["events", 3]);
    expect(e.data["eventId"]).toBe(again.id);
    // The refusal cites the rule that refused: the rulebook's sla.supplementRequestsMax.
    expect(e.data["rule"]).toEqual(baseRules.sla.supplementRequestsMax?.legalRef);
    expect(e.en).toContain(`#3 "supplementRequested:receipt" [${again.id}]`);
    expect(e.vi).toContain("chỉ được yêu cầu bổ sung");
    // …then the officer must receive or refuse (form 03).
    const refused = ev("refused", "2026-03-04T09:10", officer, { stage: "receipt", reason: "Thiếu giấy tờ" });
    expect(stateOf([...base, refused]).state).toBe("refusedAtReceipt");
  });

  it("asks appraisal supplements within 3 working days of receipt, across Tết 2026 (Art. 19)", () => {
    const ask = (at: string) =>
      ev("supplementRequested", at, "specialist", { stage: "appraisal", items: ["Bản vẽ"] });
    expect(stateOf([...receivedDossier(), ask("2026-02-24T16:59")]).state).toBe(
      "awaitingAppraisalSupplement",
    );
    const late = refusalOf([...receivedDossier(), ask("2026-02-25T08:00")]);
    expect(late.code).toBe("DOSSIER_APPRAISAL_WINDOW_CLOSED");
    expect(late.data["rule"]).toEqual(baseRules.sla.appraisalReturnWorkingDays?.legalRef);
    // Without a calendar option the rule that counts working days refuses, naming the option: no
    // calendar is built in.
    const none = replay([...receivedDossier()], baseRules, { scope: false });
    expect(!none.ok && [none.error.code, none.error.path]).toEqual([
      "DOSSIER_CALENDAR_MISSING",
      ["options", "calendar"],
    ]);
    // A second appraisal request is refused even within the window.
    const twice = [
      ...receivedDossier(),
      ask("2026-02-13T08:00"),
      ev("supplementReceived", "2026-02-13T10:00", "specialist", {}),
      ask("2026-02-13T11:00"),
    ];
    expect(refusalOf(twice).code).toBe("DOSSIER_SUPPLEMENT_ALREADY_REQUESTED");
    // A receipt-stage request during processing is the wrong stage.
    const wrong = ev("supplementRequested", "2026-02-13T08:00", "specialist", {
      stage: "receipt",
      items: ["x"],
    });
    expect(refusalOf([...receivedDossier(), wrong]).code).toBe("DOSSIER_WRONG_STAGE");
  });

  it("reschedules once, at least one day before the due date (Art. 19, form 04)", () => {
    const options: ReplayOptions = { ...lifecycleOnly, dueAt: "2026-03-06T17:00:00+07:00" };
    const moveTo = (at: string, to: string) =>
      ev("rescheduled", at, "agencyLeader", { newDueAt: parseInstant(to), reason: "Chờ xác minh" });
    const once = stateOf(
      [...receivedDossier(), moveTo("2026-03-05T10:00", "2026-03-10T17:00:00+07:00")],
      options,
    );
    expect(once.reschedules).toBe(1);
    expect(once.dueAt).toBe(parseInstant("2026-03-10T17:00:00+07:00"));
    expect(
      refusalOf([...receivedDossier(), moveTo("2026-03-06T08:00", "2026-03-10T17:00:00+07:00")], options)
        .code,
    ).toBe("DOSSIER_RESCHEDULE_TOO_LATE");
    expect(
      refusalOf([...receivedDossier(), moveTo("2026-03-02T08:00", "2026-03-05T17:00:00+07:00")], options)
        .code,
    ).toBe("DOSSIER_RESCHEDULE_NOT_LATER");
    const twice = [
      ...receivedDossier(),
      moveTo("2026-03-02T10:00", "2026-03-10T17:00:00+07:00"),
      moveTo("2026-03-03T10:00", "2026-03-12T17:00:00+07:00"),
    ];
    const e = refusalOf(twice, options);
    expect(e.code).toBe("DOSSIER_RESCHEDULE_LIMIT");
    expect(e.path).toEqual(["events", 5]);
  });

  it("refuses after appraisal only within the deadline (Art. 19)", () => {
    const options: ReplayOptions = { ...lifecycleOnly, dueAt: "2026-03-06T17:00:00+07:00" };
    const inTime = ev("resolved", "2026-03-06T16:00", "agencyLeader", {
      decision: "refused",
      reason: "Không đủ điều kiện",
    });
    expect(stateOf([...receivedDossier(), inTime], options).decision).toBe("refused");
    const late = ev("refused", "2026-03-09T08:00", "agencyLeader", {
      stage: "appraisal",
      reason: "Không đủ điều kiện",
    });
    expect(refusalOf([...receivedDossier(), late], options).code).toBe("DOSSIER_REFUSAL_AFTER_DEADLINE");
    const lateApproval = ev("resolved", "2026-03-09T08:00", "agencyLeader", { decision: "approved" });
    expect(stateOf([...receivedDossier(), lateApproval], options).state).toBe("resolved");
  });

  it("runs the inter-agency sub-flow until every agency answered (Art. 21)", () => {
    const sent = [
      ...receivedDossier(),
      ev("interAgencySent", "2026-02-13T08:00", "specialist", {
        agencies: ["THUE", "TNMT"],
        mode: "parallel",
      }),
    ];
    const back = (agency: string, at: string) => ev("interAgencyReturned", at, "specialist", { agency });
    const one = stateOf([...sent, back("THUE", "2026-02-13T10:00")]);
    expect(one.state).toBe("interAgency");
    expect(one.pendingAgencies).toEqual(["TNMT"]);
    expect(stateOf([...sent, back("THUE", "2026-02-13T10:00"), back("TNMT", "2026-02-13T11:00")]).state).toBe(
      "processing",
    );
    expect(refusalOf([...sent, back("XD", "2026-02-13T10:00")]).code).toBe(
      "DOSSIER_INTER_AGENCY_NOT_PENDING",
    );
  });

  it("waits for the financial obligation, then resumes processing", () => {
    const events = [
      ...receivedDossier(),
      ev("financialObligationRequested", "2026-02-13T08:00", "specialist", { amount: 50000 }),
    ];
    expect(stateOf(events).state).toBe("awaitingFinancialObligation");
    expect(
      refusalOf([...events, ev("resolved", "2026-02-13T09:00", "agencyLeader", { decision: "approved" })])
        .code,
    ).toBe("DOSSIER_TRANSITION_FORBIDDEN");
    expect(stateOf([...events, ev("financialObligationMet", "2026-02-13T09:00", "system", {})]).state).toBe(
      "processing",
    );
  });

  it("sends an undeliverable postal result back after 2 attempts (QĐ 45/2016)", () => {
    const ready = [
      ...receivedDossier(),
      ev("resolved", "2026-02-13T08:00", "agencyLeader", { decision: "approved" }),
      ev("resultReady", "2026-02-13T09:00", "clerk", {}),
    ];
    expect(
      refusalOf([...ready, ev("resultUndeliverable", "2026-02-25T09:00", "postalStaff", { attempts: 1 })])
        .code,
    ).toBe("DOSSIER_UNDELIVERABLE_TOO_EARLY");
    const back = [...ready, ev("resultUndeliverable", "2026-02-27T09:00", "postalStaff", { attempts: 2 })];
    expect(stateOf(back)).toMatchObject({ state: "undeliverable", undeliverable: true });
    expect(
      stateOf([...back, ev("resultReturned", "2026-03-02T09:00", officer, { via: "counter" })]).state,
    ).toBe("returned");
  });

  it("stops and withdraws, and closes the dossier", () => {
    const stopped = [
      ...receivedDossier(),
      ev("stopped", "2026-02-13T08:00", "agencyLeader", { reason: "Theo đề nghị" }),
    ];
    expect(stateOf(stopped).state).toBe("stopped");
    const after = refusalOf([
      ...stopped,
      ev("resolved", "2026-02-13T09:00", "agencyLeader", { decision: "approved" }),
    ]);
    expect(after.code).toBe("DOSSIER_CLOSED");
    expect(
      stateOf([
        ev("submitted", "2026-02-13T08:00", "applicant", { channel: "online" }),
        ev("withdrawn", "2026-02-13T09:00", "applicant", {}),
      ]).state,
    ).toBe("withdrawn");
    expect(refusalOf([...happyPath(), ev("guided", "2026-03-01T08:00", officer, {})]).code).toBe(
      "DOSSIER_CLOSED",
    );
  });
});

describe("replay: Đồng Tháp control-slip signatures (seed 003_954eb8228a922e85.txt)", () => {
  const scope = {
    officeId: "DT-HCC",
    procedure: { code: "2.000001", domain: "Công Thương" },
    register: dongThapRegister,
  };
  const options: ReplayOptions = { calendar: calendar, scope };
  const postal = "postalStaff" as const;
  const start = () => [
    ev("submitted", "2026-03-02T08:00", "applicant", { channel: "counter" }),
    ev("received", "2026-03-02T08:10", postal, { dossierCode: "DT-260302-0001" }),
  ];

  it("needs a civil servant's signature before transfer when postal staff received", () => {
    const unsigned = [...start(), ev("transferred", "2026-03-02T09:00", postal, { paper: true })];
    const e = refusalOf(unsigned, options, dongThapRules);
    expect(e.code).toBe("DOSSIER_CONTROL_SLIP_UNSIGNED");
    expect(e.data["rule"]).toMatchObject({ seed: "003_954eb8228a922e85.txt" });
    expect(run(unsigned, options, baseRules).ok).toBe(true); // national rules: no extra signature
  });

  it("needs it again when the result comes back, before return", () => {
    const signedTransfer = [
      ...start(),
      ev("controlSlipSigned", "2026-03-02T08:30", officer, { stage: "transfer" }),
      ev("transferred", "2026-03-02T09:00", postal, { paper: true }),
      ev("assigned", "2026-03-02T10:00", "agencyLeader", { assignee: "cv" }),
      ev("resolved", "2026-03-04T10:00", "agencyLeader", { decision: "approved" }),
      ev("resultReady", "2026-03-04T14:00", postal, {}),
    ];
    const give = ev("resultReturned", "2026-03-05T09:00", postal, { via: "counter" });
    expect(refusalOf([...signedTransfer, give], options, dongThapRules).code).toBe(
      "DOSSIER_CONTROL_SLIP_UNSIGNED",
    );
    const sign = ev("controlSlipSigned", "2026-03-04T15:00", officer, { stage: "resultReceipt" });
    const r = run([...signedTransfer, sign, give], options, dongThapRules);
    expect(r.ok && r.value.state).toBe("returned");
    if (r.ok) expect(r.value.controlSlip.resultReceiptSignedAt).toBe(sign.at);
    // Postal staff cannot sign it themselves.
    const self = ev("controlSlipSigned", "2026-03-04T15:00", postal, { stage: "resultReceipt" });
    expect(refusalOf([...signedTransfer, self], options, dongThapRules).code).toBe(
      "DOSSIER_POSTAL_FORBIDDEN",
    );
  });
});

describe("replay: input errors name the event and field", () => {
  it("refuses events out of time order, duplicate ids and malformed events", () => {
    const [a, b] = [
      ev("guided", "2026-03-02T09:00", officer, {}),
      ev("guided", "2026-03-02T08:00", officer, {}),
    ];
    const order = refusalOf([a as DossierEvent, b as DossierEvent]);
    expect(order.code).toBe("DOSSIER_EVENT_OUT_OF_ORDER");
    expect(order.path).toEqual(["events", 1, "at"]);
    const dup = refusalOf([a as DossierEvent, { ...(a as DossierEvent) }]);
    expect(dup.code).toBe("DOSSIER_DUPLICATE_EVENT_ID");
    const bad = replay(
      [{ ...(a as DossierEvent), at: "2026-03-02T09:00:00+07:00" } as unknown as DossierEvent],
      baseRules,
    );
    expect(!bad.ok && bad.error.path).toEqual(["events", 0, "at"]);
    const badStage = replay(
      [
        {
          id: "x",
          type: "supplementRequested",
          at: 0,
          actor: { role: "oneStopOfficer" },
          stage: "later",
          items: ["a"],
        } as unknown as DossierEvent,
      ],
      baseRules,
    );
    expect(!badStage.ok && [badStage.error.code, badStage.error.path]).toEqual([
      "DOSSIER_INVALID_EVENT",
      ["events", 0, "stage"],
    ]);
    expect(replay("nope" as unknown as DossierEvent[], baseRules).ok).toBe(false);
  });

  it("rejects a malformed rulebook and options with coded errors", () => {
    const broken = rulesOf({ supplementRequestsMax: -1 });
    const r = replay([], broken);
    expect(!r.ok && [r.error.code, r.error.path]).toEqual([
      "SLA_INVALID_POLICY",
      ["rules", "sla", "supplementRequestsMax", "value"],
    ]);
    const roles = replay([], rulesOf({}, { roles: { guided: ["nobody"] } as never }), { scope: {} });
    expect(!roles.ok && [roles.error.code, roles.error.path[0], roles.error.path[2]]).toEqual([
      "DOSSIER_INVALID_RULES",
      "rules",
      "roles",
    ]);
    const notSlices = replay([], { reschedule: 1 } as never);
    expect(!notSlices.ok && notSlices.error.code).toBe("DOSSIER_INVALID_RULES");
    const o = replay([], baseRules, { dueAt: "tomorrow" });
    expect(!o.ok && [o.error.code, o.error.path]).toEqual(["DOSSIER_INVALID_OPTIONS", ["options", "dueAt"]]);
  });

  it("parses ISO events with parseDossierEvents", () => {
    const events = parseDossierEvents([
      {
        id: "1",
        type: "submitted",
        at: "2026-02-12T08:50:00+07:00",
        actor: { role: "applicant" },
        channel: "counter",
      },
    ]);
    expect(events[0]?.at).toBe(parseInstant("2026-02-12T08:50:00+07:00"));
    expect(() =>
      parseDossierEvents([{ id: "1", type: "teleported", at: 0, actor: { role: "applicant" } }]),
    ).toThrow(/DOSSIER_INVALID_EVENT/);
  });
});
