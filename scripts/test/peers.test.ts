/** Peer dependencies declared as used, and install lines in the docs that install them. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { neededPeers, publicManifests, undeclaredPeers } from "../peers";
import { root } from "../workspace";

const manifests = publicManifests();

/** Every Markdown file we publish or link: docs/*.md and each package README. */
function markdownFiles(): string[] {
  const docs = readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => join(root, "docs", f));
  return [...docs, ...[...manifests.values()].map((m) => join(m.dir, "README.md")), join(root, "README.md")];
}

/** The install commands of a file, one unit per ```sh block or inline `npm install …` span. */
function installUnits(text: string): string[] {
  const blocks = [...text.matchAll(/^```(?:sh|bash|shell)\s*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? "");
  const inline = [...text.matchAll(/`((?:npm install|npm i|pnpm add|yarn add) [^`]+)`/g)].map(
    (m) => m[1] ?? "",
  );
  return [...blocks, ...inline]
    .map((unit) => unit.replace(/\\\n/g, " "))
    .filter((unit) => /\b(npm install|npm i|pnpm add|yarn add)\b/.test(unit));
}

describe("peer dependencies", () => {
  it("each public package declares every peer its @motcua dependencies need (xstate through dossier)", () => {
    const missing = [...manifests.keys()]
      .map((name) => [name, undeclaredPeers(name, manifests)] as const)
      .filter(([, peers]) => peers.length > 0);
    expect(missing).toEqual([]);
  });

  it("sees a peer needed only through a dependency", () => {
    expect(neededPeers("@motcua/national", manifests)).toContain("xstate");
  });

  it("every install line in the docs and READMEs installs the peers of the packages it names", () => {
    const problems: string[] = [];
    for (const file of markdownFiles()) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        continue;
      }
      for (const unit of installUnits(text)) {
        const words = new Set(unit.split(/\s+/));
        const named = [...words].filter((w) => manifests.has(w));
        const needed = new Set(named.flatMap((n) => neededPeers(n, manifests)));
        const absent = [...needed].filter((p) => !words.has(p));
        if (absent.length > 0)
          problems.push(
            `${relative(root, file)}: "${unit.trim().split("\n")[0]}" lacks ${absent.join(", ")}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });
});
