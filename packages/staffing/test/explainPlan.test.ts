import { describe, expect, it } from "vitest";
import { explainPlan, haTinh2021StaffingNorms, planStaffing } from "@motcua/staffing";

describe("explainPlan", () => {
  // Kế hoạch 41/KH-UBND III.3.1.1 (seed 000_2e345361e98f0131.txt): at least 15–20 dossiers per employee per day.
  const plan = planStaffing(
    { volumes: [{ domain: "Tư pháp", dossiersPerDay: 60 }] },
    haTinh2021StaffingNorms,
  );

  it("writes each number with its computation and source, in Vietnamese by default", () => {
    const text = explainPlan(plan);
    expect(text).toContain("byThroughput = 4");
    expect(text).toContain("⌈60 ÷ 15⌉ = 4 nhân viên");
    expect(text).toContain("← Kế hoạch 41/KH-UBND khoản III.3.1.1 (seed 000_2e345361e98f0131.txt)");
    expect(text).toContain("[chưa xác minh]"); // the spare-staff reading
  });

  it("and in English", () => {
    const text = explainPlan(plan, "en");
    expect(text).toContain("⌈60 ÷ 15⌉ = 4 employee(s)");
    expect(text).toContain("pool = 5");
    expect(text).toContain("[unverified]");
  });
});

describe("explainPlan — bad input", () => {
  it("refuses what is not a plan, or another language, with a code", async () => {
    const { isMotcuaError, MotcuaError } = await import("@motcua/core");
    const fc = (await import("fast-check")).default;
    const plan = planStaffing({ volumes: [{ domain: "x", dossiersPerDay: 1 }] }, haTinh2021StaffingNorms);
    try {
      explainPlan(plan, "fr" as "en");
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "STAFFING_INVALID_INPUT")).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(["lang"]);
    }
    fc.assert(
      fc.property(fc.anything(), (x) => {
        try {
          explainPlan(x as typeof plan);
        } catch (e) {
          if (!(e instanceof MotcuaError)) throw e;
        }
      }),
    );
  });
});
