/**
 * `motcua-conformance` arguments: commands, options (node:util `parseArgs`), per-command help and
 * the exit codes.
 *
 * @internal
 */
import { parseArgs } from "node:util";
import { LAYERS, type Layer } from "../CaseFile";
import type { ReporterName } from "../reporters";
import { suggest } from "./closest";

export const EXIT_CODES = `Exit codes:
  0  every selected case passed (or: the files are valid; help; version)
  1  a case failed, or the run proves nothing: no case selected, the plugin under test or a
     named province with no case of its own, or all of its cases skipped
  2  the run could not be made: bad usage, an invalid or unreadable case file, a plugin that
     cannot be loaded or composed, an unreachable --target, an unwritable --out`;

const SELECT = `  --cases path          case file or folder (repeatable; default: the national cases plus
                        the cases the rulebook's province packages or the --plugin modules ship)
  --layer layers        law,practice,province (default all)
  --id id               only this case (repeatable; a comma list is accepted)
  --grep pattern        only cases whose id or title matches this regular expression`;

const RULEBOOK = `  --rulebook ids        plugins composed in order, by id or short id, e.g. national,ha-tinh
                        (known: national, ha-tinh, vinh-phuc, dong-thap; province packages are
                        loaded on demand and must be installed)
  --plugin spec         a plugin module to test on top of national: a file path, a package name
                        or a known short id; repeatable. It exports a plugin (default, \`plugin\`
                        or its only definePlugin value) and \`conformanceCases\` (paths of its
                        own cases, relative to the module)
  --plugin-timeout ms   time limit for importing a --plugin module (default 30000)`;

const HELP: Record<string, string> = {
  main: `motcua-conformance — the motcua rule conformance suite

Usage:
  motcua-conformance run [options]        run the cases and report
  motcua-conformance list [options]       list the selected cases
  motcua-conformance validate [options]   check case files (exit 2 on any problem)
  motcua-conformance mutate [options]     change one rule of the plugin under test at a time,
                                          rerun, report the changes no case noticed
  motcua-conformance schema [name]        print a JSON Schema: case-file (default),
                                          adapter-info, adapter-request, adapter-response
  motcua-conformance help [command]       this text, or a command's options
  motcua-conformance --version            the suite's version

Installed locally: npx motcua-conformance …; elsewhere: npx -p @motcua/conformance motcua-conformance …
Run "motcua-conformance <command> --help" for a command's options.

${EXIT_CODES}
`,
  run: `motcua-conformance run — run the cases and report

Usage: motcua-conformance run [options]

Rulebook under test (one of):
${RULEBOOK}
  --target url          ask another system over the adapter protocol (motcua-adapter/1):
                        GET url/conformance/v1/info, POST url/conformance/v1/run per case
  --timeout ms          per-case time limit for --target (default 10000)

Selection:
${SELECT}

Run and report:
  --bail                stop at the first failed case
  --reporter name       pretty | json | junit (default pretty)
  --out file            write the report to a file (the summary line still goes to stdout)
  --verbose             list passing cases too (pretty reporter)
  -h, --help            this text

${EXIT_CODES}
`,
  list: `motcua-conformance list — list the selected cases (id, layer, check, title)

Usage: motcua-conformance list [options]

${RULEBOOK}

${SELECT}
  -h, --help            this text

Exit codes: 0 listed, 1 nothing selected, 2 bad usage or invalid case files.
`,
  validate: `motcua-conformance validate — check case files without running them

Usage: motcua-conformance validate [options]

${RULEBOOK}
  --cases path          case file or folder (repeatable; default as for run)
  -h, --help            this text

Exit codes: 0 valid, 2 bad usage or a problem (printed as file:line:column path — message).
`,
  mutate: `motcua-conformance mutate — measure how well the cases pin the plugin's rules

Changes one rule of the plugin under test at a time (numbers ±1, clock times ±30 min, booleans
flipped, list items dropped, duplicated or reordered), reruns the suite on each change and reports
the changes no case noticed (survivors), with the rule's path, and the kill score.

Usage: motcua-conformance mutate [options]

${RULEBOOK}
  --cases path          case file or folder (repeatable; default as for run)
  --grep pattern        only rules whose path matches this regular expression
  --max n               at most n mutants (in rule order)
  --min-score x         exit 1 when the kill score is below x (0 to 1)
  --reporter name       pretty | json (default pretty)
  -h, --help            this text

Exit codes: 0 done (and the score at least --min-score), 1 below --min-score, 2 bad usage or the
suite cannot run.
`,
  schema: `motcua-conformance schema — print a JSON Schema (draft 2020-12)

Usage: motcua-conformance schema [case-file | adapter-info | adapter-request | adapter-response]

Exit codes: 0 printed, 2 unknown schema name.
`,
};
HELP["help"] = HELP["main"] ?? "";

export const COMMANDS = ["run", "list", "validate", "mutate", "schema", "help"] as const;
export type Command = (typeof COMMANDS)[number];
export const SCHEMAS = ["case-file", "adapter-info", "adapter-request", "adapter-response"] as const;
const REPORTERS: ReadonlyArray<ReporterName> = ["pretty", "json", "junit"];

const OPTIONS = {
  rulebook: { type: "string" },
  plugin: { type: "string", multiple: true },
  "plugin-timeout": { type: "string" },
  target: { type: "string" },
  timeout: { type: "string" },
  cases: { type: "string", multiple: true },
  layer: { type: "string" },
  id: { type: "string", multiple: true },
  grep: { type: "string" },
  bail: { type: "boolean" },
  reporter: { type: "string" },
  out: { type: "string" },
  verbose: { type: "boolean" },
  max: { type: "string" },
  "min-score": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Which options each command takes (help and version go with every one). */
const ALLOWED: Record<Command, ReadonlyArray<keyof typeof OPTIONS>> = {
  run: [
    "rulebook",
    "plugin",
    "plugin-timeout",
    "target",
    "timeout",
    "cases",
    "layer",
    "id",
    "grep",
    "bail",
    "reporter",
    "out",
    "verbose",
  ],
  list: ["rulebook", "plugin", "plugin-timeout", "cases", "layer", "id", "grep"],
  validate: ["rulebook", "plugin", "plugin-timeout", "cases"],
  mutate: ["rulebook", "plugin", "plugin-timeout", "cases", "grep", "max", "min-score", "reporter"],
  schema: [],
  help: [],
};

export class UsageError extends Error {
  constructor(
    message: string,
    readonly command: Command | undefined,
  ) {
    super(message);
  }
}

/** The help text of a command (the main text for none). */
export const helpText = (command: Command | undefined): string =>
  HELP[command ?? "main"] ?? HELP["main"] ?? "";

const splitList = (value: string | undefined): ReadonlyArray<string> | undefined =>
  value === undefined
    ? undefined
    : value
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s.length > 0);

const positiveMs = (name: string, value: string | undefined, command: Command): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 3_600_000)
    throw new UsageError(
      `--${name} must be a whole number of milliseconds (1 to 3600000), got "${value}"`,
      command,
    );
  return n;
};

/** What the command line asks for. */
export interface CliOptions {
  readonly command: Command;
  readonly help: boolean;
  readonly version: boolean;
  readonly topic: string | undefined;
  readonly rulebook: ReadonlyArray<string> | undefined;
  readonly plugins: ReadonlyArray<string>;
  readonly pluginTimeoutMs: number | undefined;
  readonly target: string | undefined;
  readonly timeoutMs: number | undefined;
  readonly cases: ReadonlyArray<string> | undefined;
  readonly layers: ReadonlyArray<Layer> | undefined;
  readonly ids: ReadonlyArray<string> | undefined;
  readonly grep: RegExp | undefined;
  readonly bail: boolean;
  readonly reporter: ReporterName;
  readonly out: string | undefined;
  readonly verbose: boolean;
  readonly max: number | undefined;
  readonly minScore: number | undefined;
}

/** Parses the command line; throws {@link UsageError} with a "did you mean" where one helps. */
export function parseCli(argv: ReadonlyArray<string>): CliOptions {
  let parsed;
  const first = argv.find((a) => !a.startsWith("-"));
  const guessCommand = (COMMANDS as ReadonlyArray<string>).includes(first ?? "")
    ? (first as Command)
    : undefined;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const unknown = /'(--?[^']+)'/.exec(message)?.[1];
    const guess =
      unknown === undefined ? undefined : suggest(unknown.replace(/^-+/, ""), Object.keys(OPTIONS));
    throw new UsageError(
      `${message}${guess === undefined ? "" : ` (did you mean --${guess}?)`}`,
      guessCommand,
    );
  }
  const { values, positionals } = parsed;
  const name = positionals[0];
  if (name === undefined) {
    if (values.help === true || values.version === true)
      return { ...empty("help"), help: true, version: values.version === true };
    throw new UsageError("missing command", undefined);
  }
  if (!(COMMANDS as ReadonlyArray<string>).includes(name)) {
    const guess = suggest(name, COMMANDS);
    throw new UsageError(
      `unknown command "${name}"${guess === undefined ? "" : ` (did you mean "${guess}"?)`}`,
      undefined,
    );
  }
  const command = name as Command;
  const maxPositionals = command === "help" || command === "schema" ? 2 : 1;
  if (positionals.length > maxPositionals)
    throw new UsageError(`unexpected argument "${positionals[maxPositionals] ?? ""}"`, command);
  const topic = positionals[1];
  if (values.help === true || values.version === true)
    return { ...empty(command), help: values.help === true, version: values.version === true, topic };
  for (const key of Object.keys(values) as Array<keyof typeof OPTIONS>) {
    if (key === "help" || key === "version") continue;
    if (!ALLOWED[command].includes(key))
      throw new UsageError(`--${key} does not apply to "${command}"`, command);
  }
  if (command === "help" && topic !== undefined && !(COMMANDS as ReadonlyArray<string>).includes(topic)) {
    const guess = suggest(topic, COMMANDS);
    throw new UsageError(
      `unknown command "${topic}"${guess === undefined ? "" : ` (did you mean "${guess}"?)`}`,
      undefined,
    );
  }
  if (command === "schema" && topic !== undefined && !(SCHEMAS as ReadonlyArray<string>).includes(topic)) {
    const guess = suggest(topic, SCHEMAS);
    throw new UsageError(
      `unknown schema "${topic}"${guess === undefined ? "" : ` (did you mean "${guess}"?)`}; schemas: ${SCHEMAS.join(", ")}`,
      command,
    );
  }
  const layers = splitList(values.layer);
  for (const layer of layers ?? []) {
    if (!(LAYERS as ReadonlyArray<string>).includes(layer)) {
      const guess = suggest(layer, LAYERS);
      throw new UsageError(
        `unknown layer "${layer}"${guess === undefined ? "" : ` (did you mean "${guess}"?)`}; layers: ${LAYERS.join(", ")}`,
        command,
      );
    }
  }
  const reporter = values.reporter ?? "pretty";
  if (!(REPORTERS as ReadonlyArray<string>).includes(reporter))
    throw new UsageError(`unknown reporter "${reporter}"; reporters: ${REPORTERS.join(", ")}`, command);
  if (values.rulebook !== undefined && values.plugin !== undefined)
    throw new UsageError("give either --rulebook or --plugin, not both", command);
  if (values.target !== undefined && values.plugin !== undefined)
    throw new UsageError(
      "--target runs the suite against another system: give --rulebook, not --plugin",
      command,
    );
  if (values.timeout !== undefined && values.target === undefined)
    throw new UsageError("--timeout is the per-case time limit of --target", command);
  let grep: RegExp | undefined;
  if (values.grep !== undefined) {
    try {
      grep = new RegExp(values.grep, "u");
    } catch (e) {
      throw new UsageError(
        `--grep "${values.grep}" is not a regular expression: ${(e as Error).message}`,
        command,
      );
    }
  }
  const ids = values.id?.flatMap((v) => splitList(v) ?? []);
  return {
    command,
    help: false,
    version: false,
    topic,
    rulebook: splitList(values.rulebook),
    plugins: values.plugin ?? [],
    pluginTimeoutMs: positiveMs("plugin-timeout", values["plugin-timeout"], command),
    target: values.target,
    timeoutMs: positiveMs("timeout", values.timeout, command),
    cases: values.cases,
    layers: layers as ReadonlyArray<Layer> | undefined,
    ids,
    grep,
    bail: values.bail === true,
    reporter: reporter as ReporterName,
    out: values.out,
    verbose: values.verbose === true,
    max: count("max", values.max, command),
    minScore: score(values["min-score"], command),
  };
}

function count(name: string, value: string | undefined, command: Command): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} must be a whole number ≥ 1, got "${value}"`, command);
  return n;
}

function score(value: string | undefined, command: Command): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(n >= 0 && n <= 1))
    throw new UsageError(`--min-score must be between 0 and 1, got "${value}"`, command);
  return n;
}

function empty(command: Command): CliOptions {
  return {
    command,
    help: false,
    version: false,
    topic: undefined,
    rulebook: undefined,
    plugins: [],
    pluginTimeoutMs: undefined,
    target: undefined,
    timeoutMs: undefined,
    cases: undefined,
    layers: undefined,
    ids: undefined,
    grep: undefined,
    bail: false,
    reporter: "pretty",
    out: undefined,
    verbose: false,
    max: undefined,
    minScore: undefined,
  };
}
