import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInstant, isMotcuaError } from "@motcua/core";
import {
  calendarOverlayOf,
  composeInForce,
  composeRulebook,
  conceptInputsOf,
  CONCEPT_RULE_UNSUPPORTED,
  definePlugin,
  sliceOf,
} from "@motcua/plugin-sdk";
import { haTinhLike } from "./conceptFixtures";
import { art18, national, nationalInput, province } from "./fixtures";

const book = composeRulebook([national, haTinhLike], { asOf: "2021-06-01" });

describe("conceptInputsOf: a composed rulebook as the concept packages' inputs", () => {
  it("keeps the rulebook and its date", () => {
    const inputs = conceptInputsOf(book);
    expect(inputs.asOf).toBe("2021-06-01");
    expect(inputs.rulebook).toBe(book);
    expect("reportRulebook" in inputs).toBe(false);
  });

  it("the sla slice as the rulebook has it (no renaming): restart on supplement, one reschedule", () => {
    const sla = conceptInputsOf(book).slaRules;
    expect(sla).toBe(sliceOf(book, "sla"));
    expect(sla.supplementPolicy?.value).toBe("restart");
    expect(sla.reschedulesMax?.value).toBe(1);
  });

  it("dossier rules: 15:00 paper cut-off (Art. 18), control slip at transfer and result receipt (Đồng Tháp seed 003 L59), commune support only (Kế hoạch 41 L270-L282)", () => {
    const rules = conceptInputsOf(book).dossierRules;
    expect(rules.sla.paperTransferCutoff).toMatchObject({ value: "15:00", legalRef: art18 });
    expect(rules.permissions.controlSlipSignature?.value.at).toEqual(["transfer", "resultReceipt"]);
    expect(rules.permissions.controlSlipSignature?.legalRef.seed).toBe("003_954eb8228a922e85.txt L59");
    expect(rules.permissions.communePostalRole?.value).toBe("support");
    expect(rules.sla.reschedulesMax?.value).toBe(1);
    expect(rules.permissions).toBe(sliceOf(book, "permissions"));
  });

  it("the national fixture alone: unsourced dossier defaults; the handover and staffing rules are read as slices, not translated", () => {
    const inputs = conceptInputsOf(composeRulebook([national], { asOf: "2024-06-03" }));
    expect(Object.keys(inputs)).not.toContain("handoverRules");
    expect(Object.keys(inputs)).not.toContain("staffingNorms");
    expect(inputs.dossierRules.permissions.communePostalRole).toBeUndefined();
  });

  it("from 1/7/2025 the supplement policy's legal reference is Nghị định 118/2025, unverified", () => {
    const before = conceptInputsOf(composeRulebook([national], { asOf: "2025-06-30" }));
    const after = conceptInputsOf(composeRulebook([national], { asOf: "2025-07-01" }));
    expect(before.rulebook.rules.get("sla.supplementPolicy")?.verified).toBe(true);
    expect(after.rulebook.rules.get("sla.supplementPolicy")?.verified).toBe(false);
    expect(after.slaRules.supplementPolicy?.value).toBe("restart");
  });

  it("the calendar: the slot's office hours and local days off over the national holidays", () => {
    const { calendar } = conceptInputsOf(book);
    // fixture hours 07:00–11:30, 13:30–17:00: after closing on Friday before Tết 2026 → Monday 23/2 07:00
    expect(formatInstant(calendar.nextWorkingInstant("2026-02-13T18:00:00+07:00"))).toBe(
      "2026-02-23T07:00:00+07:00",
    );
    expect(calendar.isWorkingDay("2021-06-01")).toBe(true);
    expect(calendar.isWorkingDay("2021-06-02")).toBe(false); // the province's local day off
    expect(conceptInputsOf(book).calendar).toBeDefined();
    const inputs = conceptInputsOf(book);
    expect(inputs.calendar).toBe(inputs.calendar); // built once
  });

  it("a province changing the weekly rest or working Saturdays is CONCEPT_RULE_UNSUPPORTED, naming the plugin", () => {
    const sat = composeRulebook([national, province], { asOf: "2021-03-01" });
    expect(() => conceptInputsOf(sat)).toThrow(
      expect.objectContaining({ code: CONCEPT_RULE_UNSUPPORTED, path: ["calendar", "officeHours"] }),
    );
    const ref = { document: "Test", verified: false };
    const sixDays = definePlugin({
      id: "province-six",
      name: "Six",
      version: "0.0.1",
      jurisdiction: { level: "province", province: "six" },
      legalBasis: [ref],
      rules: { calendar: { weeklyRestDays: { mode: "replace", value: [0], legalRef: ref } } },
    });
    const national2 = definePlugin({
      ...nationalInput,
      rules: {
        ...nationalInput.rules,
        calendar: {
          ...nationalInput.rules.calendar,
          weeklyRestDays: { value: [0, 6], legalRef: art18 },
        },
      },
    });
    const error = (() => {
      try {
        conceptInputsOf(composeRulebook([national2, sixDays], { asOf: "2024-01-01" }));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toMatchObject({
      code: CONCEPT_RULE_UNSUPPORTED,
      path: ["calendar", "weeklyRestDays"],
      data: { plugin: "province-six" },
    });
    expect(isMotcuaError(error) && error.vi).toMatch(/tỉnh không thay đổi được/);
  });

  it("refuses what is not a composed rulebook with CONCEPT_INVALID_INPUT", () => {
    for (const bad of [undefined, null, 3, {}, { asOf: "2024-01-01", rules: {}, plugins: [] }])
      expect(() => conceptInputsOf(bad as never)).toThrow(
        expect.objectContaining({ code: "CONCEPT_INVALID_INPUT", path: ["rulebook"] }),
      );
    expect(() => calendarOverlayOf([national], "")).toThrow(
      expect.objectContaining({ code: "CONCEPT_INVALID_INPUT", path: ["id"] }),
    );
    expect(() => composeInForce([national], "2024-13-01")).toThrow(
      expect.objectContaining({ code: "COMPOSE_INVALID_AS_OF" }),
    );
  });

  it("does not modify the rulebook", () => {
    const fresh = composeRulebook([national, haTinhLike], { asOf: "2021-06-01" });
    const before = JSON.stringify([...fresh.rules]);
    void conceptInputsOf(fresh).calendar;
    expect(JSON.stringify([...fresh.rules])).toBe(before);
  });
});

describe("calendarOverlayOf and composeInForce: the calendar slot over a stack's history", () => {
  it("dates the province's local days off to its own validity and keeps the national hours throughout", () => {
    const overlay = calendarOverlayOf([national, haTinhLike]);
    expect(overlay.id).toBe("national+province-ht");
    expect(overlay.daysOff?.map((d) => d.date)).toEqual(["2021-06-02"]);
    expect(overlay.officeHours?.[0]).toMatchObject({
      sessions: [
        { start: "07:00", end: "11:30" },
        { start: "13:30", end: "17:00" },
      ],
    });
    expect(overlay.officeHours?.[0]?.validFrom).toBeUndefined();
    expect(overlay.officeHours?.map((h) => h.validFrom)).toEqual([undefined, "2021-02-18", "2025-07-01"]);
    expect(calendarOverlayOf([national], "mine").id).toBe("mine");
  });

  it("composeInForce leaves out a plugin that has ended or not started", () => {
    expect(composeInForce([national, haTinhLike], "2025-07-01")?.plugins.map((p) => p.id)).toEqual([
      "national",
    ]);
    expect(composeInForce([national, haTinhLike], "2021-06-01")?.plugins.map((p) => p.id)).toEqual([
      "national",
      "province-ht",
    ]);
    expect(composeInForce([haTinhLike], "2020-01-01")).toBeUndefined();
  });

  it("refuses a Saturday office week with CONCEPT_RULE_UNSUPPORTED", () => {
    expect(() => calendarOverlayOf([national, province])).toThrow(
      expect.objectContaining({ code: CONCEPT_RULE_UNSUPPORTED }),
    );
  });
});

describe("fuzz: only coded MotcuaErrors", () => {
  it("calendarOverlayOf and composeInForce fed anything throw only MotcuaError", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        for (const f of [
          () => calendarOverlayOf(a as never, b as never),
          () => composeInForce([national], a as never),
          () => composeInForce(a as never, "2024-01-01"),
          () => conceptInputsOf(a as never),
        ])
          try {
            f();
          } catch (e) {
            if (!isMotcuaError(e)) throw e;
          }
      }),
      { numRuns: 300 },
    );
  });
});
