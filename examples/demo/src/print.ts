/** Small terminal helpers for the demo: headings, key/value lines and tables, no colours needed. */

export const heading = (vi: string, en: string): void => {
  const title = `${vi} — ${en}`;
  console.log(`\n${title}\n${"═".repeat(Math.min(title.length, 100))}`);
};

export const line = (label: string, value: unknown): void => {
  console.log(`  ${label.padEnd(44)} ${String(value)}`);
};

export const note = (text: string): void => {
  console.log(`  · ${text}`);
};

export const table = (headers: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<unknown>>): void => {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? "").length)));
  const fmt = (r: ReadonlyArray<unknown>) =>
    "  " +
    r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join("  ");
  console.log(fmt(headers));
  console.log("  " + widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of rows) console.log(fmt(r));
};
