import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SERVER_VERSION } from "../src/index";
import { cliPath, spawnServer } from "./spawnServer";

/** Runs the CLI from source to its end. */
const cli = (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--conditions=@motcua/source", "--import", "tsx", cliPath, ...args],
      { timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });

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

  it("--help and -h print the usage with the exit codes, --version and -v the version, and nothing starts", async () => {
    for (const flag of ["--help", "-h"]) {
      const r = await cli(flag);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^motcua-server — /);
      expect(r.stdout).toContain("Exit codes:");
      expect(r.stdout).not.toContain("listening");
    }
    for (const flag of ["--version", "-v"])
      expect(await cli(flag)).toEqual({ code: 0, stdout: `${SERVER_VERSION}\n`, stderr: "" });
  });

  it("refuses an unknown flag with the usage and exit code 2", async () => {
    const r = await cli("--prot", "9000");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--prot");
    expect(r.stderr).toContain("Usage:");
  });
});
