/**
 * The two replay engines — the compiled table (fast) and xstate's own `transition()` (reference) —
 * sharing every check but the state lookup: event shape, order, duplicate ids, lifecycle refusal
 * reasons, permissions, and the context update.
 */
import { err, ok, type DossierEvent, type Result } from "@motcua/core";
import { initialTransition, transition, type AnyStateNode } from "xstate";
import { actionOf, DOSSIER_ACTIONS, type DossierAction } from "../DossierAction";
import { dossierMachine } from "../dossierMachine";
import type { CompiledRules } from "./compiled";
import type { Level } from "@motcua/core";
import type { DossierSnapshot } from "../DossierSnapshot";
import {
  duplicateId,
  lifecycleRefusal,
  notAList,
  outOfOrder,
  permissionRefusal,
  wrapFailure,
} from "./failures";
import {
  applyCoded,
  EVENT_INDEX,
  FINAL_STATES,
  GUARDS,
  initialContext,
  type DossierContext,
  type DossierEnv,
  type LifecycleReason,
  type StateName,
} from "./model";
import {
  actionCode,
  checkPermission,
  denialCode,
  denialOf,
  detailOf,
  type ResolvedScope,
} from "./permission";
import { toSnapshot } from "./snapshot";
import { chooseCandidate, compileChart, transitionsOf, type Candidate } from "./table";
import { checkEvent, invalidEvent, newEventFields, problemOf, type EventFields } from "./validate";

/** Everything a replay needs, validated. */
export interface Setup {
  readonly rules: CompiledRules;
  readonly env: DossierEnv;
  /** Undefined when permissions are not checked. */
  readonly scope: ResolvedScope | undefined;
  /** The rulebook's (action × role) verdicts (see `verdictsOf`). */
  readonly verdicts: Uint8Array;
  /** Postal staff only support at the scope's level. */
  readonly supportOnly: boolean;
}

/** The compiled table, built once from the chart. */
export const TABLE = compileChart();

/**
 * The guards' parameters. The control slip is signed where the rulebook's policy names the office's
 * level, or wherever the level is not known (the stricter reading).
 */
export const envOf = (
  rules: CompiledRules,
  calendar: DossierEnv["calendar"],
  dueAt: number | undefined,
  level: Level | undefined,
): DossierEnv => {
  const slip = rules.controlSlip;
  const here = slip !== undefined && (level === undefined || slip.levels.includes(level));
  return {
    events: rules.events,
    signAtTransfer: here && slip.atTransfer,
    signAtResultReceipt: here && slip.atResultReceipt,
    calendar,
    dueAt,
  };
};

/**
 * The ids of the events accepted so far, each with the index of the event that carried it: the
 * first {@link SHORT} in a plain list scanned in order (a dossier has 10–20 events: no hashing, no
 * map to allocate), every later one in a map. Each lookup costs at most {@link SHORT} comparisons
 * plus one hash probe, so a replay stays linear in its length (the former scan of every earlier id
 * made one dossier of 10⁵ events take seconds and 10⁶ never end). The scan compares a small
 * integer print of each id (its length and two characters) first, and the strings only when the
 * prints are equal: distinct ids of one dossier mostly differ there.
 */
class SeenIds {
  private readonly first: string[] = [];
  private readonly prints: number[] = [];
  private rest: Map<string, number> | undefined;
  /** The index of the event that carried `id` (non-empty), or -1; records `id` at `i` when it is new. */
  claim(id: string, i: number): number {
    const first = this.first;
    const prints = this.prints;
    const n = id.length;
    const print =
      (n & 0xff) | ((id.charCodeAt(n - 1) & 0x3ff) << 8) | ((id.charCodeAt(n >> 1) & 0xfff) << 18);
    for (let k = 0; k < prints.length; k++) if (prints[k] === print && first[k] === id) return k;
    if (first.length < SHORT) {
      first.push(id);
      prints.push(print);
      return -1;
    }
    const rest = (this.rest ??= new Map());
    const at = rest.get(id);
    if (at !== undefined) return at;
    rest.set(id, i);
    return -1;
  }
}
/** How many ids are kept in the scanned list before the map takes over. */
const SHORT = 16;

/**
 * Order and duplicate-id checks of the well-formed event `i` (its fields in `f`; records its id);
 * shared by both engines.
 */
function orderProblem(f: EventFields, ev: DossierEvent, i: number, c: DossierContext, seen: SeenIds) {
  const lastAt = c.lastAt;
  if (lastAt !== undefined && f.at < lastAt) return outOfOrder(i, ev, lastAt);
  const first = seen.claim(f.id, i);
  if (first >= 0) return duplicateId(i, ev, first);
  return undefined;
}

const { cells, guarded, refusals, eventCount: E, states } = TABLE;
const S = states.length;
const SUBMITTED = EVENT_INDEX.get("submitted") as number;
const FORWARDED = EVENT_INDEX.get("forwarded") as number;

/**
 * The fast engine: one integer-coded validation and one table lookup per event, guards only where
 * the chart has them, and the permission verdict from the precompiled (action × role) table.
 * Nothing is allocated per event on the success path.
 */
export function replayTable(events: unknown, setup: Setup): Result<DossierSnapshot> {
  if (!Array.isArray(events)) return err(notAList());
  const list = events as ReadonlyArray<unknown>;
  const { rules, scope, verdicts, supportOnly } = setup;
  const c = initialContext(setup.env);
  const seen = new SeenIds();
  const f = newEventFields();
  let s = TABLE.initial;
  try {
    for (let i = 0; i < list.length; i++) {
      const raw = list[i];
      const code = checkEvent(raw, f);
      if (code < 0) return err(invalidEvent(i, problemOf(code), raw));
      const e = raw as DossierEvent;
      const late = orderProblem(f, e, i, c, seen);
      if (late !== undefined) return err(late);
      const t = code & 255;
      const cell = cells[s * E + t] as number;
      let next: number;
      if (cell < 0)
        return err(
          lifecycleRefusal(rules, i, e, states[s] as StateName, refusals[-cell - 1] as LifecycleReason),
        );
      if (cell < S) next = cell;
      else {
        const step = chooseCandidate(guarded[cell - S] as ReadonlyArray<Candidate>, c, e);
        if (typeof step !== "number") return err(lifecycleRefusal(rules, i, e, states[s] as StateName, step));
        next = step;
      }
      if (scope !== undefined) {
        const a = actionCode(t, e as { stage?: unknown; via?: unknown });
        const detail = t === SUBMITTED || t === FORWARDED ? detailOf(e) : undefined;
        const denied = denialCode(
          verdicts,
          supportOnly,
          rules.channels?.list,
          rules.receiptAcrossBoundaries?.value,
          scope,
          a,
          code >> 8,
          f.officeId,
          f.at,
          detail,
        );
        if (denied !== 0) {
          const action = DOSSIER_ACTIONS[a] as DossierAction;
          const denial = denialOf(denied, rules, scope, f.actor, action, f.at, detail);
          return err(permissionRefusal(rules, i, e, states[s] as StateName, action, denial));
        }
      }
      applyCoded(c, e, t, f.at);
      s = next;
    }
  } catch (x) {
    return err(wrapFailure(x));
  }
  return ok(toSnapshot(states[s] as StateName, c));
}

/** Why the chart refuses an event in a state (read from the machine definition itself). */
export function explainRefusal(state: StateName, c: DossierContext, e: DossierEvent): LifecycleReason {
  if (FINAL_STATES.has(state)) return "DOSSIER_CLOSED";
  const defs = transitionsOf(dossierMachine.root.states[state] as AnyStateNode).get(e.type);
  if (defs === undefined) return "DOSSIER_TRANSITION_FORBIDDEN";
  const candidates = defs.map((d): Candidate => ({
    target: 0,
    guard: d.guard,
    checks: d.guard === undefined ? [] : GUARDS[d.guard],
  }));
  const step = chooseCandidate(candidates, c, e);
  return typeof step === "number" ? "DOSSIER_TRANSITION_FORBIDDEN" : step;
}

/** The reference engine: xstate's pure `transition()`, event by event. */
export function replayXstate(events: unknown, setup: Setup): Result<DossierSnapshot> {
  if (!Array.isArray(events)) return err(notAList());
  const list = events as ReadonlyArray<unknown>;
  const seen = new SeenIds();
  const f = newEventFields();
  try {
    let [snap] = initialTransition(dossierMachine, setup.env);
    for (let i = 0; i < list.length; i++) {
      const raw = list[i];
      const code = checkEvent(raw, f);
      if (code < 0) return err(invalidEvent(i, problemOf(code), raw));
      const e = raw as DossierEvent;
      const late = orderProblem(f, e, i, snap.context, seen);
      if (late !== undefined) return err(late);
      const state = snap.value as StateName;
      // Every transition of the chart assigns a new context, so xstate returns the very same
      // snapshot exactly when no transition was enabled.
      const [next] = transition(dossierMachine, snap, e);
      if (next === snap)
        return err(lifecycleRefusal(setup.rules, i, e, state, explainRefusal(state, snap.context, e)));
      if (setup.scope !== undefined) {
        const action = actionOf(e as DossierEvent & { stage?: string; via?: string });
        const denial = checkPermission(setup.rules, setup.scope, e.actor, action, e.at, detailOf(e));
        if (denial !== undefined) return err(permissionRefusal(setup.rules, i, e, state, action, denial));
      }
      snap = next;
    }
    return ok(toSnapshot(snap.value as StateName, snap.context));
  } catch (x) {
    return err(wrapFailure(x));
  }
}
