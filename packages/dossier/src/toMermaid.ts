/**
 * Mermaid `stateDiagram-v2` text generated from an xstate machine definition, so the diagram in
 * `docs/diagrams/` is never drawn by hand.
 *
 * @module
 */
import { MotcuaError, guardFunction } from "@motcua/core";
import type { AnyStateMachine, AnyStateNode } from "xstate";

const guardLabel = (guard: unknown): string => {
  if (guard === undefined) return "";
  const name = typeof guard === "string" ? guard : (guard as { type?: unknown }).type;
  return typeof name === "string" ? ` [${name}]` : " [guard]";
};

function renderNode(node: AnyStateNode, indent: string, lines: string[]): void {
  const children = Object.values(node.states) as AnyStateNode[];
  if (node.initial !== undefined) {
    const initial = (node.initial as { target?: ReadonlyArray<AnyStateNode> }).target?.[0];
    if (initial !== undefined) lines.push(`${indent}[*] --> ${initial.key}`);
  }
  for (const child of children) {
    if (Object.keys(child.states).length > 0) {
      lines.push(`${indent}state ${child.key} {`);
      renderNode(child, `${indent}  `, lines);
      lines.push(`${indent}}`);
    }
    for (const [type, defs] of child.transitions) {
      for (const def of defs) {
        const target = def.target?.[0]?.key ?? child.key;
        lines.push(`${indent}${child.key} --> ${target} : ${type}${guardLabel(def.guard)}`);
      }
    }
    if (child.type === "final") lines.push(`${indent}${child.key} --> [*]`);
  }
}

/**
 * Renders a machine as a Mermaid state diagram: one line per transition, labelled with the event
 * and the guard in brackets; final states lead to `[*]`.
 *
 * @example
 * ```ts
 * import { dossierMachine, toMermaid } from "@motcua/dossier";
 * toMermaid(dossierMachine).split("\n")[0]; // "stateDiagram-v2"
 * ```
 * @since 0.1.0
 * @category Statechart
 */
export const toMermaid = guardFunction(
  "toMermaid",
  function toMermaid(machine: AnyStateMachine): string {
    const root = (machine as { root?: { states?: unknown; transitions?: unknown } } | null)?.root;
    if (
      typeof root !== "object" ||
      root === null ||
      typeof root.states !== "object" ||
      !(root.transitions instanceof Map)
    )
      throw new MotcuaError({
        code: "DOSSIER_INVALID_MACHINE",
        path: ["machine"],
        vi: "Không phải máy trạng thái xstate",
        en: "Not an xstate state machine",
      });
    const lines = ["stateDiagram-v2"];
    renderNode(machine.root, "  ", lines);
    return `${lines.join("\n")}\n`;
  },
  { machine: "object" },
);
