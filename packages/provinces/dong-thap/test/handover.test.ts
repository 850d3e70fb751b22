/**
 * Đồng Tháp's handover rules through the plugin path: the 2022 review of the pilot (cited by
 * line) reports the phase decisions of UBND tỉnh, not a per-unit
 * procedure, so the authorities are an interpretation (unverified).
 */
import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { decide } from "@motcua/handover";
import { national } from "@motcua/national";
import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
import { dongThap } from "@motcua/province-dong-thap";
import { planStaffing } from "@motcua/staffing";

const at = (date: string) => sliceOf(composeRulebook([national, dongThap], { asOf: date }), "handover");

describe("Đồng Tháp handover (2018–2022 pilot)", () => {
  it("province and district: UBND tỉnh decides, advised by its Office — flagged as an interpretation (L19-L27)", () => {
    for (const level of ["province", "district"] as const) {
      const d = decide({ officeId: "DT-1", level, scope: { kind: "all" } }, at("2019-08-01"), "2019-08-01");
      expect(d.steps.map((s) => `${s.duty}:${s.party}`)).toEqual([
        "advise:provincialOffice",
        "decide:provincialPeoplesCommittee",
      ]);
      expect(d.verified).toBe(false);
      expect(d.decider.legalRef.note).toContain("Interpretation");
    }
  });

  it("communes: postal staff support and do not replace civil servants (L53); nothing before phase 1 (1/8/2018)", () => {
    const req = { officeId: "DT-XA", level: "commune", scope: { kind: "all" } } as const;
    expect(() => decide(req, at("2020-01-01"), "2020-01-01")).toThrow(/HANDOVER_MODE_NOT_ALLOWED/);
    const d = decide({ ...req, mode: "support" }, at("2020-01-01"), "2020-01-01");
    expect(d.legalRef.note).toContain("không thay thế");
    try {
      decide(
        { officeId: "DT-HCC", level: "province", scope: { kind: "all" } },
        at("2018-07-31"),
        "2018-07-31",
      );
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "HANDOVER_AUTHORITY_MISSING")).toBe(true);
    }
  });

  it("the civil servants freed (10 at the province centre, 2–8 per district) are a reference in the plan (L83)", () => {
    const book = composeRulebook([national, dongThap], { asOf: "2022-06-30" });
    const plan = planStaffing(
      { level: "district", civilServantsAtCounter: 5, volumes: [{ domain: "Tư pháp", dossiersPerDay: 30 }] },
      {
        ...sliceOf(book, "staffing"),
        capacityPerEmployee: {
          value: 15,
          legalRef: { document: "test value", verified: false },
          verified: false,
        },
      },
    );
    expect([
      plan.civilServantsFreed?.reference?.min.value,
      plan.civilServantsFreed?.reference?.max.value,
    ]).toEqual([2, 8]);
    expect(plan.civilServantsFreed?.reference?.min.source.lines).toBe("L83");
  });
});

describe("Đồng Tháp duties (the 2021 directive and the 2022 review)", () => {
  it("the districts report quarterly to the provincial Office — inferred, so flagged", () => {
    const duties =
      sliceOf(composeRulebook([national, dongThap], { asOf: "2021-03-01" }), "handover").duties?.value ?? [];
    expect(duties.find((d) => d.id === "districts-report-quarterly")).toMatchObject({
      period: "quarterly",
      periodStated: false,
      to: "Văn phòng UBND Tỉnh",
      cite: "Công văn /UBND-KSTTHC về khắc phục hạn chế qua kiểm tra (UBND tỉnh Đồng Tháp, 2021), L33",
    });
  });
});
