import { describe, expect, it } from "vitest";
import { explainPlan, planStaffing } from "@motcua/staffing";
import { capacityRules, workloadRules } from "./fixtures";

describe("explainPlan", () => {
  // A capacity of 15 dossiers a day, 1–3 domains, at least 15–20 each, one spare (a reading).
  const plan = planStaffing(
    { volumes: [{ domain: "Tư pháp", dossiersPerDay: 60 }] },
    { ...workloadRules, ...capacityRules },
  );

  it("writes each number with its computation and source, in Vietnamese by default", () => {
    const text = explainPlan(plan);
    expect(text).toContain("byCapacity = 4");
    expect(text).toContain("⌈60 ÷ 15⌉ = 4 nhân viên");
    expect(text).toContain("workloadCap = 4");
    expect(text).toContain("← Kế hoạch 1/KH-UBND (fixture)");
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
    const plan = planStaffing({ volumes: [{ domain: "x", dossiersPerDay: 1 }] }, capacityRules);
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
