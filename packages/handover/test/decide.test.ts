import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError, MotcuaError } from "@motcua/core";
import {
  decide,
  dongThap2018HandoverRules,
  haTinh2021HandoverRules,
  vinhPhuc2025HandoverRules,
  type ApprovalDecision,
  type HandoverRules,
} from "@motcua/handover";

const HT_SEED = "000_2e345361e98f0131.txt";
const VP_SEED = "002_3dbcea63c5a39460.txt";
const DT_SEED = "003_954eb8228a922e85.txt";

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

describe("decide — Hà Tĩnh 2021 (Kế hoạch 41/KH-UBND, seed 000_2e345361e98f0131.txt)", () => {
  it("province: director proposes to the Steering Board, agreed with VP UBND and the HCC director; the Board advises; UBND tỉnh decides (III.3.2.1)", () => {
    const d = decide(
      { officeId: "HT-HCC", level: "province", scope: { kind: "department", agencyId: "STC" } },
      haTinh2021HandoverRules,
      "2021-06-01",
    );
    expect(summary(d)).toEqual([
      "propose:departmentDirector",
      "agree:provincialOffice",
      "agree:centreDirector",
      "advise:steeringBoard",
      "decide:provincialPeoplesCommittee",
    ]);
    expect(d.mode).toBe("replace");
    expect(d.withdrawsCivilServants).toBe(true);
    expect(d.ownProposalRequired).toBe(false);
    for (const s of d.steps) {
      expect(s.legalRef.seed).toBe(HT_SEED);
      expect(s.legalRef.clause).toBe("III.3.2.1");
      expect(s.legalRef.verified).toBe(true);
    }
    expect(d.decider.legalRef.note).toContain("Ban Chỉ đạo căn cứ quy trình rút người");
    expect(d.learning).toMatchObject({ minMonths: 2, maxMonths: 3, untilProficient: true });
    expect(d.assessors.parties).toEqual([
      "pilotUnitHead",
      "centreDirector",
      "steeringBoard",
      "provincialOffice",
    ]);
    expect(d.assessors.legalRef.note).toContain("Giám đốc Trung tâm HCC các cấp thực hiện");
  });

  it("district: the chairman decides directly, is responsible, reports to the Steering Board (III.3.2.2)", () => {
    const d = decide(
      { officeId: "HT-CANLOC", level: "district", scope: { kind: "all" } },
      haTinh2021HandoverRules,
      "2021-06-01",
    );
    expect(summary(d)).toEqual(["decide:districtChairman", "inform:steeringBoard"]);
    expect(d.decider.responsible).toBe(true);
    expect(d.decider.legalRef.note).toContain("chịu trách nhiệm");
  });

  it("district rule holds on 30/6/2025 and ends with the district level on 1/7/2025", () => {
    const req = { officeId: "HT-CANLOC", level: "district", scope: { kind: "all" } };
    expect(decide(req, haTinh2021HandoverRules, "2025-06-30").decider.party).toBe("districtChairman");
    expect(codeOf(() => decide(req, haTinh2021HandoverRules, "2025-07-01"))).toBe("HANDOVER_LEVEL_ABOLISHED");
  });

  it("reads instants in Vietnamese time at the boundary (UTC+7), whatever the host zone", () => {
    const req = { officeId: "HT-CANLOC", level: "district", scope: { kind: "all" } };
    expect(decide(req, haTinh2021HandoverRules, "2025-06-30T23:59:00+07:00").date).toBe("2025-06-30");
    // 17:30Z on 30/6 is 00:30 on 1/7 in Vietnam.
    expect(codeOf(() => decide(req, haTinh2021HandoverRules, "2025-06-30T17:30:00Z"))).toBe(
      "HANDOVER_LEVEL_ABOLISHED",
    );
  });

  it("commune: postal staff only support (III.2.3, III.3.1.3); asking to replace is refused", () => {
    const req = { officeId: "HT-THACHMY", level: "commune", scope: { kind: "all" } };
    const d = decide({ ...req, mode: "support" }, haTinh2021HandoverRules, "2021-03-01");
    expect(d.mode).toBe("support");
    expect(d.withdrawsCivilServants).toBe(false);
    expect(d.legalRef.note).toContain("chỉ thực hiện việc hỗ trợ");
    expect(codeOf(() => decide(req, haTinh2021HandoverRules, "2021-03-01"))).toBe(
      "HANDOVER_MODE_NOT_ALLOWED",
    );
  });

  it("commune centres after 1/7/2025: no rule in the seed → coded error asking for a plugin, not a guess", () => {
    const req = { officeId: "HT-XA-MOI", level: "commune", scope: { kind: "all" }, mode: "support" };
    try {
      decide(req, haTinh2021HandoverRules, "2025-07-01");
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "HANDOVER_AUTHORITY_MISSING")).toBe(true);
      if (isMotcuaError(e)) {
        expect(e.data).toMatchObject({ needsPlugin: true, level: "commune", date: "2025-07-01" });
        expect(e.vi).toContain("plugin");
        expect(e.path).toEqual(["request", "level"]);
      }
    }
  });

  it("a plugin rule for commune centres after 1/7/2025 is used when supplied", () => {
    const plugin: HandoverRules = {
      ...haTinh2021HandoverRules,
      id: "ha-tinh-2025-plugin",
      authorities: [
        ...haTinh2021HandoverRules.authorities,
        {
          id: "plugin/commune-centre",
          level: "commune",
          validity: { validFrom: "2025-07-01" },
          mode: "replace",
          steps: [
            { duty: "decide", party: "communeChairman", legalRef: { document: "(plugin)", verified: false } },
          ],
          legalRef: { document: "(plugin)", verified: false },
        },
      ],
    };
    const d = decide(
      { officeId: "HT-XA-MOI", level: "commune", scope: { kind: "all" } },
      plugin,
      "2025-07-01",
    );
    expect(d.decider.party).toBe("communeChairman");
    expect(d.decider.legalRef.verified).toBe(false);
  });

  it("Sở Nội vụ keeps its civil servants until it proposes itself (III.4.1)", () => {
    const d = decide(
      { officeId: "HT-HCC", level: "province", scope: { kind: "department", agencyId: "SNV" } },
      haTinh2021HandoverRules,
      "2021-06-01",
    );
    expect(d.ownProposalRequired).toBe(true);
    expect(d.exception?.legalRef.note).toContain("Riêng Sở Nội vụ");
    expect(d.decider.party).toBe("provincialPeoplesCommittee");
  });

  it("the five phase-I departments follow 559/UBND-PC1, whose text we lack: unverified, not invented (III.4.1)", () => {
    const d = decide(
      {
        officeId: "HT-HCC",
        level: "province",
        scope: { kind: "domain", domain: "Giáo dục" },
        agencyId: "SGDDT",
      },
      haTinh2021HandoverRules,
      "2021-06-01",
    );
    expect(summary(d)).toEqual(["decide:provincialPeoplesCommittee"]);
    expect(d.decider.legalRef.document).toBe("Văn bản 559/UBND-PC1");
    expect(d.decider.legalRef.verified).toBe(false);
    expect(d.legalRef.clause).toBe("III.4.1");
  });

  it("no rule before the plan was issued", () => {
    const req = { officeId: "HT-HCC", level: "province", scope: { kind: "all" } };
    expect(codeOf(() => decide(req, haTinh2021HandoverRules, "2021-02-17"))).toBe(
      "HANDOVER_AUTHORITY_MISSING",
    );
  });
});

describe("decide — Vĩnh Phúc 2025 (Kế hoạch 60/KH-UBND, seed 002_3dbcea63c5a39460.txt)", () => {
  it("province: director proposes directly to UBND tỉnh (no steering board), names a liaison, agreed with the HCC director (III.3.b)", () => {
    const d = decide(
      { officeId: "VP-HCC", level: "province", scope: { kind: "department", agencyId: "STP" } },
      vinhPhuc2025HandoverRules,
      "2025-05-05",
    );
    expect(summary(d)).toEqual([
      "propose:departmentDirector",
      "liaise:departmentLiaison",
      "agree:centreDirector",
      "decide:provincialPeoplesCommittee",
    ]);
    expect(d.steps.some((s) => s.party === "steeringBoard")).toBe(false);
    expect(d.decider.legalRef).toMatchObject({ seed: VP_SEED, clause: "III.3.b", verified: true });
    expect(d.decider.legalRef.note).toContain("gửi UBND tỉnh đề xuất rút người");
    expect(d.learning.minMonths).toBeUndefined(); // no duration in the plan
  });

  it("district: the chairman decides, is responsible, notifies the offices concerned (III.3.b)", () => {
    const d = decide(
      { officeId: "VP-VINHYEN", level: "district", scope: { kind: "domain", domain: "Nội vụ" } },
      vinhPhuc2025HandoverRules,
      "2025-04-15",
    );
    expect(summary(d)).toEqual(["decide:districtChairman", "inform:concernedUnits"]);
    expect(d.decider.responsible).toBe(true);
  });

  it("in force from April 2025 to 30/6/2025 (merger into Phú Thọ); no commune rule at all", () => {
    const prov = { officeId: "VP-HCC", level: "province", scope: { kind: "all" } };
    expect(codeOf(() => decide(prov, vinhPhuc2025HandoverRules, "2025-03-31"))).toBe(
      "HANDOVER_AUTHORITY_MISSING",
    );
    expect(decide(prov, vinhPhuc2025HandoverRules, "2025-06-30").decider.party).toBe(
      "provincialPeoplesCommittee",
    );
    expect(codeOf(() => decide(prov, vinhPhuc2025HandoverRules, "2025-07-01"))).toBe(
      "HANDOVER_AUTHORITY_MISSING",
    );
    const district = { officeId: "VP-VINHYEN", level: "district", scope: { kind: "all" } };
    expect(codeOf(() => decide(district, vinhPhuc2025HandoverRules, "2025-07-01"))).toBe(
      "HANDOVER_LEVEL_ABOLISHED",
    );
    const commune = { officeId: "VP-XA", level: "commune", scope: { kind: "all" }, mode: "support" };
    try {
      decide(commune, vinhPhuc2025HandoverRules, "2025-05-01");
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "HANDOVER_AUTHORITY_MISSING") && e.data["needsPlugin"]).toBe(false);
    }
  });
});

describe("decide — Đồng Tháp (seeds 003_954eb8228a922e85.txt, 004_f50c1ec85714e989.txt)", () => {
  it("province and district: UBND tỉnh decides the phases, advised by VP UBND; postal staff replace", () => {
    for (const level of ["province", "district"] as const) {
      const d = decide(
        { officeId: "DT-1", level, scope: { kind: "domain", domain: "Công Thương" } },
        dongThap2018HandoverRules,
        "2019-08-01",
      );
      expect(summary(d)).toEqual(["advise:provincialOffice", "decide:provincialPeoplesCommittee"]);
      expect(d.mode).toBe("replace");
      expect(d.decider.legalRef.seed).toBe(DT_SEED);
    }
  });

  it("commune: postal staff support and do not replace civil servants", () => {
    const req = { officeId: "DT-XA", level: "commune", scope: { kind: "all" } };
    expect(codeOf(() => decide(req, dongThap2018HandoverRules, "2020-01-01"))).toBe(
      "HANDOVER_MODE_NOT_ALLOWED",
    );
    const d = decide({ ...req, mode: "support" }, dongThap2018HandoverRules, "2020-01-01");
    expect(d.legalRef.note).toContain("không thay thế");
    expect(codeOf(() => decide({ ...req, mode: "support" }, dongThap2018HandoverRules, "2025-07-01"))).toBe(
      "HANDOVER_AUTHORITY_MISSING",
    );
  });
});

describe("decide — bad input", () => {
  const req = { officeId: "HT-HCC", level: "province", scope: { kind: "all" } };

  it("names the offending field", () => {
    try {
      decide({ ...req, level: "hamlet" }, haTinh2021HandoverRules, "2021-06-01");
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "HANDOVER_INVALID_REQUEST")).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(["request", "level"]);
    }
    expect(codeOf(() => decide(req, haTinh2021HandoverRules, "2021-02-30"))).toBe("HANDOVER_INVALID_REQUEST");
    expect(codeOf(() => decide(req, haTinh2021HandoverRules, "2021-06-01T08:00:00"))).toBe(
      "HANDOVER_INVALID_REQUEST",
    );
    expect(codeOf(() => decide(req, { ...haTinh2021HandoverRules, authorities: "x" }, "2021-06-01"))).toBe(
      "HANDOVER_INVALID_RULES",
    );
  });

  it("does not mutate its inputs", () => {
    const rules = structuredClone(haTinh2021HandoverRules);
    const request = { officeId: "HT-HCC", level: "province", scope: { kind: "department", agencyId: "SNV" } };
    const before = JSON.stringify([rules, request]);
    decide(request, rules, "2021-06-01");
    expect(JSON.stringify([rules, request])).toBe(before);
  });

  it("only ever throws MotcuaError, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (r, rules, at) => {
        for (const args of [
          [r, haTinh2021HandoverRules, "2021-06-01"],
          [req, rules, "2021-06-01"],
          [req, haTinh2021HandoverRules, at],
        ] as const) {
          try {
            decide(args[0], args[1], args[2] as string);
          } catch (e) {
            if (!(e instanceof MotcuaError)) throw e;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("decide — properties over dates", () => {
  const books = [haTinh2021HandoverRules, vinhPhuc2025HandoverRules, dongThap2018HandoverRules];
  const day = (from: string, to: string) =>
    fc
      .integer({ min: Date.parse(`${from}T00:00:00Z`) / 864e5, max: Date.parse(`${to}T00:00:00Z`) / 864e5 })
      .map((n) => new Date(n * 864e5).toISOString().slice(0, 10));

  it("from 1/7/2025 every seed rulebook refuses district requests (NQ 202/2025/QH15), on every date", () => {
    fc.assert(
      fc.property(day("2025-07-01", "2040-12-31"), fc.constantFrom(...books), (date, rules) => {
        const req = { officeId: "H", level: "district", scope: { kind: "all" } };
        expect(codeOf(() => decide(req, rules, date))).toBe("HANDOVER_LEVEL_ABOLISHED");
        const commune = { officeId: "X", level: "commune", scope: { kind: "all" }, mode: "support" };
        expect(codeOf(() => decide(commune, rules, date))).toBe("HANDOVER_AUTHORITY_MISSING");
      }),
    );
  });

  it("whenever a decision is given, it has exactly one decider, sourced steps, and mode matches withdrawal", () => {
    fc.assert(
      fc.property(
        day("2018-01-01", "2026-12-31"),
        fc.constantFrom(...books),
        fc.constantFrom("province", "district", "commune"),
        fc.constantFrom("replace", "support"),
        fc.constantFrom("STC", "SNV", "SGDDT", "STP"),
        (date, rules, level, mode, agencyId) => {
          try {
            const d = decide(
              { officeId: "O", level, mode, scope: { kind: "department", agencyId } },
              rules,
              date,
            );
            expect(d.steps.filter((s) => s.duty === "decide")).toEqual([d.decider]);
            expect(d.withdrawsCivilServants).toBe(mode === "replace");
            for (const s of d.steps) expect(s.legalRef.document.length).toBeGreaterThan(0);
            expect(d.date).toBe(date);
          } catch (e) {
            expect(isMotcuaError(e)).toBe(true);
            if (isMotcuaError(e)) {
              expect([
                "HANDOVER_LEVEL_ABOLISHED",
                "HANDOVER_AUTHORITY_MISSING",
                "HANDOVER_MODE_NOT_ALLOWED",
              ]).toContain(e.code);
            }
          }
        },
      ),
    );
  });

  it("accepts epoch milliseconds for `at`", () => {
    const req = { officeId: "HT-CANLOC", level: "district", scope: { kind: "all" } };
    // 2025-06-30T16:59:59Z is 23:59:59 on 30/6 in Vietnam; one second later is 1/7.
    expect(decide(req, haTinh2021HandoverRules, Date.parse("2025-06-30T16:59:59Z")).date).toBe("2025-06-30");
    expect(codeOf(() => decide(req, haTinh2021HandoverRules, Date.parse("2025-06-30T17:00:00Z")))).toBe(
      "HANDOVER_LEVEL_ABOLISHED",
    );
  });
});
