/**
 * References a published file must not make: to the internal design notes, to the original text
 * files the province rules were read from (their file names, `seed NNN`, `seeds/`, a quoted bare
 * file number `"004 L39"`), and the relative links of a markdown page (checked against the files by
 * the caller).
 *
 * @module
 */

/** A reference found on a line (1-based). */
export interface Found {
  readonly line: number;
  readonly text: string;
}

const DANGLING = [
  /\b(?:DOMAIN|ARCHITECTURE|STYLE)\.md\b/,
  /\bseeds?\//i,
  /\bseed\s+\d{3}\b/i,
  /\b\d{3}_[0-9a-f]{16}\.txt\b/,
  // a source text cited by its bare file number: `cite: "004 L39"`
  /["'`(]\d{3} L\d+/,
];

/** Every line of `text` that names a design note or a source text file. */
export function danglingRefs(text: string): Found[] {
  return text
    .split("\n")
    .flatMap((line, i) =>
      DANGLING.some((re) => re.test(line)) ? [{ line: i + 1, text: line.trim().slice(0, 160) }] : [],
    );
}

/** The relative link targets of a markdown page, without `#anchor`, outside code. */
export function markdownLinks(markdown: string): Found[] {
  const out: Found[] = [];
  let fenced = false;
  markdown.split("\n").forEach((line, i) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced) return;
    for (const m of line.replace(/`[^`]*`/g, "").matchAll(/!?\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)) {
      const target = (m[1] ?? "").split("#")[0] ?? "";
      if (target === "" || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      out.push({ line: i + 1, text: target });
    }
  });
  return out;
}
