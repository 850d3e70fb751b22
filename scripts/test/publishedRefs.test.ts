/**
 * What the project publishes (package sources, READMEs and case files, docs/*.md, the examples)
 * must not point to a file it does not contain: the internal design notes, the original text files
 * the province rules were read from (cited by their official numbers instead, see
 * docs/legal-sources.md), and relative markdown links to missing files (issue 17, point 7).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { danglingRefs, markdownLinks } from "../docs/references";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const skipped = new Set(["node_modules", "dist", ".snippets", "playground-dist", "coverage"]);
const scanned = /\.(ts|tsx|js|mjs|cjs|md|ya?ml|json)$/;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (skipped.has(name) || name.startsWith(".")) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : scanned.test(name) ? [path] : [];
  });
}

/** The published files: every package's src, cases, schema and README, the docs, the examples. */
function publishedFiles(): string[] {
  const packages = [
    ...readdirSync(join(root, "packages")).map((p) => join(root, "packages", p)),
    ...readdirSync(join(root, "packages", "provinces")).map((p) => join(root, "packages", "provinces", p)),
  ].filter((dir) => existsSync(join(dir, "package.json")));
  return [
    join(root, "README.md"),
    ...walk(join(root, "docs")),
    ...walk(join(root, "examples")),
    ...packages.flatMap((dir) => [
      ...["src", "cases", "schema", "bin"].flatMap((sub) => walk(join(dir, sub))),
      ...(existsSync(join(dir, "README.md")) ? [join(dir, "README.md")] : []),
    ]),
  ];
}

describe("published files reference only what is published", () => {
  const files = publishedFiles();

  it("scans the package sources, case files, READMEs, docs and examples", () => {
    const rel = files.map((f) => relative(root, f));
    for (const expected of [
      "README.md",
      "docs/legal-sources.md",
      "packages/core/src/LegalRef.ts",
      "packages/provinces/ha-tinh/cases/handover-staffing.yaml",
      "packages/national/README.md",
      "examples/province-plugin-template/src/plugin.ts",
    ])
      expect(rel).toContain(expected);
  });

  it("no file cites the internal design notes or a source text file by its file name", () => {
    const hits = files.flatMap((file) =>
      danglingRefs(readFileSync(file, "utf8")).map((h) => `${relative(root, file)}:${h.line}: ${h.text}`),
    );
    expect(hits).toEqual([]);
  });

  it("every relative markdown link resolves to a file of the project", () => {
    const missing = files
      .filter((f) => f.endsWith(".md"))
      .flatMap((file) =>
        markdownLinks(readFileSync(file, "utf8"))
          .filter((l) => !existsSync(join(dirname(file), l.text)))
          .map((l) => `${relative(root, file)}:${l.line}: ${l.text}`),
      );
    expect(missing).toEqual([]);
  });
});

describe("danglingRefs and markdownLinks", () => {
  it("find each kind of reference, with its line", () => {
    const text = [
      "ok: Kế hoạch 41/KH-UBND (UBND tỉnh Hà Tĩnh, 18/02/2021), L231",
      "see DOMAIN.md §4.3",
      "ARCHITECTURE.md and STYLE.md",
      "(seed 000_2e345361e98f0131.txt L231)",
      "seed 003 L129; Seed 002",
      "/work/shared/seeds/004_f50c1ec85714e989.txt",
      "a seeded property test, a seed of 42, the seeds' numbers, Điều 112 L",
      'cite: "004 L39"',
    ].join("\n");
    expect(danglingRefs(text).map((h) => h.line)).toEqual([2, 3, 4, 5, 6, 8]);
  });

  it("lists relative links only, without their anchor", () => {
    const md = "[a](./a.md#x) [b](https://x.y) [c](#top) [d](../d.md) ![e](img/e.png) `[f](g.md)`";
    expect(markdownLinks(md).map((l) => l.text)).toEqual(["./a.md", "../d.md", "img/e.png"]);
  });
});
