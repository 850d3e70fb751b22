/**
 * `sla` due dates over HTTP: autocannon on loopback against `motcua-server` (a child process, logs
 * at warn) at concurrency 64 for 5 s, beside the same computation in process (JSON.parse of the
 * body, the `sla.dueAt` check on the cached national rulebook, JSON.stringify of the answer).
 * Prints requests/s, p50/p99 latency, the server's CPU seconds and the ratio in process / HTTP.
 *
 * Run from the repo root: `pnpm bench server` (or
 * `node --conditions=@motcua/source --import tsx packages/server/bench/server.bench.ts`).
 */
import { builtinChecks } from "@motcua/conformance";
import autocannon from "autocannon";
import { makeRulebookCache } from "../src/index";
import { spawnServer } from "../test/spawnServer";

const CONNECTIONS = 64;
const SECONDS = 5;

const bodies = Array.from({ length: 16 }, (_, i) =>
  JSON.stringify({
    input: {
      procedure: { code: "1.000001", processingTime: { amount: 3 + (i % 5), unit: "workingDays" } },
      receivedAt: `2026-02-${String(2 + i).padStart(2, "0")}T09:${String(10 + i).padStart(2, "0")}:00+07:00`,
    },
  }),
);

const cpuSeconds = async (base: string): Promise<number> => {
  const text = await (await fetch(new URL("metrics", base))).text();
  return Number(/^process_cpu_seconds_total (\S+)$/m.exec(text)?.[1] ?? Number.NaN);
};

const server = await spawnServer(["--port", "0", "--log-level", "warn", "--max-in-flight", "4096"]);
const url = new URL("v1/sla.dueAt", server.url).toString();
const requests = bodies.map((body) => ({
  method: "POST" as const,
  body,
  headers: { "content-type": "application/json" },
}));
try {
  // Warm-up (JIT, rulebook cache).
  await autocannon({ url, connections: CONNECTIONS, duration: 1, requests });
  const cpu0 = await cpuSeconds(server.url);
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, requests });
  const cpu1 = await cpuSeconds(server.url);
  const httpRps = r.requests.average;
  console.log(`HTTP  POST /v1/sla.dueAt · ${CONNECTIONS} connections · ${SECONDS} s on loopback`);
  console.log(
    `      ${Math.round(httpRps).toLocaleString("en")} req/s · p50 ${r.latency.p50} ms · p99 ${r.latency.p99} ms · ` +
      `${r.non2xx} non-2xx · ${r.errors} errors · ${r.timeouts} timeouts`,
  );
  console.log(
    `      server CPU ${(cpu1 - cpu0).toFixed(2)} s over ${SECONDS} s wall ` +
      `(${(((cpu1 - cpu0) / SECONDS) * 100).toFixed(0)} % of one core) · ` +
      `${Math.round(r.requests.total / Math.max(cpu1 - cpu0, 1e-9)).toLocaleString("en")} req per CPU-second`,
  );

  // The HTTP floor: the same server answering GET /healthz (no rule work), same connections.
  const floor = await autocannon({
    url: new URL("healthz", server.url).toString(),
    connections: CONNECTIONS,
    duration: 3,
  });
  console.log(
    `HTTP  GET /healthz (no rule work) · ${Math.round(floor.requests.average).toLocaleString("en")} req/s · ` +
      `p50 ${floor.latency.p50} ms · p99 ${floor.latency.p99} ms: sla.dueAt runs at ` +
      `${((httpRps / floor.requests.average) * 100).toFixed(0)} % of the bare HTTP rate`,
  );

  // The same computation in process.
  const check = builtinChecks.get("sla.dueAt")!;
  const rulebooks = makeRulebookCache();
  const once = (i: number) => {
    const body = JSON.parse(bodies[i % bodies.length] as string) as { input: unknown };
    return JSON.stringify(check.run(body.input, rulebooks.select(undefined)));
  };
  for (let i = 0; i < 50_000; i++) once(i);
  const latencies = new Float64Array(2_000_000);
  let n = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < 2_000 && n < latencies.length) {
    const t = performance.now();
    once(n);
    latencies[n++] = performance.now() - t;
  }
  const wall = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const sorted = latencies.subarray(0, n).sort();
  const pct = (p: number) => (sorted[Math.min(n - 1, Math.floor(n * p))] as number) * 1000;
  const localRps = n / wall;
  console.log(`in process  sla.dueAt check, one call at a time, 2 s`);
  console.log(
    `      ${Math.round(localRps).toLocaleString("en")} calls/s · p50 ${pct(0.5).toFixed(1)} µs · p99 ${pct(0.99).toFixed(1)} µs · ` +
      `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s over ${wall.toFixed(2)} s wall`,
  );
  console.log(
    `ratio  in process / HTTP = ${(localRps / httpRps).toFixed(1)}× (target over HTTP: ≥ 15,000 req/s on one core, p99 < 20 ms)`,
  );
} finally {
  server.child.kill("SIGTERM");
  await server.exited;
}
