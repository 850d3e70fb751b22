import { describe, expect, it } from "vitest";
import { isMotcuaError } from "@motcua/core";
import { composeRulebook, definePlugin, explain, RuleTester, ruleValue } from "@motcua/plugin-sdk";
import { national, nationalCases } from "@motcua/national";
import { vinhPhuc, vinhPhucCases } from "@motcua/province-vinh-phuc";

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ base: [national] });
tester.run("province-vinh-phuc", vinhPhuc, vinhPhucCases);
// National cases apply while Vĩnh Phúc exists; after 30/6/2025 its rulebook is Phú Thọ's.
tester.run("province-vinh-phuc × national cases (until 30/6/2025)", vinhPhuc, {
  valid: nationalCases.valid.filter((c) => typeof c.asOf === "string" && c.asOf.slice(0, 10) <= "2025-06-30"),
  invalid: nationalCases.invalid,
});

/** A stand-in successor with no rules of its own: we have no Phú Thọ source. */
const phuTho = definePlugin({
  id: "province-phu-tho",
  name: "Phú Thọ (stand-in)",
  version: "0.0.0",
  jurisdiction: { level: "province", province: "phu-tho" },
  legalBasis: [{ document: "Nghị quyết 202/2025/QH15", verified: false }],
  rules: {},
});

describe("Vĩnh Phúc (Kế hoạch 60/KH-UBND, UBND tỉnh Vĩnh Phúc, 19/03/2025)", () => {
  it("hands over all procedures of 6 departments and 4 district domains plus assigned ones (L26-L28)", () => {
    const scopes =
      ruleValue(composeRulebook([national, vinhPhuc], { asOf: "2025-04-01" }), "handover", "pilotScopes") ??
      [];
    expect(scopes.map((s) => [s.level, s.scope.kind, s.from])).toEqual([
      ["province", "all", "2025-04-01"],
      ["district", "domains", "2025-04-01"],
    ]);
    const district = scopes[1]?.scope;
    expect(district?.kind === "domains" ? district.domains : []).toHaveLength(4);
  });

  it("keeps the old rulebook for a dossier received on 30/6/2025 and uses Phú Thọ's from 1/7/2025", () => {
    const before = composeRulebook([national, vinhPhuc, phuTho], { asOf: "2025-06-30T16:59:00+07:00" });
    expect(before.jurisdiction).toEqual({ level: "province", province: "vinh-phuc" });
    expect(ruleValue(before, "staffing", "reserve")).toEqual({ kind: "factor", factor: 2 });
    const after = composeRulebook([national, vinhPhuc, phuTho], { asOf: "2025-07-01T08:00:00+07:00" });
    expect(after.jurisdiction).toEqual({ level: "province", province: "phu-tho" });
    expect(ruleValue(after, "staffing", "reserve")).toBeUndefined();
    expect(after.succession[0]).toMatchObject({
      from: "province-vinh-phuc",
      to: "province-phu-tho",
      lastDay: "2025-06-30",
    });
    expect(explain(after, "sla.paperTransferCutoff")).toContain(
      "(province-vinh-phuc ended on 2025-06-30; province-phu-tho applies)",
    );
  });

  it("refuses to compose after the merger without the successor, naming it", () => {
    try {
      composeRulebook([national, vinhPhuc], { asOf: "2025-07-01" });
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "COMPOSE_JURISDICTION_ENDED")).toBe(true);
      expect((e as { data: unknown }).data).toMatchObject({ successor: "province-phu-tho" });
    }
  });

  it("cites the plan by its lines on every rule, never a file", () => {
    for (const rule of vinhPhuc.rules) {
      expect(rule.legalRef).toMatchObject({ document: "Kế hoạch 60/KH-UBND", issuer: "UBND tỉnh Vĩnh Phúc" });
      expect(rule.legalRef.lines).toMatch(/^L\d+/);
      expect(rule.legalRef).not.toHaveProperty("seed");
    }
  });
});
