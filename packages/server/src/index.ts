/**
 * The motcua rules service: a Fastify 5 HTTP server with one route per conformance check, the
 * conformance adapter protocol (`motcua-adapter/1`), RFC 9457 problem documents, `/healthz`,
 * Prometheus `/metrics`, a generated OpenAPI 3.1 document and a playground, plus the
 * `motcua-server` command.
 *
 * @packageDocumentation
 * @module @motcua/server
 */
export { buildServer, SERVER_OVERLOADED, type ServerOptions } from "./buildServer";
export {
  makeRulebookCache,
  SERVER_UNKNOWN_PROVINCE,
  type RulebookCache,
  type RulebookCacheOptions,
} from "./RulebookCache";
export { SERVER_PLUGINS } from "./plugins";
export { problemOf, PROBLEM_CONTENT_TYPE, type ProblemOptions } from "./problem";
export {
  ADAPTER_PROTOCOL,
  AdapterErrorSchema,
  AdapterInfoSchema,
  AdapterRequestSchema,
  AdapterResponseSchema,
  ProblemSchema,
  RulebookSelectorSchema,
  checkRequestSchema,
  type Problem,
  type RulebookSelector,
} from "./schemas";
export { openApiDocument } from "./openApiDocument";
export { SERVER_VERSION } from "./version";
