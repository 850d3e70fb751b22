import { describe, expect, expectTypeOf, it } from "vitest";
import fc from "fast-check";
import { isMotcuaError, type MotcuaError } from "@motcua/core";
import { definePlugin, loadPlugin, safeLoadPlugin, type Plugin, type PluginInput } from "@motcua/plugin-sdk";
import { art18, kh41, national, nationalInput, provinceInput } from "./fixtures";

const failure = (input: unknown): MotcuaError => {
  const r = safeLoadPlugin(input);
  if (r.ok) throw new Error("expected a failure");
  return r.error;
};

describe("definePlugin", () => {
  it("normalises every rule version with its path, mode, validity and legal reference", () => {
    const cutoff = national.rules.find((r) => r.path === "sla.paperTransferCutoff");
    expect(cutoff).toMatchObject({
      slot: "sla",
      key: "paperTransferCutoff",
      mode: "define",
      value: "15:00",
      validity: {},
      legalRef: art18,
    });
    expect(national.rules.filter((r) => r.path === "sla.supplementPolicy").map((r) => r.validity)).toEqual([
      { validTo: "2025-06-30" },
      { validFrom: "2025-07-01" },
    ]);
  });

  it("applies schema defaults (a procedure's supplement policy defaults to restart, Nghị định 61/2018 Art. 19)", () => {
    const p = national.rules.find((r) => r.path === "procedures.1.000001");
    expect((p?.value as { supplementPolicy: string }).supplementPolicy).toBe("restart");
  });

  it("freezes the plugin and never mutates the input", () => {
    const input = structuredClone(nationalInput);
    const plugin = definePlugin(input);
    expect(input).toEqual(nationalInput);
    expect(Object.isFrozen(plugin)).toBe(true);
    expect(Object.isFrozen(plugin.rules[0])).toBe(true);
  });

  it("names the plugin, the path and the closest valid key for a misspelt key", () => {
    const e = failure({
      ...nationalInput,
      rules: { sla: { paperTransferCutof: { value: "15:00", legalRef: art18 } } },
    });
    expect(e.code).toBe("PLUGIN_UNKNOWN_KEY");
    expect(e.path).toEqual(["rules", "sla", "paperTransferCutof"]);
    expect(e.en).toContain('Plugin "national"');
    expect(e.en).toContain('did you mean "paperTransferCutoff"');
    expect(e.vi).toContain('có phải ý bạn là "paperTransferCutoff"');
    expect(e.data).toEqual({ plugin: "national" });
  });

  it("suggests the closest slot, rule field and plugin field", () => {
    expect(failure({ ...nationalInput, rules: { calender: {} } }).en).toContain('did you mean "calendar"');
    expect(
      failure({
        ...nationalInput,
        rules: { sla: { paperTransferCutoff: { value: "15:00", legalref: art18 } } },
      }).issues.map((i) => i.en),
    ).toContainEqual(expect.stringContaining('did you mean "legalRef"'));
    expect(failure({ ...nationalInput, legalBasys: [] }).en).toContain('did you mean "legalBasis"');
    const nested = failure({
      ...nationalInput,
      rules: { calendar: { officeHours: { value: [{ sesions: [] }], legalRef: art18 } } },
    });
    expect(nested.issues.map((i) => i.en)).toContainEqual(expect.stringContaining('did you mean "sessions"'));
  });

  it("rejects a validity that ends before it starts, in rules and in the plugin", () => {
    const e = failure({
      ...nationalInput,
      rules: {
        sla: {
          paperTransferCutoff: {
            value: "15:00",
            legalRef: art18,
            validity: { validFrom: "2025-07-01", validTo: "2025-06-30" },
          },
        },
      },
    });
    expect(e.code).toBe("PLUGIN_VALIDITY_REVERSED");
    expect(e.path).toEqual(["rules", "sla", "paperTransferCutoff", "validity", "validTo"]);
    expect(
      failure({ ...nationalInput, validity: { validFrom: "2025-07-01", validTo: "2025-06-30" } }).code,
    ).toBe("PLUGIN_VALIDITY_REVERSED");
  });

  it("rejects overlapping versions of one rule", () => {
    const e = failure({
      ...nationalInput,
      rules: {
        sla: {
          paperTransferCutoff: [
            { value: "15:00", legalRef: art18, validity: { validTo: "2025-06-30" } },
            { value: "16:00", legalRef: art18, validity: { validFrom: "2025-06-30" } },
          ],
        },
      },
    });
    expect(e.code).toBe("PLUGIN_OVERLAPPING_VERSIONS");
    expect(e.path).toEqual(["rules", "sla", "paperTransferCutoff", 1, "validity"]);
  });

  it("rejects overlapping office sessions and a session that ends before it starts", () => {
    const hours = (sessions: Array<{ start: string; end: string }>) => ({
      ...nationalInput,
      rules: { calendar: { officeHours: { value: [{ sessions }], legalRef: art18 } } },
    });
    const overlap = failure(
      hours([
        { start: "07:00", end: "11:30" },
        { start: "11:00", end: "17:00" },
      ]),
    );
    expect(overlap.code).toBe("PLUGIN_OVERLAPPING_SESSIONS");
    expect(overlap.path).toEqual(["rules", "calendar", "officeHours", "value", 0, "sessions", 1]);
    expect(failure(hours([{ start: "13:30", end: "07:00" }])).code).toBe("PLUGIN_EMPTY_SESSION");
    expect(
      safeLoadPlugin(
        hours([
          { start: "07:00", end: "11:30" },
          { start: "11:30", end: "17:00" },
        ]),
      ).ok,
    ).toBe(true);
  });

  it("rejects duplicates, a wrong procedure key, extend on a single value, a forbid with a value", () => {
    expect(
      failure({
        ...nationalInput,
        rules: {
          calendar: {
            localDaysOff: {
              value: [
                { date: "2021-05-19", name: "a" },
                { date: "2021-05-19", name: "b" },
              ],
              legalRef: art18,
            },
          },
        },
      }).code,
    ).toBe("PLUGIN_DUPLICATE_ENTRY");
    expect(
      failure({
        ...nationalInput,
        rules: {
          procedures: {
            "1.1": {
              value: { code: "1.2", processingTime: { amount: 1, unit: "workingDays" } },
              legalRef: art18,
            },
          },
        },
      }).code,
    ).toBe("PLUGIN_KEY_MISMATCH");
    expect(
      failure({
        ...provinceInput,
        rules: { sla: { paperTransferCutoff: { mode: "extend", value: "16:00", legalRef: kh41 } } },
      }).code,
    ).toBe("PLUGIN_NOT_EXTENSIBLE");
    expect(
      failure({
        ...provinceInput,
        rules: { sla: { paperTransferCutoff: { mode: "forbid", value: "16:00", legalRef: kh41 } } },
      }).code,
    ).toBe("PLUGIN_INVALID");
  });

  it("forbids override modes in a national plugin (there is no base to override)", () => {
    const e = failure({
      ...nationalInput,
      rules: { sla: { paperTransferCutoff: { mode: "replace", value: "15:00", legalRef: art18 } } },
    });
    expect(e.code).toBe("PLUGIN_OVERRIDE_WITHOUT_BASE");
  });

  it("checks succession: an end date is needed and a plugin cannot succeed itself", () => {
    const base = { ...provinceInput, rules: {}, succession: { successor: "province-demo", legalRef: kh41 } };
    expect(failure(base).issues.map((i) => i.code)).toEqual([
      "PLUGIN_SUCCESSION_WITHOUT_END",
      "PLUGIN_SUCCESSOR_IS_SELF",
    ]);
  });

  it("reports every problem at once, each with its own path", () => {
    const e = failure({
      ...nationalInput,
      version: "one",
      rules: { sla: { paperTransferCutoff: { value: "3pm", legalRef: art18 } } },
    });
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([["PLUGIN_INVALID", ["version"]]]);
    const e2 = failure({
      ...nationalInput,
      rules: {
        sla: {
          paperTransferCutoff: { value: "3pm", legalRef: art18 },
          reschedulesMax: { value: -1, legalRef: art18 },
        },
      },
    });
    expect(e2.issues.map((i) => i.path)).toEqual([
      ["rules", "sla", "paperTransferCutoff", "value"],
      ["rules", "sla", "reschedulesMax", "value"],
    ]);
  });

  it("throws only MotcuaError for any input (fuzz)", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          loadPlugin(input);
        } catch (e) {
          return isMotcuaError(e);
        }
        return true;
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (rules, value) => {
        for (const input of [
          { ...nationalInput, rules },
          { ...provinceInput, rules: { sla: { paperTransferCutoff: value } } },
          {
            ...provinceInput,
            rules: { calendar: { officeHours: { mode: "extend", value, legalRef: kh41 } } },
          },
        ]) {
          try {
            loadPlugin(input);
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

describe("definePlugin types", () => {
  it("returns a Plugin and types each slot", () => {
    expectTypeOf(definePlugin).returns.toEqualTypeOf<Plugin>();
    expectTypeOf<
      NonNullable<NonNullable<PluginInput["rules"]["sla"]>["paperTransferCutoff"]>
    >().toMatchTypeOf<{ readonly value: string } | ReadonlyArray<unknown> | { readonly mode: "forbid" }>();
  });

  it("does not compile a wrong slot shape", () => {
    const wrong = (): Plugin =>
      definePlugin({
        ...provinceInput,
        rules: {
          // @ts-expect-error — paperTransferCutoff holds "HH:MM", not a number
          sla: { paperTransferCutoff: { mode: "replace", value: 15, legalRef: kh41 } },
        },
      });
    const unknownKey = (): Plugin =>
      definePlugin({
        ...provinceInput,
        // @ts-expect-error — there is no slot "calender"
        rules: { calender: {} },
      });
    const noLegalRef = (): Plugin =>
      definePlugin({
        ...provinceInput,
        // @ts-expect-error — every rule needs a legalRef
        rules: { sla: { paperTransferCutoff: { mode: "replace", value: "16:00" } } },
      });
    const forbidWithValue = (): Plugin =>
      definePlugin({
        ...provinceInput,
        // @ts-expect-error — a forbid rule takes no value
        rules: { permissions: { communePostalRole: { mode: "forbid", value: "support", legalRef: kh41 } } },
      });
    for (const f of [wrong, unknownKey, noLegalRef, forbidWithValue]) expect(() => f()).toThrow();
  });
});
