/**
 * `mutate`: one rule changed at a time, the suite rerun, the survivors reported with their rule
 * path and the kill score. On the demo plugin the outcome of every mutant is known; on the national
 * plugin a fast subset prints its score (the full run is `motcua-conformance mutate --rulebook national`).
 */
import { fileURLToPath } from "node:url";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { national } from "@motcua/national";
import { builtinChecks, mutatePlugin, nationalCasesDir } from "@motcua/conformance";
import { runCli } from "../src/internal/runCli";
import { haTinh } from "@motcua/province-ha-tinh";
import { demo } from "./fixtures/plugin/demoPlugin";

const demoCases = fileURLToPath(new URL("./fixtures/plugin/cases", import.meta.url));
const haTinhCases = fileURLToPath(new URL("../../provinces/ha-tinh/cases", import.meta.url));
const demoModule = fileURLToPath(new URL("./fixtures/plugin/demoPlugin.ts", import.meta.url));

describe("mutate", { timeout: 120_000 }, () => {
  it("kills what the demo cases pin, reports what they miss, and leaves out what the SDK refuses", async () => {
    const report = await Effect.runPromise(
      mutatePlugin({
        plugin: demo,
        plugins: [national, demo],
        rulebook: ["national", "province-demo"],
        cases: [demoCases],
        checks: builtinChecks,
      }),
    );
    expect(report.mutants.map((m) => [m.path, m.change, m.outcome])).toEqual([
      // 30 dossiers at 11 a day still need 3 staff: no case pins the figure 10 from above.
      ["staffing.capacityPerEmployee", "10 → 11", "survived"],
      ["staffing.capacityPerEmployee", "10 → 9", "killed"],
      ["calendar.localDaysOff", expect.stringMatching(/^drop /), "killed"],
      ["calendar.localDaysOff", expect.stringMatching(/^add a copy of /), "invalid"],
    ]);
    expect(report.mutants[1]?.detail).toBe("province.demo.staffing: required: expected 3, got 4");
    expect(report).toMatchObject({ plugin: "province-demo", killed: 2, survived: 1, score: 2 / 3 });
  });

  it("the CLI prints survivors and the score, and --min-score makes a weak suite exit 1", async () => {
    let stdout = "";
    let stderr = "";
    const io = {
      stdout: (t: string) => (stdout += t),
      stderr: (t: string) => (stderr += t),
      cwd: process.cwd(),
    };
    const code = await runCli(
      ["mutate", "--plugin", demoModule, "--cases", demoCases, "--min-score", "0.9"],
      io,
    );
    expect(stdout).toContain("  survived  staffing.capacityPerEmployee: 10 → 11\n");
    expect(stdout).toContain(
      "mutate province-demo: 2 killed, 1 survived, 0 equivalent, 1 invalid — score 66.7%",
    );
    expect(stderr).toContain("kill score 0.667 is below --min-score 0.9");
    expect(code).toBe(1);
    expect(await runCli(["mutate"], io)).toBe(2);
  });

  it("reports as equivalent, and does not count, what cannot change an answer: an unread rule, a set reordered or repeated", async () => {
    const report = await Effect.runPromise(
      mutatePlugin({
        plugin: national,
        plugins: [national],
        rulebook: ["national"],
        cases: [nationalCasesDir()],
        checks: builtinChecks,
        select: (path) => path === "staffing.backupsPerPost" || path === "permissions.postalCounterTasks",
      }),
    );
    const outcome = (path: string, change: string) =>
      report.mutants.find((m) => m.path === path && m.change === change)?.outcome;
    expect(outcome("staffing.backupsPerPost", "1 → 2")).toBe("equivalent");
    expect(outcome("permissions.postalCounterTasks", "reverse the order")).toBe("equivalent");
    // A duplicated task is refused by the SDK before equivalence is asked.
    expect(outcome("permissions.postalCounterTasks", 'add a copy of "guide"')).toBe("invalid");
    expect(outcome("permissions.postalCounterTasks", 'drop "guide"')).not.toBe("equivalent");
    expect(report.mutants.find((m) => m.path === "staffing.backupsPerPost")?.detail).toBe(
      "no motcua function reads staffing.backupsPerPost",
    );
    // Two mutants of each of the two dated versions of backupsPerPost (61/2018, carried over under 118/2025), one reorder.
    expect(report.equivalent).toBe(5);
    expect(report.killed + report.survived + report.equivalent + report.invalid).toBe(report.mutants.length);
  });

  it("reports as equivalent a part of a rule nothing reads and a list read as a set, not the ordered lists beside it", async () => {
    const report = await Effect.runPromise(
      mutatePlugin({
        plugin: haTinh,
        plugins: [national, haTinh],
        rulebook: ["national", "province-ha-tinh"],
        cases: [nationalCasesDir(), haTinhCases],
        checks: builtinChecks,
        select: (path) => path === "staffing.domainsPerEmployee" || path === "handover.authorities",
      }),
    );
    const outcome = (path: string, change: string) =>
      report.mutants.find((m) => m.path === path && m.change === change);
    expect(outcome("staffing.domainsPerEmployee.min", "1 → 2")).toMatchObject({
      outcome: "equivalent",
      detail: "no motcua function reads staffing.domainsPerEmployee.min",
    });
    expect(outcome("staffing.domainsPerEmployee.max", "3 → 4")?.outcome).toBe("killed");
    expect(outcome("handover.authorities", "reverse the order")).toMatchObject({
      outcome: "equivalent",
      detail: "handover.authorities is read as a set: order and repeated members carry no meaning",
    });
    // The approval steps are ordered: reversing them is run, and a case notices.
    expect(outcome("handover.authorities[0].steps", "reverse the order")?.outcome).toBe("killed");
  });

  it("national, fast subset (the sla rules, first 12 mutants): prints the score", async () => {
    const report = await Effect.runPromise(
      mutatePlugin({
        plugin: national,
        plugins: [national],
        rulebook: ["national"],
        cases: [nationalCasesDir()],
        checks: builtinChecks,
        select: (path) => path.startsWith("sla."),
        max: 12,
      }),
    );
    const survivors = report.mutants
      .filter((m) => m.outcome === "survived")
      .map((m) => `${m.path}: ${m.change}`);
    console.log(
      `mutate national (fast subset: sla.*, ${report.mutants.length} mutants): ${report.killed} killed, ${report.survived} survived — score ${(report.score * 100).toFixed(1)}%${survivors.length > 0 ? `\n  survivors: ${survivors.join("; ")}` : ""}`,
    );
    expect(report.mutants.length).toBe(12);
    expect(report.killed + report.survived).toBeGreaterThan(0);
  });
});
