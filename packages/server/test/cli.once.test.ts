import { describe, expect, it } from "vitest";
import { spawnServer } from "./spawnServer";

describe("motcua-server", () => {
  it("binds 127.0.0.1 by default, prints its URL, serves, and exits 0 on SIGTERM", async () => {
    const server = await spawnServer(["--port", "0"]);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = await fetch(new URL("healthz", server.url));
    expect(health.status).toBe(200);
    const due = await fetch(new URL("v1/sla.dueAt", server.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        rulebook: { province: "ha-tinh" },
        input: {
          procedure: { code: "1.000001", processingTime: { amount: 3, unit: "workingDays" } },
          receivedAt: "2026-02-12T09:00:00+07:00",
        },
      }),
    });
    expect(await due.json()).toEqual({ dueAt: "2026-02-24T09:00:00+07:00" });
    server.child.kill("SIGTERM");
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });

  it("takes the port and host from PORT and HOST", async () => {
    const server = await spawnServer([], { PORT: "0", HOST: "127.0.0.1" });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);
  });

  it("refuses a bad --port with exit code 2", async () => {
    await expect(spawnServer(["--port", "http"])).rejects.toThrow(/exited \(2\)[\s\S]*--port must be/);
  });
});
