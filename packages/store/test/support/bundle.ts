/**
 * Bundles a child-process entry (and the sources it imports) into one ES module with esbuild, so
 * the fault tests start children in a fraction of a second instead of transpiling on each start.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const pkg = fileURLToPath(new URL("../..", import.meta.url));
const outdir = join(pkg, "node_modules", ".cache", "motcua-store-test");

const nameOf = (entry: string): string => entry.split("/").at(-1)!.replace(/\.ts$/, "");

/** Bundles `entries` (paths relative to the package) and returns the output paths, same order. */
export async function bundle(entries: ReadonlyArray<string>): Promise<string[]> {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(entries.map((e) => [nameOf(e), join(pkg, e)])),
    outdir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@motcua/source"],
    external: ["@electric-sql/pglite", "pg"],
    logLevel: "error",
  });
  return entries.map((e) => join(outdir, `${nameOf(e)}.js`));
}
