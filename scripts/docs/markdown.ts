/**
 * Markdown helpers of the docs generator: table cells, short value summaries, and splicing
 * generated regions into hand-written pages.
 *
 * @module
 */

/** Escapes text for one cell of a GitHub-flavoured Markdown table. */
export const cell = (text: string): string => text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|").trim();

/** A Markdown table from a header row and rows of cells (cells are escaped). */
export function table(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const line = (cells: ReadonlyArray<string>): string => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}

const MAX_SUMMARY = 160;

const clip = (text: string, max = MAX_SUMMARY): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

const isScalar = (v: unknown): v is string | number | boolean | null =>
  v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";

const scalar = (v: string | number | boolean | null): string =>
  typeof v === "string" ? JSON.stringify(v) : String(v);

/** The label of an item of a list of objects: its `name`, `id`, `route` or `date`, when it has one. */
function labelOf(item: Record<string, unknown>): string | undefined {
  for (const key of ["name", "id", "route", "date", "domain", "activity"]) {
    const v = item[key];
    if (typeof v === "string" && v !== "") return v;
  }
  return undefined;
}

function inline(value: unknown): string {
  if (isScalar(value)) return scalar(value);
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[${value.map((v) => inline(v)).join(", ")}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{ ${entries.map(([k, v]) => `${k}: ${inline(v)}`).join(", ")} }`;
  }
  return String(value);
}

/**
 * A one-line summary of a rule value: scalars as written, short lists in full, lists of objects
 * by their labels (`3 items: a; b; c`), objects field by field; clipped to 160 characters.
 */
export function summarize(value: unknown): string {
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "object" && v !== null)) {
    const labels = value.map((v) => labelOf(v as Record<string, unknown>));
    if (labels.every((l): l is string => l !== undefined))
      return clip(`${value.length} item${value.length === 1 ? "" : "s"}: ${labels.join("; ")}`);
  }
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string")) {
    const joined = value.join("; ");
    if (joined.length > 60) return clip(`${value.length} items: ${joined}`);
  }
  return clip(inline(value));
}

/** The opening marker of a generated region. */
export const beginMarker = (name: string, from: string): string =>
  `<!-- generated:${name} — written by scripts/docs/generate.ts from ${from}; do not edit by hand -->`;

/** The closing marker of a generated region. */
export const endMarker = (name: string): string => `<!-- /generated:${name} -->`;

/**
 * Replaces the body of the region `name` of a page (between its markers) with `body`, set off by
 * blank lines so Markdown ends the comment, table or code block where it should. Throws when the
 * page lacks the markers, so a region cannot silently disappear.
 */
export function splice(page: string, name: string, from: string, body: string): string {
  const begin = new RegExp(`<!-- generated:${name}[ —][^\\n]*-->\\n`);
  const end = endMarker(name);
  const start = begin.exec(page);
  const stop = page.indexOf(end);
  if (start === null || stop < start.index)
    throw new Error(`docs generator: the page has no region "${name}" (${beginMarker(name, "…")} … ${end})`);
  return `${page.slice(0, start.index)}${beginMarker(name, from)}\n\n${body}\n\n${page.slice(stop)}`;
}
