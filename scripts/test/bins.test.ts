/**
 * Every `bin` of a public package is a committed launcher, not a file of `dist`: pnpm links bins at
 * install, before any build, and warns "Failed to create bin" for a target that does not exist yet.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { publicManifests } from "../peers";

const withBins = [...publicManifests().values()].filter((m) => m.bin !== undefined);

describe("package bins", () => {
  it("the packages with a command are the ones we know (a new one is checked too)", () => {
    expect(
      withBins
        .map((m) => Object.keys(m.bin ?? {}))
        .flat()
        .sort(),
    ).toEqual(["motcua-conformance", "motcua-server", "motcua-store"]);
  });

  it.each(
    withBins.flatMap((m) => Object.entries(m.bin ?? {}).map(([name, target]) => ({ m, name, target }))),
  )("$name: a committed launcher outside dist, packed, running the built CLI", ({ m, target }) => {
    const rel = normalize(target);
    expect(rel.split(/[\\/]/)[0]).not.toBe("dist");
    const file = join(m.dir, rel);
    expect(existsSync(file)).toBe(true);
    const source = readFileSync(file, "utf8");
    expect(source.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(m.files ?? []).toContain(rel.split(/[\\/]/)[0]);
    const imported = /^import "(\.\.\/dist\/[^"]+)";$/m.exec(source)?.[1];
    expect(imported).toBeDefined();
    // The built file comes from the source entry of the same name.
    const entry = (imported ?? "").replace(/^\.\.\/dist\//, "src/").replace(/\.js$/, ".ts");
    expect(existsSync(join(m.dir, entry))).toBe(true);
  });
});
