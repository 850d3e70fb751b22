/** Anything into the public entry points: only MotcuaError may come out, and inputs are never mutated. */
import { isMotcuaError } from "@motcua/core";
import * as dossier from "@motcua/dossier";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendar, dongThapRegister, dongThapRules, forms2025, happyPath, baseRules } from "./fixtures";

const onlyMotcua = (f: () => unknown) => {
  try {
    const r = f();
    if (typeof r === "object" && r !== null && "ok" in r && r.ok === false)
      expect(isMotcuaError((r as unknown as { error: unknown }).error)).toBe(true);
  } catch (e) {
    if (!isMotcuaError(e)) throw e;
  }
};

const any = fc.anything({
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
});

const deepFreeze = <T>(v: T): T => {
  if (typeof v === "object" && v !== null) {
    Object.values(v).forEach(deepFreeze);
    Object.freeze(v);
  }
  return v;
};

describe("fuzz: public entry points", () => {
  it("replay / replayWithXstate / parseDossierEvents", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(any, any, any, (events, rules, options) => {
        onlyMotcua(() => dossier.replay(events as never, rules as never, options as never));
        onlyMotcua(() => dossier.replay(events as never, baseRules));
        onlyMotcua(() => dossier.replayWithXstate(events as never, baseRules, options as never));
        onlyMotcua(() => dossier.parseDossierEvents(events));
      }),
      { numRuns: 3000 },
    );
  });

  it("replay with almost-valid events (one field replaced by anything)", { timeout: 120_000 }, () => {
    const base = happyPath();
    fc.assert(
      fc.property(
        fc.nat({ max: base.length - 1 }),
        fc.constantFrom(
          "id",
          "type",
          "at",
          "actor",
          "channel",
          "stage",
          "via",
          "dossierCode",
          "paper",
          "items",
        ),
        any,
        (i, field, value) => {
          const events = base.map((e, k) => (k === i ? { ...e, [field]: value } : e));
          onlyMotcua(() =>
            dossier.replay(events as never, dongThapRules, {
              calendar,
              scope: { officeId: "DT-HCC", procedure: { code: "1" }, register: dongThapRegister },
            }),
          );
          onlyMotcua(() =>
            dossier.replayWithXstate(events as never, dongThapRules, { calendar, scope: false }),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("can, forms, codes, diagram", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(any, any, any, any, (a, b, c, d) => {
        onlyMotcua(() => dossier.can(a as never, b as never, c as never, d as never));
        onlyMotcua(() => dossier.can("processing", { role: "postalStaff" }, "received", d as never));
        onlyMotcua(() => dossier.issueDossierCode(a as never, b as never, c as never));
        onlyMotcua(() => dossier.parseDossierCode(a));
        onlyMotcua(() => dossier.toReceiptSlip(a as never, b as never, c as never));
        onlyMotcua(() => dossier.toReceiptSlip(happyPath(), b as never, forms2025));
        onlyMotcua(() => dossier.toReceiptSlip(happyPath(), b as never, c as never));
        onlyMotcua(() => dossier.toSupplementRequests(a as never, b as never));
        onlyMotcua(() => dossier.toRefusal(a as never, b as never));
        onlyMotcua(() => dossier.toApologies(a as never, b as never, c as never));
        onlyMotcua(() => dossier.toStopNotice(a as never, b as never));
        onlyMotcua(() => dossier.toControlSlip(a as never, b as never));
        onlyMotcua(() => dossier.toTrackingLedgerRow(a as never, b as never, c as never));
        onlyMotcua(() => dossier.paperTransferDueAt(a as never, b as never, c as never));
        onlyMotcua(() => dossier.actionOf(a as never));
        onlyMotcua(() => dossier.toMermaid(a as never));
      }),
      { numRuns: 3000 },
    );
  });

  it("never mutates its inputs (deep-frozen events, rules, register)", () => {
    const events = deepFreeze(happyPath("postalStaff"));
    const rules = deepFreeze(structuredClone(dongThapRules));
    const scope = deepFreeze({
      officeId: "DT-HCC",
      procedure: { code: "1", domain: "Công Thương" },
      register: structuredClone(dongThapRegister),
    });
    const before = JSON.stringify([events, rules, scope]);
    expect(dossier.replay(events, rules, { calendar, scope }).ok).toBe(false); // unsigned control slip (Đồng Tháp)
    expect(dossier.replayWithXstate(events, rules, { calendar, scope }).ok).toBe(false);
    dossier.toControlSlip(events, { rules, calendar, forms: forms2025 });
    dossier.toTrackingLedgerRow(events, {}, forms2025);
    expect(JSON.stringify([events, rules, scope])).toBe(before);
  });
});
