/**
 * Proof 1 of the adapter protocol: the whole national and province suite, run with `--target`
 * against this very server over HTTP (loopback), gives exactly the same pass, fail and skip counts —
 * and the same status case by case — as the in-process run.
 */
import type { AddressInfo } from "node:net";
import { Effect } from "effect";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  builtinChecks,
  connectTarget,
  nationalCasesDir,
  pluginRulebookProvider,
  runConformance,
  type RunResults,
} from "@motcua/conformance";
import { conformanceCases as dongThapCases } from "@motcua/province-dong-thap";
import { conformanceCases as haTinhCases } from "@motcua/province-ha-tinh";
import { conformanceCases as vinhPhucCases } from "@motcua/province-vinh-phuc";
import { SERVER_PLUGINS } from "../src/plugins";
import { silentServer } from "./helpers";

const resolveCases = (paths: ReadonlyArray<string>, from: string): string[] =>
  paths.map((p) => new URL(p, import.meta.resolve(from)).pathname);

const cases = [
  nationalCasesDir(),
  ...resolveCases(haTinhCases, "@motcua/province-ha-tinh"),
  ...resolveCases(vinhPhucCases, "@motcua/province-vinh-phuc"),
  ...resolveCases(dongThapCases, "@motcua/province-dong-thap"),
];
const provider = pluginRulebookProvider(SERVER_PLUGINS);
const rulebooks = [
  ["national"],
  ["national", "ha-tinh"],
  ["national", "vinh-phuc"],
  ["national", "dong-thap"],
];

let app: FastifyInstance;
let url: string;
beforeAll(async () => {
  app = await silentServer();
  await app.listen({ host: "127.0.0.1", port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
});

const statuses = (r: RunResults) => r.cases.map((c) => `${c.id} ${c.status}`).sort();

describe("the suite through @motcua/server (--target) equals the suite in process", () => {
  for (const rulebook of rulebooks)
    it(`rulebook ${rulebook.join(",")}`, async () => {
      const inProcess = await Effect.runPromise(
        runConformance({ cases, checks: builtinChecks, provider, rulebook }),
      );
      const target = await Effect.runPromise(connectTarget(url, { timeoutMs: 60_000 }));
      const overHttp = await Effect.runPromise(
        runConformance({ cases, checks: builtinChecks, provider, rulebook, target }),
      );
      expect(overHttp.target?.name).toBe("motcua-server");
      expect(overHttp.counts).toEqual(inProcess.counts);
      expect(statuses(overHttp)).toEqual(statuses(inProcess));
      // Vĩnh Phúc's rulebook covers only the cases dated before its merger on 1/7/2025.
      expect(inProcess.counts.passed).toBeGreaterThan(rulebook.includes("vinh-phuc") ? 50 : 100);
      expect(inProcess.counts.failed).toBe(0);
    }, 600_000);
});
