import { fileURLToPath } from "node:url";
import { Effect } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { national } from "@motcua/national";
import { dongThap } from "@motcua/province-dong-thap";
import { haTinh } from "@motcua/province-ha-tinh";
import { vinhPhuc } from "@motcua/province-vinh-phuc";
import { formatInstant, isMotcuaError } from "@motcua/core";
import { definePlugin, sliceOf } from "@motcua/plugin-sdk";
import {
  builtinChecks,
  importPlugin,
  loadRulebook,
  KNOWN_PLUGINS,
  loadPluginProvider,
  nationalCasesDir,
  pluginRulebookProvider,
  runConformance,
} from "@motcua/conformance";

const provider = pluginRulebookProvider([national, haTinh, vinhPhuc, dongThap]);
const ref = { document: "Test plugin", verified: false };
const fixturePlugin = fileURLToPath(new URL("./fixtures/plugin/demoPlugin.ts", import.meta.url));

describe("pluginRulebookProvider: plugins composed with plugin-sdk, slots mapped to the concept packages", () => {
  it("knows every known plugin by id and by province slug", () => {
    expect(KNOWN_PLUGINS.map((p) => p.id)).toEqual([
      "national",
      "province-ha-tinh",
      "province-vinh-phuc",
      "province-dong-thap",
    ]);
    expect(provider.canonicalId?.("ha-tinh")).toBe("province-ha-tinh");
    expect(provider.canonicalId?.("province-ha-tinh")).toBe("province-ha-tinh");
    expect(provider.knownIds).toEqual(
      expect.arrayContaining(["national", "ha-tinh", "province-ha-tinh", "vinh-phuc", "dong-thap"]),
    );
    expect(provider.resolve(["national", "ha-tinh"]).plugins).toEqual([
      { id: "national", version: "0.1.0" },
      { id: "province-ha-tinh", version: "0.1.0" },
    ]);
  });

  it("Hà Tĩnh (Kế hoạch 41/KH-UBND): 15–20 dossiers a day, 1–3 domains, commune support only", () => {
    const inputs = provider.resolve(["national", "ha-tinh"]).inputsAt("2021-06-01");
    const staffing = sliceOf(inputs.rulebook, "staffing");
    expect(staffing.minimumWorkload?.value).toEqual({ min: 15, max: 20 });
    expect(staffing.domainsPerEmployee?.value).toEqual({ min: 1, max: 3 });
    expect(staffing.reserve).toMatchObject({ value: { kind: "extra", extra: 1 }, verified: false });
    expect(inputs.dossierRules.permissions.communePostalRole?.value).toBe("support");
    const handover = sliceOf(inputs.rulebook, "handover");
    expect(handover.authorities?.value.map((a) => a.level)).toEqual(["province", "district", "commune"]);
    expect(handover.authorities?.value[0]?.legalRef.lines).toMatch(/^L\d+/);
  });

  it("Vĩnh Phúc (Kế hoạch 60/KH-UBND): reserve 2×; after the merger (1/7/2025) the rulebook refuses", () => {
    const rb = provider.resolve(["national", "vinh-phuc"]);
    expect(sliceOf(rb.inputsAt("2025-05-05").rulebook, "staffing").reserve?.value).toEqual({
      kind: "factor",
      factor: 2,
    });
    expect(() => rb.inputsAt("2025-07-01")).toThrow(
      expect.objectContaining({ code: "COMPOSE_JURISDICTION_ENDED" }),
    );
  });

  it("Đồng Tháp (the 2022 review): control slip signed at transfer and at result receipt", () => {
    const rules = provider.resolve(["national", "dong-thap"]).inputsAt("2022-03-01").dossierRules;
    expect(rules.permissions.controlSlipSignature?.value.at).toEqual(["transfer", "resultReceipt"]);
  });

  it("national: restart policy of Nghị định 61/2018 Art. 19 (118/2025 from 1/7/2025, unverified), no handover authority", () => {
    const rb = provider.resolve(["national"]);
    expect(rb.inputsAt("2024-06-03").slaRules.supplementPolicy?.value).toBe("restart");
    expect(rb.inputsAt("2024-06-03").slaRules.reschedulesMax?.value).toBe(1);
    expect(rb.inputsAt("2024-06-03").dossierRules.sla.supplementRequestsMax?.legalRef.document).toBe(
      "Nghị định 61/2018/NĐ-CP",
    );
    expect(rb.inputsAt("2025-07-01").dossierRules.sla.supplementRequestsMax?.legalRef).toMatchObject({
      document: "Nghị định 118/2025/NĐ-CP",
      verified: false,
    });
    expect(sliceOf(rb.inputsAt("2024-06-03").rulebook, "handover").authorities).toBeUndefined();
  });

  it("the calendar carries the national plugin's office hours (08:00–12:00, 13:00–17:00) unless a case states its own", () => {
    const rb = provider.resolve(["national"]);
    expect(formatInstant(rb.calendarAt("2026-02-13").nextWorkingInstant("2026-02-13T18:00:00+07:00"))).toBe(
      "2026-02-23T08:00:00+07:00",
    );
    const pinned = rb.calendarAt("2026-02-13", [
      { start: "07:00", end: "11:30" },
      { start: "13:30", end: "17:00" },
    ]);
    expect(formatInstant(pinned.nextWorkingInstant("2026-02-13T18:00:00+07:00"))).toBe(
      "2026-02-23T07:00:00+07:00",
    );
  });

  it("a province changing the national weekly rest is refused by definePlugin (PLUGIN_NATIONAL_ONLY); a final national rule is refused when the rulebook is resolved", () => {
    expect(() =>
      definePlugin({
        id: "province-six",
        name: "Six",
        version: "0.0.1",
        jurisdiction: { level: "province", province: "six" },
        legalBasis: [ref],
        rules: { calendar: { weeklyRestDays: { mode: "replace", value: [0], legalRef: ref } } },
      }),
    ).toThrow(expect.objectContaining({ code: "PLUGIN_NATIONAL_ONLY" }));
    const finalRest = definePlugin({
      id: "province-late",
      name: "Late",
      version: "0.0.1",
      jurisdiction: { level: "province", province: "late" },
      legalBasis: [ref],
      rules: { sla: { reschedulesMax: { mode: "replace", value: 2, legalRef: ref } } },
    });
    const base = definePlugin({
      id: "national",
      name: "National with a final rule",
      version: "0.0.1",
      jurisdiction: { level: "national" },
      legalBasis: [ref],
      rules: {
        sla: { reschedulesMax: { value: 1, legalRef: ref, final: true } },
      },
    });
    expect(() => pluginRulebookProvider([base, finalRest]).resolve(["national", "late"])).toThrow(
      expect.objectContaining({ code: "COMPOSE_FINAL_OVERRIDDEN" }),
    );
  });

  it("every check, fed anything, throws only coded MotcuaErrors (fuzz)", () => {
    const rulebooks = [provider.resolve(["national"]), provider.resolve(["national", "ha-tinh"])];
    fc.assert(
      fc.property(fc.constantFrom(...builtinChecks.values()), fc.anything(), fc.nat(1), (check, input, i) => {
        try {
          check.run(input, rulebooks[i] ?? rulebooks[0]!);
        } catch (e) {
          if (!isMotcuaError(e)) throw e;
        }
      }),
      { numRuns: 600 },
    );
  });

  it("every check, fed its input keys with anything inside, throws only coded MotcuaErrors (fuzz)", () => {
    const rb = provider.resolve(["national", "dong-thap"]);
    const checks = [...builtinChecks.values()];
    fc.assert(
      fc.property(
        fc.constantFrom(...checks),
        fc.dictionary(
          fc.constantFrom(
            "procedure",
            "events",
            "asOf",
            "at",
            "request",
            "volumes",
            "dossiers",
            "period",
            "state",
            "actor",
            "action",
            "scope",
            "receivedAt",
            "date",
            "days",
          ),
          fc.oneof(fc.anything(), fc.constant("2026-03-02T09:00:00+07:00"), fc.constant([])),
        ),
        (check, input) => {
          try {
            check.run(input, rb);
          } catch (e) {
            if (!isMotcuaError(e)) throw e;
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe("plugin modules and rulebooks under test", () => {
  it("importPlugin finds the module's plugin and the cases it ships", async () => {
    const loaded = await Effect.runPromise(importPlugin(fixturePlugin, process.cwd()));
    expect(loaded.plugin.id).toBe("province-demo");
    expect(loaded.cases).toHaveLength(1);
    expect(loaded.cases[0]).toMatch(/fixtures\/plugin\/cases$/);
  });

  it("a module without a plugin is a coded load error", async () => {
    const error = await Effect.runPromise(Effect.flip(importPlugin("node:path", process.cwd())));
    expect(error.code).toBe("CONFORMANCE_PLUGIN_LOAD");
  });

  it("national cases + the plugin's cases pass against national + plugin", async () => {
    const loaded = await Effect.runPromise(loadPluginProvider([fixturePlugin], process.cwd()));
    expect(loaded.rulebook).toEqual(["national", "province-demo"]);
    const results = await Effect.runPromise(
      runConformance({
        cases: [nationalCasesDir(), ...loaded.cases],
        checks: builtinChecks,
        provider: loaded.provider,
        rulebook: loaded.rulebook,
      }),
    );
    expect(results.counts.failed).toBe(0);
    expect(results.cases.filter((c) => c.id.startsWith("province.demo.")).map((c) => c.status)).toEqual([
      "passed",
      "passed",
    ]);
  });

  it("against Vĩnh Phúc, cases dated after its merger are skipped, not failed; overridable cases keep their rulebook", async () => {
    const vp = await Effect.runPromise(loadRulebook(["national", "vinh-phuc"], process.cwd()));
    const results = await Effect.runPromise(
      runConformance({
        cases: [nationalCasesDir(), ...vp.cases],
        checks: builtinChecks,
        provider: vp.provider,
        rulebook: vp.rulebook,
      }),
    );
    expect(results.counts.failed).toBe(0);
    expect(results.counts.skipped).toBeGreaterThan(0);
    const skipped = results.cases.find((c) => c.status === "skipped");
    expect(skipped?.message).toMatch(
      /^not applicable to \[national, vinh-phuc\]: "province-vinh-phuc" ended on 2025-06-30/,
    );
    const overridable = results.cases.find((c) => c.id === "staffing.national.no-sizing-norm");
    expect(overridable).toMatchObject({ status: "passed", rulebook: ["national"] });
    expect(results.cases.filter((c) => c.layer === "province").map((c) => c.id)).toContain(
      "province.vinh-phuc.handover.province-no-steering-board",
    );
  });
});
