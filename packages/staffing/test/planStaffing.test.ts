import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError, MotcuaError } from "@motcua/core";
import {
  dongThap2022StaffingReference,
  explainPlan,
  haTinh2021StaffingNorms,
  planStaffing,
  vinhPhuc2025StaffingNorms,
  type NormValue,
  type StaffingNorms,
} from "@motcua/staffing";

const HT_SEED = "000_2e345361e98f0131.txt";
const VP_SEED = "002_3dbcea63c5a39460.txt";
const DT_SEED = "003_954eb8228a922e85.txt";

// The demo office: a district one-stop receiving 60 dossiers a day across 4 domains.
const district = {
  officeId: "DEMO-HUYEN",
  level: "district",
  volumes: [
    { domain: "Tư pháp", dossiersPerDay: 30, pagesPerDossier: 6 },
    { domain: "Đất đai", dossiersPerDay: 15, pagesPerDossier: 12 },
    { domain: "Kinh tế – Hạ tầng", dossiersPerDay: 10, pagesPerDossier: 10 },
    { domain: "Lao động – TB&XH", dossiersPerDay: 5, pagesPerDossier: 8 },
  ],
};

const placeholder = {
  document: "Quyết định 2133/QĐ-BTTTT",
  verified: false,
  note: "test placeholder, not the decree's figure",
};
const v = (value: number, verified = false): NormValue => ({ value, source: placeholder, verified });
const activity: Partial<StaffingNorms> = {
  activityMinutes: { guidance: v(5), receipt: v(10), digitisationPerPage: v(0.5), return: v(5) },
  workingMinutesPerDay: v(480),
};

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (isMotcuaError(e)) return e.code;
    throw e;
  }
  return "no error";
};

describe("planStaffing — Hà Tĩnh 2021 norms (Kế hoạch 41/KH-UBND III.3.1.1, seed 000_2e345361e98f0131.txt)", () => {
  it("60 dossiers/day across 4 domains: 4 on duty by throughput (⌈60/15⌉), 3 at 20/day, 2 by coverage (⌈4/3⌉), pool 5", () => {
    const plan = planStaffing(district, haTinh2021StaffingNorms);
    expect(plan.dossiersPerDay).toBe(60);
    expect(plan.needs.throughput?.staff).toBe(4);
    expect(plan.needs.throughput?.atMaxThroughput).toBe(3);
    expect(plan.needs.coverage?.staff).toBe(2);
    expect(plan.needs.activityTime).toBeUndefined();
    expect(plan.required).toBe(4);
    expect(plan.drivenBy).toBe("throughput");
    expect(plan.reserve).toBe(1);
    expect(plan.pool).toBe(5);
    const line = plan.explanation.find((l) => l.quantity === "byThroughput");
    expect(line?.sources[0]?.seed).toBe(HT_SEED);
    expect(line?.sources[0]?.note).toContain("15-20 hồ sơ/ngày");
    expect(line?.verified).toBe(true);
    // The spare-staff figure is our reading of «có số dư», so it is flagged.
    expect(plan.explanation.find((l) => l.quantity === "pool")?.verified).toBe(false);
  });

  it("coverage drives the plan when many small domains arrive: 7 domains × 2 dossiers → ⌈7/3⌉ = 3", () => {
    const volumes = Array.from({ length: 7 }, (_, i) => ({ domain: `D${i}`, dossiersPerDay: 2 }));
    const plan = planStaffing({ volumes }, haTinh2021StaffingNorms);
    expect(plan.needs.throughput?.staff).toBe(1);
    expect(plan.needs.coverage?.staff).toBe(3);
    expect([plan.required, plan.drivenBy]).toEqual([3, "coverage"]);
  });

  it("at least one employee at the counter even with no dossiers", () => {
    const plan = planStaffing(
      { volumes: [{ domain: "x", dossiersPerDay: 0 }] },
      { ...haTinh2021StaffingNorms, domainCoverage: undefined },
    );
    expect([plan.required, plan.drivenBy]).toEqual([1, "minimum"]);
  });

  it("ignores floating-point dust: 0.1 + 0.2 + … dossiers that total 45 need exactly 3", () => {
    const volumes = [
      { domain: "a", dossiersPerDay: 44.7 },
      { domain: "b", dossiersPerDay: 0.1 },
      { domain: "c", dossiersPerDay: 0.2 },
    ];
    expect(planStaffing({ volumes }, haTinh2021StaffingNorms).needs.throughput?.staff).toBe(3);
  });
});

describe("planStaffing — Vĩnh Phúc 2025 norms (Kế hoạch 60/KH-UBND, seed 002_3dbcea63c5a39460.txt)", () => {
  it("the plan gives no throughput: sizing without an activity model is a coded error, not a guess", () => {
    try {
      planStaffing(district, vinhPhuc2025StaffingNorms);
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "STAFFING_NO_SIZING_NORM")).toBe(true);
      if (isMotcuaError(e)) expect(e.en).toContain("2133/QĐ-BTTTT");
    }
  });

  it("with the activity model (plugin data): 1450 min/day ÷ 480 → 4 on duty; pool 2× → 8; many domains add no staff", () => {
    const plan = planStaffing(district, { ...vinhPhuc2025StaffingNorms, ...activity });
    // guidance 60×5 + receipt 60×10 + digitisation (30×6 + 15×12 + 10×10 + 5×8)×0.5 + return 60×5
    expect(plan.needs.activityTime?.minutesPerDay).toBe(300 + 600 + 250 + 300);
    expect(plan.needs.activityTime?.staff).toBe(4);
    expect(plan.needs.coverage).toBeUndefined();
    expect([plan.required, plan.drivenBy, plan.reserve, plan.pool]).toEqual([4, "activityTime", 4, 8]);
    const pool = plan.explanation.find((l) => l.quantity === "pool");
    expect(pool?.sources[0]).toMatchObject({ seed: VP_SEED, verified: true });
    expect(pool?.sources[0]?.note).toContain("gấp 2 lần");
    // The placeholder activity figures are unverified, and the explanation says so.
    expect(plan.explanation.find((l) => l.quantity === "byActivityTime")?.verified).toBe(false);
    expect(explainPlan(plan, "en")).toContain("[unverified]");
    expect(explainPlan(plan, "vi")).toContain("Quyết định 2133/QĐ-BTTTT [chưa xác minh / unverified]");
  });

  it("lists the qualifications (university degree, personal digital signature under TT 01/2023/TT-VPCP) and checks candidates", () => {
    const norms = { ...vinhPhuc2025StaffingNorms, ...activity };
    const all = ["universityDegree", "personalDigitalSignature", "trainedInProcedures"];
    const candidates = [
      ...Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, qualifications: all })),
      { id: "no-signature", qualifications: ["universityDegree", "trainedInProcedures"] },
    ];
    const plan = planStaffing({ ...district, candidates }, norms);
    expect(plan.qualifications.map((q) => q.id)).toEqual(all);
    expect(plan.candidates).toEqual({
      qualified: 7,
      lacking: [{ id: "no-signature", lacks: ["personalDigitalSignature"] }],
      enough: false,
    });
  });

  it("a plan mixing Hà Tĩnh throughput with Vĩnh Phúc's 2× reserve: 4 → pool 8", () => {
    const plan = planStaffing(district, {
      ...vinhPhuc2025StaffingNorms,
      throughput: haTinh2021StaffingNorms.throughput,
    });
    expect([plan.required, plan.pool]).toEqual([4, 8]);
  });
});

describe("planStaffing — Đồng Tháp reference (seed 003_954eb8228a922e85.txt)", () => {
  it("shows civil servants freed against the observed 2–8 per district (10 at the province centre)", () => {
    const norms = {
      ...haTinh2021StaffingNorms,
      civilServantsFreed: dongThap2022StaffingReference.civilServantsFreed,
    };
    const plan = planStaffing({ ...district, civilServantsAtCounter: 5 }, norms);
    expect(plan.civilServantsFreed?.atCounter).toBe(5);
    expect([
      plan.civilServantsFreed?.reference?.min.value,
      plan.civilServantsFreed?.reference?.max.value,
    ]).toEqual([2, 8]);
    expect(plan.civilServantsFreed?.reference?.min.source.seed).toBe(DT_SEED);
    const province = planStaffing({ ...district, level: "province" }, norms);
    expect(province.civilServantsFreed?.reference?.max.value).toBe(10);
  });
});

describe("planStaffing — impossible input", () => {
  it("negative volume, zero throughput, reserve factor below 1, missing pages: each with its code and path", () => {
    const neg = { ...district, volumes: [{ domain: "x", dossiersPerDay: -1 }] };
    try {
      planStaffing(neg, haTinh2021StaffingNorms);
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "STAFFING_NEGATIVE_VOLUME")).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(["input", "volumes", 0, "dossiersPerDay"]);
    }
    const zero = { ...haTinh2021StaffingNorms, throughput: { min: v(0, true) } };
    expect(codeOf(() => planStaffing(district, zero))).toBe("STAFFING_ZERO_THROUGHPUT");
    const noTime = { ...vinhPhuc2025StaffingNorms, ...activity, workingMinutesPerDay: v(0) };
    expect(codeOf(() => planStaffing(district, noTime))).toBe("STAFFING_ZERO_THROUGHPUT");
    const half = { ...vinhPhuc2025StaffingNorms, ...activity, reserve: { kind: "factor", factor: v(0.5) } };
    try {
      planStaffing(district, half);
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "STAFFING_RESERVE_BELOW_ONE")).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(["norms", "reserve", "factor", "value"]);
    }
    const noPages = { volumes: [{ domain: "x", dossiersPerDay: 3 }] };
    expect(codeOf(() => planStaffing(noPages, { ...vinhPhuc2025StaffingNorms, ...activity }))).toBe(
      "STAFFING_MISSING_PAGES",
    );
    expect(codeOf(() => planStaffing({ volumes: [] }, haTinh2021StaffingNorms))).toBe(
      "STAFFING_INVALID_INPUT",
    );
    const dup = {
      volumes: [
        { domain: "x", dossiersPerDay: 1 },
        { domain: "x", dossiersPerDay: 2 },
      ],
    };
    expect(codeOf(() => planStaffing(dup, haTinh2021StaffingNorms))).toBe("STAFFING_INVALID_INPUT");
    expect(codeOf(() => planStaffing(district, { id: "x", throughput: { min: { value: 15 } } }))).toBe(
      "STAFFING_INVALID_NORMS",
    );
  });

  it("does not mutate its inputs", () => {
    const input = structuredClone(district);
    const norms = structuredClone({ ...vinhPhuc2025StaffingNorms, ...activity });
    const before = JSON.stringify([input, norms]);
    planStaffing(input, norms);
    expect(JSON.stringify([input, norms])).toBe(before);
  });

  it("only ever throws MotcuaError", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, norms) => {
        for (const [i, n] of [
          [input, haTinh2021StaffingNorms],
          [district, norms],
        ] as const) {
          try {
            planStaffing(i, n);
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

  it("required is the largest need (≥ 1), pool ≥ required, more dossiers never need fewer staff", () => {
    fc.assert(
      fc.property(volumesArb, fc.integer({ min: 0, max: 100 }), (volumes, extra) => {
        const plan = planStaffing({ volumes }, haTinh2021StaffingNorms);
        const needs = [plan.needs.throughput?.staff ?? 0, plan.needs.coverage?.staff ?? 0, 1];
        expect(plan.required).toBe(Math.max(...needs));
        expect(plan.pool).toBe(plan.required + 1);
        // Each employee handles at least 15 dossiers a day: capacity covers the volume.
        expect(plan.required * 15).toBeGreaterThanOrEqual(plan.dossiersPerDay);
        const more = volumes.map((x, i) =>
          i === 0 ? { ...x, dossiersPerDay: x.dossiersPerDay + extra } : x,
        );
        expect(planStaffing({ volumes: more }, haTinh2021StaffingNorms).required).toBeGreaterThanOrEqual(
          plan.required,
        );
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

  it("a reserve factor f gives pool = ⌈required × f⌉ (Vĩnh Phúc: f = 2, Kế hoạch 60/KH-UBND IV.6)", () => {
    fc.assert(
      fc.property(volumesArb, fc.double({ min: 1, max: 4, noNaN: true }), (volumes, f) => {
        const norms = {
          ...vinhPhuc2025StaffingNorms,
          ...activity,
          reserve: { kind: "factor", factor: v(f) },
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
        const plan = planStaffing({ volumes }, { ...vinhPhuc2025StaffingNorms, ...activity });
        const minutes = plan.needs.activityTime?.minutesPerDay ?? NaN;
        const staff = plan.needs.activityTime?.staff ?? NaN;
        expect(staff * 480).toBeGreaterThanOrEqual(minutes - 0.01);
        if (staff > 0) expect((staff - 1) * 480).toBeLessThan(minutes);
      }),
    );
  });
});
