import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMotcuaError, MotcuaError } from "@motcua/core";
import {
  decodeHandoverRules,
  dongThap2018HandoverRules,
  haTinh2021HandoverRules,
  vinhPhuc2025HandoverRules,
} from "@motcua/handover";

describe("seed rulebooks", () => {
  it("all parse, and every step cites a source (seeds 000, 002, 003/004)", () => {
    const seeds = {
      "ha-tinh-2021": "000_2e345361e98f0131.txt",
      "vinh-phuc-2025": "002_3dbcea63c5a39460.txt",
      "dong-thap-2018": "003_954eb8228a922e85.txt",
    };
    for (const rules of [haTinh2021HandoverRules, vinhPhuc2025HandoverRules, dongThap2018HandoverRules]) {
      const parsed = decodeHandoverRules(rules);
      expect(parsed.source.seed).toBe(seeds[parsed.id as keyof typeof seeds]);
      for (const a of parsed.authorities) {
        for (const s of a.steps) expect(s.legalRef.note ?? "").not.toBe("");
      }
    }
  });

  it("district and pre-reform commune rules end on 30/6/2025 (Nghị quyết 202/2025/QH15)", () => {
    for (const rules of [haTinh2021HandoverRules, vinhPhuc2025HandoverRules, dongThap2018HandoverRules]) {
      for (const a of rules.authorities.filter((x) => x.level !== "province"))
        expect(a.validity.validTo).toBe("2025-06-30");
    }
  });
});

describe("decodeHandoverRules", () => {
  it("rejects overlapping authorities for one level, with the path", () => {
    const dup = {
      ...haTinh2021HandoverRules.authorities[1],
      id: "other",
      validity: { validFrom: "2024-01-01" },
    };
    try {
      decodeHandoverRules({
        ...haTinh2021HandoverRules,
        authorities: [...haTinh2021HandoverRules.authorities, dup],
      });
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "HANDOVER_INVALID_RULES")).toBe(true);
      if (isMotcuaError(e)) expect(e.path).toEqual(["authorities", 3, "validity"]);
    }
  });

  it("rejects an authority without exactly one decide step, and a separate procedure without steps", () => {
    const noDecider = {
      ...haTinh2021HandoverRules.authorities[0],
      steps: haTinh2021HandoverRules.authorities[0]!.steps.slice(0, 2),
    };
    expect(() => decodeHandoverRules({ ...haTinh2021HandoverRules, authorities: [noDecider] })).toThrow(
      /HANDOVER_INVALID_RULES/,
    );
    const exception = { ...haTinh2021HandoverRules.exceptions[1], steps: undefined };
    expect(() => decodeHandoverRules({ ...haTinh2021HandoverRules, exceptions: [exception] })).toThrow(
      /exceptions\[0\]\.steps/,
    );
  });

  it("only ever throws MotcuaError", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        try {
          decodeHandoverRules(x);
        } catch (e) {
          if (!(e instanceof MotcuaError)) throw e;
        }
      }),
    );
  });
});
