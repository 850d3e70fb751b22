/**
 * Plugin modules that hang, loop, end the process or cannot be composed end the run with a coded
 * error (the module is imported first in a child process bounded in time), never a hang, a silent
 * exit or an uncoded stack.
 */
import { fileURLToPath } from "node:url";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import {
  CONFORMANCE_PLUGIN_REFUSED,
  CONFORMANCE_PLUGIN_TIMEOUT,
  importPlugin,
  loadPluginProvider,
} from "@motcua/conformance";
import { runCli } from "../src/internal/runCli";

const hostile = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/hostile/${name}`, import.meta.url));
const failure = (spec: string, timeoutMs = 4_000) =>
  Effect.runPromise(Effect.flip(importPlugin(spec, process.cwd(), { timeoutMs })));

describe("loading a hostile or broken plugin module", { timeout: 60_000 }, () => {
  it("a never-settling top-level await is CONFORMANCE_PLUGIN_TIMEOUT, not a silent exit 13", async () => {
    const error = await failure(hostile("neverSettles.mjs"));
    expect(error.code).toBe(CONFORMANCE_PLUGIN_TIMEOUT);
    expect(error.en).toContain("its top-level await never settles");
  });

  it("an infinite loop is stopped at the time limit with CONFORMANCE_PLUGIN_TIMEOUT", async () => {
    const error = await failure(hostile("loopsForever.mjs"), 2_000);
    expect(error.code).toBe(CONFORMANCE_PLUGIN_TIMEOUT);
    expect(error.en).toContain("did not finish within 2000 ms");
  });

  it("a module that ends its process is a coded error naming the exit code", async () => {
    const error = await failure(hostile("exitsProcess.mjs"));
    expect(error.code).toBe(CONFORMANCE_PLUGIN_TIMEOUT);
    expect(error.en).toContain("importing it ended the process (exit 7");
  });

  it("plugins that cannot be composed on the national baseline are refused with CONFORMANCE_PLUGIN_REFUSED before any case runs", async () => {
    const error = await Effect.runPromise(
      Effect.flip(loadPluginProvider([hostile("replacesNothing.ts")], process.cwd())),
    );
    expect(error.code).toBe(CONFORMANCE_PLUGIN_REFUSED);
    expect(String(error.data?.["cause"])).toMatch(/^COMPOSE_/);
  });

  it("a plugin replacing a national holiday is refused (PLUGIN_NATIONAL_ONLY) before any case runs", async () => {
    const error = await Effect.runPromise(
      Effect.flip(loadPluginProvider([hostile("replacesHoliday.ts")], process.cwd())),
    );
    expect(error.code).toBe("CONFORMANCE_PLUGIN_LOAD");
    expect(error.en).toContain('[PLUGIN_NATIONAL_ONLY] Plugin "province-no-tet"');
    let stderr = "";
    const code = await runCli(["run", "--plugin", hostile("replacesHoliday.ts")], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      cwd: process.cwd(),
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^motcua-conformance: \[CONFORMANCE_PLUGIN_LOAD\] .*\[PLUGIN_NATIONAL_ONLY\]/);
  });
});
