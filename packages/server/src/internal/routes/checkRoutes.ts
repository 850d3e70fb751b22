/**
 * One route per conformance check: `POST /v1/<check id>` with `{ rulebook?, input }`, answered by
 * exactly the check's output. The handler resolves the rulebook and calls `Check.run`, the same
 * functions `motcua-conformance` calls for a case.
 *
 * @internal
 */
import * as z from "zod";
import { runCheck } from "../checkOutcome";
import { checkRequestSchema } from "../../schemas";
import { problemResponses, type App, type RouteContext } from "./common";

const tagOf = (id: string): string => id.split(".")[0] ?? id;

export function registerCheckRoutes(app: App, ctx: RouteContext): void {
  for (const check of ctx.checks.values()) {
    const output = z
      .looseObject(Object.fromEntries(check.outputKeys.map((k) => [k, z.unknown()])))
      .meta({ description: `The output of ${check.id}: ${check.outputKeys.join(", ")}.` });
    app.post(
      `/v1/${check.id}`,
      {
        schema: {
          operationId: check.id.replace(/\./g, "_"),
          summary: check.summary,
          description:
            `Runs the conformance check \`${check.id}\` on the chosen rulebook. ` +
            `The input is exactly a conformance case's \`input\`; the answer is exactly the check's output.`,
          tags: [tagOf(check.id)],
          body: checkRequestSchema(check.input),
          response: { 200: output, ...problemResponses },
        },
      },
      async (request) => {
        const outcome = runCheck(check, request.body.input, () =>
          ctx.rulebooks.select(request.body.rulebook),
        );
        if (outcome.kind === "error") throw outcome.error;
        return outcome.output;
      },
    );
  }
}
