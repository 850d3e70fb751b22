/**
 * `pnpm test`: the full quality gate, in order, stopping at the first failure:
 * typecheck → lint → format → tests under two host time zones (the second without the
 * `*.once.test.ts` files) → fuzz suite (once: it runs its own
 * four-zone check) → conformance suite per rulebook → build → publint/attw → outside the workspace
 * (packed tarballs installed with npm in a temp app, `scripts/outside.ts`) → docs → cycles → browser
 * bundle budget (`scripts/size.ts`; last, so an over-budget bundle hides no other failure).
 * Ends with a table of each step's time against the gate's 12-minute budget, then one line
 * `check: N passed, N failed, N skipped` counting the test cases run.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { outputSink, root, run } from "./workspace";

/** Host time zones the tests run under: neither is Vietnam's, one has DST, one is UTC+14. */
const zones = ["America/Los_Angeles", "Pacific/Kiritimati"];
/**
 * The second zone's pass leaves out the `*.once.test.ts` files, which a second host zone cannot
 * change:
 * - end-to-end process tests (child processes killed mid-batch, the CLIs' exit codes, HTTP over
 *   loopback under load): they test processes, not time; every rule they reach is also tested
 *   in-process under both zones;
 * - the compiled replay against xstate on 100,000 random sequences: both engines run in the same
 *   process and zone, so the zone cannot change whether they agree (replay's own zone
 *   independence is tested under both zones and by the fuzz suite's four-zone check);
 * - the conformance suite's mutation score: a property of the cases, and the suite itself runs
 *   once, in the conformance steps below.
 */
const once = ["--project=!fuzz", "--exclude=**/*.once.test.ts", "--exclude=**/node_modules/**"];
/** The rule conformance suite runs against the national baseline and every province plugin. */
const rulebooks = ["national", "national,ha-tinh", "national,vinh-phuc", "national,dong-thap"];
/** The conformance CLI from source. */
const cli = ["--conditions=@motcua/source", "--import", "tsx", "packages/conformance/src/cli.ts"];
const bin = (name: string) => join(root, "node_modules", ".bin", name);
const outDir = join(root, "node_modules", ".cache", "motcua-check");

const totals = { passed: 0, failed: 0, skipped: 0 };

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

/** `fuzz` is the standing fuzz suite: it compares host zones itself, so it runs once, not per zone. */
async function tests(zone: string, projects = ["--project=!fuzz"]): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  const report = join(
    outDir,
    `vitest-${zone.replace("/", "_")}${projects.join("").replace(/\W/g, "_")}.json`,
  );
  rmSync(report, { force: true });
  const code = await run(
    bin("vitest"),
    // One worker per core: vitest's default keeps one core for itself, which on a 2-core machine
    // ran the files one at a time (176 s → 129 s for the second zone's pass).
    [
      "run",
      ...projects,
      `--maxWorkers=${availableParallelism()}`,
      "--reporter=dot",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    {
      env: { TZ: zone },
    },
  );
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8")) as VitestJson;
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    if (code === 0 && json.numPassedTests === 0) {
      console.error("check: the test run executed no test");
      return 1;
    }
  } else if (code === 0) return 1;
  return code;
}

type Step = [string, () => Promise<number>];

/**
 * The gate, in order. A nested list is a group of single-threaded steps run two at a time (the
 * machine has two cores; vitest and the build already use both, so they run alone); each step's
 * output is printed whole when it ends. A failed step stops the gate after its group.
 */
const steps: Array<Step | Step[]> = [
  [
    ["typecheck", () => run(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"])],
    ["lint", () => run(bin("eslint"), [".", "--max-warnings=0"])],
    ["format", () => run(bin("prettier"), ["--check", ".", "--log-level=warn"])],
  ],
  ...zones.map((zone, i): Step =>
    i === 0
      ? [`tests (TZ=${zone})`, () => tests(zone)]
      : [`tests (TZ=${zone}; without the *.once.test.ts files)`, () => tests(zone, [...once])],
  ),
  ["fuzz (once; four host zones inside)", () => tests("UTC", ["--project=fuzz"])],
  [
    ...rulebooks.map((rulebook): Step => [
      `conformance (${rulebook})`,
      () => run(process.execPath, [...cli, "run", "--rulebook", rulebook]),
    ]),
    [
      "conformance honesty (a province with no case of its own in the run must fail)",
      async () => {
        // `--layer law` drops Hà Tĩnh's own cases: the run proves nothing about it and must exit 1.
        const code = await run(process.execPath, [
          ...cli,
          "run",
          "--rulebook",
          "national,ha-tinh",
          "--layer",
          "law",
        ]);
        if (code !== 1) {
          console.error(`check: expected exit 1 (CONFORMANCE_NO_OWN_CASES), got ${code}`);
          return 1;
        }
        // The full plugin id selects the same cases as the short id.
        return run(process.execPath, [...cli, "run", "--rulebook", "national,province-ha-tinh"]);
      },
    ],
    [
      "conformance power (mutate national, fast subset: the first 12 single-rule changes of sla.*)",
      // Prints the kill score; the full run is `cli.ts mutate --rulebook national` (no threshold yet).
      () =>
        run(process.execPath, [
          ...cli,
          "mutate",
          "--rulebook",
          "national",
          "--grep",
          "^sla\\.",
          "--max",
          "12",
        ]),
    ],
  ],
  ["build", () => run(process.execPath, ["--import", "tsx", "scripts/build.ts"])],
  [
    [
      "packages (publint + attw)",
      () => run(process.execPath, ["--import", "tsx", "scripts/lint-packages.ts"]),
    ],
    ["dependency cycles", () => run(process.execPath, ["--import", "tsx", "scripts/cycles.ts"])],
    [
      "bundle size (core + calendar + sla dist for the browser: fails above the 50 KB gzip budget or on a Node built-in)",
      () => run(process.execPath, ["--import", "tsx", "scripts/size.ts"]),
    ],
  ],
  [
    [
      "outside the workspace (npm pack → npm install in a temp app: README examples ESM + CJS, types, plugin template)",
      () => run(process.execPath, ["--import", "tsx", "scripts/outside.ts"]),
    ],
    ["docs (typedoc, warnings are errors)", () => run(bin("typedoc"), ["--logLevel", "Warn"])],
  ],
];

let failedStep: string | undefined;
const timings: Array<{ name: string; seconds: number; ok: boolean; side: boolean }> = [];
const gateStarted = performance.now();

/** Runs one step; with `output`, its children write there and it is printed when the step ends. */
async function runStep([name, step]: Step, output?: string[]): Promise<boolean> {
  const started = performance.now();
  if (output === undefined) console.log(`\n▶ ${name}`);
  const code = await (output === undefined ? step() : outputSink.run(output, step));
  const elapsed = (performance.now() - started) / 1000;
  const seconds = elapsed.toFixed(1);
  timings.push({ name, seconds: elapsed, ok: code === 0, side: output !== undefined });
  if (output !== undefined) {
    console.log(`\n▶ ${name} (side by side)`);
    process.stdout.write(output.join(""));
  }
  if (code !== 0) {
    console.error(`✗ ${name} failed (exit ${code}, ${seconds}s)`);
    failedStep ??= name;
    return false;
  }
  console.log(`✓ ${name} (${seconds}s)`);
  return true;
}

/** Runs a group two steps at a time; every step of the group runs, even after a failure. */
async function runGroup(group: Step[]): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < group.length) await runStep(group[next++] as Step, []);
  };
  await Promise.all([lane(), lane()]);
}

for (const entry of steps) {
  if (typeof entry[0] === "string") await runStep(entry as Step);
  else await runGroup(entry as Step[]);
  if (failedStep !== undefined) break;
}

/** The gate's own time, step by step: the budget is 12 minutes on an idle 2-core machine. */
const BUDGET_SECONDS = 12 * 60;
const total = (performance.now() - gateStarted) / 1000;
const width = Math.min(72, Math.max(...timings.map((t) => t.name.length)));
console.log("\nstep times:");
for (const t of timings) {
  const label = t.name.length > width ? `${t.name.slice(0, width - 1)}…` : t.name.padEnd(width);
  const share = total > 0 ? ((t.seconds / total) * 100).toFixed(0).padStart(3) : "  0";
  console.log(
    `  ${t.ok ? "✓" : "✗"} ${label} ${t.seconds.toFixed(1).padStart(7)} s ${share} %${t.side ? " ‖" : ""}`,
  );
}
console.log("  (‖: run side by side with another step; the shares of such steps overlap)");
const minutes = `${Math.floor(total / 60)} min ${(total % 60).toFixed(0)} s`;
console.log(
  `  total ${minutes}; budget ${BUDGET_SECONDS / 60} min on an idle 2-core machine: ${total <= BUDGET_SECONDS ? "within" : `over by ${(total - BUDGET_SECONDS).toFixed(0)} s`}`,
);

if (failedStep !== undefined && totals.failed === 0) totals.failed = 1;
console.log(failedStep === undefined ? "\nAll checks passed." : `\nThe gate stopped at: ${failedStep}.`);
console.log(`check: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep === undefined ? 0 : 1);
