/**
 * Case-file loading cost: `parseCaseFile` (YAML with line tracking, strict zod, per-check input
 * validation, typo hints) against the obvious alternative, `YAML.parse` + `CaseListFileSchema.parse`
 * (no line numbers, no check validation), on the national calendar working-time file.
 *
 * Run from the repo root:
 * `node --conditions=@motcua/source --expose-gc --import tsx packages/conformance/bench/parseCaseFile.bench.ts`
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Bench } from "tinybench";
import { parse } from "yaml";
import { builtinChecks, CaseListFileSchema, nationalCasesDir, parseCaseFile } from "@motcua/conformance";

const file = join(nationalCasesDir(), "calendar", "working-time.yaml");
const text = readFileSync(file, "utf8");
const options = { checks: builtinChecks, knownRulebooks: ["national"] };

const bench = new Bench({ time: 1000 });
bench
  .add("parseCaseFile (lines, checks, hints)", () => {
    parseCaseFile(text, file, options);
  })
  .add("YAML.parse + zod (no locations)", () => {
    CaseListFileSchema.parse(parse(text));
  });
await bench.run();

const rows = bench.tasks.map((t) => ({
  name: t.name,
  hz: t.result.state === "completed" ? t.result.throughput.mean : 0,
}));
const base = rows[1]?.hz ?? 1;
console.table(
  rows.map((r) => ({ task: r.name, "ops/s": Math.round(r.hz), "× alternative": (r.hz / base).toFixed(2) })),
);
