/**
 * The rule conformance suite of motcua: a versioned, language-neutral YAML case format (with a
 * published JSON Schema), the national cases, the checks they call, an Effect runner that judges
 * every case itself, reporters (pretty, JSON results file, JUnit) and the `motcua-conformance` CLI.
 *
 * @packageDocumentation
 * @module @motcua/conformance
 */
export {
  SUITE_VERSION,
  LAYERS,
  LayerSchema,
  CaseSchema,
  CaseListFileSchema,
  SingleCaseFileSchema,
  CaseFileSchema,
  caseFileJsonSchema,
  type Layer,
  type ConformanceCase,
} from "./CaseFile";
export {
  CONFORMANCE_INVALID_INPUT,
  CONFORMANCE_INVALID_OUTPUT,
  defineCheck,
  makeCheckRegistry,
  type Check,
  type CheckDefinition,
  type CheckRegistry,
} from "./Check";
export { calendarChecks } from "./checks/calendarChecks";
export { slaChecks } from "./checks/slaChecks";
export { dossierChecks } from "./checks/dossierChecks";
export { formChecks } from "./checks/formChecks";
export { jurisdictionChecks } from "./checks/jurisdictionChecks";
export { handoverChecks } from "./checks/handoverChecks";
export { staffingChecks } from "./checks/staffingChecks";
export { reportChecks } from "./checks/reportChecks";
export { builtinChecks } from "./checks/builtinChecks";
export {
  CONFORMANCE_UNKNOWN_RULEBOOK,
  makeCachedRulebookProvider,
  unknownRulebookError,
  type PluginInfo,
  type ResolvedRulebook,
  type RulebookProvider,
} from "./Rulebook";
export { nationalRulebookProvider } from "./nationalRulebookProvider";
export { pluginAliases, pluginRulebookProvider } from "./pluginRulebookProvider";
export { provinceRulebook } from "./provinceRulebook";
export { KNOWN_PLUGINS, knownPlugin, knownPluginNames, type KnownPlugin } from "./knownPlugins";
export {
  CONFORMANCE_PLUGIN_LOAD,
  CONFORMANCE_PLUGIN_NOT_INSTALLED,
  CONFORMANCE_PLUGIN_REFUSED,
  CONFORMANCE_PLUGIN_TIMEOUT,
  importPlugin,
  loadPluginProvider,
  type ImportPluginOptions,
  type LoadedPluginModule,
  type LoadedPlugins,
} from "./loadPluginProvider";
export { loadRulebook, loadInstalledPlugins } from "./loadRulebook";
export {
  ADAPTER_PROTOCOL,
  ADAPTER_CHECK_UNSUPPORTED,
  AdapterInfoSchema,
  AdapterRequestSchema,
  AdapterErrorSchema,
  AdapterResponseSchema,
  adapterJsonSchemas,
  type AdapterInfo,
  type AdapterRequest,
  type AdapterResponse,
} from "./adapterProtocol";
export {
  CONFORMANCE_TARGET_UNREACHABLE,
  connectTarget,
  type ConnectTargetOptions,
  type Target,
  type TargetInfo,
  type TargetOutcome,
} from "./target";
export {
  CASE_FILE_LIMITS,
  CONFORMANCE_CASE_ENCODING,
  CONFORMANCE_CASE_FORBIDDEN_KEY,
  CONFORMANCE_CASE_TOO_DEEP,
  CONFORMANCE_CASE_TOO_LARGE,
} from "./caseFileLimits";
export {
  CONFORMANCE_CASE_INVALID,
  parseCaseFile,
  type CaseIssue,
  type LoadedCase,
  type ParsedCaseFile,
  type ParseCaseFileOptions,
} from "./parseCaseFile";
export {
  CONFORMANCE_CASES_NOT_REGULAR,
  CONFORMANCE_CASES_SYMLINK_OUTSIDE,
  CONFORMANCE_CASES_UNREADABLE,
  formatCaseIssue,
  loadCases,
  validateCases,
  type CaseSet,
  type CaseSetValidation,
} from "./loadCases";
export { nationalCasesDir } from "./nationalCasesDir";
export { matchExpected, describeMismatches, type Mismatch } from "./matchExpected";
export { judgeCase, runCase, type CaseResult, type CaseStatus, type CheckOutcome } from "./runCase";
export {
  runConformance,
  countResults,
  type RunProblem,
  type RunOptions,
  type RunResults,
  type Counts,
} from "./runConformance";
export {
  report,
  reportJson,
  reportJunit,
  reportPretty,
  summaryLine,
  type PrettyOptions,
  type ReporterName,
} from "./reporters";
export { mutatePlugin, type MutantResult, type MutateOptions, type MutationReport } from "./mutate";
export { CONFORMANCE_VERSION } from "./version";
