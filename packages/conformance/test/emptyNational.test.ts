/**
 * A replacement national plugin with `rules: {}` must fail the national suite: the suite tests the
 * plugin in front of it, not built-in defaults of the concept packages (issue 13). Before the one
 * door it passed 201/201 — the concept packages filled in their own values.
 */
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { national } from "@motcua/national";
import { definePlugin } from "@motcua/plugin-sdk";
import { builtinChecks, nationalCasesDir, pluginRulebookProvider, runConformance } from "@motcua/conformance";

const empty = definePlugin({
  id: "national",
  name: "Quốc gia (rỗng)",
  version: "0.0.0",
  jurisdiction: { level: "national" },
  legalBasis: [{ document: "none", verified: false }],
  rules: {},
});

const runWith = (plugin: typeof national) =>
  Effect.runPromise(
    runConformance({
      cases: [nationalCasesDir()],
      checks: builtinChecks,
      provider: pluginRulebookProvider([plugin]),
      rulebook: ["national"],
    }),
  );

describe("a national plugin with rules: {} fails the national suite", () => {
  it("fails the sla and dossier cases for a missing rule (RULE_MISSING), where the real baseline passes", async () => {
    const real = await runWith(national);
    expect(real.counts.failed).toBe(0);
    const results = await runWith(empty);
    const failed = results.cases.filter((c) => c.status === "failed");
    const areas = new Set(failed.map((c) => c.check.split(".")[0]));
    for (const area of ["sla", "dossier"]) expect(areas).toContain(area);
    expect(failed.length).toBeGreaterThan(20);
    expect(failed.some((c) => (c.message ?? "").includes("RULE_MISSING"))).toBe(true);
  });
});
