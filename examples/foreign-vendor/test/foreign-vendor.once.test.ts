/**
 * Proof 2: the suite catches a wrong system. The Python adapter (`adapter.py`, standard library
 * only) stands for a one-stop system that is not ours, with the naive calendar many systems ship
 * (weekends + 1/1, 30/4, 1/5, 2/9). `motcua-conformance run --rulebook national --target URL`
 * against it must fail exactly these national cases, each for its calendar reason; the checks it
 * does not implement are skipped with ADAPTER_CHECK_UNSUPPORTED. When a national calendar case is
 * added, this list grows with it: that is the point.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const here = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const conformanceDir = dirname(require.resolve("@motcua/conformance/package.json"));
const out = mkdtempSync(join(tmpdir(), "motcua-foreign-"));

const python = (() => {
  try {
    execFileSync("python3", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Why each case fails: the lunar and official-schedule facts a fixed solar list cannot know. */
const TET = /^working: expected false, got true; kind: expected "holiday", got "weekday"$/;
const SCHEDULED_DAY_OFF =
  /^working: expected false, got true(; kind: expected "(holiday|compensatory)", got "weekday")?$/;
const MAKE_UP_SATURDAY = /^working: expected true, got false; kind: expected "makeUpWorkday", got "weekend"$/;
const WRONG_DATE = /^date: expected "\d{4}-\d{2}-\d{2}", got "\d{4}-\d{2}-\d{2}"$/;
const WRONG_COUNT = /^days: expected -?\d+, got -?\d+$/;
const PROJECTED =
  /^(working: expected false, got true; kind: expected "(holiday|compensatory)", got "weekday"; )?projected: expected true, got false$/;
/** A day the 2021–2023 notices decide (or any notice day's source): the naive system cites none. */
const NOTICE_UNSOURCED =
  /^(working: expected false, got true; kind: expected "(holiday|compensatory)", got "weekday"; )?verified: expected false, got \(missing\)$/;
/** A day projected from a statute (2027, or the 1994 and 2012 codes): not flagged projected, no source cited. */
const STATUTE_UNSOURCED =
  /^(working: expected false, got true; )?(kind: expected "(holiday|compensatory)", got "(weekday|weekend)"; )?projected: expected true, got false; (name: expected "Quốc khánh \(2\/9\)", got "Quốc khánh"; )?verified: expected (true|false), got \(missing\)$/;

const expectedFailures: ReadonlyArray<readonly [string, RegExp]> = [
  // Lunar New Year (Bộ luật Lao động 2019 Art. 112.1.b), as the yearly schedules set it.
  ...["02-08", "02-09", "02-12", "02-13", "02-14"].map(
    (d) => [`calendar.schedule-2024.off-${d}`, TET] as const,
  ),
  ...["01-27", "01-28", "01-29", "01-30", "01-31"].map(
    (d) => [`calendar.schedule-2025.off-${d}`, TET] as const,
  ),
  ...["02-16", "02-17", "02-18", "02-19", "02-20"].map(
    (d) => [`calendar.schedule-2026.off-${d}`, TET] as const,
  ),
  // Hùng Kings' day, 10/3 lunar (Art. 112.1.đ).
  ["calendar.schedule-2024.off-04-18", TET],
  ["calendar.schedule-2025.off-04-07", TET],
  // The day adjacent to 2/9 (Art. 112.1.e), days moved by the schedules, a compensatory day
  // (Art. 111.3) and Culture Day from 2026.
  ["calendar.schedule-2024.off-09-03", SCHEDULED_DAY_OFF],
  ["calendar.schedule-2025.off-09-01", SCHEDULED_DAY_OFF],
  ["calendar.schedule-2026.off-09-01", SCHEDULED_DAY_OFF],
  ["calendar.schedule-2024.off-04-29", SCHEDULED_DAY_OFF],
  ["calendar.schedule-2025.off-05-02", SCHEDULED_DAY_OFF],
  ["calendar.schedule-2026.off-01-02", SCHEDULED_DAY_OFF],
  ["calendar.schedule-2026.off-08-31", SCHEDULED_DAY_OFF],
  ["calendar.schedule-2026.off-04-27", SCHEDULED_DAY_OFF],
  ["calendar.schedule-2026.off-11-24", SCHEDULED_DAY_OFF],
  // Make-up Saturdays worked in exchange for a moved day off.
  ["calendar.schedule-2024.makeup-05-04", MAKE_UP_SATURDAY],
  ["calendar.schedule-2025.makeup-04-26", MAKE_UP_SATURDAY],
  ["calendar.schedule-2026.makeup-01-10", MAKE_UP_SATURDAY],
  ["calendar.schedule-2026.makeup-08-22", MAKE_UP_SATURDAY],
  // A year without a published schedule is a projection, and the calendar says so.
  ["calendar.day.2027-projected", /^projected: expected true, got false$/],
  // The 2021–2023 schedules (Tết, Hùng Kings' day, the day adjacent to 2/9, compensatory days) and
  // the source of every notice day: the naive calendar knows four solar days and cites nothing.
  ...[
    ...[
      "01-01",
      "02-10",
      "02-11",
      "02-12",
      "02-15",
      "02-16",
      "04-21",
      "04-30",
      "05-03",
      "09-02",
      "09-03",
    ].map((d) => `2021.off-${d}`),
    ...[
      "01-03",
      "01-31",
      "02-01",
      "02-02",
      "02-03",
      "02-04",
      "04-11",
      "05-02",
      "05-03",
      "09-01",
      "09-02",
    ].map((d) => `2022.off-${d}`),
    ...[
      "01-02",
      "01-20",
      "01-23",
      "01-24",
      "01-25",
      "01-26",
      "05-01",
      "05-02",
      "05-03",
      "09-01",
      "09-04",
    ].map((d) => `2023.off-${d}`),
    "2024.notice-unverified",
    "2025.notice-unverified",
    "2026.notice-unverified",
  ].map((id) => [`calendar.schedule-${id}`, NOTICE_UNSOURCED] as const),
  // Years without a notice, projected from the Labour Codes (2027; 2010 and 2015 under the older
  // codes): not flagged as projected, no source cited, lunar and compensatory days missed.
  ...["01-01", "02-06", "04-16", "04-30", "05-01", "05-03", "09-02", "11-24"].map(
    (d) => [`calendar.projected-2027.${d}`, STATUTE_UNSOURCED] as const,
  ),
  ...[
    "2010-01-01",
    "2010-02-15",
    "2010-04-23",
    "2010-04-30",
    "2010-05-01",
    "2010-09-02",
    "2015-01-01",
    "2015-02-19",
    "2015-04-28",
    "2015-04-30",
    "2015-05-01",
    "2015-09-02",
    "2016-05-02",
  ].map((d) => [`calendar.statute-sources.${d}`, STATUTE_UNSOURCED] as const),
  // …and the working days a statutory block (Tết, 2/9 and its adjacent day) takes out of a window.
  ...["2027-tet", "2027-national-day", "2010-tet", "2015-tet"].map(
    (w) => [`calendar.projected.${w}-working-days`, WRONG_COUNT] as const,
  ),
  // Before the supported range the answer must be a refusal, not a guess.
  ["calendar.day.out-of-range", /^expected error CALENDAR_OUT_OF_RANGE, but the check returned /],
  // Deadlines across those days land on the wrong date…
  ...[
    "tet-2026-three-days",
    "tet-2026-one-day",
    "from-holiday",
    "backwards",
    "new-year-2026",
    "makeup-saturday-2026-01",
    "makeup-saturday-2026-08",
    "national-day-2026",
    "hung-kings-compensatory-2026",
    "culture-day-2026",
    "makeup-saturday-2024",
    "reunification-2024",
    "makeup-saturday-2025",
    "reunification-2025",
    "tet-2025",
    "tet-2024",
  ].map((id) => [`calendar.add-days.${id}`, WRONG_DATE] as const),
  // The Labour Codes before 2019 in years without a notice: projected (the naive system never says
  // so), with the lunar Hùng Kings day and the compensatory day it cannot know.
  ...[
    "2006-04-07",
    "2010-01-01",
    "2010-04-23",
    "2010-04-30",
    "2010-05-01",
    "2010-05-03",
    "2010-09-02",
    "2010-09-03",
    "2015-01-01",
    "2015-04-28",
    "2015-04-30",
    "2015-05-01",
    "2015-09-02",
    "2015-09-03",
    "2020-09-03",
  ].map((d) => [`calendar.statutes.${d}`, PROJECTED] as const),
  // …and working-day counts over them are wrong.
  ...["tet-2026", "reverse", "feb-2026", "apr-2026", "may-2025", "feb-2024", "nov-2026"].map(
    (id) => [`calendar.between.${id}`, WRONG_COUNT] as const,
  ),
];

let adapter: ChildProcess | undefined;
let url = "";

beforeAll(async () => {
  if (!python) return;
  adapter = spawn("python3", [join(here, "adapter.py"), "--port", "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  url = await new Promise<string>((resolve, reject) => {
    let text = "";
    adapter?.stdout?.setEncoding("utf8").on("data", (d: string) => {
      text += d;
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (found?.[1] !== undefined) resolve(found[1]);
    });
    adapter?.on("exit", (code) => reject(new Error(`adapter.py exited with ${code}`)));
  });
});

afterAll(() => {
  adapter?.kill("SIGTERM");
  rmSync(out, { recursive: true, force: true });
});

const runCli = (args: ReadonlyArray<string>) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ["--conditions=@motcua/source", "--import", "tsx", join(conformanceDir, "src", "cli.ts"), ...args],
      { cwd: here, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr }),
    );
  });

describe(`the national suite against a naive foreign system${python ? "" : " — skipped: python3 is not installed"}`, () => {
  it.skipIf(!python)(
    "fails exactly the lunar, schedule and range cases, each for its calendar reason",
    { timeout: 120_000 },
    async () => {
      const file = join(out, "results.json");
      const r = await runCli([
        "run",
        "--rulebook",
        "national",
        "--target",
        url,
        "--reporter",
        "json",
        "--out",
        file,
      ]);
      expect(r.code, r.stderr).toBe(1);
      const results = JSON.parse(readFileSync(file, "utf8")) as {
        target: { url: string; name: string; version: string; protocol: string };
        counts: { passed: number; failed: number; skipped: number };
        problems: unknown[];
        cases: Array<{ id: string; check: string; status: string; message: string }>;
      };
      expect(results.target).toEqual({
        url,
        protocol: "motcua-adapter/1",
        name: "Foreign one-stop system (naive calendar)",
        version: "1.0.0",
      });
      const failed = results.cases.filter((c) => c.status === "failed");
      expect(failed.map((c) => c.id).sort()).toEqual(expectedFailures.map(([id]) => id).sort());
      const why = new Map(expectedFailures);
      for (const c of failed) expect(c.message, c.id).toMatch(why.get(c.id) ?? /^$/);
      // What it implements and gets right passes (weekends, the four solar holidays, bad input codes)…
      const implemented = ["calendar.dayInfo", "calendar.addWorkingDays", "calendar.workingDaysBetween"];
      expect(
        results.cases.filter((c) => c.status === "passed").every((c) => implemented.includes(c.check)),
      ).toBe(true);
      expect(results.counts.passed).toBeGreaterThan(20);
      // …and every other check is skipped with the protocol's reason, never passed.
      const skipped = results.cases.filter((c) => c.status === "skipped");
      expect(skipped.every((c) => !implemented.includes(c.check))).toBe(true);
      expect(
        skipped.every(
          (c) => c.message === `the target does not implement ${c.check} (ADAPTER_CHECK_UNSUPPORTED)`,
        ),
      ).toBe(true);
      expect(results.problems).toEqual([]);
    },
  );
});
