/** The fast path never accepts what the schema refuses, and reads the same values. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DossierSummarySchema } from "@motcua/reports";
import { fastDecode } from "../../src/internal/fastDecode";
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

describe("fastDecode agrees with DossierSummarySchema", () => {
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
