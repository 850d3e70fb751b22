/**
 * `--target`: the suite over the adapter protocol. A tiny node:http adapter wrapping the in-process
 * checks gives exactly the in-process counts (national, and national + Hà Tĩnh); broken systems
 * (timeouts, refused connections, malformed answers) give failed cases with their reasons; the
 * results file records the target, the suite version and the date; the JSON Schemas are current.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { isMotcuaError } from "@motcua/core";
import { Effect } from "effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADAPTER_CHECK_UNSUPPORTED,
  ADAPTER_PROTOCOL,
  adapterJsonSchemas,
  AdapterRequestSchema,
  builtinChecks,
  CONFORMANCE_TARGET_UNREACHABLE,
  connectTarget,
  loadRulebook,
  nationalCasesDir,
  reportJunit,
  runConformance,
  type LoadedPlugins,
  type RulebookProvider,
  type RunResults,
} from "@motcua/conformance";

type Handler = (body: unknown, res: ServerResponse) => void;

const send = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
};

/** An adapter server: `/info` answers `info`, `/run` calls `onRun` with the parsed body. */
async function serve(info: unknown, onRun: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.method === "GET" && req.url === "/conformance/v1/info") return send(res, 200, info);
      if (req.method === "POST" && req.url === "/conformance/v1/run")
        return onRun(JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown, res);
      send(res, 404, { error: "not found" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const INFO = { protocol: ADAPTER_PROTOCOL, name: "In-test adapter", version: "9.9.9" };

/** The in-process checks behind the protocol, as a vendor's adapter would put its system. */
const inProcessAdapter =
  (provider: RulebookProvider): Handler =>
  (body, res) => {
    const request = AdapterRequestSchema.safeParse(body);
    if (!request.success) return send(res, 400, { error: { code: "BAD_REQUEST" } });
    const check = builtinChecks.get(request.data.check);
    if (check === undefined) return send(res, 200, { error: { code: ADAPTER_CHECK_UNSUPPORTED } });
    try {
      const output = check.run(request.data.input, provider.resolve(request.data.rulebook));
      const refused = (output as { ok?: unknown }).ok === false ? output["error"] : undefined;
      if (isMotcuaError(refused))
        return send(res, 200, { error: { code: refused.code, en: refused.en, vi: refused.vi } });
      send(res, 200, { output });
    } catch (e) {
      if (isMotcuaError(e))
        return send(res, 200, { error: { code: e.code, en: e.en, vi: e.vi, path: e.path } });
      send(res, 500, { message: String(e) });
    }
  };

const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

const summary = (r: RunResults) => r.cases.map((c) => `${c.id} ${c.status}`).sort();
const load = (ids: string[]) => Effect.runPromise(loadRulebook(ids, process.cwd()));

describe("run --target: the suite over the adapter protocol", { timeout: 120_000 }, () => {
  const rulebooks = new Map<string, LoadedPlugins>();
  beforeAll(async () => {
    for (const ids of ["national", "national,ha-tinh", "national,vinh-phuc"])
      rulebooks.set(ids, await load(ids.split(",")));
  });

  for (const label of ["national", "national,ha-tinh", "national,vinh-phuc"]) {
    it(`${label}: exactly the in-process pass / fail / skip counts, case by case`, async () => {
      const loaded = rulebooks.get(label) as LoadedPlugins;
      const { url, server } = await serve(INFO, inProcessAdapter(loaded.provider));
      servers.push(server);
      const options = {
        cases: [nationalCasesDir(), ...loaded.cases],
        checks: builtinChecks,
        provider: loaded.provider,
        rulebook: loaded.rulebook,
      };
      const inProcess = await Effect.runPromise(runConformance(options));
      const target = await Effect.runPromise(connectTarget(url));
      const remote = await Effect.runPromise(runConformance({ ...options, target }));
      expect(remote.counts).toEqual(inProcess.counts);
      expect(summary(remote)).toEqual(summary(inProcess));
      expect(remote.counts.total).toBeGreaterThan(150);
      // Vĩnh Phúc: a COMPOSE_JURISDICTION_ENDED answer is judged as in process (skipped after 30/6/2025).
      if (label.endsWith("vinh-phuc")) expect(remote.counts.skipped).toBeGreaterThan(0);
      expect(remote.problems).toEqual([]);
      expect(remote.target).toEqual({
        url,
        protocol: ADAPTER_PROTOCOL,
        name: "In-test adapter",
        version: "9.9.9",
      });
      expect(remote.suite).toBe("motcua-conformance/1");
      expect(remote.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const junit = reportJunit(remote);
      expect(junit).toContain(`<property name="target.url" value="${url}"/>`);
      expect(junit).toContain('<property name="target.name" value="In-test adapter"/>');
      expect(junit).toContain('<property name="target.version" value="9.9.9"/>');
      expect(junit).toContain('<property name="date" value="');
    });
  }

  const brokenRun = async (handler: Handler, timeoutMs = 10_000) => {
    const { url, server } = await serve(INFO, handler);
    servers.push(server);
    const target = await Effect.runPromise(connectTarget(url, { timeoutMs }));
    const national = rulebooks.get("national") as LoadedPlugins;
    return Effect.runPromise(
      runConformance({
        cases: [nationalCasesDir()],
        checks: builtinChecks,
        provider: national.provider,
        rulebook: ["national"],
        select: (c) => c.case.id === "calendar.lunar.tet-2007",
        target,
      }),
    );
  };

  it("timeouts, non-200 answers, non-JSON, wrong shapes and dropped connections are failures with the reason", async () => {
    const cases: Array<[Handler, RegExp, number?]> = [
      [() => undefined, /^target: no answer within 300 ms$/, 300],
      [(_, res) => send(res, 500, "boom"), /^target answered HTTP 500: boom$/],
      [(_, res) => send(res, 200, "<html>"), /^target answer is not JSON: <html>$/],
      [
        (_, res) => send(res, 200, { result: { date: "2007-02-17" } }),
        /^target answer is neither \{ output \} nor \{ error: \{ code \} \}/,
      ],
      [(_, res) => res.socket?.destroy(), /^target: /],
    ];
    for (const [handler, message, timeoutMs] of cases) {
      const r = await brokenRun(handler, timeoutMs);
      expect(r.counts, String(message)).toEqual({ passed: 0, failed: 1, skipped: 0, total: 1 });
      expect(r.cases[0]?.message).toMatch(message);
    }
  });

  it("ADAPTER_CHECK_UNSUPPORTED is a skip with that reason, and a run whose every case is skipped proves nothing", async () => {
    const r = await brokenRun((_, res) => send(res, 200, { error: { code: ADAPTER_CHECK_UNSUPPORTED } }));
    expect(r.cases[0]).toMatchObject({
      status: "skipped",
      message: `the target does not implement calendar.lunarToSolar (${ADAPTER_CHECK_UNSUPPORTED})`,
    });
    expect(r.problems.map((p) => p.code)).toEqual(["CONFORMANCE_ALL_SKIPPED"]);
  });

  it("an unreachable target or a bad /info is CONFORMANCE_TARGET_UNREACHABLE with the reason", async () => {
    const gone = await serve(INFO, () => undefined);
    await new Promise((r) => gone.server.close(r));
    const refused = await Effect.runPromise(Effect.flip(connectTarget(gone.url)));
    expect(refused.code).toBe(CONFORMANCE_TARGET_UNREACHABLE);
    expect(refused.en).toContain("connection refused");
    const bad = await serve({ name: "no protocol" }, () => undefined);
    servers.push(bad.server);
    const wrong = await Effect.runPromise(Effect.flip(connectTarget(bad.url)));
    expect(wrong.en).toContain(`/info is not a ${ADAPTER_PROTOCOL} answer`);
    expect((await Effect.runPromise(Effect.flip(connectTarget("ftp://x")))).code).toBe(
      CONFORMANCE_TARGET_UNREACHABLE,
    );
  });

  it("the published adapter JSON Schemas are up to date (run write-schema.ts when this fails)", () => {
    const read = (name: string): unknown =>
      JSON.parse(readFileSync(fileURLToPath(new URL(`../schema/${name}`, import.meta.url)), "utf8"));
    const schemas = adapterJsonSchemas();
    expect(read("adapter-request.json")).toEqual(schemas.request);
    expect(read("adapter-response.json")).toEqual(schemas.response);
    expect(read("adapter-info.json")).toEqual(schemas.info);
  });
});
