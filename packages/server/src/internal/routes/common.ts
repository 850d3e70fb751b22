/**
 * What every route module shares: the typed app, the route context and the problem responses
 * documented on each route.
 *
 * @internal
 */
import type { CheckRegistry } from "@motcua/conformance";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { RulebookCache } from "../../RulebookCache";
import { ProblemSchema } from "../../schemas";
import type { ServerMetrics } from "../metrics";

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface RouteContext {
  readonly checks: CheckRegistry;
  readonly rulebooks: RulebookCache;
  readonly metrics: ServerMetrics;
  readonly name: string;
  readonly version: string;
}

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

/** The problem answers any route may give. */
export const problemResponses = {
  400: problem("Bad input: the MotcuaError code, vi/en messages and the field's path."),
  413: problem("The body is larger than the server's limit."),
  503: problem("Overloaded: retry after the Retry-After delay."),
} as const;
