/**
 * Kế hoạch 41/KH-UBND is the phase II plan (giai đoạn II, 2021). Where it gives no end, its rules
 * stay in force, but a rule of it that still applies in 2026 must say so in its note: a phase II
 * norm is never extended silently.
 */
import { describe, expect, it } from "vitest";
import { national } from "@motcua/national";
import { composeRulebook } from "@motcua/plugin-sdk";
import { haTinh } from "@motcua/province-ha-tinh";

describe("Hà Tĩnh phase II rules in 2026", () => {
  it("every rule of Kế hoạch 41 in force on 2/3/2026 says the plan gives no end and no source confirms it in 2026", () => {
    const book = composeRulebook([national, haTinh], { asOf: "2026-03-02" });
    const unsaid: string[] = [];
    for (const [path, rule] of book.rules)
      for (const step of rule.provenance)
        if (step.plugin === "province-ha-tinh" && step.legalRef.document === "Kế hoạch 41/KH-UBND")
          if (!/no end date/.test(`${step.legalRef.note ?? ""} ${step.note ?? ""}`)) unsaid.push(path);
    expect(unsaid).toEqual([]);
  });
});
