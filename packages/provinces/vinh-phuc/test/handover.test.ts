/**
 * Vĩnh Phúc's handover and staffing rules through the plugin path (Kế hoạch 60/KH-UBND,
 * 19/03/2025; cited by line), in force 1/4/2025–30/6/2025.
 */
import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { decide } from "@motcua/handover";
import { national } from "@motcua/national";
import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
import { vinhPhuc } from "@motcua/province-vinh-phuc";
import { planStaffing } from "@motcua/staffing";

const at = (date: string) => sliceOf(composeRulebook([national, vinhPhuc], { asOf: date }), "handover");

describe("Vĩnh Phúc handover (Kế hoạch 60/KH-UBND)", () => {
  it("province: the director proposes directly to UBND tỉnh, names a liaison, agreed with the HCC director (L51-L52)", () => {
    const d = decide(
      { officeId: "VP-HCC", level: "province", scope: { kind: "department", agencyId: "STP" } },
      at("2025-05-05"),
      "2025-05-05",
    );
    expect(d.steps.map((s) => `${s.duty}:${s.party}`)).toEqual([
      "propose:departmentDirector",
      "liaise:departmentLiaison",
      "agree:centreDirector",
      "decide:provincialPeoplesCommittee",
    ]);
    expect(d.steps.some((s) => s.party === "steeringBoard")).toBe(false);
    expect(d.learning).toMatchObject({ untilProficient: true });
    expect(d.learning?.minMonths).toBeUndefined();
    expect(d.assessors?.legalRef.verified).toBe(false);
  });

  it("in force from 1/4/2025 only: on 31/3/2025 nobody is named", () => {
    try {
      decide(
        { officeId: "VP-HCC", level: "province", scope: { kind: "all" } },
        at("2025-03-31"),
        "2025-03-31",
      );
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "HANDOVER_AUTHORITY_MISSING")).toBe(true);
    }
  });

  it("staffing: many domains each and no capacity figure, so there is nothing to size with; the pool is twice the staff (L48, L87)", () => {
    const rules = sliceOf(composeRulebook([national, vinhPhuc], { asOf: "2025-05-05" }), "staffing");
    expect(rules.reserve?.value).toEqual({ kind: "factor", factor: 2 });
    try {
      planStaffing({ volumes: [{ domain: "Tư pháp", dossiersPerDay: 30 }] }, rules);
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "STAFFING_NO_SIZING_NORM")).toBe(true);
    }
  });
});

describe("Vĩnh Phúc duties (Kế hoạch 60/KH-UBND IV, L63-L92)", () => {
  it("the finance department asks for funds every year; the post office names its staff once", () => {
    const duties =
      sliceOf(composeRulebook([national, vinhPhuc], { asOf: "2025-05-05" }), "handover").duties?.value ?? [];
    expect(duties.find((d) => d.id === "finance-funds-yearly")).toMatchObject({
      period: "yearly",
      cite: "L70",
    });
    expect(duties.find((d) => d.id === "post-assigns-staff")).toMatchObject({
      kind: "assignStaff",
      period: "once",
    });
  });
});

describe("a former Vĩnh Phúc office received in 2026 (composeForProvince of @motcua/national)", () => {
  it("composes as Phú Thọ: the national baseline, none of Kế hoạch 60's rules, the succession recorded", async () => {
    const { composeForProvince } = await import("@motcua/national");
    const book = composeForProvince({
      province: "vinh-phuc",
      asOf: "2026-03-02T09:00:00+07:00",
      plugins: [vinhPhuc],
    });
    expect(book.jurisdiction).toEqual({ level: "province", province: "phu-tho" });
    expect(sliceOf(book, "handover").authorities).toBeUndefined();
    expect(sliceOf(book, "staffing").reserve).toBeUndefined();
    expect(book.succession[0]).toMatchObject({ from: "province-vinh-phuc", to: "province-phu-tho" });
  });
});
