import { describe, expect, it } from "vitest";
import { decode } from "@motcua/core";
import { DEFAULT_SLA_POLICY, SLA_POLICY_SOURCES, SlaPolicySchema } from "@motcua/sla";

describe("SlaPolicy: defaults as data, each with its source", () => {
  it("the parsed empty policy equals the documented defaults", () => {
    expect(SlaPolicySchema.parse({})).toEqual(DEFAULT_SLA_POLICY);
    expect(DEFAULT_SLA_POLICY).toMatchObject({
      judgeAgainst: "original",
      maxReschedules: 1,
      rescheduleNoticeWorkingDays: 1,
      stopped: "stop",
      financialObligation: "pause",
      warningThresholds: [0.5, 0.75, 1],
      workingDays: "sameWallClock",
    });
    expect("supplement" in DEFAULT_SLA_POLICY).toBe(false); // comes from the procedure
  });

  it("every field has a source; practice defaults are marked unverified", () => {
    for (const key of Object.keys(SlaPolicySchema.shape)) {
      expect(SLA_POLICY_SOURCES[key as keyof typeof SLA_POLICY_SOURCES]).toBeDefined();
    }
    expect(SLA_POLICY_SOURCES.supplement).toMatchObject({
      document: "Nghị định 61/2018/NĐ-CP",
      article: "19",
      verified: true,
    });
    expect(SLA_POLICY_SOURCES.maxReschedules.verified).toBe(true);
    expect(SLA_POLICY_SOURCES.stopped.verified).toBe(false);
    expect(SLA_POLICY_SOURCES.financialObligation.verified).toBe(false);
    expect(SLA_POLICY_SOURCES.warningThresholds.verified).toBe(false);
  });

  it("rejects bad policies with a bilingual coded error naming the field", () => {
    const bad = (input: unknown) => {
      try {
        decode(SlaPolicySchema, input, { code: "SLA_INVALID_POLICY" });
        return "ok";
      } catch (e) {
        const m = e as { code: string; path: unknown[]; vi: string };
        return `${m.code}@${m.path.join(".")}:${m.vi.length > 0}`;
      }
    };
    expect(bad({ warningThresholds: [0.75, 0.5] })).toBe("SLA_INVALID_POLICY@warningThresholds:true");
    expect(bad({ maxReschedules: -1 })).toBe("SLA_INVALID_POLICY@maxReschedules:true");
    expect(bad({ stoped: "stop" })).toBe("SLA_INVALID_POLICY@:true");
    expect(bad({ warningThresholds: [0.8] })).toBe("ok");
  });
});
