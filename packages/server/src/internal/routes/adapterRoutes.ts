/**
 * The conformance adapter protocol, version 1: `GET /conformance/v1/info` and
 * `POST /conformance/v1/run`, which runs any registered check by id and answers `{ output }` or
 * `{ error }` exactly as the in-process check produced them.
 *
 * @internal
 */
import {
  ADAPTER_PROTOCOL,
  AdapterInfoSchema,
  AdapterRequestSchema,
  AdapterResponseSchema,
} from "../../schemas";
import { runCheck } from "../checkOutcome";
import { problemResponses, type App, type RouteContext } from "./common";

/** Code answered for a check this server does not implement. */
export const ADAPTER_CHECK_UNSUPPORTED = "ADAPTER_CHECK_UNSUPPORTED";

export function registerAdapterRoutes(app: App, ctx: RouteContext): void {
  app.get(
    "/conformance/v1/info",
    {
      schema: {
        operationId: "conformance_info",
        summary: "Who answers: protocol, system name and version, and the rulebooks it can run.",
        tags: ["conformance"],
        response: { 200: AdapterInfoSchema },
      },
    },
    async () => ({
      protocol: ADAPTER_PROTOCOL,
      name: ctx.name,
      version: ctx.version,
      rulebooks: [...ctx.rulebooks.rulebooks],
    }),
  );
  app.post(
    "/conformance/v1/run",
    {
      schema: {
        operationId: "conformance_run",
        summary: "Runs one conformance case: { check, input, rulebook } → { output } or { error }.",
        tags: ["conformance"],
        body: AdapterRequestSchema,
        response: { 200: AdapterResponseSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { check: id, input, rulebook } = request.body;
      const check = ctx.checks.get(id);
      if (check === undefined)
        return {
          error: {
            code: ADAPTER_CHECK_UNSUPPORTED,
            vi: `Hệ thống không hỗ trợ kiểm tra ${id}`,
            en: `This system does not implement the check ${id}`,
          },
        };
      const outcome = runCheck(check, input, () => ctx.rulebooks.resolve(rulebook));
      if (outcome.kind === "output") return { output: outcome.output };
      const { code, vi, en, path } = outcome.error;
      return { error: { code, vi, en, path: [...path] } };
    },
  );
}
