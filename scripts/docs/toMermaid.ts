/**
 * A small, generic writer of Mermaid `stateDiagram-v2` source from any xstate v5 machine, so the
 * statechart diagrams of the docs are generated from the machine definitions, never drawn by hand.
 *
 * It walks the machine's state nodes (nested compound states become `state x { … }` blocks) and
 * writes one line per candidate transition, in definition order: `source --> target: event [guard]`.
 * A transition without a target (an action or a check that keeps the state) is drawn as a self-loop;
 * eventless (`always`) transitions are labelled `always`; final states get `--> [*]`.
 *
 * @module
 */
import type { AnyStateMachine, AnyStateNode } from "xstate";

/** The guard of a transition as a short label: `name`, or `name param…` for parameterised guards. */
export function guardLabel(guard: unknown): string | undefined {
  if (guard === undefined || guard === null) return undefined;
  if (typeof guard === "string") return guard;
  if (typeof guard === "function") return guard.name === "" ? "guard" : guard.name;
  if (typeof guard === "object") {
    const { type, params } = guard as { type?: unknown; params?: unknown };
    const name = typeof type === "string" ? type : "guard";
    if (typeof params !== "object" || params === null) return name;
    const values = Object.values(params as Record<string, unknown>).map((v) =>
      typeof v === "string" || typeof v === "number" || typeof v === "boolean"
        ? String(v)
        : JSON.stringify(v),
    );
    return values.length === 0 ? name : `${name} ${values.join(" ")}`;
  }
  return "guard";
}

/** A Mermaid state id for a node: its key at the top level, its dotted path (with `_`) below. */
const idOf = (node: AnyStateNode): string => node.path.join("_");

/** The `[*] --> initial` line of a compound node, if it has an initial state. */
function initialLine(node: AnyStateNode, indent: string): string[] {
  const targets = (node.initial?.target ?? []) as ReadonlyArray<AnyStateNode>;
  return targets.map((t) => `${indent}[*] --> ${idOf(t)}`);
}

interface Edge {
  readonly event: string;
  readonly targets: ReadonlyArray<AnyStateNode> | undefined;
  readonly guard: unknown;
}

function edgesOf(node: AnyStateNode): Edge[] {
  const edges: Edge[] = [];
  for (const [event, list] of node.transitions)
    for (const t of list) edges.push({ event, targets: t.target, guard: t.guard });
  for (const t of node.always ?? []) edges.push({ event: "always", targets: t.target, guard: t.guard });
  return edges;
}

function writeNode(node: AnyStateNode, indent: string, out: string[]): void {
  const children = Object.values(node.states) as AnyStateNode[];
  out.push(...initialLine(node, indent));
  for (const child of children) {
    if (Object.keys(child.states).length > 0) {
      out.push(`${indent}state ${idOf(child)} {`);
      writeNode(child, `${indent}  `, out);
      out.push(`${indent}}`);
    }
    for (const edge of edgesOf(child)) {
      const guard = guardLabel(edge.guard);
      const label = `${edge.event}${guard === undefined ? "" : ` [${guard}]`}`;
      const targets = edge.targets === undefined || edge.targets.length === 0 ? [child] : edge.targets;
      for (const target of targets) out.push(`${indent}${idOf(child)} --> ${idOf(target)}: ${label}`);
    }
  }
  for (const child of children) if (child.type === "final") out.push(`${indent}${idOf(child)} --> [*]`);
}

/**
 * The machine as Mermaid `stateDiagram-v2` source (no trailing newline).
 *
 * @example
 * ```ts
 * import { handoverMachine } from "@motcua/handover";
 * toMermaid(handoverMachine).split("\n")[1]; // "  [*] --> idle"
 * ```
 */
export function toMermaid(machine: AnyStateMachine): string {
  const out = ["stateDiagram-v2"];
  writeNode(machine.root, "  ", out);
  return out.join("\n");
}
