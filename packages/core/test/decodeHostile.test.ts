import * as fc from "fast-check";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { DossierEventSchema, isMotcuaError, previewValue, ProcedureSchema, safeDecode } from "@motcua/core";

/** The zod 4.6.7 crash: a `length` that cannot become a number (plain JSON can build it). */
const oddLength = () => ({ length: JSON.parse('{"toString":1,"valueOf":1}') as unknown });

const deep = (levels: number): unknown => {
  let value: unknown = {};
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

const refusal = (input: unknown, schema: z.core.$ZodType = DossierEventSchema) => {
  const r = safeDecode(schema, input, { code: "DEMO_INVALID" });
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error("accepted");
  expect(isMotcuaError(r.error, "DEMO_INVALID")).toBe(true);
  return r.error;
};

describe("safeDecode refuses hostile values with a coded error, never a throw", () => {
  it("an object whose length cannot become a number (zod would throw TypeError)", () => {
    const e = refusal({ id: oddLength(), type: "guided", at: 0, actor: { role: "applicant" } });
    expect(e.path).toEqual(["id", "length"]);
    expect(e.data).toEqual({ reason: "length" });
    expect(e.vi).toMatch(/length hoặc size/);
  });

  it("a getter that throws, and a proxy whose traps throw", () => {
    const getter = Object.defineProperty({ type: "guided" }, "id", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(refusal(getter).path).toEqual(["id"]);
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("boom");
        },
        get() {
          throw new Error("boom");
        },
      },
    );
    expect(refusal(proxy).data).toEqual({ reason: "unreadable" });
  });

  it("BigInt, cycles, 20,000-deep nesting and holes", () => {
    expect(refusal({ id: "e1", at: 10n }).path).toEqual(["at"]);
    const cyclic: Record<string, unknown> = { id: "e1" };
    cyclic["self"] = cyclic;
    expect(refusal(cyclic).data).toEqual({ reason: "cycle" });
    expect(refusal(deep(20_000), z.unknown()).data).toEqual({ reason: "depth" });
    // eslint-disable-next-line no-sparse-arrays
    expect(refusal([1, , 3], z.array(z.unknown())).path).toEqual([1]);
  });

  it("shares are not cycles: a value used twice is accepted and walked once", () => {
    const actor = { role: "applicant" };
    const shared = Array.from({ length: 3 }, (_, i) => ({ id: `e${i}`, type: "guided", at: 0, actor }));
    expect(safeDecode(z.array(DossierEventSchema), shared).ok).toBe(true);
  });

  it("never throws on anything fast-check can build", () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true }),
        (value) => {
          const r = safeDecode(DossierEventSchema, value);
          if (!r.ok) expect(isMotcuaError(r.error)).toBe(true);
        },
      ),
      { numRuns: 2_000, seed: 19 },
    );
  });
});

describe("safeDecode tells a wrong value from a missing one", () => {
  it("a non-integer, a string and NaN are reported as such, not as missing", () => {
    const e = refusal({ code: "X", processingTime: { amount: 2.5, unit: "workingDays" } }, ProcedureSchema);
    expect(e.en).toBe("Expected a whole number, received 2.5");
    expect(e.vi).toBe("Cần số nguyên, nhận được 2.5");
    const s = z.object({ dossiersPerDay: z.number(), share: z.number() });
    const wrong = refusal({ dossiersPerDay: "30", share: Number.NaN }, s);
    expect(wrong.issues.map((i) => i.en)).toEqual([
      'Wrong type: expected number, received "30"',
      "Wrong type: expected number, received NaN",
    ]);
    expect(refusal({ dossiersPerDay: 1 }, s).en).toBe("Required field is missing");
  });
});

describe("previewValue", () => {
  it("writes hostile values without throwing", () => {
    expect(previewValue(Number.NaN)).toBe("NaN");
    expect(previewValue(-0)).toBe("-0");
    expect(previewValue(10n)).toBe("10n");
    expect(previewValue(oddLength())).toBe("{…}");
    expect(previewValue("x".repeat(100))).toBe(JSON.stringify(`${"x".repeat(60)}…`));
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true }), (v) => {
        expect(typeof previewValue(v)).toBe("string");
      }),
      { numRuns: 500, seed: 19 },
    );
  });
});
