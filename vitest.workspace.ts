/**
 * The single source of the test project list: one project per package (and per province plugin),
 * plus one per example that has a `test/` folder, plus `scripts` for the repo's own scripts. `vitest.config.ts` imports it as `test.projects`.
 * Projects are discovered, so a new package is tested without editing this file.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProjectInlineConfiguration } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Export condition that resolves `@motcua/*` to TypeScript sources, so nothing needs a build. */
export const sourceCondition = "@motcua/source";

const groups = ["packages", "packages/provinces", "examples"];

function discover(): Array<{ name: string; dir: string }> {
  const found: Array<{ name: string; dir: string }> = [];
  for (const group of groups) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const dir = join(base, entry.name);
      if (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "test"))) continue;
      const prefix = group === "packages" ? "" : group === "examples" ? "example-" : "province-";
      found.push({ name: `${prefix}${entry.name}`, dir });
    }
  }
  return found;
}

/** The repo's own scripts (the bench regression check) are tested as one more project. */
const scripts = { name: "scripts", dir: join(root, "scripts") };

export const projects: TestProjectInlineConfiguration[] = [...discover(), scripts].map(({ name, dir }) => ({
  resolve: { conditions: [sourceCondition, "module", "node", "import", "default"] },
  // No "import" here: these conditions also reach require() inside CommonJS packages, where "import"
  // would hand a CommonJS caller an ES module (pg requiring pg-pool breaks).
  ssr: { resolve: { conditions: [sourceCondition, "node", "default"] } },
  test: {
    name,
    root: dir,
    include: ["test/**/*.test.ts"],
    environment: "node",
    // One module graph per worker, shared by its test files: the packages are pure and nothing in
    // them holds state between calls, so isolating each file only re-imports the same sources
    // (most of the suite's time). The docs guides replace console.log while a block runs, so they
    // stay isolated.
    isolate: name === "example-docs",
    // Property tests run many cases; a slow shared CI machine must not turn them into failures.
    // Timings belong in `pnpm bench`, never in tests.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
}));

export default projects;
