import { describe, expect, it } from "vitest";
import {
  decode,
  isMotcuaError,
  ProcedureSchema,
  safeDecode,
  ValiditySchema,
  DossierEventSchema,
} from "@motcua/core";

describe("decode", () => {
  it("returns parsed values with defaults and never mutates input", () => {
    const input = Object.freeze({
      code: "2.000908",
      processingTime: Object.freeze({ amount: 3, unit: "workingDays" }),
    });
    const p = decode(ProcedureSchema, input);
    expect(p.supplementPolicy).toBe("restart");
    expect(p.channels).toEqual(["counter", "postal", "online", "vneid"]);
    expect(input).toEqual({ code: "2.000908", processingTime: { amount: 3, unit: "workingDays" } });
  });

  it("names the offending field, in both languages, for every issue", () => {
    const r = safeDecode(
      ProcedureSchema,
      { code: "X", processingTime: { amount: -1, unit: "weeks" } },
      {
        label: { en: "procedure", vi: "Thủ tục" },
      },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("INVALID_INPUT");
    expect(r.error.issues.map((i) => i.path.join("."))).toEqual([
      "processingTime.amount",
      "processingTime.unit",
    ]);
    expect(r.error.en).toMatch(/^Invalid procedure: Too small/);
    expect(r.error.vi).toMatch(/^Thủ tục không hợp lệ: Giá trị quá nhỏ/);
  });

  it("reports unknown keys and missing fields", () => {
    const r = safeDecode(ProcedureSchema, { code: "X", procesingTime: {} });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const messages = r.error.issues.map((i) => `${i.path.join(".")}: ${i.en}`);
    expect(messages).toContain("processingTime: Required field is missing");
    expect(messages.some((m) => m.includes("procesingTime"))).toBe(true);
  });

  it("splits custom bilingual refinement messages", () => {
    try {
      decode(
        ValiditySchema,
        { validFrom: "2025-07-01", validTo: "2025-06-30" },
        { code: "BAD_VALIDITY", path: ["rule"] },
      );
      expect.unreachable();
    } catch (e) {
      expect(isMotcuaError(e, "BAD_VALIDITY")).toBe(true);
      if (!isMotcuaError(e)) return;
      expect(e.path).toEqual(["rule", "validTo"]);
      expect(e.en).toBe("validTo is before validFrom");
      expect(e.vi).toBe("validTo trước validFrom");
    }
  });

  it("parses events: instants become epoch ms, instants without offset are refused", () => {
    const e = decode(DossierEventSchema, {
      id: "e1",
      type: "received",
      at: "2026-02-12T09:00:00+07:00",
      actor: { role: "postalStaff" },
      dossierCode: "H23-260212-0001",
    });
    expect(e.at).toBe(Date.UTC(2026, 1, 12, 2));
    const bad = safeDecode(DossierEventSchema, {
      id: "e1",
      type: "received",
      at: "2026-02-12T09:00:00",
      actor: { role: "postalStaff" },
      dossierCode: "x",
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.path).toEqual(["at"]);
  });
});
