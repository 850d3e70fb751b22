/**
 * The motcua rules service as a Fastify 5 application: one route per conformance check, the
 * adapter protocol, the playground's routes, `/healthz`, `/metrics`, the generated OpenAPI 3.1
 * document with its reference page, and the playground's static files.
 *
 * @module
 */
import { builtinChecks, type CheckRegistry } from "@motcua/conformance";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import underPressure from "@fastify/under-pressure";
import scalar from "@scalar/fastify-api-reference";
import { MotcuaError } from "@motcua/core";
import Fastify, { LogController, type FastifyInstance, type FastifyReply } from "fastify";
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from "fastify-type-provider-zod";
import { existsSync } from "node:fs";
import type { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { loggerOptions, safeError } from "./internal/logging";
import { makeMetrics } from "./internal/metrics";
import { serializerCompiler, validatorCompiler } from "./internal/validation";
import { problemOf, PROBLEM_CONTENT_TYPE } from "./problem";
import { makeRulebookCache, type RulebookCache } from "./RulebookCache";
import { registerAdapterRoutes } from "./internal/routes/adapterRoutes";
import { registerCheckRoutes } from "./internal/routes/checkRoutes";
import type { App, RouteContext } from "./internal/routes/common";
import { registerOpsRoutes } from "./internal/routes/opsRoutes";
import { registerExplainRoutes } from "./internal/routes/explainRoutes";
import { registerPlaygroundRoutes } from "./internal/routes/playgroundRoutes";
import { SERVER_VERSION } from "./version";

/**
 * Code of the 503 problem answered when the server is overloaded (with `Retry-After: 1`).
 *
 * @example
 * ```ts
 * import { SERVER_OVERLOADED } from "@motcua/server";
 * const retry = (problem: { code: string }) => problem.code === SERVER_OVERLOADED;
 * ```
 * @since 0.2.0
 * @category Server
 */
export const SERVER_OVERLOADED = "SERVER_OVERLOADED";

/**
 * Options of {@link buildServer}.
 *
 * @since 0.2.0
 * @category Server
 */
export interface ServerOptions {
  /** Log level (`info` by default; `silent` for none). */
  readonly logLevel?: string;
  /** Where logs go (default stdout). */
  readonly logStream?: Writable;
  /** Largest accepted body in bytes (default 1 MiB); larger bodies get a 413 problem. */
  readonly bodyLimit?: number;
  /** Requests processed at once before new ones get a 503 problem (default 256). */
  readonly maxInFlight?: number;
  /** Event-loop delay in ms above which requests get a 503 problem (default 1000; 0 disables). */
  readonly maxEventLoopDelay?: number;
  /** The rulebook cache (default: every registered plugin, 32 rulebooks). */
  readonly rulebooks?: RulebookCache;
  /** The checks served (default `builtinChecks` of `@motcua/conformance`). */
  readonly checks?: CheckRegistry;
  /** Folder of the built playground (default: the package's `playground-dist`). */
  readonly playgroundDir?: string;
  /** Name reported by `/healthz` and the adapter protocol (default `motcua-server`). */
  readonly name?: string;
}

const defaultPlaygroundDir = (): string => fileURLToPath(new URL("../playground-dist", import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>motcua</title>
<p>Chưa dựng trang thử nghiệm / The playground is not built: <code>pnpm --filter @motcua/server build</code>.
<p><a href="/reference">API reference</a> · <a href="/openapi.json">openapi.json</a></p></html>`;

/**
 * Builds the service (not listening yet: call `listen`, or `inject` in tests).
 *
 * @example
 * ```ts
 * import { buildServer } from "@motcua/server";
 * const app = await buildServer({ logLevel: "silent" });
 * const res = await app.inject({ method: "POST", url: "/v1/calendar.dayInfo",
 *   payload: { rulebook: { province: "ha-tinh" }, input: { date: "2026-02-17" } } });
 * res.json(); // { date: "2026-02-17", working: false, kind: "holiday", projected: false, name: "Tết Nguyên đán" }
 * await app.close();
 * ```
 * @since 0.2.0
 * @category Server
 */
export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const rulebooks = options.rulebooks ?? makeRulebookCache();
  const checks = options.checks ?? builtinChecks;
  const maxInFlight = Math.max(1, options.maxInFlight ?? 256);
  let inFlight = 0;
  const metrics = makeMetrics(rulebooks.stats, () => inFlight);

  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? "info", options.logStream),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider() as unknown as App;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const send = (reply: FastifyReply, problem: ReturnType<typeof problemOf>) =>
    reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);

  // A bounded number of requests in progress (read, waiting or running): the rest are refused at
  // once with a 503 problem, never queued.
  const counted = new WeakSet<object>();
  app.addHook("onRequest", async (request, reply) => {
    if (inFlight >= maxInFlight) {
      metrics.rejected.inc({ reason: "inFlight" });
      reply.header("retry-after", "1");
      return send(reply, overloaded(request.url));
    }
    inFlight++;
    counted.add(request);
    return undefined;
  });
  const release = async (request: object) => {
    if (counted.delete(request)) inFlight--;
  };
  app.addHook("onResponse", async (request, reply) => {
    await release(request);
    const route = request.routeOptions.url ?? "unmatched";
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    request.log.info(
      { req: request, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 100) / 100 },
      "request completed",
    );
  });
  app.addHook("onRequestAbort", release);
  // Admitted requests wait for the next turn of the event loop before they run, so requests read
  // in one turn are counted together: the in-flight bound is a bounded queue, not a formality.
  app.addHook("preHandler", () => new Promise<void>((resolve) => setImmediate(resolve)));

  const maxEventLoopDelay = options.maxEventLoopDelay ?? 1000;
  if (maxEventLoopDelay > 0) {
    await app.register(underPressure, {
      maxEventLoopDelay,
      retryAfter: 1,
      pressureHandler: (request, reply) => {
        metrics.rejected.inc({ reason: "eventLoopDelay" });
        reply.header("retry-after", "1");
        void send(reply, overloaded(request.url));
      },
    });
  }

  app.setErrorHandler((error, request, reply) => {
    const problem = problemOf(error, { instance: request.url.split("?")[0] ?? "" });
    if (problem.status >= 500) request.log.error({ error: safeError(error) }, "internal error");
    else request.log.info({ code: problem.code, path: problem.path.map(String) }, "request refused");
    return send(reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    send(reply, {
      type: "urn:motcua:error:SERVER_NOT_FOUND",
      title: "Not Found",
      status: 404,
      detail: `No route ${request.method} ${request.url.split("?")[0] ?? ""}`,
      instance: request.url.split("?")[0] ?? "",
      code: "SERVER_NOT_FOUND",
      vi: `Không có đường dẫn ${request.method} ${request.url.split("?")[0] ?? ""}`,
      en: `No route ${request.method} ${request.url.split("?")[0] ?? ""}`,
      path: [],
    }),
  );

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "motcua rules service",
        version: SERVER_VERSION,
        description:
          "Vietnamese one-stop counter (Bộ phận Một cửa) rules over HTTP: one route per conformance check " +
          "(calendar, sla, dossier, handover, staffing, report), the conformance adapter protocol " +
          "(motcua-adapter/1), and the playground's routes. Errors are RFC 9457 problem documents carrying " +
          "the MotcuaError code, Vietnamese and English messages and the field's path.",
        license: { name: "MIT", identifier: "MIT" },
      },
      tags: [
        { name: "calendar" },
        { name: "sla" },
        { name: "dossier" },
        { name: "handover" },
        { name: "staffing" },
        { name: "report" },
        { name: "rulebooks" },
        { name: "conformance", description: "The adapter protocol motcua-adapter/1." },
        { name: "operations" },
      ],
    },
    transform: createJsonSchemaTransform({
      skipList: ["/openapi.json", "/reference", "/reference/*", "/", "/*"],
      zodToJsonConfig: { unrepresentable: "any" },
    }),
    transformObject: createJsonSchemaTransformObject({ zodToJsonConfig: { unrepresentable: "any" } }),
  });

  const ctx: RouteContext = {
    checks,
    rulebooks,
    metrics,
    name: options.name ?? "motcua-server",
    version: SERVER_VERSION,
  };
  registerCheckRoutes(app, ctx);
  registerAdapterRoutes(app, ctx);
  registerPlaygroundRoutes(app, ctx);
  registerExplainRoutes(app, ctx);
  registerOpsRoutes(app, ctx);

  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await app.register(scalar, {
    routePrefix: "/reference",
    configuration: { url: "/openapi.json", withDefaultFonts: false, telemetry: false },
  } as never);

  const playgroundDir = options.playgroundDir ?? defaultPlaygroundDir();
  if (existsSync(playgroundDir)) {
    await app.register(fastifyStatic, { root: playgroundDir, prefix: "/", wildcard: false });
  } else {
    app.get("/", { schema: { hide: true } }, async (_request, reply) =>
      reply.type("text/html").send(NOT_BUILT),
    );
  }
  return app as unknown as FastifyInstance;
}

const overloaded = (url: string) =>
  problemOf(
    new MotcuaError({
      code: SERVER_OVERLOADED,
      vi: "Máy chủ đang quá tải, vui lòng thử lại sau",
      en: "The server is overloaded, retry later",
    }),
    { instance: url.split("?")[0] ?? "", status: 503 },
  );
