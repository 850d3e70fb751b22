/**
 * Writes the handover chart as a Mermaid state diagram, generated from the compiled xstate
 * definition (docs/handover.md embeds it; a test keeps the two in sync).
 *
 * @module
 */
import { HANDOVER_TABLE } from "./table";

/** The chart as Mermaid `stateDiagram-v2` source. */
export function handoverChartMermaid(): string {
  const lines = ["stateDiagram-v2", "  [*] --> idle"];
  for (const [state, on] of HANDOVER_TABLE) {
    for (const [event, candidates] of on) {
      for (const c of candidates) {
        const guard =
          c.guard === undefined
            ? ""
            : c.guard.type === "suspendedFrom"
              ? ` [from ${c.guard.params?.status}]`
              : ` [${c.guard.type}]`;
        lines.push(`  ${state} --> ${c.target}: ${event}${guard}`);
      }
    }
  }
  lines.push("  rejected --> [*]", "  reversed --> [*]");
  return lines.join("\n");
}
