/**
 * Reporters: turn {@link RunResults} into text for people (pretty), machines (json, the results
 * file) and CI dashboards (JUnit XML).
 *
 * @module
 */
import { LAYERS } from "./CaseFile";
import type { CaseResult } from "./runCase";
import { countResults, type Counts, type RunResults } from "./runConformance";

/**
 * The names accepted by `--reporter`.
 *
 * @since 0.1.0
 * @category Reporting
 */
export type ReporterName = "pretty" | "json" | "junit";

/**
 * The summary line every pretty report ends with: `N passed, N failed` (plus `, N skipped` when
 * some were skipped).
 *
 * @example
 * ```ts
 * import { summaryLine } from "@motcua/conformance";
 * summaryLine({ passed: 3, failed: 1, skipped: 0, total: 4 }); // "3 passed, 1 failed"
 * ```
 * @since 0.1.0
 * @category Reporting
 */
export const summaryLine = (counts: Counts): string =>
  `${counts.passed} passed, ${counts.failed} failed${counts.skipped > 0 ? `, ${counts.skipped} skipped` : ""}`;

/**
 * Options of {@link reportPretty}.
 *
 * @since 0.1.0
 * @category Reporting
 */
export interface PrettyOptions {
  /** List passing cases too (default: only failed and skipped cases are listed). */
  readonly verbose?: boolean;
}

const MARK = { passed: "✓", failed: "✗", skipped: "○" } as const;

/**
 * A human report grouped by layer and area: counts per group, each failure with its message,
 * file:line and source, and a last line `N passed, N failed[, N skipped]`.
 *
 * @example
 * ```ts
 * import { reportPretty } from "@motcua/conformance";
 * // console.log(reportPretty(results));
 * ```
 * @since 0.1.0
 * @category Reporting
 */
export function reportPretty(results: RunResults, options: PrettyOptions = {}): string {
  const lines: string[] = [];
  const under = results.plugins.map((p) => `${p.id}@${p.version}`).join(" + ");
  lines.push(
    results.target === null
      ? `${results.suite} · rulebook ${results.rulebook === null ? "per case" : results.rulebook.join(", ")} · plugins ${under}`
      : `${results.suite} · rulebook ${results.rulebook === null ? "per case" : results.rulebook.join(", ")} · target ${results.target.name} ${results.target.version} at ${results.target.url}`,
  );
  lines.push(
    `cases ${results.caseSetHash.slice(0, 19)}… · ${results.files} files · ${results.counts.total} cases run${results.notSelected > 0 ? ` · ${results.notSelected} not selected` : ""}`,
  );
  for (const layer of LAYERS) {
    const inLayer = results.cases.filter((c) => c.layer === layer);
    if (inLayer.length === 0) continue;
    lines.push("", `${layer} — ${summaryLine(countResults(inLayer))}`);
    const areas = [...new Set(inLayer.map((c) => c.area))];
    for (const area of areas) {
      const inArea = inLayer.filter((c) => c.area === area);
      const counts = countResults(inArea);
      const mark = counts.failed > 0 ? MARK.failed : counts.passed > 0 ? MARK.passed : MARK.skipped;
      lines.push(`  ${mark} ${area} — ${summaryLine(counts)}`);
      for (const c of inArea) {
        if (c.status === "passed" && options.verbose !== true) continue;
        lines.push(`      ${MARK[c.status]} ${c.id} — ${c.title}`);
        if (c.status !== "passed") {
          lines.push(`          ${c.status === "skipped" ? "skipped: " : ""}${c.message}`);
          lines.push(`          at ${c.file}:${c.line} · source: ${c.source}`);
        }
      }
    }
  }
  if (results.problems.length > 0) {
    lines.push("", "The run proves nothing until these are fixed:");
    for (const p of results.problems) lines.push(`  ${MARK.failed} [${p.code}] ${p.en}`);
  }
  if (results.bailed !== null)
    lines.push("", `--bail: stopped after ${results.bailed.after}; ${results.bailed.notRun} case(s) not run`);
  lines.push("", summaryLine(results.counts));
  return `${lines.join("\n")}\n`;
}

/**
 * The results file: {@link RunResults} as indented JSON.
 *
 * @example
 * ```ts
 * import { reportJson } from "@motcua/conformance";
 * // writeFileSync("results.json", reportJson(results));
 * ```
 * @since 0.1.0
 * @category Reporting
 */
export const reportJson = (results: RunResults): string => `${JSON.stringify(results, null, 2)}\n`;

const xml = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

const testcase = (c: CaseResult): string => {
  const open = `    <testcase classname="${xml(`${c.layer}.${c.area}`)}" name="${xml(`${c.id} — ${c.title}`)}" file="${xml(c.file)}" line="${c.line}" time="${seconds(c.durationMs)}"`;
  if (c.status === "passed") return `${open}/>`;
  if (c.status === "skipped")
    return `${open}>\n      <skipped message="${xml(c.message)}"/>\n    </testcase>`;
  return `${open}>\n      <failure message="${xml(c.message)}" type="conformance">${xml(`${c.message}\nat ${c.file}:${c.line}\nsource: ${c.source}`)}</failure>\n    </testcase>`;
};

/**
 * JUnit XML: one `<testsuite>` per layer, one `<testcase>` per case, for CI dashboards, after a
 * `run` suite carrying the run's properties (suite, runner, date, rulebook, case-set hash and, for
 * `--target`, the system's URL, name and version) and one failure per problem that makes the run
 * prove nothing (or one passing test case when there is none).
 *
 * @example
 * ```ts
 * import { reportJunit } from "@motcua/conformance";
 * // writeFileSync("conformance.xml", reportJunit(results));
 * ```
 * @since 0.1.0
 * @category Reporting
 */
export function reportJunit(results: RunResults): string {
  const suites = LAYERS.map((layer) => {
    const cases = results.cases.filter((c) => c.layer === layer);
    const counts = countResults(cases);
    const time = cases.reduce((t, c) => t + c.durationMs, 0);
    return [
      `  <testsuite name="${xml(`${results.plugin.id} ${layer}`)}" tests="${counts.total}" failures="${counts.failed}" errors="0" skipped="${counts.skipped}" time="${seconds(time)}">`,
      ...cases.map(testcase),
      "  </testsuite>",
    ].join("\n");
  });
  const c = results.counts;
  const t = results.target;
  const properties = [
    ["suite", results.suite],
    ["runner", `${results.runner.name}@${results.runner.version}`],
    ["date", results.date],
    ["rulebook", results.rulebook === null ? "per case" : results.rulebook.join(",")],
    ["caseSetHash", results.caseSetHash],
    ...(t === null
      ? []
      : [
          ["target.url", t.url],
          ["target.name", t.name],
          ["target.version", t.version],
          ["target.protocol", t.protocol],
        ]),
  ]
    .map(([name, value]) => `      <property name="${xml(name ?? "")}" value="${xml(value ?? "")}"/>`)
    .join("\n");
  // The run's own verdict: what makes it prove nothing, as failures a CI dashboard shows.
  const run = [
    `  <testsuite name="${xml(`${results.plugin.id} run`)}" tests="${Math.max(1, results.problems.length)}" failures="${results.problems.length}" errors="0" skipped="0" time="0.000">`,
    `    <properties>\n${properties}\n    </properties>`,
    ...(results.problems.length === 0
      ? [
          `    <testcase classname="run" name="the run selected cases of every plugin under test" time="0.000"/>`,
        ]
      : results.problems.map(
          (p) =>
            `    <testcase classname="run" name="${xml(p.code)}" time="0.000">\n      <failure message="${xml(p.en)}" type="${xml(p.code)}">${xml(p.en)}</failure>\n    </testcase>`,
        )),
    "  </testsuite>",
  ].join("\n");
  const name = t === null ? `${results.plugin.id}@${results.plugin.version}` : `${t.name}@${t.version}`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="${xml(`${results.suite} ${name}`)}" tests="${c.total + Math.max(1, results.problems.length)}" failures="${c.failed + results.problems.length}" errors="0" skipped="${c.skipped}">`,
    run,
    ...suites,
    `</testsuites>`,
    "",
  ].join("\n");
}

/**
 * Renders results with the named reporter.
 *
 * @example
 * ```ts
 * import { report } from "@motcua/conformance";
 * // process.stdout.write(report(results, "pretty"));
 * ```
 * @since 0.1.0
 * @category Reporting
 */
export function report(results: RunResults, reporter: ReporterName, options: PrettyOptions = {}): string {
  return reporter === "json"
    ? reportJson(results)
    : reporter === "junit"
      ? reportJunit(results)
      : reportPretty(results, options);
}
