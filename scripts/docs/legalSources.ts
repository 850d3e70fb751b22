/**
 * Renders `docs/legal-sources.md` from the rulebook itself: every rule version of the national
 * baseline and of each province plugin, resolved with `composeRulebook` on the first day it is in
 * force, with its value, citation, verification and validity; then the calendar's and the SLA's
 * source tables. Pure: same sources in, same page out.
 *
 * @module
 */
import { citeLegalRef, type LegalRef, type Validity } from "../../packages/core/src/index.ts";
import type { Plugin, PluginRule, ResolvedRule } from "../../packages/plugin-sdk/src/index.ts";
import { table, summarize } from "./markdown.ts";
import type { YearlyNotice } from "../../packages/calendar/src/index.ts";
import type { DocsSources } from "./sources.ts";
import { sourceDocumentsSection } from "./sourceDocuments.ts";

/**
 * The date a rule version valid at all times is resolved on: 1/7/2025, the first day of the 2025
 * reform (Nghị định 118/2025/NĐ-CP in force, district level abolished).
 */
export const ANCHOR_DATE = "2025-07-01";

/** One rule version, resolved. */
export interface RuleRow {
  /** The plugin that contributes the version. */
  readonly plugin: string;
  /** `<slot>.<key>`. */
  readonly path: string;
  /** How it combines with the national baseline. */
  readonly mode: PluginRule["mode"];
  /** The date the rulebook was composed for. */
  readonly asOf: string;
  /** The resolved rule on that date. */
  readonly resolved: ResolvedRule;
  /** The version's own legal reference. */
  readonly legalRef: LegalRef;
  /** The version's validity. */
  readonly validity: Validity;
  /** The version's note. */
  readonly note?: string;
}

const later = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : a > b ? a : b;
const earlier = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

/**
 * The first day a rule version is in force within its plugin's validity; for a version open at the
 * start, its last day; for one open at both ends, {@link ANCHOR_DATE} (or the plugin's own bounds).
 */
export function resolutionDate(rule: PluginRule, plugin: Plugin): string {
  return (
    later(rule.validity.validFrom, plugin.validity.validFrom) ??
    earlier(rule.validity.validTo, plugin.validity.validTo) ??
    ANCHOR_DATE
  );
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every rule version of `plugin`, composed on the national baseline (or alone, for the baseline)
 * as of {@link resolutionDate}. Throws when the rulebook does not resolve the version it was
 * composed for, so the page can never describe a rule the library would not apply.
 */
export function resolveRows(sources: DocsSources, plugin: Plugin): RuleRow[] {
  const stack = plugin.id === sources.national.id ? [plugin] : [sources.national, plugin];
  return plugin.rules.map((rule) => {
    const asOf = resolutionDate(rule, plugin);
    const book = sources.composeRulebook(stack, { asOf });
    const resolved = book.rules.get(rule.path);
    const step = resolved?.provenance.findLast((s) => s.plugin === plugin.id);
    if (
      resolved === undefined ||
      step === undefined ||
      !same(step.validity, rule.validity) ||
      !same(step.legalRef, rule.legalRef)
    )
      throw new Error(
        `docs generator: ${plugin.id} ${rule.path} (version ${rule.version}) does not resolve on ${asOf}`,
      );
    return {
      plugin: plugin.id,
      path: rule.path,
      mode: rule.mode,
      asOf,
      resolved,
      legalRef: rule.legalRef,
      validity: rule.validity,
      ...(rule.note === undefined ? {} : { note: rule.note }),
    };
  });
}

/** The part of a rule version's validity that lies within its plugin's. */
export const effectiveValidity = (rule: Validity, plugin: Validity): Validity => {
  const from = later(rule.validFrom, plugin.validFrom);
  const to = earlier(rule.validTo, plugin.validTo);
  return { ...(from === undefined ? {} : { validFrom: from }), ...(to === undefined ? {} : { validTo: to }) };
};

/** `from → to`, with `…` for an open end, or `always`. */
export const period = (v: Validity): string =>
  v.validFrom === undefined && v.validTo === undefined
    ? "always"
    : `${v.validFrom ?? "…"} → ${v.validTo ?? "…"}`;

const verifiedMark = (ref: LegalRef): string => (ref.verified ? "✓" : "✗ unverified");

/** The citation of a reference followed by its note. */
const source = (ref: LegalRef, extra?: string): string =>
  [citeLegalRef(ref), ref.note, extra === undefined ? undefined : `Rule note: ${extra}`]
    .filter((s): s is string => s !== undefined && s !== "")
    .join(" — ");

function valueOf(row: RuleRow): string {
  if (row.resolved.forbidden) return "forbidden";
  const v = `\`${summarize(row.resolved.value)}\``;
  return row.mode === "extend" ? `${v} (merged with the baseline as of ${row.asOf})` : v;
}

function document(ref: LegalRef): string {
  const origin = [ref.issuer, ref.issued].filter((s) => s !== undefined).join(", ");
  const head = [`**${ref.document}**`, origin === "" ? undefined : `(${origin})`]
    .filter((s) => s !== undefined)
    .join(" ");
  const rest = [ref.title, ref.lines, ref.note].filter((s): s is string => s !== undefined).join(" — ");
  return `- ${head}${rest === "" ? "" : ` — ${rest}`}${ref.verified ? "" : " _[unverified]_"}`;
}

function pluginSection(sources: DocsSources, plugin: Plugin, rows: ReadonlyArray<RuleRow>): string {
  const j = plugin.jurisdiction;
  const where =
    j.level === "national"
      ? "national"
      : j.level === "province"
        ? `province \`${j.province}\``
        : `unit \`${j.unit}\``;
  const isBaseline = plugin.id === sources.national.id;
  const out = [
    `## ${plugin.name} — \`${plugin.id}@${plugin.version}\``,
    "",
    `Jurisdiction: ${where}. In force: ${period(plugin.validity)}.${
      plugin.succession === undefined
        ? ""
        : ` Succeeded by \`${plugin.succession.successor}\` after ${plugin.validity.validTo ?? "its last day"} — ${source(plugin.succession.legalRef).replace(/\.$/, "")}.`
    }`,
    "",
    isBaseline
      ? "Each rule version is resolved with `composeRulebook([national], { asOf })` on the first day it is in force."
      : `Each rule version is resolved with \`composeRulebook([national, ${plugin.id}], { asOf })\` on the first day it is in force; \`extend\` rows show the merged value.`,
    "",
    "Legal basis:",
    "",
    ...plugin.legalBasis.map(document),
  ];
  const slots = [...new Set(rows.map((r) => r.path.slice(0, r.path.indexOf("."))))];
  for (const slot of slots) {
    const header = isBaseline
      ? ["Path", "Value", "In force", "Verified", "Source"]
      : ["Path", "Mode", "Value", "In force", "Verified", "Source"];
    const body = rows
      .filter((r) => r.path.startsWith(`${slot}.`))
      .map((r) => {
        const cells = [
          `\`${r.path}\``,
          valueOf(r),
          period(effectiveValidity(r.validity, plugin.validity)),
          verifiedMark(r.legalRef),
          source(r.legalRef, r.note),
        ];
        return isBaseline ? cells : [cells[0] as string, r.mode, ...cells.slice(1)];
      });
    out.push("", `### \`${slot}\``, "", table(header, body));
  }
  return out.join("\n");
}

function summaryTable(sections: ReadonlyArray<{ plugin: Plugin; rows: ReadonlyArray<RuleRow> }>): string {
  return table(
    ["Plugin", "Version", "Jurisdiction", "In force", "Rule versions", "Unverified"],
    sections.map(({ plugin, rows }) => [
      `[${plugin.name}](#${anchor(plugin)})`,
      plugin.version,
      plugin.jurisdiction.level === "national"
        ? "national"
        : plugin.jurisdiction.level === "province"
          ? plugin.jurisdiction.province
          : plugin.jurisdiction.unit,
      period(plugin.validity),
      String(rows.length),
      String(rows.filter((r) => !r.legalRef.verified).length),
    ]),
  );
}

/** The GitHub anchor of a plugin's section heading. */
function anchor(plugin: Plugin): string {
  return `${plugin.name} — ${plugin.id}@${plugin.version}`
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s/g, "-");
}

function sourceTable(
  title: string,
  intro: string,
  refs: Readonly<Record<string, LegalRef>>,
  keyName: string,
): string {
  return [
    `### ${title}`,
    "",
    intro,
    "",
    table(
      [keyName, "Verified", "Source"],
      Object.entries(refs).map(([key, ref]) => [`\`${key}\``, verifiedMark(ref), source(ref)]),
    ),
  ].join("\n");
}

/** `d/m` of a civil date, as Vietnamese notices write it. */
const dayMonth = (date: string): string => `${Number(date.slice(8, 10))}/${Number(date.slice(5, 7))}`;

function noticeDays(sources: DocsSources, notice: YearlyNotice): string {
  const name = (id: string | undefined): string =>
    id === undefined ? "?" : (sources.holidayNames[id]?.en ?? id);
  const groups = new Map<string, string[]>();
  for (const d of notice.daysOff) {
    const label =
      d.kind === "holiday"
        ? dayMonth(d.date)
        : d.compensates !== undefined
          ? `${dayMonth(d.date)} (compensatory for ${dayMonth(d.compensates)})`
          : `${dayMonth(d.date)} (swapped with Saturday ${dayMonth(d.swappedWith ?? d.date)})`;
    const key = d.holiday === undefined ? "Swapped days" : name(d.holiday);
    groups.set(key, [...(groups.get(key) ?? []), label]);
  }
  return [...groups].map(([key, days]) => `${key}: ${days.join(", ")}`).join("; ");
}

function noticesTable(sources: DocsSources): string {
  const rows = sources.yearlyNotices.map((n) => [
    String(n.year),
    noticeDays(sources, n),
    n.makeUpWorkdays.length === 0
      ? "—"
      : n.makeUpWorkdays.map((m) => `${dayMonth(m.date)} (for ${dayMonth(m.replaces)})`).join(", "),
    verifiedMark(n.legalRef),
    source(n.legalRef),
  ]);
  return [
    "### Yearly official notices (`YEARLY_NOTICES`)",
    "",
    "The civil-service schedules fixed by the Prime Minister's yearly notices; a year without a notice is projected from the statutes and says so.",
    "",
    table(["Year", "Weekdays off", "Saturdays worked", "Verified", "Source"], rows),
  ].join("\n");
}

/** A rule found in a data structure: an object carrying a `legalRef`, at a readable path. */
export interface RefRow {
  readonly path: string;
  /** The object without its `legalRef`. */
  readonly value: unknown;
  readonly legalRef: LegalRef;
  /** Its own validity, or the nearest enclosing one. */
  readonly validity: Validity;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isLegalRef = (v: unknown): v is LegalRef =>
  isRecord(v) && typeof v["document"] === "string" && typeof v["verified"] === "boolean";

/** The segment naming an array item: its `id`, its `duty` and `party`, or its index. */
const itemSegment = (item: unknown, index: number): string => {
  if (!isRecord(item)) return `[${index}]`;
  if (typeof item["id"] === "string") return `[${item["id"]}]`;
  if (typeof item["duty"] === "string")
    return `[${item["duty"]}${typeof item["party"] === "string" ? ` ${item["party"]}` : ""}]`;
  return `[${index}]`;
};

/**
 * Every object carrying a `legalRef` inside `value`, depth first in declaration order, with the
 * validity in force around it (rule sets such as the handover rules).
 */
export function collectRefs(value: unknown, path = "", validity: Validity = {}): RefRow[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => collectRefs(item, `${path}${itemSegment(item, i)}`, validity));
  if (!isRecord(value)) return [];
  const own = isRecord(value["validity"]) ? (value["validity"] as Validity) : validity;
  const rows: RefRow[] = [];
  if (isLegalRef(value["legalRef"])) {
    const rest = Object.fromEntries(
      Object.entries(value).filter(
        ([k, v]) => k !== "legalRef" && k !== "validity" && collectRefs(v).length === 0,
      ),
    );
    rows.push({
      path: path === "" ? "(root)" : path,
      value: "value" in rest && Object.keys(rest).length === 1 ? rest["value"] : rest,
      legalRef: value["legalRef"],
      validity: own,
    });
  }
  for (const [key, child] of Object.entries(value))
    if (key !== "legalRef") rows.push(...collectRefs(child, path === "" ? key : `${path}.${key}`, own));
  return rows;
}

function refRowsTable(rows: ReadonlyArray<RefRow>): string {
  return table(
    ["Path", "Value", "In force", "Verified", "Source"],
    rows.map((r) => [
      `\`${r.path}\``,
      `\`${summarize(r.value)}\``,
      period(r.validity),
      verifiedMark(r.legalRef),
      source(r.legalRef),
    ]),
  );
}

function dossierSection(): string {
  return [
    "## Dossier rules (`@motcua/dossier`)",
    "",
    "`replay`, `can` and the forms read the rulebook's `sla` and `permissions` slots (above, per plugin): the package holds no rule value of its own.",
  ].join("\n");
}

/** The handover rules of a plugin, every nested source (each step's) with its path. */
const handoverRefs = (plugin: Plugin): RefRow[] =>
  plugin.rules
    .filter((rule) => rule.slot === "handover" && rule.value !== undefined)
    .flatMap((rule) => collectRefs(rule.value, rule.key, rule.validity));

function handoverSection(sources: DocsSources): string {
  return [
    "## Handover approval rules (the plugins' `handover` slot, read by `@motcua/handover`)",
    "",
    "What `decide` applies: who proposes, agrees, advises, decides and is informed, by level and period, as each province wrote it down — every step with its own source.",
    ...sources.provinces.flatMap((plugin) => {
      const rows = handoverRefs(plugin);
      return rows.length === 0 ? [] : ["", `### \`${plugin.id}\``, "", refRowsTable(rows)];
    }),
  ].join("\n");
}

/** One line of the unverified index: where the rule lives, its path, validity and reference. */
interface Unverified {
  readonly where: string;
  readonly path: string;
  readonly validity: Validity;
  readonly legalRef: LegalRef;
}

/** `SLA_RULE_SOURCES` for the first set (its exported name), `slaRuleSourcesOn(date)` for later ones. */
const slaSourcesName = (validity: Validity): string =>
  validity.validFrom === undefined ? "SLA_RULE_SOURCES" : `slaRuleSourcesOn("${validity.validFrom}")`;

function unverifiedRows(sources: DocsSources, rows: ReadonlyArray<RuleRow>): Unverified[] {
  const refs = (
    where: string,
    table: Readonly<Record<string, LegalRef>>,
    validity: Validity = {},
  ): Unverified[] => Object.entries(table).map(([path, legalRef]) => ({ where, path, validity, legalRef }));
  return [
    ...rows.map((r) => ({ where: r.plugin, path: r.path, validity: r.validity, legalRef: r.legalRef })),
    ...refs("CALENDAR_SOURCES", sources.holidaySources),
    ...sources.yearlyNotices.map((n) => ({
      where: "YEARLY_NOTICES",
      path: String(n.year),
      validity: {},
      legalRef: n.legalRef,
    })),
    ...sources.slaRuleSourceVersions.flatMap((v) => refs(slaSourcesName(v.validity), v.sources, v.validity)),
    ...sources.provinces.flatMap((plugin) => handoverRefs(plugin).map((r) => ({ where: plugin.id, ...r }))),
  ].filter((u) => !u.legalRef.verified);
}

function unverifiedIndex(list: ReadonlyArray<Unverified>): string {
  return [
    "## Unverified rules",
    "",
    `Every rule on this page whose own source is \`verified: false\` (${list.length}): secondary, inferred, or a text we could not read. Check these first when a source becomes available.`,
    "",
    ...list.map(
      (u) => `- \`${u.where}\` \`${u.path}\` (${period(u.validity)}) — ${citeLegalRef(u.legalRef)}`,
    ),
  ].join("\n");
}

/** The whole `docs/legal-sources.md` page. */
export function renderLegalSources(sources: DocsSources): string {
  const plugins = [sources.national, ...sources.provinces];
  const sections = plugins.map((plugin) => ({ plugin, rows: resolveRows(sources, plugin) }));
  const all = sections.flatMap((s) => s.rows);
  const unverified = all.filter((r) => !r.legalRef.verified).length;
  return [
    "# Legal sources",
    "",
    "<!-- Generated by scripts/docs/generate.ts from the rulebook itself; do not edit by hand. -->",
    "",
    "Every rule motcua applies, with the legal reference it rests on. This page is generated from the",
    "plugins and source tables themselves (`node --conditions=@motcua/source --import tsx scripts/docs/generate.ts`),",
    "and a test fails when it is stale, so it cannot drift from the code.",
    "",
    `${all.length} rule versions in ${plugins.length} plugins; ${unverified} rest on a source marked unverified.`,
    "A rule marked ✗ unverified is encoded as data with the source we have,",
    "never as a guessed figure; see [Unverified rules](#unverified-rules).",
    "",
    "How to read a row: **Path** is `<slot>.<key>` in the rulebook; **Value** is the value",
    "`composeRulebook` resolves on the first day the version is in force (a summary); **In force** is the",
    "version's validity (both ends inclusive); **Source** is the citation (`LegalRef`: document, issuer",
    "and date, article, clause, lines) and its note. The provinces' own plans and reports motcua was",
    "built from are cited by line (`L231`); [The provinces' source documents](#the-provinces-source-documents)",
    "lists them by number, issuer and date.",
    "",
    summaryTable(sections),
    "",
    sourceTable(
      "The law since 1/7/2025 (`LAW_SINCE_2025` of `@motcua/national`)",
      'Nghị định 118/2025/NĐ-CP replaced Nghị định 61/2018 on 1/7/2025. Its full text, that of Nghị định 367/2025 and that of Thông tư 03/2025 were not read: what is encoded from them is marked unverified, and every rule of 61/2018 they do not visibly change is carried over as data flagged "carried over from Nghị định 61/2018; the 118/2025 text was not read".',
      sources.lawSince2025,
      "Key",
    ),
    "",
    ...sections.flatMap(({ plugin, rows }) => [pluginSection(sources, plugin, rows), ""]),
    "## Calendar sources (`@motcua/calendar`)",
    "",
    sourceTable(
      "Statutory holidays and projections (`CALENDAR_SOURCES` of `@motcua/national`, projections of `@motcua/calendar`)",
      "The statutes behind the holidays the calendar computes, and the projection rules used for years without a notice.",
      sources.holidaySources,
      "Key",
    ),
    "",
    noticesTable(sources),
    "",
    "## Deadline sources (`@motcua/sla`)",
    "",
    ...sources.slaRuleSourceVersions.flatMap((v) => [
      sourceTable(
        `Clock rules for dossiers received ${period(v.validity)} (\`${slaSourcesName(v.validity)}\`)`,
        "The sources of the deadline clock's rules, cited by `computeClock`'s explanation for a dossier received in this period (`slaRuleSourcesOn(receiptDate)`).",
        v.sources,
        "Rule",
      ),
      "",
    ]),
    "",
    dossierSection(),
    "",
    handoverSection(sources),
    "",
    sourceDocumentsSection(plugins),
    "",
    unverifiedIndex(unverifiedRows(sources, all)),
    "",
  ].join("\n");
}
