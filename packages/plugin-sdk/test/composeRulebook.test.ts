import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isMotcuaError } from "@motcua/core";
import { composeRulebook, definePlugin, getRule, ruleValue, type PluginInput } from "@motcua/plugin-sdk";
import { kh41, national, nationalInput, province, provinceInput, thrown } from "./fixtures";

describe("composeRulebook", () => {
  it("resolves the national baseline as of a date", () => {
    const book = composeRulebook([national], { asOf: "2025-03-01" });
    expect(book.asOf).toBe("2025-03-01");
    expect(ruleValue(book, "sla", "paperTransferCutoff")).toBe("15:00");
    expect(getRule(book, "sla", "supplementPolicy")?.provenance[0]?.legalRef.document).toBe(
      "Nghị định 61/2018/NĐ-CP",
    );
    const after = composeRulebook([national], { asOf: "2025-07-01" });
    expect(getRule(after, "sla", "supplementPolicy")?.provenance[0]?.legalRef.document).toBe(
      "Nghị định 118/2025/NĐ-CP",
    );
    expect(getRule(after, "sla", "supplementPolicy")?.verified).toBe(false);
  });

  it("reads asOf as an instant in Vietnamese time, whatever the host zone", () => {
    expect(composeRulebook([national], { asOf: "2025-06-30T17:30:00Z" }).asOf).toBe("2025-07-01");
    expect(composeRulebook([national], { asOf: "2025-06-30T23:59:00+07:00" }).asOf).toBe("2025-06-30");
    expect(composeRulebook([national], { asOf: Date.UTC(2025, 5, 30, 16, 59) }).asOf).toBe("2025-06-30");
  });

  it("applies replace only within its validity, and records provenance", () => {
    const inPhase = composeRulebook([province, national], { asOf: "2021-03-01" });
    expect(inPhase.plugins.map((p) => p.id)).toEqual(["national", "province-demo"]);
    const rule = getRule(inPhase, "sla", "paperTransferCutoff");
    expect(rule?.value).toBe("16:00");
    expect(rule?.provenance.map((s) => [s.plugin, s.pluginVersion, s.mode])).toEqual([
      ["national", "1.0.0", "define"],
      ["province-demo", "0.2.0", "replace"],
    ]);
    expect(
      ruleValue(composeRulebook([national, province], { asOf: "2021-10-01" }), "sla", "paperTransferCutoff"),
    ).toBe("15:00");
  });

  it("extends arrays by concatenation and objects field by field, and re-validates the result", () => {
    const book = composeRulebook([national, province], { asOf: "2021-03-01" });
    expect(ruleValue(book, "calendar", "localDaysOff")).toEqual([
      { date: "2021-05-19", name: "Ngày nghỉ mẫu" },
    ]);
    expect(ruleValue(book, "calendar", "officeHours")).toEqual([
      {
        sessions: [
          { start: "07:00", end: "11:30" },
          { start: "13:30", end: "17:00" },
        ],
      },
      { sessions: [{ start: "07:00", end: "11:00" }], seasons: [], validFrom: "2021-05-01" },
    ]);
    expect(ruleValue(book, "procedures", "1.000001")?.processingTime).toEqual({
      amount: 3,
      unit: "workingDays",
    });
    const clash = definePlugin({
      ...provinceInput,
      id: "unit-demo",
      jurisdiction: { level: "unit", province: "demo", unit: "x" },
      rules: {
        calendar: {
          localDaysOff: {
            mode: "extend",
            value: [{ date: "2021-05-19", name: "Ngày nghỉ mẫu (lặp)" }],
            legalRef: kh41,
          },
        },
      },
    });
    const e = thrown(() => composeRulebook([national, province, clash], { asOf: "2021-03-01" }));
    expect(e.code).toBe("PLUGIN_DUPLICATE_ENTRY");
    expect(e.data).toEqual({ path: "calendar.localDaysOff", asOf: "2021-03-01" });
  });

  it("forbid makes a rule not apply, and says so", () => {
    const book = composeRulebook([national, province], { asOf: "2021-03-01" });
    const rule = getRule(book, "permissions", "postalCounterTasks");
    expect(rule?.forbidden).toBe(true);
    expect(rule?.value).toBeUndefined();
    expect(ruleValue(book, "permissions", "postalCounterTasks")).toBeUndefined();
  });

  it("rejects an override of a path the base does not have, with the closest path", () => {
    const orphan = definePlugin({
      ...provinceInput,
      rules: { sla: { sameDayCutoff: { mode: "replace", value: "16:00", legalRef: kh41 } } },
    });
    const e = thrown(() => composeRulebook([national, orphan], { asOf: "2021-03-01" }));
    expect(e.code).toBe("COMPOSE_OVERRIDE_WITHOUT_BASE");
    expect(e.path).toEqual(["plugins", "province-demo", "rules", "sla", "sameDayCutoff"]);
    expect(e.en).not.toContain("did you mean");
    const typo = definePlugin({
      ...provinceInput,
      rules: { procedures: { "1.000002": { mode: "forbid", legalRef: kh41 } } },
    });
    const e2 = thrown(() => composeRulebook([national, typo], { asOf: "2021-03-01" }));
    expect(e2.code).toBe("COMPOSE_OVERRIDE_WITHOUT_BASE");
    expect(e2.en).toContain('did you mean "procedures.1.000001"');
  });

  it("rejects an implicit override and an override of a final rule", () => {
    const implicit = definePlugin({
      ...provinceInput,
      rules: { sla: { paperTransferCutoff: { value: "16:00", legalRef: kh41 } } },
    });
    expect(thrown(() => composeRulebook([national, implicit], { asOf: "2021-03-01" })).code).toBe(
      "COMPOSE_IMPLICIT_OVERRIDE",
    );
    const finalOverride = definePlugin({
      ...provinceInput,
      rules: { sla: { reschedulesMax: { mode: "replace", value: 2, legalRef: kh41 } } },
    });
    expect(thrown(() => composeRulebook([national, finalOverride], { asOf: "2021-03-01" })).code).toBe(
      "COMPOSE_FINAL_OVERRIDDEN",
    );
  });

  it("rejects duplicate plugins, two plugins of one layer, and a unit of another province", () => {
    expect(thrown(() => composeRulebook([national, national], { asOf: "2021-03-01" })).code).toBe(
      "COMPOSE_DUPLICATE_PLUGIN",
    );
    const other = definePlugin({
      ...provinceInput,
      id: "province-other",
      jurisdiction: { level: "province", province: "other" },
    });
    expect(thrown(() => composeRulebook([national, province, other], { asOf: "2021-03-01" })).code).toBe(
      "COMPOSE_LAYER_CONFLICT",
    );
    const unit = definePlugin({
      ...provinceInput,
      id: "unit-x",
      jurisdiction: { level: "unit", province: "other", unit: "HCC" },
      rules: {},
    });
    expect(thrown(() => composeRulebook([national, province, unit], { asOf: "2021-03-01" })).code).toBe(
      "COMPOSE_JURISDICTION_MISMATCH",
    );
  });

  describe("succession (Vĩnh Phúc → Phú Thọ from 1/7/2025)", () => {
    const merger = { document: "Nghị quyết 202/2025/QH15", verified: false } as const;
    const vp = definePlugin({
      ...provinceInput,
      id: "province-vp",
      jurisdiction: { level: "province", province: "vp" },
      validity: { validTo: "2025-06-30" },
      succession: { successor: "province-pt", legalRef: merger },
    } satisfies PluginInput);
    const pt = definePlugin({
      ...provinceInput,
      id: "province-pt",
      jurisdiction: { level: "province", province: "pt" },
      rules: {},
    });

    it("keeps the old rulebook for a dossier received before the merger", () => {
      const book = composeRulebook([national, vp, pt], { asOf: "2025-06-30T16:00:00+07:00" });
      expect(book.jurisdiction).toEqual({ level: "province", province: "vp" });
      expect(book.succession).toEqual([]);
    });

    it("uses the successor after the last day and records the succession", () => {
      const book = composeRulebook([national, vp, pt], { asOf: "2025-07-01" });
      expect(book.jurisdiction).toEqual({ level: "province", province: "pt" });
      expect(book.succession).toEqual([
        { from: "province-vp", to: "province-pt", lastDay: "2025-06-30", legalRef: merger },
      ]);
    });

    it("names the successor when it is missing", () => {
      const e = thrown(() => composeRulebook([national, vp], { asOf: "2025-07-01" }));
      expect(e.code).toBe("COMPOSE_JURISDICTION_ENDED");
      expect(e.data).toMatchObject({ successor: "province-pt", lastDay: "2025-06-30" });
    });

    it("refuses a plugin not in force without a successor", () => {
      const early = definePlugin({ ...provinceInput, validity: { validFrom: "2030-01-01" } });
      expect(thrown(() => composeRulebook([national, early], { asOf: "2025-07-01" })).code).toBe(
        "COMPOSE_NOT_IN_FORCE",
      );
    });
  });

  it("accepts raw plugin data and validates it at load time", () => {
    expect(
      ruleValue(composeRulebook([nationalInput], { asOf: "2025-01-01" }), "sla", "paperTransferCutoff"),
    ).toBe("15:00");
    const e = thrown(() =>
      composeRulebook([national, { ...provinceInput, version: "x" }], { asOf: "2025-01-01" }),
    );
    expect(e.code).toBe("PLUGIN_INVALID");
    expect(e.path).toEqual(["plugins", 1, "version"]);
  });

  it("freezes the rulebook", () => {
    const book = composeRulebook([national, province], { asOf: "2021-03-01" });
    const value = ruleValue(book, "calendar", "localDaysOff");
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(getRule(book, "sla", "paperTransferCutoff")?.provenance)).toBe(true);
  });

  it("rejects bad options and throws only MotcuaError for any input (fuzz)", () => {
    expect(thrown(() => composeRulebook([national], { asOf: "2025-02-30" })).code).toBe(
      "COMPOSE_INVALID_AS_OF",
    );
    expect(thrown(() => composeRulebook([], { asOf: "2025-02-01" })).code).toBe("COMPOSE_INVALID_PLUGINS");
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (plugins, options) => {
        for (const args of [
          [plugins, options],
          [[national, plugins], { asOf: "2025-01-01" }],
          [[national], options],
        ] as const) {
          try {
            composeRulebook(args[0] as never, args[1] as never);
          } catch (e) {
            if (!isMotcuaError(e)) return false;
          }
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
