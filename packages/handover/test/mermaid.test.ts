import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { handoverChartMermaid } from "../src/internal/mermaid";

describe("the statechart diagram in docs/handover.md", () => {
  it("is the one generated from the xstate chart (diagrams are never drawn by hand)", () => {
    const guide = readFileSync(fileURLToPath(new URL("../../../docs/handover.md", import.meta.url)), "utf8");
    const chart = handoverChartMermaid();
    expect(chart).toContain("withdrawalProposed --> rejected: rejected");
    expect(chart).toContain("assessed --> approved: approved [isSupport]");
    expect(guide).toContain("```mermaid\n" + chart + "\n```");
  });
});
