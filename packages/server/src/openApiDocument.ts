/**
 * The OpenAPI 3.1 document, generated from the routes' zod schemas.
 *
 * @module
 */
import { buildServer } from "./buildServer";

/**
 * Builds a server (not listening), reads its generated OpenAPI 3.1 document and closes it. This
 * is what `openapi.json` in the package is written from.
 *
 * @example
 * ```ts
 * import { openApiDocument } from "@motcua/server";
 * const doc = await openApiDocument();
 * Object.keys(doc.paths).includes("/v1/sla.dueAt"); // true
 * ```
 * @since 0.2.0
 * @category OpenAPI
 */
export async function openApiDocument(): Promise<{ openapi: string; paths: Record<string, unknown> }> {
  const app = await buildServer({ logLevel: "silent", playgroundDir: "" });
  try {
    await app.ready();
    return app.swagger() as unknown as { openapi: string; paths: Record<string, unknown> };
  } finally {
    await app.close();
  }
}
