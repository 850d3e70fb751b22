import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { decode, isMotcuaError, MotcuaError } from "@motcua/core";
import {
  handoverMachine,
  HandoverEventSchema,
  replay,
  type HandoverEventInput,
  type HandoverRules,
} from "@motcua/handover";
import { ref, rules as fixture } from "./fixtures";

/** A rulebook whose province rule gives no learning duration (until proficient) and other assessors. */
const noDuration: HandoverRules = {
  authorities: {
    value: [
      {
        id: "fixture-2025/province",
        level: "province",
        validity: { validFrom: "2025-04-01", validTo: "2025-06-30" },
        mode: "replace",
        steps: [
          { duty: "propose", party: "departmentDirector", legalRef: ref("p") },
          { duty: "decide", party: "provincialPeoplesCommittee", legalRef: ref("p") },
        ],
        legalRef: ref("p"),
      },
    ],
    legalRef: ref("authorities"),
    verified: true,
  },
  learning: { value: { untilProficient: true }, legalRef: ref("until proficient"), verified: true },
  assessors: {
    value: ["departmentDirector", "postOfficeLeader"],
    legalRef: ref("assessors", false),
    verified: false,
  },
};

// A district handover under the fixture rules (shaped like Kế hoạch 41/KH-UBND III.3.2): learn 2–3
// months, assessed, the district chairman decides.
const decision = { document: "Quyết định 1234/QĐ-UBND huyện Can Lộc", verified: true };
const at = (d: string) => `${d}T08:00:00+07:00`;
const district: HandoverEventInput[] = [
  {
    type: "proposed",
    at: at("2021-03-01"),
    officeId: "HT-CANLOC",
    level: "district",
    scope: { kind: "all" },
  },
  { type: "staffAssigned", at: at("2021-03-02"), staff: 2 },
  { type: "staffAssigned", at: at("2021-03-15"), staff: 1 },
  { type: "proficiencyAssessed", at: at("2021-04-20"), proficient: false },
  {
    type: "proficiencyAssessed",
    at: at("2021-05-03"),
    proficient: true,
    assessors: ["pilotUnitHead", "centreDirector"],
  },
  { type: "withdrawalProposed", at: at("2021-05-04") },
  { type: "approved", at: at("2021-05-10"), decision, by: "districtChairman" },
  { type: "handedOver", at: at("2021-05-17") },
];

const errorOf = (r: ReturnType<typeof replay>) => (r.ok ? undefined : r.error);

describe("replay — the happy paths", () => {
  it("walks proposed → learning → assessed → withdrawalProposed → approved → handedOver", () => {
    const r = replay(district, { rules: fixture });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe("handedOver");
    expect(r.value.history.map((h) => h.to)).toEqual([
      "proposed",
      "learning",
      "learning",
      "learning",
      "assessed",
      "withdrawalProposed",
      "approved",
      "handedOver",
    ]);
    expect(r.value.staffAssigned).toBe(3);
    expect(r.value.decision).toEqual(decision);
    expect(r.value.periods).toEqual([{ from: Date.parse("2021-05-17T01:00:00Z") }]);
    expect(r.value.approval?.decider.party).toBe("districtChairman");
    // Kế hoạch 41/KH-UBND III.3.2: 2–3 months of learning, counted here from the first assignment.
    expect(r.value.learningStartedAt).toBe(Date.parse("2021-03-02T01:00:00Z"));
    expect(r.value.learningWindow).toMatchObject({ earliest: "2021-05-02", latest: "2021-06-02" });
    expect(r.value.learningWindow?.legalRef.note).toBe("2-3 months or until proficient");
  });

  it("learning window: month ends are clamped; Vĩnh Phúc gives no duration, so no window", () => {
    const late = replay(
      [
        { ...district[0]!, at: at("2021-11-29") },
        { type: "staffAssigned", at: "2021-11-30T10:00:00+07:00", staff: 1 },
      ],
      { rules: fixture },
    );
    expect(late.ok && late.value.learningWindow).toMatchObject({
      earliest: "2022-01-30",
      latest: "2022-02-28",
    });
    const vp = replay(
      [
        {
          type: "proposed",
          at: at("2025-04-10"),
          officeId: "VP-HCC",
          level: "province",
          scope: { kind: "all" },
        },
        { type: "staffAssigned", at: at("2025-04-11"), staff: 2 },
      ],
      { rules: noDuration },
    );
    expect(vp.ok && vp.value.learningWindow).toBeUndefined();
    expect(vp.ok && vp.value.learningStartedAt).toBe(Date.parse("2025-04-11T01:00:00Z"));
  });

  it("support mode (commune, Hà Tĩnh III.2.3): no withdrawal step, approval straight after assessment", () => {
    const events: HandoverEventInput[] = [
      {
        type: "proposed",
        at: at("2021-03-01"),
        officeId: "HT-THACHMY",
        level: "commune",
        scope: { kind: "all" },
        mode: "support",
      },
      { type: "staffAssigned", at: at("2021-03-02"), staff: 1 },
      { type: "proficiencyAssessed", at: at("2021-03-20"), proficient: true },
      {
        type: "approved",
        at: at("2021-03-21"),
        decision: { document: "Kế hoạch 41/KH-UBND", verified: true },
      },
      { type: "handedOver", at: at("2021-03-22") },
    ];
    const r = replay(events, { rules: fixture });
    expect(r.ok && r.value.status).toBe("handedOver");
    expect(r.ok && r.value.mode).toBe("support");
    const withdrawal = replay([...events.slice(0, 3), { type: "withdrawalProposed", at: at("2021-03-21") }]);
    expect(errorOf(withdrawal)?.code).toBe("HANDOVER_TRANSITION_FORBIDDEN");
  });

  it("rejection is final", () => {
    const r = replay([
      ...district.slice(0, 6),
      { type: "rejected", at: at("2021-05-10"), reason: "chưa đủ nhân viên" },
    ]);
    expect(r.ok && r.value.status).toBe("rejected");
    const after = replay([
      ...district.slice(0, 6),
      { type: "rejected", at: at("2021-05-10"), reason: "x" },
      { type: "handedOver", at: at("2021-05-11") },
    ]);
    expect(errorOf(after)).toMatchObject({
      code: "HANDOVER_TRANSITION_FORBIDDEN",
      path: ["events", 7, "type"],
    });
  });

  it("suspension returns to where it was; reversal ends the operation period", () => {
    const r = replay([
      ...district,
      { type: "suspended", at: at("2021-07-01"), reason: "thiếu nhân viên" },
      { type: "resumed", at: at("2021-07-05") },
      { type: "reversed", at: at("2021-09-01"), reason: "kết thúc thí điểm" },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe("reversed");
    expect(r.value.suspendedFrom).toBeUndefined();
    expect(r.value.periods).toEqual([
      { from: Date.parse("2021-05-17T01:00:00Z"), to: Date.parse("2021-07-01T01:00:00Z") },
      { from: Date.parse("2021-07-05T01:00:00Z"), to: Date.parse("2021-09-01T01:00:00Z") },
    ]);
    const learning = replay([
      ...district.slice(0, 2),
      { type: "suspended", at: at("2021-03-03"), reason: "x" },
    ]);
    expect(learning.ok && learning.value.suspendedFrom).toBe("learning");
    const back = replay([
      ...district.slice(0, 2),
      { type: "suspended", at: at("2021-03-03"), reason: "x" },
      { type: "resumed", at: at("2021-03-04") },
    ]);
    expect(back.ok && back.value.status).toBe("learning");
    const reverseLearning = replay([
      ...district.slice(0, 2),
      { type: "suspended", at: at("2021-03-03"), reason: "x" },
      { type: "reversed", at: at("2021-03-04"), reason: "x" },
    ]);
    expect(errorOf(reverseLearning)?.code).toBe("HANDOVER_TRANSITION_FORBIDDEN");
  });
});

describe("replay — coded rejections", () => {
  it("cannot hand over before proficiency and approval", () => {
    const r = replay([district[0]!, district[1]!, { type: "handedOver", at: at("2021-03-03") }]);
    const e = errorOf(r);
    expect(e?.code).toBe("HANDOVER_TRANSITION_FORBIDDEN");
    expect(e?.path).toEqual(["events", 2, "type"]);
    expect(e?.data["allowed"]).toEqual(["staffAssigned", "proficiencyAssessed", "suspended"]);
    expect(e?.vi).toContain("handedOver");
  });

  it("must start with proposed; events must be in time order; input must be a list", () => {
    expect(errorOf(replay([district[1]!]))?.code).toBe("HANDOVER_TRANSITION_FORBIDDEN");
    expect(errorOf(replay([district[0]!, { ...district[1]!, at: at("2021-02-01") }]))).toMatchObject({
      code: "HANDOVER_EVENT_OUT_OF_ORDER",
      path: ["events", 1, "at"],
    });
    expect(errorOf(replay([]))?.code).toBe("HANDOVER_INVALID_EVENT");
    expect(errorOf(replay("x" as never))?.code).toBe("HANDOVER_INVALID_EVENT");
    expect(errorOf(replay([{ ...district[0]!, at: "2021-03-01T08:00:00" }]))).toMatchObject({
      code: "HANDOVER_INVALID_EVENT",
      path: ["events", 0, "at"],
    });
  });

  it("with a rulebook: the decider must be the one named (district chairman, III.3.2.2)", () => {
    const wrong: HandoverEventInput[] = [
      ...district.slice(0, 6),
      { type: "approved", at: at("2021-05-10"), decision, by: "steeringBoard" },
    ];
    expect(errorOf(replay(wrong, { rules: fixture }))).toMatchObject({
      code: "HANDOVER_PARTY_MISMATCH",
      path: ["events", 6, "by"],
    });
    expect(replay(wrong).ok).toBe(true); // without a rulebook nothing is checked
  });

  it("with a rulebook: Sở Nội vụ's withdrawal must be proposed by its own director (III.4.1)", () => {
    const snv: HandoverEventInput[] = [
      {
        type: "proposed",
        at: at("2021-03-01"),
        officeId: "HT-HCC",
        level: "province",
        scope: { kind: "department", agencyId: "SNV" },
      },
      { type: "staffAssigned", at: at("2021-03-02"), staff: 1 },
      { type: "proficiencyAssessed", at: at("2021-05-03"), proficient: true },
    ];
    const anonymous = replay([...snv, { type: "withdrawalProposed", at: at("2021-05-04") }], {
      rules: fixture,
    });
    expect(errorOf(anonymous)?.code).toBe("HANDOVER_PARTY_MISMATCH");
    const own = replay(
      [...snv, { type: "withdrawalProposed", at: at("2021-05-04"), by: "departmentDirector" }],
      {
        rules: fixture,
      },
    );
    expect(own.ok).toBe(true);
  });

  it("with a rulebook: the proposal itself must be decidable (district after 1/7/2025, Vĩnh Phúc assessors)", () => {
    const late = replay([{ ...district[0]!, at: at("2025-07-01") }], { rules: fixture });
    expect(errorOf(late)?.code).toBe("HANDOVER_LEVEL_ABOLISHED");
    const vp: HandoverEventInput[] = [
      {
        type: "proposed",
        at: at("2025-04-10"),
        officeId: "VP-HCC",
        level: "province",
        scope: { kind: "department", agencyId: "STP" },
      },
      { type: "staffAssigned", at: at("2025-04-11"), staff: 2 },
      { type: "proficiencyAssessed", at: at("2025-05-11"), proficient: true, assessors: ["steeringBoard"] },
    ];
    expect(errorOf(replay(vp, { rules: noDuration }))?.code).toBe("HANDOVER_PARTY_MISMATCH");
  });

  it("never throws and never mutates its input", () => {
    const events = structuredClone(district);
    const before = JSON.stringify(events);
    replay(events, { rules: fixture });
    expect(JSON.stringify(events)).toBe(before);
    fc.assert(
      fc.property(
        fc.anything(),
        fc.array(fc.anything(), { maxLength: 4 }),
        fc.anything(),
        (a, list, rules) => {
          for (const input of [a, list, [district[0]!, ...list]]) {
            const r = replay(input as never, { rules: rules as HandoverRules });
            if (!r.ok) expect(r.error).toBeInstanceOf(MotcuaError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("replay agrees with the xstate chart", () => {
  const eventArb = fc.oneof(
    fc.constant({ type: "staffAssigned", staff: 1 }),
    fc.boolean().map((proficient) => ({ type: "proficiencyAssessed", proficient })),
    fc.constant({ type: "withdrawalProposed" }),
    fc.constant({ type: "approved", decision }),
    fc.constant({ type: "rejected", reason: "x" }),
    fc.constant({ type: "handedOver" }),
    fc.constant({ type: "suspended", reason: "x" }),
    fc.constant({ type: "resumed" }),
    fc.constant({ type: "reversed", reason: "x" }),
  );

  it("on random event sequences: same status while accepted, and a refusal exactly when xstate ignores the event", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("replace", "support"),
        fc.array(eventArb, { maxLength: 14 }),
        (mode, tail) => {
          const events = [
            { type: "proposed", officeId: "X", level: "province", scope: { kind: "all" }, mode },
            ...tail,
          ].map((e, i) => ({ ...e, at: i * 1000 }));
          const actor = createActor(handoverMachine).start();
          let accepted = 0;
          for (const raw of events) {
            const before = actor.getSnapshot();
            const event = decode(HandoverEventSchema, raw);
            if (!before.can(event)) break;
            actor.send(event);
            accepted++;
          }
          const r = replay(events as HandoverEventInput[]);
          if (accepted === events.length) {
            expect(r.ok).toBe(true);
            if (r.ok) expect(r.value.status).toBe(actor.getSnapshot().value);
          } else {
            expect(r.ok).toBe(false);
            if (!r.ok) {
              expect(r.error.code).toBe("HANDOVER_TRANSITION_FORBIDDEN");
              expect(r.error.path).toEqual(["events", accepted, "type"]);
            }
            const prefix = replay(events.slice(0, accepted) as HandoverEventInput[]);
            if (prefix.ok) expect(prefix.value.status).toBe(actor.getSnapshot().value);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("the error type guard works on refusals", () => {
    const r = replay([district[1]!]);
    expect(!r.ok && isMotcuaError(r.error, "HANDOVER_TRANSITION_FORBIDDEN")).toBe(true);
  });
});
