import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { STORE_VERSION } from "../src/internal/version";

const cliPath = fileURLToPath(new URL("../src/cli.ts", import.meta.url));

/** Runs `motcua-store` from source to its end. */
const cli = (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--conditions=@motcua/source", "--import", "tsx", cliPath, ...args],
      { timeout: 60_000, env: { ...process.env, DATABASE_URL: "postgres://127.0.0.1:1/none" } },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });

describe("motcua-store command line", () => {
  it("STORE_VERSION equals package.json's version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(STORE_VERSION).toBe(pkg.version);
  });

  it("--help and -h print the usage with the exit codes; --version and -v the version", async () => {
    for (const flag of ["--help", "-h"]) {
      const r = await cli(flag);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^motcua-store — /);
      expect(r.stdout).toContain("Exit codes:");
    }
    for (const flag of ["--version", "-v"])
      expect(await cli(flag)).toEqual({ code: 0, stdout: `${STORE_VERSION}\n`, stderr: "" });
  });

  it("no command, an unknown command or an unknown flag: the usage on stderr, exit code 2, no database opened", async () => {
    for (const args of [[], ["verfy", "--all"], ["verify"], ["heads", "--al"]]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("Usage:");
      expect(r.stderr).not.toContain("ECONNREFUSED");
    }
  });
});
