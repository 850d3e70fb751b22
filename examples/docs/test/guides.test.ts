/**
 * Every ```ts block in docs/*.md is executed: blocks are written to `.snippets/` next to this test and
 * imported, so they resolve `@motcua/*` exactly as a user's code would (against sources). A block
 * that throws fails its guide's test. A block fenced ```ts continued is prepended to the next block.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));
const docs = join(here, "..", "..", "..", "docs");
const out = join(here, "..", ".snippets");

interface Snippet {
  readonly guide: string;
  readonly index: number;
  readonly line: number;
  readonly code: string;
}

function extract(guide: string): Snippet[] {
  const text = readFileSync(join(docs, guide), "utf8");
  const snippets: Snippet[] = [];
  const fence = /^```(ts|typescript)([^\n]*)\n([\s\S]*?)^```/gm;
  let carried = "";
  for (const match of text.matchAll(fence)) {
    const info = match[2]?.trim() ?? "";
    const code = match[3] ?? "";
    if (info === "continued") {
      carried += code;
      continue;
    }
    const line = text.slice(0, match.index).split("\n").length;
    snippets.push({ guide, index: snippets.length, line, code: carried + code });
    carried = "";
  }
  return snippets;
}

const guides = readdirSync(docs).filter((f) => f.endsWith(".md"));
const all = guides.flatMap(extract);

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("docs/*.md code blocks run", () => {
  it("finds code blocks to run", () => {
    expect(all.length).toBeGreaterThan(0);
  });

  for (const s of all) {
    it(`${s.guide}:${s.line} (block ${s.index + 1})`, async () => {
      const file = join(out, `${s.guide.replace(/\W/g, "_")}-${s.index}.ts`);
      writeFileSync(file, `${s.code}\nexport {};\n`);
      const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
      try {
        await import(pathToFileURL(file).href);
      } finally {
        log.mockRestore();
      }
    });
  }
});
