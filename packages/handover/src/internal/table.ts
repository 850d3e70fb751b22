/**
 * Compiles the xstate handover chart into a plain transition table, so replay needs no actor.
 *
 * @module
 */
import {
  handoverGuards,
  handoverMachine,
  type HandoverMachineContext,
  type HandoverStatus,
} from "../handoverMachine";
import type { HandoverEvent, HandoverEventType } from "../HandoverEvent";

type GuardName = keyof typeof handoverGuards;

/** One candidate transition: target status and optional guard. */
export interface CompiledTransition {
  readonly target: HandoverStatus;
  readonly guard?: { readonly type: GuardName; readonly params?: { readonly status: HandoverStatus } };
}

/** State (including the initial `idle`) → event type → candidates in order. */
export type CompiledTable = ReadonlyMap<string, ReadonlyMap<string, ReadonlyArray<CompiledTransition>>>;

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};

const normalize = (raw: unknown): CompiledTransition[] => {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((t) => {
    if (typeof t === "string") return { target: t as HandoverStatus };
    const r = asRecord(t);
    const guard = r["guard"];
    const out: CompiledTransition = { target: r["target"] as HandoverStatus };
    if (typeof guard === "string") return { ...out, guard: { type: guard as GuardName } };
    if (guard !== undefined) {
      const g = asRecord(guard);
      return {
        ...out,
        guard: { type: g["type"] as GuardName, params: g["params"] as { status: HandoverStatus } },
      };
    }
    return out;
  });
};

/** Reads `handoverMachine.config` into a table; done once at module load. */
export function compileHandoverChart(): CompiledTable {
  const states = asRecord(asRecord(handoverMachine.config)["states"]);
  const table = new Map<string, Map<string, CompiledTransition[]>>();
  for (const [state, def] of Object.entries(states)) {
    const on = asRecord(asRecord(def)["on"]);
    table.set(state, new Map(Object.entries(on).map(([type, raw]) => [type, normalize(raw)])));
  }
  return table;
}

/** The compiled chart. */
export const HANDOVER_TABLE: CompiledTable = compileHandoverChart();

/** The first candidate whose guard passes, or `undefined` when the event is not allowed. */
export function step(
  status: string,
  context: HandoverMachineContext,
  event: HandoverEvent,
): HandoverStatus | undefined {
  const candidates = HANDOVER_TABLE.get(status)?.get(event.type);
  if (candidates === undefined) return undefined;
  for (const c of candidates) {
    if (c.guard === undefined) return c.target;
    const ok =
      c.guard.type === "suspendedFrom"
        ? context.suspendedFrom !== undefined && context.suspendedFrom === c.guard.params?.status
        : handoverGuards[c.guard.type]({ context, event });
    if (ok) return c.target;
  }
  return undefined;
}

/** Event types the chart accepts in a status (ignoring guards). */
export const acceptedEvents = (status: string): HandoverEventType[] =>
  [...(HANDOVER_TABLE.get(status)?.keys() ?? [])] as HandoverEventType[];
