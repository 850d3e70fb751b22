import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { dossierMachine, toMermaid } from "@motcua/dossier";
import { describe, expect, it } from "vitest";

const file = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "docs",
  "diagrams",
  "dossier.mmd",
);

describe("toMermaid", () => {
  it("the committed docs/diagrams/dossier.mmd matches the chart (run packages/dossier/scripts/diagram.ts)", () => {
    const committed = readFileSync(file, "utf8").split("\n").slice(1).join("\n");
    expect(committed).toBe(toMermaid(dossierMachine));
  });

  it("draws every transition with its event and guard, and the final states", () => {
    const text = toMermaid(dossierMachine);
    expect(text.startsWith("stateDiagram-v2\n  [*] --> new\n")).toBe(true);
    expect(text).toContain(
      "  awaitingReceipt --> awaitingReceiptSupplement : supplementRequested [receiptSupplement]\n",
    );
    expect(text).toContain("  received --> atAgency : transferred [canTransfer]\n");
    expect(text).toContain("  interAgency --> processing : interAgencyReturned [lastPendingAgency]\n");
    for (const final of ["refusedAtReceipt", "returned", "stopped", "withdrawn"])
      expect(text).toContain(`  ${final} --> [*]\n`);
    // One line per transition definition of the chart.
    const transitions = Object.values(dossierMachine.root.states).reduce(
      (n, node) => n + [...node.transitions.values()].reduce((m, defs) => m + defs.length, 0),
      0,
    );
    expect(text.split("\n").filter((l) => l.includes(" : ")).length).toBe(transitions);
  });
});
