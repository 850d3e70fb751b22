import { describe, expect, it } from "vitest";
import { composeRulebook, explain, RuleTester, ruleValue } from "@motcua/plugin-sdk";
import { national, nationalCases } from "@motcua/national";
import { haTinh, haTinhCases } from "@motcua/province-ha-tinh";

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ base: [national] });
tester.run("province-ha-tinh", haTinh, haTinhCases);
tester.run("province-ha-tinh × national cases", haTinh, nationalCases);

describe("Hà Tĩnh (Kế hoạch 41/KH-UBND, UBND tỉnh Hà Tĩnh, 18/02/2021)", () => {
  const book = composeRulebook([national, haTinh], { asOf: "2021-03-01" });

  it("lists the phase II pilot units: 3 departments, 3 districts, 6 communes (L102-L150)", () => {
    const scopes = ruleValue(book, "handover", "pilotScopes") ?? [];
    const phase2 = scopes.filter((s) => s.to === "2021-09-30");
    expect(phase2.filter((s) => s.level === "province").map((s) => s.unit)).toEqual([
      "Sở Tài chính",
      "Sở Công Thương",
      "Sở Lao động, Thương binh và Xã hội",
    ]);
    expect(phase2.find((s) => s.id === "so-ldtbxh")?.scope).toEqual({ kind: "procedureCount", count: 36 });
    expect(phase2.filter((s) => s.level === "district")).toHaveLength(3);
    expect(phase2.filter((s) => s.level === "commune" && s.mode === "support")).toHaveLength(6);
    expect(phase2.every((s) => s.from === "2021-02-22")).toBe(true);
  });

  it("keeps Sở Nội vụ's civil servants and hands over five departments under 559/UBND-PC1 (L413-L422)", () => {
    const exceptions = ruleValue(book, "handover", "exceptions") ?? [];
    expect(exceptions.map((e) => [e.id, e.agencyIds, e.effect])).toEqual([
      ["so-noi-vu", ["SNV"], "untilOwnProposal"],
      ["van-ban-559", ["STTTT", "SNGV", "SKHCN", "SGDDT", "SVHTTDL"], "separateProcedure"],
    ]);
  });

  it("explains a Hà Tĩnh value with the plan's lines", () => {
    expect(explain(book, "handover.learning")).toContain(
      "Kế hoạch 41/KH-UBND (UBND tỉnh Hà Tĩnh, 18/02/2021), L365-L371",
    );
  });

  it("cites the plan by its lines on every rule, never a file", () => {
    for (const rule of haTinh.rules) {
      expect(rule.legalRef).toMatchObject({ document: "Kế hoạch 41/KH-UBND", issuer: "UBND tỉnh Hà Tĩnh" });
      expect(rule.legalRef.lines).toMatch(/^L\d+/);
      expect(rule.legalRef).not.toHaveProperty("seed");
    }
  });
});
