/**
 * Writes the dossier statechart as Mermaid into docs/diagrams/dossier.mmd (from the repo root:
 * `node --conditions=@motcua/source --import tsx packages/dossier/scripts/diagram.ts`).
 * test/diagram.test.ts fails when the committed file is stale.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dossierMachine, toMermaid } from "@motcua/dossier";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const target = join(root, "docs", "diagrams", "dossier.mmd");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(
  target,
  `%% Generated from dossierMachine by packages/dossier/scripts/diagram.ts — do not edit.\n${toMermaid(dossierMachine)}`,
);
console.log(`wrote ${target}`);
