/**
 * The generated docs as a list of files: {@link renderDocs} is pure (inputs in, file contents
 * out); {@link readInputs} reads the two inputs that live on disk. `generate.ts` writes or checks
 * the files; `examples/docs/test/generated.test.ts` compares them with the disk.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { toMermaid } from "../../packages/dossier/src/index.ts";
import { renderConcepts, type ConceptsInputs } from "./concepts.ts";
import { renderLegalSources } from "./legalSources.ts";
import { DOCS_SOURCES, type DocsSources } from "./sources.ts";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** One generated file: its path from the repository root and its full content. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/** The generated files, in the order they are written. */
export const GENERATED_PATHS = [
  "docs/diagrams/handover.mmd",
  "docs/legal-sources.md",
  "docs/concepts.md",
] as const;

/** Every generated file, rendered from the sources and the current hand-written concepts page. */
export function renderDocs(inputs: ConceptsInputs, sources: DocsSources = DOCS_SOURCES): GeneratedFile[] {
  return [
    { path: "docs/diagrams/handover.mmd", content: `${toMermaid(sources.handoverMachine).trimEnd()}\n` },
    { path: "docs/legal-sources.md", content: renderLegalSources(sources) },
    { path: "docs/concepts.md", content: renderConcepts(sources, inputs) },
  ];
}

/** Reads the current `docs/concepts.md` and, if it exists, `docs/diagrams/dossier.mmd`. */
export function readInputs(root: string = ROOT): ConceptsInputs {
  const dossier = join(root, "docs/diagrams/dossier.mmd");
  return {
    page: readFileSync(join(root, "docs/concepts.md"), "utf8"),
    dossierDiagram: existsSync(dossier) ? readFileSync(dossier, "utf8") : undefined,
  };
}

/** The generated files whose content on disk differs from `files` (missing files count). */
export function staleFiles(files: ReadonlyArray<GeneratedFile>, root: string = ROOT): string[] {
  return files
    .filter((f) => {
      const path = join(root, f.path);
      return !existsSync(path) || readFileSync(path, "utf8") !== f.content;
    })
    .map((f) => f.path);
}
