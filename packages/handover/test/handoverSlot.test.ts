import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { handoverSlot } from "@motcua/handover";
import { authorities } from "./fixtures";

const { authorities: authoritiesKey, exceptions } = handoverSlot.keys;

describe("handoverSlot — the one schema of the handover rules", () => {
  it("accepts the fixture's authorities, and its check finds nothing", () => {
    const parsed = authoritiesKey.schema.parse(authorities);
    expect(authoritiesKey.check?.(parsed, ["handover", "authorities"], "authorities")).toEqual([]);
  });

  it("flags authorities of one level that overlap in time, with the path of the later one", () => {
    const dup = { ...authorities[1]!, id: "other", validity: { validFrom: "2024-01-01" } };
    const value = authoritiesKey.schema.parse([...authorities, dup]);
    const issues = authoritiesKey.check?.(value, ["handover", "authorities"], "authorities") ?? [];
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["HANDOVER_AUTHORITIES_OVERLAP", ["handover", "authorities", 3, "validity"]],
    ]);
    expect(issues[0]?.vi).toContain("chồng lấn");
  });

  it("flags two exceptions naming one agency at one level on overlapping dates (the first would win unseen)", () => {
    const base = {
      level: "province" as const,
      effect: "untilOwnProposal" as const,
      legalRef: { document: "x", verified: false },
    };
    const value = exceptions.schema.parse([
      {
        ...base,
        id: "a",
        agencyIds: ["SNV", "STTTT"],
        validity: { validFrom: "2021-01-01", validTo: "2021-12-31" },
      },
      { ...base, id: "b", agencyIds: ["SNGV"] },
      { ...base, id: "c", agencyIds: ["STTTT"], validity: { validFrom: "2021-06-01" } },
      // Same agency, but not overlapping in time, or at another level: no issue.
      { ...base, id: "d", agencyIds: ["SNV"], validity: { validFrom: "2022-01-01" } },
      { ...base, id: "e", agencyIds: ["SNV"], level: "district" as const },
    ]);
    const issues = exceptions.check?.(value, ["handover", "exceptions"], "exceptions") ?? [];
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["HANDOVER_EXCEPTIONS_OVERLAP", ["handover", "exceptions", 2, "agencyIds"]],
    ]);
    expect(issues[0]?.en).toContain("STTTT");
    expect(issues[0]?.vi).toContain("chồng lấn");
  });

  it("flags a repeated authority id", () => {
    const value = authoritiesKey.schema.parse([authorities[0]!, authorities[0]!]);
    const codes = (authoritiesKey.check?.(value, [], "authorities") ?? []).map((i) => i.code);
    expect(codes).toContain("PLUGIN_DUPLICATE_ENTRY");
  });

  it("refuses an authority without exactly one decide step, and a separate procedure without steps", () => {
    const noDecider = { ...authorities[0]!, steps: authorities[0]!.steps.slice(0, 2) };
    expect(authoritiesKey.schema.safeParse([noDecider]).success).toBe(false);
    const separate = {
      id: "x",
      agencyIds: ["A"],
      level: "province",
      effect: "separateProcedure",
      legalRef: { document: "x", verified: false },
    };
    const r = exceptions.schema.safeParse([separate]);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual([0, "steps"]);
  });

  it("the overlap check stays fast and linear-ish on many periods (10,000 authorities of one level)", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      ...authorities[0]!,
      id: `a${i}`,
      validity: {
        validFrom: `${2000 + Math.floor(i / 365)}-01-01`,
        validTo: `${2000 + Math.floor(i / 365)}-01-01`,
      },
    }));
    const issues = authoritiesKey.check?.(many, [], "authorities") ?? [];
    // Same-day periods overlap their neighbour: one issue per repeated day, not one per pair.
    expect(issues.length).toBeLessThan(many.length);
  });

  it("never throws on arbitrary values: the schema answers, the check runs only on parsed values", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = authoritiesKey.schema.safeParse(x);
        if (r.success) authoritiesKey.check?.(r.data, [], "authorities");
      }),
    );
  });
});
