/** The fast path never accepts what the schema refuses, and reads the same values. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChannelSchema, LevelSchema } from "@motcua/core";
import { ClosureSchema, DossierSummarySchema } from "@motcua/reports";
import { CHANNEL_COL, CLOSURE_CODE } from "../../src/internal/columns";
import { channelColumn, closureCode, fastDecode, isLevel, isSummaryKey } from "../../src/internal/fastDecode";
import { dossierArb } from "../support/arbitraries";

const fields = [
  "officeId",
  "level",
  "domain",
  "channel",
  "receivedAt",
  "dueAt",
  "completedAt",
  "closure",
  "code",
  "other",
] as const;
const candidate = fc.oneof(
  dossierArb,
  fc.tuple(dossierArb, fc.constantFrom(...fields), fc.anything()).map(([d, k, v]) => ({ ...d, [k]: v })),
  fc.tuple(dossierArb, fc.constantFrom(...fields)).map(([d, k]) => {
    const copy: Record<string, unknown> = { ...d };
    delete copy[k];
    return copy;
  }),
  fc.anything(),
);

describe("the fast checks are the schema's shape", () => {
  it("know exactly the schema's keys and enum options", () => {
    const keys = Object.keys(DossierSummarySchema.shape);
    for (const k of keys) expect(isSummaryKey(k)).toBe(true);
    for (const k of ["other", "Code", "officeid", "", "__proto__", "constructor", "toString"])
      expect(isSummaryKey(k)).toBe(false);
    fc.assert(
      fc.property(fc.string(), (k) => {
        expect(isSummaryKey(k)).toBe(keys.includes(k));
      }),
    );
    for (const level of LevelSchema.options) expect(isLevel(level)).toBe(true);
    for (const channel of ChannelSchema.options) expect(channelColumn(channel)).toBe(CHANNEL_COL[channel]);
    for (const closure of ClosureSchema.options) expect(closureCode(closure)).toBe(CLOSURE_CODE[closure]);
    expect(closureCode(undefined)).toBe(CLOSURE_CODE.none);
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(isLevel(v)).toBe(LevelSchema.safeParse(v).success);
        expect(channelColumn(v) >= 0).toBe(ChannelSchema.safeParse(v).success);
        expect(closureCode(v) >= 0).toBe(ClosureSchema.optional().safeParse(v).success);
      }),
    );
  });
});

describe("fastDecode agrees with DossierSummarySchema", () => {
  it("accepts exactly the plain objects the schema accepts (property)", () => {
    fc.assert(
      fc.property(candidate, (x) => {
        const plain =
          typeof x === "object" &&
          x !== null &&
          [Object.prototype, null].includes(Object.getPrototypeOf(x) as object | null);
        if (!plain) return;
        expect(fastDecode(x) !== undefined).toBe(DossierSummarySchema.safeParse(x).success);
      }),
      { numRuns: 3000 },
    );
  });

  it("accepts only what the schema accepts, with the same values (property)", () => {
    fc.assert(
      fc.property(candidate, (x) => {
        const fast = fastDecode(x);
        const slow = DossierSummarySchema.safeParse(x);
        if (fast === undefined) return;
        expect(slow.success).toBe(true);
        if (!slow.success) return;
        expect(fast.officeId).toBe(slow.data.officeId);
        expect(fast.level).toBe(slow.data.level);
        expect(fast.domain).toBe(slow.data.domain);
        expect(fast.receivedAt).toBe(slow.data.receivedAt);
        expect(fast.dueAt).toBe(slow.data.dueAt);
        expect(fast.completedAt).toBe(slow.data.completedAt ?? Number.POSITIVE_INFINITY);
        expect(fast.channelCol).toBe(CHANNEL_COL[slow.data.channel]);
        expect(fast.closure).toBe(
          slow.data.closure === undefined ? CLOSURE_CODE.none : CLOSURE_CODE[slow.data.closure],
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("takes the fast path for every valid plain summary", () => {
    fc.assert(
      fc.property(dossierArb, (d) => {
        expect(fastDecode(d)).toBeDefined();
      }),
    );
    const iso = {
      officeId: "P",
      level: "province",
      domain: "Tư pháp",
      channel: "postal",
      receivedAt: "2026-01-05T09:00:00+07:00",
      dueAt: "2026-01-12T17:00:00+07:00",
    };
    expect(fastDecode(iso)).toMatchObject({ receivedAt: Date.UTC(2026, 0, 5, 2), completedAt: Infinity });
  });
});
