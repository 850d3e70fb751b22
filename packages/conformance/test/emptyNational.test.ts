/**
 * A replacement national plugin with `rules: {}` must fail the national suite: the suite tests the
 * plugin in front of it, not built-in defaults of the concept packages (issue 13). Before the one
 * door it passed 201/201 — the concept packages filled in their own values; after the sla and
 * dossier rules moved it failed 50/201, with the report rules moved 68/209, and with the calendar
 * rules moved 174/209 (195/230 with the cases of the rules before 2021 and before 1/7/2025; with the
 * cases that pin who may record each event, the 2021–2023 notices, the projected years and the
 * office hours, the deadline facts, the paper-transfer cut-off, the forms, the stop and the
 * channels it fails every case that reads a rule; the 74 jurisdiction cases need none): every
 * calendar case but the lunar conversions (astronomy, not a rule), every dossier case but two
 * malformed inputs and the one that expects the stop notice to be missing before 1/7/2025,
 * every report case but the one that refuses a malformed period before any rule is read.
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
  it("fails the calendar, sla, dossier and report cases for a missing rule (RULE_MISSING), where the real baseline passes", async () => {
    const real = await runWith(national);
    expect(real.counts.failed).toBe(0);
    const results = await runWith(empty);
    const failed = results.cases.filter((c) => c.status === "failed");
    const areas = new Set(failed.map((c) => c.check.split(".")[0]));
    for (const area of ["calendar", "sla", "dossier", "report"]) expect(areas).toContain(area);
    const byArea = (area: string) => failed.filter((c) => c.check.startsWith(`${area}.`)).length;
    expect({
      calendar: byArea("calendar"),
      sla: byArea("sla"),
      dossier: byArea("dossier"),
      report: byArea("report"),
    }).toEqual({ calendar: 184, sla: 45, dossier: 229, report: 19 });
    expect([failed.length, results.cases.length]).toEqual([477, 587]);
    const passedCalendar = results.cases.filter(
      (c) => c.check.startsWith("calendar.") && c.status !== "failed",
    );
    expect(passedCalendar.every((c) => c.id.startsWith("calendar.lunar."))).toBe(true);
    const passedReports = results.cases.filter((c) => c.check.startsWith("report.") && c.status !== "failed");
    expect(passedReports.map((c) => c.id)).toEqual(["report.invalid-period"]);
    expect(failed.some((c) => (c.message ?? "").includes("RULE_MISSING"))).toBe(true);
  });
});
