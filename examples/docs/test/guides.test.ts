/**
 * Every ```ts block in docs/*.md and in each package's README.md is executed: blocks are written to
 * `.snippets/` next to this test and imported, so they resolve `@motcua/*` exactly as a user's code
 * would (against sources). A block that throws fails its page's test. A block fenced ```ts continued
 * is prepended to the next block.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..", "..", "..");
const out = join(here, "..", ".snippets");

interface Snippet {
  readonly guide: string;
  readonly index: number;
  readonly line: number;
  readonly code: string;
}

function extract(guide: string): Snippet[] {
  const text = readFileSync(join(root, guide), "utf8");
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

/** The package folders: `packages/<name>` and `packages/provinces/<name>`. */
const packageDirs = (group: string): string[] =>
  readdirSync(join(root, group), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, group, e.name, "package.json")))
    .map((e) => `${group}/${e.name}`);

const guides = [
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
  ...[...packageDirs("packages"), ...packageDirs("packages/provinces")]
    .map((dir) => `${dir}/README.md`)
    .filter((readme) => existsSync(join(root, readme))),
];
const all = guides.flatMap(extract);

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("docs/*.md and package README code blocks run", () => {
  it("finds code blocks to run, in the guides and in the package READMEs", () => {
    expect(all.some((s) => s.guide.startsWith("docs/"))).toBe(true);
    expect(
      new Set(all.filter((s) => s.guide.endsWith("/README.md")).map((s) => s.guide)).size,
    ).toBeGreaterThan(10);
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
