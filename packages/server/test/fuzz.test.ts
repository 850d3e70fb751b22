import { builtinChecks } from "@motcua/conformance";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as z from "zod";
import { silentServer } from "./helpers";

let app: FastifyInstance;
let routes: string[];
beforeAll(async () => {
  app = await silentServer();
  await app.ready();
  const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths)
    .filter(([, ops]) => "post" in ops)
    .map(([path]) => path);
});
afterAll(() => app.close());

const answer = async (url: string, payload: string) => {
  const res = await app.inject({
    method: "POST",
    url,
    payload,
    headers: { "content-type": "application/json" },
  });
  if (res.statusCode >= 500)
    throw new Error(`${url} answered ${res.statusCode} to ${payload.slice(0, 300)}: ${res.body}`);
  if (res.statusCode >= 400) expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  return res.statusCode;
};

const rulebookArb = fc.oneof(
  fc.constant(undefined),
  fc.record({ province: fc.constantFrom("ha-tinh", "vinh-phuc", "dong-thap", "x") }, { requiredKeys: [] }),
  fc.record(
    { asOf: fc.oneof(fc.string(), fc.constantFrom("2024-06-01", "2026-03-02")) },
    { requiredKeys: [] },
  ),
  fc.array(fc.constantFrom("national", "ha-tinh", "vinh-phuc", "dong-thap", "nope"), {
    minLength: 1,
    maxLength: 3,
  }),
  fc.jsonValue(),
);

describe("random bodies never get a 5xx (bad input is a 400 problem)", () => {
  it("any JSON value, on every POST route", async () => {
    expect(routes.length).toBeGreaterThan(15);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async (url, body) => {
        expect(await answer(url, JSON.stringify(body))).toBeLessThan(500);
      }),
      { numRuns: 600, seed: 15 },
    );
  });

  it("bytes that are not JSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.string({ maxLength: 64 }), async (url, text) => {
        expect(await answer(url, text)).toBeLessThan(500);
      }),
      { numRuns: 200, seed: 15 },
    );
  });

  it("well-formed envelopes with random values under each check's own input keys", async () => {
    const checks = [...builtinChecks.values()];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...checks).chain((check) => {
          const keys = Object.keys((check.input as z.ZodObject).shape);
          return fc.tuple(
            fc.constant(check.id),
            rulebookArb,
            fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 })),
          );
        }),
        async ([id, rulebook, input]) => {
          const status = await answer(`/v1/${id}`, JSON.stringify({ rulebook, input }));
          const adapter = await answer(
            "/conformance/v1/run",
            JSON.stringify({
              protocol: "motcua-adapter/1",
              case: "fuzz",
              check: id,
              input,
              rulebook: ["national"],
            }),
          );
          expect(status).toBeLessThan(500);
          expect(adapter).toBe(200);
        },
      ),
      { numRuns: 800, seed: 15 },
    );
  });
});
