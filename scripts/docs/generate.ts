/**
 * Writes the generated docs: `docs/legal-sources.md`, `docs/diagrams/handover.mmd` and the
 * generated regions of `docs/concepts.md`. With `--check`, writes nothing and exits with 1 when a
 * file is stale.
 *
 *     node --conditions=@motcua/source --import tsx scripts/docs/generate.ts [--check]
 *
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readInputs, renderDocs, ROOT, staleFiles } from "./files.ts";

const check = process.argv.includes("--check");
const files = renderDocs(readInputs());
const stale = staleFiles(files);

if (check) {
  if (stale.length > 0) {
    console.error(`Stale generated docs: ${stale.join(", ")}`);
    console.error("Run: node --conditions=@motcua/source --import tsx scripts/docs/generate.ts");
    process.exitCode = 1;
  } else console.log(`Generated docs are up to date (${files.length} files).`);
} else {
  for (const f of files) {
    if (!stale.includes(f.path)) continue;
    const path = join(ROOT, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
  console.log(stale.length === 0 ? "Generated docs already up to date." : `Wrote ${stale.join(", ")}.`);
}
