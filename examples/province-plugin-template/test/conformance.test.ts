/**
 * The template plugin passes the conformance suite: the national cases (run against
 * `national + province-mau`, so the overlay must not break a national rule) and its own cases
 * (`cases/`), with 0 failures. Run through the runner API, the same runner the CLI uses.
 */
import { fileURLToPath } from "node:url";
import {
  builtinChecks,
  nationalCasesDir,
  pluginRulebookProvider,
  reportPretty,
  runConformance,
  type RunResults,
} from "@motcua/conformance";
import { national } from "@motcua/national";
import { Effect } from "effect";
import { beforeAll, describe, expect, it } from "vitest";
import { plugin } from "../src/plugin";

const ownCases = fileURLToPath(new URL("../cases", import.meta.url));

let results: RunResults;

beforeAll(async () => {
  results = await Effect.runPromise(
    runConformance({
      cases: [nationalCasesDir(), ownCases],
      checks: builtinChecks,
      provider: pluginRulebookProvider([national, plugin]),
      rulebook: ["national", plugin.id],
    }),
  );
});

describe("conformance: national cases + the template's own cases, on national + province-mau", () => {
  it("has 0 failures and nothing that makes the run prove nothing", () => {
    expect(results.problems).toEqual([]);
    const failed = results.cases.filter((c) => c.status === "failed");
    // On failure, print the pretty report: it names each case, its file:line and the mismatch.
    expect(failed.length, failed.length === 0 ? "" : reportPretty(results)).toBe(0);
  });

  it("ran the national law cases against the province rulebook", () => {
    expect(results.plugin).toEqual({ id: "province-mau", version: "0.1.0" });
    expect(results.plugins.map((p) => p.id)).toEqual(["national", "province-mau"]);
    expect(results.countsByLayer.law.passed).toBeGreaterThan(100);
  });

  it("ran and passed every one of the template's own cases", () => {
    const own = results.cases.filter((c) => c.id.startsWith("province.mau."));
    expect(own.map((c) => c.id)).toEqual([
      "province.mau.calendar.local-day-off",
      "province.mau.calendar.working-day-after-local-day-off",
      "province.mau.calendar.office-opens-0730",
      "province.mau.sla.due-across-local-day-off",
      "province.mau.sla.after-hours-starts-next-session",
      "province.mau.handover.province-level",
      "province.mau.handover.commune-support-only",
      "province.mau.handover.not-before-the-plan",
      "province.mau.dossier.commune-postal-support-only",
    ]);
    expect(own.every((c) => c.status === "passed")).toBe(true);
  });

  it("skips other provinces' cases (they need their own plugin in the rulebook)", () => {
    const foreign = results.cases.filter((c) => c.layer === "province" && !c.id.startsWith("province.mau."));
    expect(foreign).toEqual([]);
  });
});
