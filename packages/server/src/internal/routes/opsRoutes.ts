/**
 * Operations: `/healthz` (liveness, with the rulebook cache's size) and `/metrics` (Prometheus
 * text exposition).
 *
 * @internal
 */
import * as z from "zod";
import type { App, RouteContext } from "./common";

export function registerOpsRoutes(app: App, ctx: RouteContext): void {
  app.get(
    "/healthz",
    {
      schema: {
        operationId: "healthz",
        summary: "Liveness: 200 while the process serves requests.",
        tags: ["operations"],
        response: {
          200: z.object({
            status: z.literal("ok"),
            name: z.string(),
            version: z.string(),
            rulebooksCached: z.number(),
          }),
        },
      },
    },
    async () => ({
      status: "ok" as const,
      name: ctx.name,
      version: ctx.version,
      rulebooksCached: ctx.rulebooks.stats().size,
    }),
  );
  app.get(
    "/metrics",
    {
      schema: {
        operationId: "metrics",
        summary: "Prometheus metrics (text exposition format 0.0.4).",
        tags: ["operations"],
        produces: ["text/plain"],
        response: {
          200: { description: "Prometheus text.", content: { "text/plain": { schema: z.string() } } },
        },
      },
    },
    async (_request, reply) => {
      const text = await ctx.metrics.registry.metrics();
      return reply
        .type(ctx.metrics.registry.contentType)
        .serializer((s: unknown) => String(s))
        .send(text);
    },
  );
}
