/** Shared test helpers: a silent server and a JSON POST. */
import type { FastifyInstance } from "fastify";
import { buildServer, type ServerOptions } from "../src/index";

export const silentServer = (options: ServerOptions = {}): Promise<FastifyInstance> =>
  buildServer({ logLevel: "silent", ...options });

export const post = (app: FastifyInstance, url: string, payload: unknown) =>
  app.inject({ method: "POST", url, payload: payload as Record<string, unknown> });

export const procedure3 = { code: "1.000001", processingTime: { amount: 3, unit: "workingDays" } } as const;
