/**
 * Compiles the xstate chart once into a dense transition table: state index × event type index →
 * next state, a guarded entry (candidates with their shared pure checks), or a refusal.
 */
import type { DossierEvent } from "@motcua/core";
import type { AnyStateNode } from "xstate";
import { dossierMachine } from "../dossierMachine";
import {
  EVENT_TYPES,
  FINAL_STATES,
  GUARDS,
  STATE_NAMES,
  type Check,
  type DossierContext,
  type GuardName,
  type LifecycleReason,
  type StateName,
} from "./model";

export interface Candidate {
  readonly target: number;
  readonly guard: GuardName | undefined;
  readonly checks: ReadonlyArray<Check>;
}

export interface CompiledChart {
  readonly states: ReadonlyArray<StateName>;
  readonly stateIndex: Readonly<Record<string, number>>;
  readonly eventCount: number;
  /** `v >= 0 && v < S`: next state; `v >= S`: guarded entry `v - S`; `v < 0`: refusal `-v - 1`. */
  readonly cells: Int32Array;
  readonly guarded: ReadonlyArray<ReadonlyArray<Candidate>>;
  readonly refusals: ReadonlyArray<LifecycleReason>;
  readonly initial: number;
}

const guardName = (guard: unknown): GuardName | undefined => {
  if (guard === undefined) return undefined;
  const name = typeof guard === "string" ? guard : (guard as { type?: unknown }).type;
  if (typeof name !== "string" || !(name in GUARDS))
    throw new Error(`dossier chart: unknown guard ${String(name)}`);
  return name as GuardName;
};

/** Reads the chart's transitions for one state node: event type → candidates in document order. */
export function transitionsOf(
  node: AnyStateNode,
): Map<string, Array<{ target: string | undefined; guard: GuardName | undefined }>> {
  const out = new Map<string, Array<{ target: string | undefined; guard: GuardName | undefined }>>();
  for (const [type, defs] of node.transitions) {
    out.set(
      type,
      defs.map((d) => ({ target: d.target?.[0]?.key, guard: guardName(d.guard) })),
    );
  }
  return out;
}

/** Compiles {@link dossierMachine} into the table (done once, at module load). */
export function compileChart(): CompiledChart {
  const states = STATE_NAMES;
  const S = states.length;
  const E = EVENT_TYPES.length;
  const stateIndex: Record<string, number> = Object.create(null) as Record<string, number>;
  states.forEach((s, i) => (stateIndex[s] = i));
  const chartStates = Object.keys(dossierMachine.root.states);
  if (chartStates.length !== S || chartStates.some((s) => stateIndex[s] === undefined))
    throw new Error("dossier chart: STATE_NAMES and the machine disagree");
  const refusals: LifecycleReason[] = ["DOSSIER_TRANSITION_FORBIDDEN", "DOSSIER_CLOSED"];
  const cells = new Int32Array(S * E);
  const guarded: Candidate[][] = [];
  for (let s = 0; s < S; s++) {
    const name = states[s] as StateName;
    const node = dossierMachine.root.states[name] as AnyStateNode;
    const transitions = transitionsOf(node);
    for (let e = 0; e < E; e++) {
      const defs = transitions.get(EVENT_TYPES[e] as string);
      const cell = s * E + e;
      if (defs === undefined || defs.length === 0) {
        cells[cell] = FINAL_STATES.has(name) ? -2 : -1;
        continue;
      }
      const candidates = defs.map((d): Candidate => {
        const target = d.target === undefined ? s : (stateIndex[d.target] as number);
        return { target, guard: d.guard, checks: d.guard === undefined ? [] : GUARDS[d.guard] };
      });
      const first = candidates[0] as Candidate;
      if (first.guard === undefined) cells[cell] = first.target;
      else {
        cells[cell] = S + guarded.length;
        guarded.push(candidates);
      }
    }
  }
  return {
    states,
    stateIndex,
    eventCount: E,
    cells,
    guarded,
    refusals,
    initial: stateIndex[dossierMachine.config.initial as string] as number,
  };
}

/**
 * Evaluates candidates in order; the first whose checks all pass wins and its target state index
 * is returned. When none passes, the reason is returned instead: the first failing check (with a
 * reason) of the earliest candidate that has one. Allocates nothing.
 */
export function chooseCandidate(
  candidates: ReadonlyArray<Candidate>,
  c: DossierContext,
  e: DossierEvent,
): number | LifecycleReason {
  let reason: LifecycleReason | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const cand = candidates[k] as Candidate;
    const checks = cand.checks;
    let passed = true;
    for (let j = 0; j < checks.length; j++) {
      const check = checks[j] as Check;
      if (!check.test(c, e)) {
        if (reason === undefined && check.reason !== null) reason = check.reason;
        passed = false;
        break;
      }
    }
    if (passed) return cand.target;
  }
  return reason ?? "DOSSIER_TRANSITION_FORBIDDEN";
}
