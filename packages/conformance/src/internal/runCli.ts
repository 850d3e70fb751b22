/**
 * The `motcua-conformance` commands, run with the given arguments and output streams (the bin
 * entry `cli.ts` passes the process's). Every failure is reported with its code: nothing escapes
 * as an uncoded stack trace.
 *
 * @internal
 */
import { writeFileSync } from "node:fs";
import { formatErrorPath, isMotcuaError, MotcuaError } from "@motcua/core";
import { Effect } from "effect";
import { adapterJsonSchemas } from "../adapterProtocol";
import { caseFileJsonSchema, LAYERS } from "../CaseFile";
import { builtinChecks } from "../checks/builtinChecks";
import { knownPluginNames } from "../knownPlugins";
import { formatCaseIssue, validateCases } from "../loadCases";
import { loadPluginProvider, type LoadedPlugins } from "../loadPluginProvider";
import { loadInstalledPlugins, loadRulebook } from "../loadRulebook";
import { nationalCasesDir } from "../nationalCasesDir";
import type { CaseIssue, LoadedCase } from "../parseCaseFile";
import { report, summaryLine } from "../reporters";
import { appliesTo, runConformance } from "../runConformance";
import { connectTarget } from "../target";
import { CONFORMANCE_VERSION } from "../version";
import { mutatePlugin } from "../mutate";
import type { Plugin } from "@motcua/plugin-sdk";
import { helpText, parseCli, UsageError, type CliOptions } from "./cliArgs";

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** Code for an `--out` file that cannot be written. */
export const CONFORMANCE_OUT_UNWRITABLE = "CONFORMANCE_OUT_UNWRITABLE";
/** Code for anything that went wrong without a code of its own (a bug: please report it). */
export const CONFORMANCE_INTERNAL = "CONFORMANCE_INTERNAL";

const printIssues = (io: CliIo, issues: ReadonlyArray<CaseIssue>): void => {
  for (const issue of issues) io.stderr(`${formatCaseIssue(issue)}\n`);
  io.stderr(`${issues.length} problem(s) in case files\n`);
};

/** The provider, the rulebook under test and the case paths the options stand for. */
async function setup(options: CliOptions, io: CliIo): Promise<LoadedPlugins & { explicit: boolean }> {
  const loaded =
    options.plugins.length > 0
      ? await Effect.runPromise(
          loadPluginProvider(options.plugins, io.cwd, {
            ...(options.pluginTimeoutMs === undefined ? {} : { timeoutMs: options.pluginTimeoutMs }),
          }),
        )
      : options.rulebook !== undefined
        ? await Effect.runPromise(loadRulebook(options.rulebook, io.cwd))
        : { ...(await Effect.runPromise(loadInstalledPlugins(io.cwd))), cases: [] };
  const explicit = options.cases !== undefined;
  return {
    ...loaded,
    cases: options.cases ?? [nationalCasesDir(), ...loaded.cases],
    explicit,
  };
}

const selector =
  (options: CliOptions) =>
  (c: LoadedCase): boolean =>
    (options.ids === undefined || options.ids.includes(c.case.id)) &&
    (options.grep === undefined || options.grep.test(c.case.id) || options.grep.test(c.case.title));

async function command(options: CliOptions, io: CliIo): Promise<number> {
  if (options.version) {
    io.stdout(`${CONFORMANCE_VERSION}\n`);
    return 0;
  }
  if (options.help || options.command === "help") {
    const topic = options.command === "help" ? options.topic : options.command;
    io.stdout(helpText(topic as CliOptions["command"] | undefined));
    return 0;
  }
  if (options.command === "schema") {
    const name = options.topic ?? "case-file";
    const schemas = adapterJsonSchemas();
    const schema =
      name === "adapter-info"
        ? schemas.info
        : name === "adapter-request"
          ? schemas.request
          : name === "adapter-response"
            ? schemas.response
            : caseFileJsonSchema();
    io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return 0;
  }
  const { provider, rulebook, cases, plugins } = await setup(options, io);
  if (options.command === "mutate") return mutate(options, io, { rulebook, cases, plugins });
  if (options.command === "validate" || options.command === "list") {
    const knownRulebooks = [...new Set([...provider.knownIds, ...knownPluginNames()])];
    const v = await Effect.runPromise(validateCases(cases, { checks: builtinChecks, knownRulebooks }));
    if (v.issues.length > 0) {
      printIssues(io, v.issues);
      return 2;
    }
    if (options.command === "validate") {
      io.stdout(`${v.cases.length} cases in ${v.files.length} files are valid (${v.hash})\n`);
      return 0;
    }
    const layers = options.layers ?? LAYERS;
    const canonical = (name: string): string => provider.canonicalId?.(name) ?? name;
    const under = options.rulebook === undefined && options.plugins.length === 0 ? undefined : rulebook;
    const listed = v.cases.filter(
      (c) => layers.includes(c.case.layer) && appliesTo(c, under, canonical) && selector(options)(c),
    );
    for (const c of listed) io.stdout(`${c.case.id}\t${c.case.layer}\t${c.case.check}\t${c.case.title}\n`);
    if (listed.length === 0) {
      io.stderr("motcua-conformance: [CONFORMANCE_NOTHING_SELECTED] no case matches the selection\n");
      return 1;
    }
    return 0;
  }
  const target =
    options.target === undefined
      ? undefined
      : await Effect.runPromise(
          connectTarget(
            options.target,
            options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs },
          ),
        );
  const under = options.rulebook === undefined && options.plugins.length === 0 ? undefined : rulebook;
  const results = await Effect.runPromise(
    runConformance({
      cases,
      checks: builtinChecks,
      provider,
      ...(under === undefined ? {} : { rulebook: under }),
      ...(options.layers === undefined ? {} : { layers: options.layers }),
      select: selector(options),
      bail: options.bail,
      ...(target === undefined ? {} : { target }),
    }),
  );
  const text = report(results, options.reporter, { verbose: options.verbose });
  if (options.out === undefined) io.stdout(text);
  else {
    try {
      writeFileSync(options.out, text);
    } catch (cause) {
      throw new MotcuaError({
        code: CONFORMANCE_OUT_UNWRITABLE,
        vi: `Không ghi được báo cáo vào ${options.out}`,
        en: `Cannot write the report to ${options.out}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`,
        path: ["out"],
        data: { out: options.out },
        cause,
      });
    }
    io.stdout(`report written to ${options.out}\n`);
    io.stdout(`${summaryLine(results.counts)}\n`);
  }
  for (const p of results.problems) io.stderr(`motcua-conformance: [${p.code}] ${p.en}\n  (${p.vi})\n`);
  if (results.bailed !== null)
    io.stderr(
      `motcua-conformance: --bail: stopped after ${results.bailed.after}; ${results.bailed.notRun} case(s) not run\n`,
    );
  return results.counts.failed > 0 || results.problems.length > 0 ? 1 : 0;
}

async function mutate(
  options: CliOptions,
  io: CliIo,
  run: { rulebook: ReadonlyArray<string>; cases: ReadonlyArray<string>; plugins: ReadonlyArray<Plugin> },
): Promise<number> {
  const plugin = run.plugins.at(-1);
  if (plugin === undefined || (options.rulebook === undefined && options.plugins.length === 0))
    throw new UsageError("mutate needs the plugin under test: --rulebook ids or --plugin spec", "mutate");
  const grep = options.grep;
  const report = await Effect.runPromise(
    mutatePlugin({
      plugin,
      plugins: run.plugins,
      rulebook: run.rulebook,
      cases: run.cases,
      checks: builtinChecks,
      ...(options.max === undefined ? {} : { max: options.max }),
      ...(grep === undefined ? {} : { select: (path: string) => grep.test(path) }),
    }),
  );
  const line = `mutate ${report.plugin}: ${report.killed} killed, ${report.survived} survived, ${report.equivalent} equivalent, ${report.invalid} invalid — score ${(report.score * 100).toFixed(1)}%`;
  if (options.reporter === "json") io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const m of report.mutants.filter((x) => x.outcome === "survived"))
      io.stdout(`  survived  ${m.path}${m.version > 0 ? ` (version ${m.version})` : ""}: ${m.change}\n`);
    io.stdout(`${line}\n`);
  }
  if (options.minScore !== undefined && report.score < options.minScore) {
    io.stderr(
      `motcua-conformance: kill score ${report.score.toFixed(3)} is below --min-score ${options.minScore}\n`,
    );
    return 1;
  }
  return 0;
}

/** Runs the CLI and resolves to its exit code; never rejects. */
export async function runCli(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  try {
    return await command(parseCli(argv), io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`motcua-conformance: ${e.message}\n`);
      io.stderr(
        `Run "motcua-conformance ${e.command === undefined ? "" : `${e.command} `}--help" for usage.\n`,
      );
      return 2;
    }
    if (isMotcuaError(e)) {
      const issues = (e.data as { issues?: ReadonlyArray<CaseIssue> } | undefined)?.issues;
      if (Array.isArray(issues) && e.code === "CONFORMANCE_CASE_INVALID") printIssues(io, issues);
      else
        io.stderr(
          `motcua-conformance: [${e.code}] ${e.en}${e.path.length > 0 ? ` at ${formatErrorPath(e.path)}` : ""}\n  (${e.vi})\n`,
        );
      return 2;
    }
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    io.stderr(
      `motcua-conformance: [${CONFORMANCE_INTERNAL}] unexpected error (${detail}); please report it\n`,
    );
    return 2;
  }
}
