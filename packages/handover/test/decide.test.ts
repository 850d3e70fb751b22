import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError, MotcuaError, RULE_MISSING } from "@motcua/core";
import { decide, type ApprovalDecision, type HandoverRequest, type HandoverRules } from "@motcua/handover";
import { authorities, ref, rules } from "./fixtures";

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

describe("decide — reads only the rulebook's handover rules", () => {
  it("lists the level's steps in order, with their sources, and the learning and assessors with theirs", () => {
    const d = decide(
      { officeId: "HCC", level: "province", scope: { kind: "department", agencyId: "STC" } },
      rules,
      "2021-06-01",
    );
    expect(summary(d)).toEqual([
      "propose:departmentDirector",
      "agree:centreDirector",
      "advise:steeringBoard",
      "decide:provincialPeoplesCommittee",
    ]);
    expect(d.authorityId).toBe("fixture/province");
    expect(d.plugins).toEqual(["national", "province-fixture"]);
    expect(d.mode).toBe("replace");
    expect(d.withdrawsCivilServants).toBe(true);
    expect(d.ownProposalRequired).toBe(false);
    expect(d.verified).toBe(true);
    expect(d.learning).toEqual({
      minMonths: 2,
      maxMonths: 3,
      untilProficient: true,
      legalRef: rules.learning?.legalRef,
    });
    expect(d.assessors).toEqual({
      parties: ["pilotUnitHead", "centreDirector"],
      legalRef: rules.assessors?.legalRef,
    });
  });

  it("a rulebook without handover.authorities names nobody: HANDOVER_AUTHORITY_MISSING naming the rule, never a built-in answer", () => {
    const empty: HandoverRules = {};
    try {
      decide({ officeId: "HCC", level: "province", scope: { kind: "all" } }, empty, "2021-06-01");
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "HANDOVER_AUTHORITY_MISSING")).toBe(true);
      if (isMotcuaError(e)) {
        expect(e.data["rule"]).toBe("handover.authorities");
        expect(e.en).toContain("handover.authorities");
      }
    }
    expect(RULE_MISSING).toBe("RULE_MISSING");
  });

  it("without learning or assessors in the rulebook, the decision gives none", () => {
    const d = decide(
      { officeId: "HCC", level: "province", scope: { kind: "all" } },
      { authorities: rules.authorities as NonNullable<HandoverRules["authorities"]> },
      "2021-06-01",
    );
    expect(d.learning).toBeUndefined();
    expect(d.assessors).toBeUndefined();
  });

  it("district rule holds on 30/6/2025 and ends with the district level on 1/7/2025", () => {
    const req = { officeId: "H", level: "district", scope: { kind: "all" } } satisfies HandoverRequest;
    const d = decide(req, rules, "2025-06-30");
    expect(summary(d)).toEqual(["decide:districtChairman", "inform:steeringBoard"]);
    expect(d.decider.responsible).toBe(true);
    expect(codeOf(() => decide(req, rules, "2025-07-01"))).toBe("HANDOVER_LEVEL_ABOLISHED");
  });

  it("reads instants in Vietnamese time at the boundary (UTC+7), whatever the host zone", () => {
    const req = { officeId: "H", level: "district", scope: { kind: "all" } } satisfies HandoverRequest;
    expect(decide(req, rules, "2025-06-30T23:59:00+07:00").date).toBe("2025-06-30");
    // 17:30Z on 30/6 is 00:30 on 1/7 in Vietnam.
    expect(codeOf(() => decide(req, rules, "2025-06-30T17:30:00Z"))).toBe("HANDOVER_LEVEL_ABOLISHED");
    expect(decide(req, rules, new Date("2025-06-30T16:59:59Z")).date).toBe("2025-06-30");
  });

  it("support-only authority: a support request gets the named units and no withdrawal; replacing is refused", () => {
    const req = { officeId: "XA", level: "commune", scope: { kind: "all" } } satisfies HandoverRequest;
    const d = decide({ ...req, mode: "support" }, rules, "2021-03-01");
    expect(d.mode).toBe("support");
    expect(d.withdrawsCivilServants).toBe(false);
    expect(d.units).toEqual(["UBND xã Mẫu"]);
    expect(d.verified).toBe(false);
    expect(codeOf(() => decide(req, rules, "2021-03-01"))).toBe("HANDOVER_MODE_NOT_ALLOWED");
  });

  it("commune centres after 1/7/2025 without a rule: a coded error asking for a plugin, not a guess", () => {
    const req = {
      officeId: "XA-MOI",
      level: "commune",
      scope: { kind: "all" },
      mode: "support",
    } satisfies HandoverRequest;
    try {
      decide(req, rules, "2025-07-01");
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

  it("a commune-centre authority from 1/7/2025 is used when the rulebook has one", () => {
    const plugin: HandoverRules = {
      ...rules,
      authorities: {
        value: [
          ...authorities,
          {
            id: "plugin/commune-centre",
            level: "commune",
            validity: { validFrom: "2025-07-01" },
            mode: "replace",
            steps: [{ duty: "decide", party: "communeChairman", legalRef: ref("plugin", false) }],
            legalRef: ref("plugin", false),
          },
        ],
        legalRef: ref("plugin", false),
        verified: false,
      },
    };
    const d = decide({ officeId: "XA-MOI", level: "commune", scope: { kind: "all" } }, plugin, "2025-07-01");
    expect(d.decider.party).toBe("communeChairman");
    expect(d.verified).toBe(false);
  });

  it("an untilOwnProposal exception's source counts in verified: an unverified one makes the answer unverified", () => {
    const base = rules.exceptions!;
    const unverified: HandoverRules = {
      ...rules,
      exceptions: {
        ...base,
        value: base.value.map((x) => (x.id === "keeps" ? { ...x, legalRef: ref("keeps", false) } : x)),
      },
    };
    const request = {
      officeId: "HCC",
      level: "province",
      scope: { kind: "department", agencyId: "SNV" },
    } as const;
    expect(decide(request, rules, "2021-06-01").verified).toBe(true);
    const d = decide(request, unverified, "2021-06-01");
    expect(d.ownProposalRequired).toBe(true);
    expect(d.verified).toBe(false);
  });

  it("an exception is matched by the agency code the request carries (agencyId or a department scope)", () => {
    const byScope = decide(
      { officeId: "HCC", level: "province", scope: { kind: "department", agencyId: "SNV" } },
      rules,
      "2021-06-01",
    );
    expect(byScope.ownProposalRequired).toBe(true);
    expect(byScope.exception?.id).toBe("keeps");
    const byAgency = decide(
      {
        officeId: "HCC",
        level: "province",
        scope: { kind: "domain", domain: "Giáo dục" },
        agencyId: "SGDDT",
      },
      rules,
      "2021-06-01",
    );
    expect(summary(byAgency)).toEqual(["decide:provincialPeoplesCommittee"]);
    expect(byAgency.verified).toBe(false);
    expect(byAgency.legalRef.note).toBe("separate procedure");
    const other = decide(
      { officeId: "HCC", level: "province", scope: { kind: "all" }, agencyId: "keeps" },
      rules,
      "2021-06-01",
    );
    expect(other.exception).toBeUndefined();
  });

  it("no rule before the authority's first day", () => {
    const req = { officeId: "HCC", level: "province", scope: { kind: "all" } } satisfies HandoverRequest;
    expect(codeOf(() => decide(req, rules, "2021-02-17"))).toBe("HANDOVER_AUTHORITY_MISSING");
  });
});

describe("decide — bad input", () => {
  const req = { officeId: "HT-HCC", level: "province", scope: { kind: "all" } } satisfies HandoverRequest;

  it("names the offending field", () => {
    try {
      decide({ ...req, level: "hamlet" } as never, rules, "2021-06-01");
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "HANDOVER_INVALID_REQUEST")).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(["request", "level"]);
    }
    expect(codeOf(() => decide(req, rules, "2021-02-30"))).toBe("HANDOVER_INVALID_REQUEST");
    expect(codeOf(() => decide(req, rules, "2021-06-01T08:00:00"))).toBe("HANDOVER_INVALID_REQUEST");
    expect(
      codeOf(() =>
        decide(
          req,
          { ...rules, authorities: { value: "x", legalRef: ref("x"), verified: true } } as never,
          "2021-06-01",
        ),
      ),
    ).toBe("HANDOVER_INVALID_RULES");
    expect(codeOf(() => decide(req, { authority: rules.authorities } as never, "2021-06-01"))).toBe(
      "HANDOVER_INVALID_RULES",
    );
    expect(codeOf(() => decide(req, [] as never, "2021-06-01"))).toBe("HANDOVER_INVALID_RULES");
  });

  // Issue 19, long fuzz mode (10⁵ inputs per function): a slice whose authorities rule carried a
  // `plugins` that is not a list of plugin ids crashed with `TypeError: plugins.join is not a function`.
  it.each([
    ["a string", "ha-tinh"],
    ["null", null],
    ["an object", { 0: "ha-tinh" }],
    ["a list with a number", [1]],
  ])("refuses a rule's plugins that is %s, naming it", (_, plugins) => {
    const bad = { ...rules, authorities: { ...rules.authorities, plugins } } as never;
    try {
      decide(req, bad, "2021-06-01");
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "HANDOVER_INVALID_RULES")).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(["rules", "authorities", "plugins"]);
    }
  });

  it("does not mutate its inputs", () => {
    const copy = structuredClone(rules);
    const request = {
      officeId: "HT-HCC",
      level: "province",
      scope: { kind: "department", agencyId: "SNV" },
    } satisfies HandoverRequest;
    const before = JSON.stringify([copy, request]);
    decide(request, copy, "2021-06-01");
    expect(JSON.stringify([copy, request])).toBe(before);
  });

  it("only ever throws MotcuaError, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (r, rules, at) => {
        for (const args of [
          [r, rules, "2021-06-01"],
          [req, rules, "2021-06-01"],
          [req, rules, at],
        ] as const) {
          try {
            decide(args[0] as never, args[1] as never, args[2] as string);
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
  const books: HandoverRules[] = [
    rules,
    {},
    { authorities: rules.authorities as NonNullable<HandoverRules["authorities"]> },
  ];
  const day = (from: string, to: string) =>
    fc
      .integer({ min: Date.parse(`${from}T00:00:00Z`) / 864e5, max: Date.parse(`${to}T00:00:00Z`) / 864e5 })
      .map((n) => new Date(n * 864e5).toISOString().slice(0, 10));

  it("from 1/7/2025 a district request is refused whatever the rules say (NQ 202/2025/QH15), on every date", () => {
    fc.assert(
      fc.property(day("2025-07-01", "2040-12-31"), fc.constantFrom(...books), (date, rules) => {
        const req = { officeId: "H", level: "district", scope: { kind: "all" } } satisfies HandoverRequest;
        expect(codeOf(() => decide(req, rules, date))).toBe("HANDOVER_LEVEL_ABOLISHED");
        const commune = {
          officeId: "X",
          level: "commune",
          scope: { kind: "all" },
          mode: "support",
        } satisfies HandoverRequest;
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
    const req = {
      officeId: "HT-CANLOC",
      level: "district",
      scope: { kind: "all" },
    } satisfies HandoverRequest;
    // 2025-06-30T16:59:59Z is 23:59:59 on 30/6 in Vietnam; one second later is 1/7.
    expect(decide(req, rules, Date.parse("2025-06-30T16:59:59Z")).date).toBe("2025-06-30");
    expect(codeOf(() => decide(req, rules, Date.parse("2025-06-30T17:00:00Z")))).toBe(
      "HANDOVER_LEVEL_ABOLISHED",
    );
  });
});
