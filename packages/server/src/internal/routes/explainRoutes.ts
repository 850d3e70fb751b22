/**
 * `POST /v1/explain/rule`: where a rule's value comes from on a date, as `explain` of
 * `@motcua/plugin-sdk` prints it — each plugin's contribution, its legal reference and validity,
 * the flags of unverified or carried-over rules, successions, and the statement that no province
 * rules are known where that is so.
 *
 * @internal
 */
import { explain } from "@motcua/plugin-sdk";
import * as z from "zod";
import { RulebookSelectorSchema } from "../../schemas";
import { problemResponses, type App, type RouteContext } from "./common";

export function registerExplainRoutes(app: App, ctx: RouteContext): void {
  app.post(
    "/v1/explain/rule",
    {
      schema: {
        operationId: "explain_rule",
        summary: "Where a rule's value comes from on a date: plugins, legal references, flags.",
        description:
          "The text of @motcua/plugin-sdk explain(rulebook, path) for the rulebook composed as of asOf " +
          "(a province of either era composes as its successor after 30/6/2025).",
        tags: ["rulebooks"],
        body: z.strictObject({
          rulebook: RulebookSelectorSchema.optional(),
          path: z
            .string()
            .min(3)
            .max(128)
            .meta({ description: "<slot>.<key>, e.g. sla.paperTransferCutoff" }),
          asOf: z.string().min(1).max(64).meta({ description: "Date (YYYY-MM-DD) or ISO instant." }),
        }),
        response: {
          200: z.object({
            path: z.string(),
            asOf: z.string(),
            jurisdiction: z.object({ level: z.string(), province: z.string().optional() }).loose(),
            plugins: z.array(z.object({ id: z.string(), version: z.string() })),
            text: z.string(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const { path, asOf } = request.body;
      const book = ctx.rulebooks.select(request.body.rulebook).inputsAt(asOf).rulebook;
      return {
        path,
        asOf: book.asOf,
        jurisdiction: book.jurisdiction,
        plugins: book.plugins.map((p) => ({ id: p.id, version: p.version })),
        text: explain(book, path),
      };
    },
  );
}
