import { describe, expect, it } from "vitest";
import { findHandover, HandoverEntrySchema } from "@motcua/core";
import { replay, toRegister, type HandoverEventInput, type HandoverWorkflow } from "@motcua/handover";

// Hà Tĩnh, Kế hoạch 41/KH-UBND III.3.2.2 (seed 000_2e345361e98f0131.txt): the district chairman decides.
const decision = {
  document: "Quyết định 1234/QĐ-UBND huyện Can Lộc",
  seed: "000_2e345361e98f0131.txt",
  verified: true,
};
const at = (d: string, hm = "08:00") => `${d}T${hm}:00+07:00`;
const base: HandoverEventInput[] = [
  {
    type: "proposed",
    at: at("2021-03-01"),
    officeId: "HT-CANLOC",
    level: "district",
    scope: { kind: "domain", domain: "Tư pháp" },
  },
  { type: "staffAssigned", at: at("2021-03-02"), staff: 2 },
  { type: "proficiencyAssessed", at: at("2021-05-03"), proficient: true },
  { type: "withdrawalProposed", at: at("2021-05-04") },
  { type: "approved", at: at("2021-05-10"), decision, by: "districtChairman" },
  { type: "handedOver", at: at("2021-05-17", "06:30") },
];

const workflow = (events: HandoverEventInput[]): HandoverWorkflow => {
  const r = replay(events);
  if (!r.ok) throw r.error;
  return r.value;
};

describe("toRegister", () => {
  it("produces one valid register entry per operation period, which findHandover reads", () => {
    const register = toRegister(workflow(base));
    expect(register).toEqual([
      {
        officeId: "HT-CANLOC",
        scope: { kind: "domain", domain: "Tư pháp" },
        mode: "replace",
        since: "2021-05-17",
        decision,
      },
    ]);
    for (const entry of register) expect(HandoverEntrySchema.safeParse(entry).success).toBe(true);
    const q = { officeId: "HT-CANLOC", procedureCode: "2.000908", domain: "Tư pháp" };
    expect(findHandover(register, { ...q, date: "2021-05-16" })).toBeUndefined();
    expect(findHandover(register, { ...q, date: "2021-05-17" })?.decision.document).toBe(decision.document);
  });

  it("uses the Vietnamese date of the handover instant (06:30 +07:00 is still 16/5 in UTC)", () => {
    expect(toRegister(workflow(base))[0]?.since).toBe("2021-05-17");
  });

  it("splits on suspension and closes on reversal: civil servants operate on the day it ends", () => {
    const register = toRegister(
      workflow([
        ...base,
        { type: "suspended", at: at("2021-07-01"), reason: "thiếu nhân viên" },
        { type: "resumed", at: at("2021-07-05") },
        { type: "reversed", at: at("2021-09-01"), reason: "kết thúc thí điểm" },
      ]),
    );
    expect(register.map((e) => [e.since, e.until])).toEqual([
      ["2021-05-17", "2021-06-30"],
      ["2021-07-05", "2021-08-31"],
    ]);
    const q = { officeId: "HT-CANLOC", procedureCode: "x", domain: "Tư pháp" };
    expect(findHandover(register, { ...q, date: "2021-07-02" })).toBeUndefined();
    expect(findHandover(register, { ...q, date: "2021-09-01" })).toBeUndefined();
  });

  it("a same-day reversal leaves no entry; unfinished workflows leave none; several workflows concatenate", () => {
    expect(
      toRegister(workflow([...base, { type: "reversed", at: at("2021-05-17", "15:00"), reason: "x" }])),
    ).toEqual([]);
    expect(toRegister(workflow(base.slice(0, 5)))).toEqual([]);
    const commune = workflow([
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
    ]);
    const register = toRegister([workflow(base), commune]);
    expect(register.map((e) => `${e.officeId}:${e.mode}`)).toEqual([
      "HT-CANLOC:replace",
      "HT-THACHMY:support",
    ]);
  });
});

describe("toRegister — bad input", () => {
  it("refuses anything that is not a replayed workflow, with a code", async () => {
    const { isMotcuaError, MotcuaError } = await import("@motcua/core");
    const fc = (await import("fast-check")).default;
    const w = workflow(base);
    try {
      toRegister([w, { ...w, periods: [{ from: 10, to: 5 }] }]);
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "HANDOVER_INVALID_WORKFLOW")).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(["workflows", 1, "periods", 0]);
    }
    fc.assert(
      fc.property(fc.anything(), (x) => {
        try {
          toRegister(x as HandoverWorkflow);
        } catch (e) {
          if (!(e instanceof MotcuaError)) throw e;
        }
      }),
    );
  });
});
