/**
 * Hà Tĩnh's handover and staffing rules through the plugin path: composed on the national baseline
 * as of the date judged, read by `@motcua/handover` and `@motcua/staffing` (Kế hoạch 41/KH-UBND,
 * 18/02/2021; cited by line).
 */
import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { decide, type ApprovalDecision, type HandoverRequest } from "@motcua/handover";
import { national } from "@motcua/national";
import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
import { haTinh } from "@motcua/province-ha-tinh";
import { planStaffing } from "@motcua/staffing";

const at = (date: string) => sliceOf(composeRulebook([national, haTinh], { asOf: date }), "handover");
const summary = (d: ApprovalDecision) => d.steps.map((s) => `${s.duty}:${s.party}`);
const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (isMotcuaError(e)) return e.code;
    throw e;
  }
  return "no error";
};

describe("Hà Tĩnh handover (Kế hoạch 41/KH-UBND)", () => {
  it("province: the director proposes to the Steering Board, agreed with VP UBND and the HCC director; the Board advises; UBND tỉnh decides (L379-L395)", () => {
    const d = decide(
      { officeId: "HT-HCC", level: "province", scope: { kind: "department", agencyId: "STC" } },
      at("2021-06-01"),
      "2021-06-01",
    );
    expect(summary(d)).toEqual([
      "propose:departmentDirector",
      "agree:provincialOffice",
      "agree:centreDirector",
      "advise:steeringBoard",
      "decide:provincialPeoplesCommittee",
    ]);
    for (const s of d.steps) expect(s.legalRef.lines).toBe("L379-L395");
    expect(d.decider.legalRef.note).toContain("Ban Chỉ đạo căn cứ quy trình rút người");
    expect(d.verified).toBe(true);
    expect(d.plugins).toEqual(["province-ha-tinh"]);
    expect(d.learning).toMatchObject({ minMonths: 2, maxMonths: 3, untilProficient: true });
    expect(d.assessors?.parties).toEqual([
      "pilotUnitHead",
      "centreDirector",
      "steeringBoard",
      "provincialOffice",
    ]);
  });

  it("district: the chairman decides directly, is responsible, reports to the Steering Board; ends with the district level (L397-L409)", () => {
    const req = {
      officeId: "HT-CANLOC",
      level: "district",
      scope: { kind: "all" },
    } satisfies HandoverRequest;
    const d = decide(req, at("2025-06-30"), "2025-06-30");
    expect(summary(d)).toEqual(["decide:districtChairman", "inform:steeringBoard"]);
    expect(d.decider.responsible).toBe(true);
    expect(codeOf(() => decide(req, at("2025-07-01"), "2025-07-01"))).toBe("HANDOVER_LEVEL_ABOLISHED");
  });

  it("pilot communes: postal staff only support, limited to the named communes; the decider is an interpretation (L270-L282, L345-L361)", () => {
    const req = {
      officeId: "HT-THACHMY",
      level: "commune",
      scope: { kind: "all" },
    } satisfies HandoverRequest;
    const d = decide({ ...req, mode: "support" }, at("2021-03-01"), "2021-03-01");
    expect(d.withdrawsCivilServants).toBe(false);
    expect(d.units).toContain("UBND xã Thạch Mỹ (Lộc Hà)");
    expect(d.units).toContain("Bộ phận Một cửa xã Kỳ Bắc");
    expect(d.decider.legalRef.verified).toBe(false);
    expect(d.legalRef.note).toContain("chỉ thực hiện việc hỗ trợ");
    expect(codeOf(() => decide(req, at("2021-03-01"), "2021-03-01"))).toBe("HANDOVER_MODE_NOT_ALLOWED");
    const after = { ...req, mode: "support" as const };
    expect(codeOf(() => decide(after, at("2025-07-01"), "2025-07-01"))).toBe("HANDOVER_AUTHORITY_MISSING");
  });

  it("Sở Nội vụ (SNV) keeps its civil servants until it proposes; five departments follow 559/UBND-PC1, unverified (L411-L422)", () => {
    const snv = decide(
      { officeId: "HT-HCC", level: "province", scope: { kind: "department", agencyId: "SNV" } },
      at("2021-06-01"),
      "2021-06-01",
    );
    expect([snv.ownProposalRequired, snv.exception?.id]).toEqual([true, "so-noi-vu"]);
    expect(snv.exception?.legalRef.note).toContain("Riêng Sở Nội vụ");
    const sgddt = decide(
      {
        officeId: "HT-HCC",
        level: "province",
        scope: { kind: "domain", domain: "Giáo dục" },
        agencyId: "SGDDT",
      },
      at("2021-06-01"),
      "2021-06-01",
    );
    expect(summary(sgddt)).toEqual(["decide:provincialPeoplesCommittee"]);
    expect(sgddt.decider.legalRef.document).toBe("Văn bản 559/UBND-PC1");
    expect(sgddt.verified).toBe(false);
  });

  it("no rule before the plan was issued (18/02/2021)", () => {
    const req = { officeId: "HT-HCC", level: "province", scope: { kind: "all" } } satisfies HandoverRequest;
    expect(codeOf(() => decide(req, at("2021-02-17"), "2021-02-17"))).toBe("HANDOVER_AUTHORITY_MISSING");
  });
});

describe("Hà Tĩnh staffing (Kế hoạch 41/KH-UBND L300-L316)", () => {
  const rules = sliceOf(composeRulebook([national, haTinh], { asOf: "2021-06-01" }), "staffing");

  it("60 dossiers a day in 4 domains: 2–4 staff (3 at the 20-a-day end), one spare flagged as a reading", () => {
    const plan = planStaffing(
      {
        level: "district",
        volumes: [
          { domain: "Tư pháp", dossiersPerDay: 30 },
          { domain: "Đất đai", dossiersPerDay: 15 },
          { domain: "Kinh tế", dossiersPerDay: 10 },
          { domain: "Lao động", dossiersPerDay: 5 },
        ],
      },
      rules,
    );
    expect(plan.range).toEqual({ min: 2, max: 4 });
    expect(plan.workload?.maxStaffAtStrictEnd).toBe(3);
    expect([plan.required, plan.drivenBy, plan.pool]).toEqual([2, "coverage", 3]);
    expect(plan.explanation.find((l) => l.quantity === "workloadCap")?.sources[0]?.lines).toBe("L312-L314");
    expect(plan.explanation.find((l) => l.quantity === "pool")?.verified).toBe(false);
    expect(plan.qualifications.map((q) => q.id)).toEqual([
      "asRequiredForCivilServants",
      "trainedInProcedures",
    ]);
  });
});

describe("Hà Tĩnh duties for tasks and reminders (Kế hoạch 41/KH-UBND III, L488-L624)", () => {
  const duties = sliceOf(composeRulebook([national, haTinh], { asOf: "2021-06-01" }), "handover").duties;

  it("each duty has its party, kind, period and line citation", () => {
    expect(duties?.value.length).toBeGreaterThanOrEqual(10);
    for (const d of duties?.value ?? []) {
      expect(d.party.length).toBeGreaterThan(0);
      expect(d.cite).toMatch(/^L\d+/);
    }
  });

  it("the post office names its staff once, reporting to the Steering Board; the Steering Board reviews at the end of the phase", () => {
    const byId = new Map((duties?.value ?? []).map((d) => [d.id, d]));
    expect(byId.get("post-assigns-staff")).toMatchObject({
      kind: "assignStaff",
      period: "once",
      cite: "L588-L596",
    });
    expect(byId.get("steering-board-reviews-phase")).toMatchObject({
      kind: "review",
      period: "endOfPhase",
      to: "UBND tỉnh",
    });
    expect(byId.get("district-chairman-reports-withdrawal")).toMatchObject({
      to: "Ban Chỉ đạo",
      periodStated: false,
    });
  });
});
