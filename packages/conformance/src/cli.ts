/**
 * `motcua-conformance`: run, list and validate conformance cases from the command line.
 *
 * ```
 * motcua-conformance run [--rulebook ids | --plugin path-or-package] [--cases dir]
 *                        [--layer law,practice,province] [--reporter pretty|json|junit] [--out file]
 * motcua-conformance list [--cases dir] [--layer ...]
 * motcua-conformance validate [--cases dir]
 * motcua-conformance schema
 * ```
 *
 * Exit codes: 0 all passed (or valid), 1 some case failed, 2 bad usage or invalid case files.
 *
 * @module
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatErrorPath, isMotcuaError } from "@motcua/core";
import { suggest } from "./internal/closest";
import { Effect } from "effect";
import { caseFileJsonSchema, LAYERS, type Layer } from "./CaseFile";
import { builtinChecks } from "./checks/builtinChecks";
import { loadPluginProvider } from "./loadPluginProvider";
import { formatCaseIssue, validateCases } from "./loadCases";
import { nationalCasesDir } from "./nationalCasesDir";
import { builtinRulebookProvider } from "./pluginRulebookProvider";
import { report, summaryLine, type ReporterName } from "./reporters";
import type { CaseIssue } from "./parseCaseFile";
import type { RulebookProvider } from "./Rulebook";
import { runConformance } from "./runConformance";

const USAGE = `motcua-conformance — the motcua rule conformance suite

Usage:
  motcua-conformance run [options]       run the cases and report (exit 1 on any failure)
  motcua-conformance list [options]      list the cases
  motcua-conformance validate [options]  check case files (exit 2 on any problem)
  motcua-conformance schema              print the JSON Schema of case files

Options:
  --rulebook ids        plugin ids composed in order, e.g. national,ha-tinh (registered: national,
                        ha-tinh, vinh-phuc, dong-thap); runs the national cases and that
                        province's cases
  --plugin spec         a plugin module (file path or package name) to test on top of national;
                        repeatable; exports a plugin (default, \`plugin\`, or its only definePlugin
                        value) and optionally \`conformanceCases\` (paths of its own cases, run
                        with the national cases unless --cases is given)
  --cases path          case file or folder (repeatable; default: the national cases)
  --layer layers        law,practice,province (default all)
  --reporter name       pretty | json | junit (default pretty)
  --out file            write the report to a file (the summary line still goes to stdout)
  --verbose             list passing cases too (pretty reporter)
  --help                this text
`;

const COMMANDS = ["run", "list", "validate", "schema", "help"];
const OPTIONS = {
  rulebook: { type: "string" },
  plugin: { type: "string", multiple: true },
  cases: { type: "string", multiple: true },
  layer: { type: "string" },
  reporter: { type: "string" },
  out: { type: "string" },
  verbose: { type: "boolean" },
  help: { type: "boolean" },
} as const;
const REPORTERS: ReadonlyArray<ReporterName> = ["pretty", "json", "junit"];

class UsageError extends Error {}

const splitList = (value: string | undefined): ReadonlyArray<string> | undefined =>
  value === undefined
    ? undefined
    : value
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s.length > 0);

function parse(argv: ReadonlyArray<string>) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const unknown = /'(--?[^']+)'/.exec(message)?.[1];
    const guess =
      unknown === undefined ? undefined : suggest(unknown.replace(/^-+/, ""), Object.keys(OPTIONS));
    throw new UsageError(`${message}${guess === undefined ? "" : ` (did you mean --${guess}?)`}`);
  }
  const { values, positionals } = parsed;
  const command = positionals[0] ?? (values.help === true ? "help" : undefined);
  if (command === undefined) throw new UsageError("missing command");
  if (!COMMANDS.includes(command)) {
    const guess = suggest(command, COMMANDS);
    throw new UsageError(
      `unknown command "${command}"${guess === undefined ? "" : ` (did you mean "${guess}"?)`}`,
    );
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1] ?? ""}"`);
  const layers = splitList(values.layer);
  for (const layer of layers ?? []) {
    if (!(LAYERS as ReadonlyArray<string>).includes(layer)) {
      const guess = suggest(layer, LAYERS);
      throw new UsageError(
        `unknown layer "${layer}"${guess === undefined ? "" : ` (did you mean "${guess}"?)`}; layers: ${LAYERS.join(", ")}`,
      );
    }
  }
  const reporter = values.reporter ?? "pretty";
  if (!(REPORTERS as ReadonlyArray<string>).includes(reporter)) {
    throw new UsageError(`unknown reporter "${reporter}"; reporters: ${REPORTERS.join(", ")}`);
  }
  if (values.rulebook !== undefined && values.plugin !== undefined) {
    throw new UsageError("give either --rulebook or --plugin, not both");
  }
  return {
    command,
    rulebook: splitList(values.rulebook),
    plugins: values.plugin ?? [],
    cases: values.cases ?? [nationalCasesDir()],
    explicitCases: values.cases !== undefined,
    layers: layers as ReadonlyArray<Layer> | undefined,
    reporter: reporter as ReporterName,
    out: values.out,
    verbose: values.verbose === true,
  };
}

type Options = ReturnType<typeof parse>;

const printIssues = (issues: ReadonlyArray<CaseIssue>): void => {
  for (const issue of issues) console.error(formatCaseIssue(issue));
  console.error(`${issues.length} problem(s) in case files`);
};

async function provider(options: Options): Promise<{
  provider: RulebookProvider;
  rulebook?: ReadonlyArray<string>;
  cases: ReadonlyArray<string>;
}> {
  if (options.plugins.length === 0) {
    return {
      provider: builtinRulebookProvider(),
      ...(options.rulebook === undefined ? {} : { rulebook: options.rulebook }),
      cases: options.cases,
    };
  }
  const loaded = await Effect.runPromise(loadPluginProvider(options.plugins, process.cwd()));
  return {
    provider: loaded.provider,
    rulebook: loaded.rulebook,
    cases: options.explicitCases ? options.cases : [...options.cases, ...loaded.cases],
  };
}

async function run(options: Options): Promise<number> {
  switch (options.command) {
    case "help":
      process.stdout.write(USAGE);
      return 0;
    case "schema":
      process.stdout.write(`${JSON.stringify(caseFileJsonSchema(), null, 2)}\n`);
      return 0;
    case "validate":
    case "list": {
      const { provider: p, cases } = await provider(options);
      const v = await Effect.runPromise(
        validateCases(cases, { checks: builtinChecks, knownRulebooks: p.knownIds }),
      );
      if (v.issues.length > 0) {
        printIssues(v.issues);
        return 2;
      }
      if (options.command === "validate") {
        console.log(`${v.cases.length} cases in ${v.files.length} files are valid (${v.hash})`);
        return 0;
      }
      const layers = options.layers ?? LAYERS;
      for (const c of v.cases.filter((x) => layers.includes(x.case.layer))) {
        console.log(`${c.case.id}\t${c.case.layer}\t${c.case.check}\t${c.case.title}`);
      }
      return 0;
    }
    default: {
      const { provider: p, rulebook, cases } = await provider(options);
      const results = await Effect.runPromise(
        runConformance({
          cases,
          checks: builtinChecks,
          provider: p,
          ...(rulebook === undefined ? {} : { rulebook }),
          ...(options.layers === undefined ? {} : { layers: options.layers }),
        }),
      );
      const text = report(results, options.reporter, { verbose: options.verbose });
      if (options.out === undefined) process.stdout.write(text);
      else {
        writeFileSync(options.out, text);
        console.log(`report written to ${options.out}`);
        console.log(summaryLine(results.counts));
      }
      return results.counts.failed > 0 ? 1 : 0;
    }
  }
}

/**
 * Runs the CLI with the given arguments and resolves to the exit code.
 *
 * @example
 * ```ts
 * // process.exitCode = await runCli(["run", "--rulebook", "national"]);
 * ```
 */
async function runCli(argv: ReadonlyArray<string>): Promise<number> {
  try {
    return await run(parse(argv));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`motcua-conformance: ${e.message}\n`);
      console.error(USAGE);
      return 2;
    }
    if (isMotcuaError(e)) {
      const issues = (e.data as { issues?: ReadonlyArray<CaseIssue> }).issues;
      if (Array.isArray(issues)) printIssues(issues);
      else
        console.error(
          `motcua-conformance: [${e.code}] ${e.en}${e.path.length > 0 ? ` at ${formatErrorPath(e.path)}` : ""}\n  (${e.vi})`,
        );
      return 2;
    }
    console.error(`motcua-conformance: unexpected error`, e);
    return 2;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
