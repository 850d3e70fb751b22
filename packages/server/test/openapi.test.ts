import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { builtinChecks } from "@motcua/conformance";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../src/index";

const committed = fileURLToPath(new URL("../openapi.json", import.meta.url));

describe("openapi.json", () => {
  it("is current: regenerated from the zod schemas it equals the committed file", async () => {
    const generated = `${JSON.stringify(await openApiDocument(), null, 2)}\n`;
    const onDisk = readFileSync(committed, "utf8");
    // When this fails: node --conditions=@motcua/source --import tsx packages/server/write-openapi.ts
    expect(onDisk, "packages/server/openapi.json is stale: run packages/server/write-openapi.ts").toBe(
      generated,
    );
  });

  it("is OpenAPI 3.1 with every check, the adapter protocol, and no dangling $ref", async () => {
    const doc = JSON.parse(readFileSync(committed, "utf8")) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    for (const id of builtinChecks.keys()) {
      const op = doc.paths[`/v1/${id}`]?.["post"];
      expect(op, id).toBeDefined();
      expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining(["200", "400", "413", "503"]));
    }
    expect(doc.paths["/conformance/v1/run"]?.["post"]).toBeDefined();
    expect(doc.paths["/conformance/v1/info"]?.["get"]).toBeDefined();
    const refs = [...JSON.stringify(doc).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(doc.components.schemas, ref).toHaveProperty(ref);
  });
});
