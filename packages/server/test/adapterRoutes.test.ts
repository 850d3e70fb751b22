import {
  builtinChecks,
  pluginRulebookProvider,
  loadCases,
  nationalCasesDir,
  type LoadedCase,
} from "@motcua/conformance";
import { SERVER_PLUGINS } from "../src/plugins";
import { isMotcuaError } from "@motcua/core";
import { Effect } from "effect";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdapterInfoSchema, AdapterResponseSchema } from "../src/index";
import { post, silentServer } from "./helpers";

let app: FastifyInstance;
let cases: ReadonlyArray<LoadedCase>;
beforeAll(async () => {
  app = await silentServer();
  cases = (await Effect.runPromise(loadCases([nationalCasesDir()]))).cases;
});
afterAll(() => app.close());

/** What the in-process check produces, in the adapter protocol's two shapes. */
const inProcess = (c: LoadedCase["case"]): unknown => {
  const check = builtinChecks.get(c.check)!;
  try {
    const output = check.run(c.input, pluginRulebookProvider(SERVER_PLUGINS).resolve(c.rulebook));
    return { output: JSON.parse(JSON.stringify(output)) as unknown };
  } catch (error) {
    if (!isMotcuaError(error)) throw error;
    return { error: { code: error.code, vi: error.vi, en: error.en, path: [...error.path] } };
  }
};

const run = (c: LoadedCase["case"]) =>
  post(app, "/conformance/v1/run", {
    protocol: "motcua-adapter/1",
    case: c.id,
    check: c.check,
    input: c.input,
    rulebook: c.rulebook,
  });

describe("the adapter protocol motcua-adapter/1", () => {
  it("info names the protocol, the system and its rulebooks", async () => {
    const res = await app.inject({ method: "GET", url: "/conformance/v1/info" });
    const info = AdapterInfoSchema.parse(res.json());
    expect(info).toMatchObject({ protocol: "motcua-adapter/1", name: "motcua-server" });
    expect(info.rulebooks).toEqual([
      "national",
      "national,ha-tinh",
      "national,vinh-phuc",
      "national,dong-thap",
    ]);
    // Exactly the protocol's keys, nothing a strict client could refuse.
    expect(Object.keys(res.json() as object).sort()).toEqual(["name", "protocol", "rulebooks", "version"]);
  });

  it("run answers every national and province case exactly as Check.run does in process", async () => {
    const runnable = cases.filter((c) => c.case.skip === undefined);
    expect(runnable.length).toBeGreaterThan(150);
    let errors = 0;
    for (const { case: c } of runnable) {
      const res = await run(c);
      expect(res.statusCode, c.id).toBe(200);
      const body = AdapterResponseSchema.parse(res.json());
      expect(body, c.id).toEqual(inProcess(c));
      if ("error" in body) errors++;
    }
    // Both shapes were exercised (expectError cases exist in the suite).
    expect(errors).toBeGreaterThan(0);
    expect(errors).toBeLessThan(runnable.length);
  });

  it("answers ADAPTER_CHECK_UNSUPPORTED for a check it does not implement", async () => {
    const res = await post(app, "/conformance/v1/run", {
      protocol: "motcua-adapter/1",
      case: "x",
      check: "calendar.moonPhase",
      input: {},
      rulebook: ["national"],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ error: { code: "ADAPTER_CHECK_UNSUPPORTED" } });
  });

  it("answers an unknown rulebook with the provider's coded error", async () => {
    const res = await post(app, "/conformance/v1/run", {
      protocol: "motcua-adapter/1",
      case: "x",
      check: "calendar.dayInfo",
      input: { date: "2026-02-17" },
      rulebook: ["national", "ha-tinhh"],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ error: { code: "CONFORMANCE_UNKNOWN_RULEBOOK", path: ["rulebook"] } });
  });

  it("refuses a request of another protocol version with a 400 problem", async () => {
    const res = await post(app, "/conformance/v1/run", {
      protocol: "motcua-adapter/2",
      case: "x",
      check: "calendar.dayInfo",
      input: {},
      rulebook: ["national"],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: "SERVER_INVALID_REQUEST", path: ["protocol"] });
  });
});
