import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnServer, type Spawned } from "./spawnServer";

// Overload on loopback, bounded in time: the sustainable rate is measured first, then ten times
// that rate is offered for 3 s. No timing is asserted, only that answers came back.
let server: Spawned;
beforeAll(async () => {
  server = await spawnServer(["--port", "0", "--log-level", "warn", "--max-in-flight", "16"]);
});
afterAll(async () => {
  server.child.kill("SIGTERM");
  await server.exited;
});

const body = JSON.stringify({
  input: {
    procedure: { code: "1.000001", processingTime: { amount: 3, unit: "workingDays" } },
    receivedAt: "2026-02-12T09:00:00+07:00",
  },
});

/** A metric, read once the server admits the request again (a 503 means it is still draining). */
const gauge = async (name: string): Promise<number> => {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(new URL("metrics", server.url));
    if (res.status === 503 && attempt < 200) {
      await res.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    expect(res.status).toBe(200);
    const text = await res.text();
    return Number(new RegExp(`^${name.replace(/[{}]/g, "\\$&")} (\\S+)$`, "m").exec(text)?.[1] ?? Number.NaN);
  }
};

describe("under 10× its sustainable rate", () => {
  it("answers 503 problems beyond its bound, keeps memory bounded and recovers fully", async () => {
    const url = new URL("v1/sla.dueAt", server.url).toString();
    const opts = { url, method: "POST" as const, body, headers: { "content-type": "application/json" } };
    const sustainable = await autocannon({ ...opts, connections: 8, duration: 1.5 });
    expect(sustainable.non2xx).toBe(0);
    const rate = Math.max(100, Math.round(sustainable.requests.average));
    const heapBefore = await gauge("nodejs_heap_size_used_bytes");

    const statuses = new Map<number, number>();
    const flood = await autocannon({
      ...opts,
      connections: 400,
      overallRate: rate * 10,
      duration: 3,
      timeout: 20,
      setupClient: (client) => {
        client.on("response", (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
      },
    });
    const heapAfter = await gauge("nodejs_heap_size_used_bytes");

    // Every answer is a 200 or a 503 problem; nothing crashed or hung up.
    expect(
      [...statuses.keys()].every((s) => s === 200 || s === 503),
      JSON.stringify([...statuses]),
    ).toBe(true);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(flood.errors).toBe(0);
    expect(await gauge('motcua_http_rejected_total{reason="inFlight"}')).toBeGreaterThan(0);
    // Bounded memory: refused requests are not queued.
    expect(heapAfter - heapBefore).toBeLessThan(128 * 1024 * 1024);

    // Full recovery: a normal request is answered as before, and nothing is left in flight.
    const res = await fetch(url, { method: "POST", body, headers: { "content-type": "application/json" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ dueAt: "2026-02-24T09:00:00+07:00" });
    expect(await gauge("motcua_http_in_flight_requests")).toBe(1); // the /metrics request itself
    expect(server.child.exitCode).toBeNull();
  });

  it("a 503 is an RFC 9457 problem with Retry-After", async () => {
    const url = new URL("v1/sla.dueAt", server.url).toString();
    // 64 simultaneous requests against a bound of 16.
    const answers = await Promise.all(
      Array.from({ length: 64 }, () =>
        fetch(url, { method: "POST", body, headers: { "content-type": "application/json" } }),
      ),
    );
    const refused = answers.filter((a) => a.status === 503);
    for (const a of answers) expect([200, 503]).toContain(a.status);
    if (refused.length > 0) {
      const first = refused[0]!;
      expect(first.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(first.headers.get("retry-after")).toBe("1");
      expect(await first.json()).toMatchObject({ status: 503, code: "SERVER_OVERLOADED" });
    }
    // The body read above is consumed (its stream is locked): cancel only the unread ones.
    await Promise.all(answers.map((a) => (a.bodyUsed ? undefined : a.body?.cancel())));
  });
});
