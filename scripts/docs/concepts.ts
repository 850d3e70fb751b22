/**
 * Fills the generated regions of `docs/concepts.md` (the prose around them is written by hand):
 * the dossier and handover statecharts, the levels and their validity, and the province plugins'
 * succession. Pure: the current page and the sources in, the new page out.
 *
 * @module
 */
import { citeLegalRef } from "../../packages/core/src/index.ts";
import { toMermaid } from "../../packages/dossier/src/index.ts";
import { splice, table } from "./markdown.ts";
import { period } from "./legalSources.ts";
import type { DocsSources } from "./sources.ts";

/** What the concepts page embeds besides the sources. */
export interface ConceptsInputs {
  /** The current text of `docs/concepts.md`. */
  readonly page: string;
  /** The text of `docs/diagrams/dossier.mmd`, or `undefined` when that file does not exist. */
  readonly dossierDiagram: string | undefined;
}

const mermaid = (source: string): string => ["```mermaid", source.trimEnd(), "```"].join("\n");

/** The dossier diagram: `docs/diagrams/dossier.mmd` when present, else written from the machine. */
export function dossierDiagram(
  sources: DocsSources,
  file: string | undefined,
): { body: string; from: string } {
  return file === undefined
    ? {
        body: mermaid(toMermaid(sources.dossierMachine)),
        from: "dossierMachine (@motcua/dossier), docs/diagrams/dossier.mmd being absent",
      }
    : { body: mermaid(file), from: "docs/diagrams/dossier.mmd" };
}

function levelsTable(sources: DocsSources): string {
  return table(
    ["Level", "Vietnamese", "Exists", "Source"],
    Object.values(sources.levels).map((l) => [
      `\`${l.level}\``,
      l.vi,
      period(l.validity),
      citeLegalRef(l.legalRef),
    ]),
  );
}

function successionTable(sources: DocsSources): string {
  return table(
    ["Province plugin", "In force", "Successor", "Source"],
    sources.provinces.map((p) => [
      `\`${p.id}\` (${p.name})`,
      period(p.validity),
      p.succession === undefined ? "—" : `\`${p.succession.successor}\``,
      p.succession === undefined ? "—" : citeLegalRef(p.succession.legalRef),
    ]),
  );
}

/** The concepts page with every generated region filled in. */
export function renderConcepts(sources: DocsSources, inputs: ConceptsInputs): string {
  const dossier = dossierDiagram(sources, inputs.dossierDiagram);
  let page = splice(inputs.page, "dossier-diagram", dossier.from, dossier.body);
  page = splice(
    page,
    "handover-diagram",
    "handoverMachine (@motcua/handover)",
    mermaid(toMermaid(sources.handoverMachine)),
  );
  page = splice(page, "levels", "LEVELS (@motcua/core)", levelsTable(sources));
  page = splice(page, "succession", "the province plugins", successionTable(sources));
  return page;
}
