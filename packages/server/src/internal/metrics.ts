/**
 * Prometheus metrics of one server instance (its own registry, never the global one).
 *
 * @internal
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export interface ServerMetrics {
  readonly registry: Registry;
  readonly requests: Counter<"method" | "route" | "status">;
  readonly duration: Histogram<"method" | "route">;
  readonly rejected: Counter<"reason">;
  readonly inFlight: Gauge;
}

export function makeMetrics(
  cacheStats: () => { size: number; hits: number; misses: number },
  inFlight: () => number,
): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "motcua_http_requests_total",
    help: "HTTP requests answered, by method, route and status.",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: "motcua_http_request_duration_seconds",
    help: "Time from request to response, by method and route.",
    labelNames: ["method", "route"] as const,
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5, 1, 5],
    registers: [registry],
  });
  const rejected = new Counter({
    name: "motcua_http_rejected_total",
    help: "Requests refused because the server was overloaded, by reason.",
    labelNames: ["reason"] as const,
    registers: [registry],
  });
  const gauge = new Gauge({
    name: "motcua_http_in_flight_requests",
    help: "Requests being processed.",
    registers: [registry],
    collect() {
      this.set(inFlight());
    },
  });
  for (const [name, help, pick] of [
    ["motcua_rulebook_cache_size", "Composed rulebooks in the cache.", "size"],
    ["motcua_rulebook_cache_hits", "Rulebook cache hits since start.", "hits"],
    ["motcua_rulebook_cache_misses", "Rulebook compositions since start.", "misses"],
  ] as const) {
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(cacheStats()[pick]);
      },
    });
  }
  return { registry, requests, duration, rejected, inFlight: gauge };
}
