import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError, MotcuaError } from "@motcua/core";
import { explainPlan, planStaffing, type StaffingInput, type StaffingRules } from "@motcua/staffing";
import { activityRules, capacityRules, freedRules, manyDomainsRules, ref, workloadRules } from "./fixtures";

// A district one-stop receiving 60 dossiers a day across 4 domains.
const district = {
  officeId: "DEMO-HUYEN",
  level: "district",
  volumes: [
    { domain: "Tư pháp", dossiersPerDay: 30, pagesPerDossier: 6 },
    { domain: "Đất đai", dossiersPerDay: 15, pagesPerDossier: 12 },
    { domain: "Kinh tế – Hạ tầng", dossiersPerDay: 10, pagesPerDossier: 10 },
    { domain: "Lao động – TB&XH", dossiersPerDay: 5, pagesPerDossier: 8 },
  ],
} satisfies StaffingInput;

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (isMotcuaError(e)) return e.code;
    throw e;
  }
  return "no error";
};

describe("planStaffing — a minimum workload caps the staff, coverage sizes them", () => {
  it("60 dossiers/day in 4 domains: ⌈4/3⌉ = 2 by coverage; at least 15 each → at most 4 (3 at 20); pool 3", () => {
    const plan = planStaffing(district, workloadRules);
    expect(plan.dossiersPerDay).toBe(60);
    expect(plan.needs.coverage?.staff).toBe(2);
    expect(plan.needs.capacity).toBeUndefined();
    expect([plan.required, plan.drivenBy]).toEqual([2, "coverage"]);
    expect(plan.workload).toMatchObject({ maxStaff: 4, maxStaffAtStrictEnd: 3, met: true });
    expect(plan.range).toEqual({ min: 2, max: 4 });
    expect([plan.reserve, plan.pool]).toEqual([1, 3]);
    const cap = plan.explanation.find((l) => l.quantity === "workloadCap");
    expect(cap?.value).toBe(4);
    expect(cap?.sources[0]?.note).toBe("at least 15-20 dossiers a day");
    expect(cap?.vi).toContain("tối thiểu 15–20 hồ sơ/ngày");
    // The spare-staff figure is a reading, so it is flagged.
    expect(plan.explanation.find((l) => l.quantity === "pool")?.verified).toBe(false);
  });

  it("low volume: 7 domains × 2 dossiers — coverage needs 3, the 15-a-day minimum cannot be met, coverage binds", () => {
    const volumes = Array.from({ length: 7 }, (_, i) => ({ domain: `D${i}`, dossiersPerDay: 2 }));
    const plan = planStaffing({ volumes }, workloadRules);
    expect([plan.required, plan.drivenBy]).toEqual([3, "coverage"]);
    expect(plan.workload?.met).toBe(false);
    expect(plan.range).toEqual({ min: 3 });
    expect(plan.explanation.find((l) => l.quantity === "workloadCap")?.en).toContain("coverage binds");
  });

  it("16 dossiers a day in one domain: one employee, and a second would fall below the minimum", () => {
    const plan = planStaffing({ volumes: [{ domain: "x", dossiersPerDay: 16 }] }, workloadRules);
    expect([plan.required, plan.range]).toEqual([1, { min: 1, max: 1 }]);
  });

  it("at least one employee at the counter even with no dossiers", () => {
    const plan = planStaffing({ volumes: [{ domain: "x", dossiersPerDay: 0 }] }, capacityRules);
    expect([plan.required, plan.drivenBy]).toEqual([1, "minimum"]);
  });

  it("ignores floating-point dust: 44.7 + 0.1 + 0.2 dossiers at 15 each need exactly 3", () => {
    const volumes = [
      { domain: "a", dossiersPerDay: 44.7 },
      { domain: "b", dossiersPerDay: 0.1 },
      { domain: "c", dossiersPerDay: 0.2 },
    ];
    expect(planStaffing({ volumes }, capacityRules).needs.capacity?.staff).toBe(3);
    expect(planStaffing({ volumes }, workloadRules).workload?.maxStaff).toBe(3);
  });
});

describe("planStaffing — no built-in figure", () => {
  it("a rulebook without staffing rules gives nothing to size with: a coded error naming the rules", () => {
    for (const rules of [{}, manyDomainsRules] as StaffingRules[]) {
      try {
        planStaffing(district, rules);
        expect.unreachable();
      } catch (e) {
        expect(isMotcuaError(e, "STAFFING_NO_SIZING_NORM")).toBe(true);
        if (isMotcuaError(e)) {
          expect(e.en).toContain("2133/QĐ-BTTTT");
          expect(e.en).toContain("staffing.domainsPerEmployee");
        }
      }
    }
  });

  it("with the activity model: 1450 min/day ÷ 480 → 4 on duty; pool 2× → 8; many domains add no staff", () => {
    const plan = planStaffing(district, { ...manyDomainsRules, ...activityRules });
    // guidance 60×5 + receipt 60×10 + digitisation (30×6 + 15×12 + 10×10 + 5×8)×0.5 + return 60×5
    expect(plan.needs.activityTime?.minutesPerDay).toBe(300 + 600 + 250 + 300);
    expect(plan.needs.activityTime?.staff).toBe(4);
    expect(plan.needs.coverage).toBeUndefined();
    expect([plan.required, plan.drivenBy, plan.reserve, plan.pool]).toEqual([4, "activityTime", 4, 8]);
    const pool = plan.explanation.find((l) => l.quantity === "pool");
    expect(pool?.sources[0]?.note).toBe("2x reserve");
    expect(plan.explanation.find((l) => l.quantity === "byActivityTime")?.verified).toBe(false);
    expect(explainPlan(plan, "en")).toContain("[unverified]");
    expect(explainPlan(plan, "vi")).toContain("Quyết định 2133/QĐ-BTTTT [chưa xác minh / unverified]");
  });

  it("lists the qualifications and checks candidates", () => {
    const all = ["universityDegree", "personalDigitalSignature", "trainedInProcedures"];
    const candidates = [
      ...Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, qualifications: all })),
      { id: "no-signature", qualifications: ["universityDegree", "trainedInProcedures"] },
    ];
    const plan = planStaffing({ ...district, candidates }, { ...manyDomainsRules, ...activityRules });
    expect(plan.qualifications.map((q) => q.id)).toEqual(all);
    expect(plan.candidates).toEqual({
      qualified: 7,
      lacking: [{ id: "no-signature", lacks: ["personalDigitalSignature"] }],
      enough: false,
    });
  });

  it("staff on duty given by the office size a plan the rules cannot: 3 on duty, pool 2× → 6, with the qualifications", () => {
    const plan = planStaffing({ ...district, staffOnDuty: 3 }, manyDomainsRules);
    expect([plan.required, plan.drivenBy, plan.reserve, plan.pool]).toEqual([3, "given", 3, 6]);
    expect(plan.needs.given).toEqual({ staff: 3, norms: [] });
    expect(plan.explanation.find((l) => l.quantity === "byGiven")?.value).toBe(3);
  });

  it("with norms, a given staff on duty is one more need: the largest is required, and a tie names the norm", () => {
    const rules = { ...manyDomainsRules, ...capacityRules };
    expect(planStaffing({ ...district, staffOnDuty: 2 }, rules).drivenBy).toBe("capacity");
    expect(planStaffing({ ...district, staffOnDuty: 4 }, rules).drivenBy).toBe("capacity");
    const more = planStaffing({ ...district, staffOnDuty: 6 }, rules);
    expect([more.required, more.drivenBy, more.pool]).toEqual([6, "given", 12]);
    expect(codeOf(() => planStaffing({ ...district, staffOnDuty: 0 }, rules))).toBe("STAFFING_INVALID_INPUT");
  });

  it("a capacity with a 2× reserve: ⌈60/15⌉ = 4 → pool 8", () => {
    const plan = planStaffing(district, { ...manyDomainsRules, ...capacityRules });
    expect([plan.required, plan.drivenBy, plan.pool]).toEqual([4, "capacity", 8]);
  });

  it("shows civil servants freed against the observed reference for the level", () => {
    const plan = planStaffing(
      { ...district, civilServantsAtCounter: 5 },
      { ...workloadRules, ...freedRules },
    );
    expect(plan.civilServantsFreed?.atCounter).toBe(5);
    expect([
      plan.civilServantsFreed?.reference?.min.value,
      plan.civilServantsFreed?.reference?.max.value,
    ]).toEqual([2, 8]);
    expect(plan.civilServantsFreed?.reference?.min.source.note).toBe("observed in the review");
    const province = planStaffing({ ...district, level: "province" }, { ...workloadRules, ...freedRules });
    expect(province.civilServantsFreed?.reference?.max.value).toBe(10);
  });
});

describe("planStaffing — impossible input", () => {
  it("negative volume, bad rules, missing pages: each with its code and path", () => {
    const neg = { ...district, volumes: [{ domain: "x", dossiersPerDay: -1 }] };
    try {
      planStaffing(neg, workloadRules);
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "STAFFING_NEGATIVE_VOLUME")).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(["input", "volumes", 0, "dossiersPerDay"]);
    }
    const zero = { capacityPerEmployee: { value: 0, legalRef: ref("x"), verified: true } };
    expect(codeOf(() => planStaffing(district, zero))).toBe("STAFFING_INVALID_NORMS");
    const half = {
      ...activityRules,
      reserve: { value: { kind: "factor", factor: 0.5 }, legalRef: ref("x"), verified: true },
    };
    try {
      planStaffing(district, half as never);
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "STAFFING_INVALID_NORMS")).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(["rules", "reserve", "value", "factor"]);
    }
    const noPages = { volumes: [{ domain: "x", dossiersPerDay: 3 }] };
    expect(codeOf(() => planStaffing(noPages, activityRules))).toBe("STAFFING_MISSING_PAGES");
    expect(codeOf(() => planStaffing({ volumes: [] }, workloadRules))).toBe("STAFFING_INVALID_INPUT");
    const dup = {
      volumes: [
        { domain: "x", dossiersPerDay: 1 },
        { domain: "x", dossiersPerDay: 2 },
      ],
    };
    expect(codeOf(() => planStaffing(dup, workloadRules))).toBe("STAFFING_INVALID_INPUT");
    expect(codeOf(() => planStaffing(district, { throughput: { value: 15 } } as never))).toBe(
      "STAFFING_INVALID_NORMS",
    );
    expect(codeOf(() => planStaffing(district, null as never))).toBe("STAFFING_INVALID_NORMS");
  });

  it("does not mutate its inputs", () => {
    const input = structuredClone(district);
    const rules = structuredClone({ ...manyDomainsRules, ...activityRules });
    const before = JSON.stringify([input, rules]);
    planStaffing(input, rules);
    expect(JSON.stringify([input, rules])).toBe(before);
  });

  it("only ever throws MotcuaError", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, rules) => {
        for (const [i, n] of [
          [input, workloadRules],
          [district, rules],
        ] as const) {
          try {
            planStaffing(i as never, n as never);
          } catch (e) {
            if (!(e instanceof MotcuaError)) throw e;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("planStaffing — properties", () => {
  const volumesArb = fc.uniqueArray(
    fc.record({
      domain: fc.string({ minLength: 1, maxLength: 6 }),
      dossiersPerDay: fc.integer({ min: 0, max: 500 }),
    }),
    { minLength: 1, maxLength: 12, selector: (x) => x.domain },
  );

  it("required is the largest need (≥ 1); within the range every employee gets the minimum; the cap never shrinks with volume", () => {
    fc.assert(
      fc.property(volumesArb, fc.integer({ min: 0, max: 100 }), (volumes, extra) => {
        const plan = planStaffing({ volumes }, workloadRules);
        expect(plan.required).toBe(Math.max(plan.needs.coverage?.staff ?? 0, 1));
        expect(plan.pool).toBe(plan.required + 1);
        const cap = plan.workload?.maxStaff ?? NaN;
        // The cap is the most employees that each still receive 15 dossiers a day.
        expect(cap * 15).toBeLessThanOrEqual(plan.dossiersPerDay + 1e-9);
        expect((cap + 1) * 15).toBeGreaterThan(plan.dossiersPerDay);
        expect(plan.workload?.met).toBe(cap >= plan.required);
        if (plan.range.max !== undefined) expect(plan.range.max).toBeGreaterThanOrEqual(plan.range.min);
        const more = volumes.map((x, i) =>
          i === 0 ? { ...x, dossiersPerDay: x.dossiersPerDay + extra } : x,
        );
        expect(planStaffing({ volumes: more }, workloadRules).workload?.maxStaff).toBeGreaterThanOrEqual(cap);
      }),
    );
  });
});
describe("planStaffing — reserve and activity-time properties", () => {
  const volumesArb = fc.uniqueArray(
    fc.record({
      domain: fc.string({ minLength: 1, maxLength: 6 }),
      dossiersPerDay: fc.integer({ min: 0, max: 300 }),
      pagesPerDossier: fc.integer({ min: 0, max: 40 }),
    }),
    { minLength: 1, maxLength: 8, selector: (x) => x.domain },
  );

  it("a reserve factor f gives pool = ⌈required × f⌉ (Vĩnh Phúc's plan has f = 2)", () => {
    fc.assert(
      fc.property(volumesArb, fc.double({ min: 1, max: 4, noNaN: true }), (volumes, f) => {
        const norms = {
          ...activityRules,
          reserve: { value: { kind: "factor" as const, factor: f }, legalRef: ref("f"), verified: true },
        };
        const plan = planStaffing({ volumes }, norms);
        expect(plan.pool).toBe(Math.max(plan.required, Math.ceil(plan.required * f - 1e-9)));
        expect(plan.reserve).toBe(plan.pool - plan.required);
      }),
    );
  });

  it("activity time covers the work: required × working minutes ≥ counter minutes, and one fewer would not", () => {
    fc.assert(
      fc.property(volumesArb, (volumes) => {
        const plan = planStaffing({ volumes }, { ...manyDomainsRules, ...activityRules });
        const minutes = plan.needs.activityTime?.minutesPerDay ?? NaN;
        const staff = plan.needs.activityTime?.staff ?? NaN;
        expect(staff * 480).toBeGreaterThanOrEqual(minutes - 0.01);
        if (staff > 0) expect((staff - 1) * 480).toBeLessThan(minutes);
      }),
    );
  });
});
