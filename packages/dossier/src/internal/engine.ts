/**
 * The two replay engines — the compiled table (fast) and xstate's own `transition()` (reference) —
 * sharing every check but the state lookup: event shape, order, duplicate ids, lifecycle refusal
 * reasons, permissions, and the context update.
 */
import { err, isMotcuaError, MotcuaError, ok, type DossierEvent, type Result } from "@motcua/core";
import { initialTransition, transition, type AnyStateNode } from "xstate";
import { actionOf } from "../DossierAction";
import { dossierMachine } from "../dossierMachine";
import type { DossierRules } from "../DossierRules";
import type { DossierSnapshot } from "../DossierSnapshot";
import { toSnapshot } from "./snapshot";
import {
  applyEvent,
  EVENT_INDEX,
  FINAL_STATES,
  GUARDS,
  initialContext,
  type DossierContext,
  type DossierEnv,
  type LifecycleReason,
  type StateName,
} from "./model";
import { checkPermission, newMemo, type LookupMemo, type ResolvedScope } from "./permission";
import { refusal } from "./reasons";
import { chooseCandidate, compileChart, transitionsOf, type Candidate } from "./table";
import { eventProblem, invalidEvent } from "./validate";

/** Everything a replay needs, validated. */
export interface Setup {
  readonly rules: DossierRules;
  readonly env: DossierEnv;
  /** Undefined when permissions are not checked. */
  readonly scope: ResolvedScope | undefined;
}

/** The compiled table, built once from the chart. */
export const TABLE = compileChart();

export const envOf = (
  rules: DossierRules,
  calendar: DossierEnv["calendar"],
  dueAt: number | undefined,
): DossierEnv => ({
  supplementLimit: rules.supplementLimit.value,
  appraisalWindow: rules.appraisalSupplementWindow.value,
  maxReschedules: rules.reschedule.value.maxTimes,
  noticeDays: rules.reschedule.value.noticeDays,
  refusalWithinDeadline: rules.refusalWithinDeadline.value,
  signAtTransfer: rules.controlSlipSignatures.value.atTransfer,
  signAtResultReceipt: rules.controlSlipSignatures.value.atResultReceipt,
  undeliverableAttempts: rules.undeliverableAfterAttempts.value,
  calendar,
  dueAt,
});

/** Checks shared by both engines before the state lookup. */
function preCheck(
  events: ReadonlyArray<unknown>,
  i: number,
  c: DossierContext,
  ids: string[],
): MotcuaError | undefined {
  const e = events[i];
  const problem = eventProblem(e);
  if (problem !== undefined) return invalidEvent(i, problem, e);
  const ev = e as DossierEvent;
  if (c.lastAt !== undefined && ev.at < c.lastAt)
    return new MotcuaError({
      code: "DOSSIER_EVENT_OUT_OF_ORDER",
      path: ["events", i, "at"],
      vi: `Sự kiện #${i} [${ev.id}] xảy ra trước sự kiện liền trước: các sự kiện phải theo thứ tự thời gian`,
      en: `Event #${i} [${ev.id}] is earlier than the previous event: events must be in time order`,
      data: { eventIndex: i, eventId: ev.id, at: ev.at, previousAt: c.lastAt },
    });
  const id = ev.id;
  for (let j = 0; j < i; j++)
    if (ids[j] === id)
      return new MotcuaError({
        code: "DOSSIER_DUPLICATE_EVENT_ID",
        path: ["events", i, "id"],
        vi: `Mã sự kiện "${ev.id}" bị trùng (sự kiện #${j} và #${i})`,
        en: `Duplicate event id "${ev.id}" (events #${j} and #${i})`,
        data: { eventIndex: i, eventId: ev.id, firstIndex: j },
      });
  ids.push(id);
  return undefined;
}

const lifecycleRefusal = (
  setup: Setup,
  i: number,
  e: DossierEvent,
  state: StateName,
  code: LifecycleReason,
) =>
  refusal({
    code,
    path: ["events", i],
    index: i,
    eventId: e.id,
    eventType: e.type,
    action: actionOf(e as DossierEvent & { stage?: string; via?: string }),
    state,
    rules: setup.rules,
  });

function permissionRefusal(
  setup: Setup,
  i: number,
  e: DossierEvent,
  state: StateName,
  memo: LookupMemo,
): MotcuaError | undefined {
  const scope = setup.scope;
  if (scope === undefined) return undefined;
  const action = actionOf(e as DossierEvent & { stage?: string; via?: string });
  const denial = checkPermission(
    setup.rules,
    scope,
    e.actor,
    action,
    e.at,
    e.type === "submitted" ? e.channel : undefined,
    memo,
  );
  if (denial === undefined) return undefined;
  return refusal({
    code: denial.code,
    path: ["events", i, "actor"],
    index: i,
    eventId: e.id,
    eventType: e.type,
    action,
    state,
    role: e.actor.role,
    rules: setup.rules,
    ...(denial.data === undefined ? {} : { data: denial.data }),
  });
}

const notAList = () =>
  new MotcuaError({
    code: "DOSSIER_INVALID_EVENT",
    path: ["events"],
    vi: "Danh sách sự kiện phải là một mảng",
    en: "The events must be an array",
  });

const wrapFailure = (x: unknown): MotcuaError =>
  isMotcuaError(x)
    ? x
    : new MotcuaError({
        code: "DOSSIER_CALENDAR_FAILED",
        vi: "Lịch làm việc gặp lỗi khi tính thời hạn",
        en: "The working calendar failed while computing a time limit",
        cause: x,
      });

const { cells, guarded, refusals, eventCount: E, states } = TABLE;
const S = states.length;

/** The fast engine: one table lookup per event, guards only where the chart has them. */
export function replayTable(events: unknown, setup: Setup): Result<DossierSnapshot> {
  if (!Array.isArray(events)) return err(notAList());
  const list = events as ReadonlyArray<unknown>;
  const c = initialContext(setup.env);
  const memo = newMemo();
  const ids: string[] = [];
  let s = TABLE.initial;
  try {
    for (let i = 0; i < list.length; i++) {
      const bad = preCheck(list, i, c, ids);
      if (bad !== undefined) return err(bad);
      const e = list[i] as DossierEvent;
      const cell = cells[s * E + (EVENT_INDEX.get(e.type) as number)] as number;
      let next: number;
      if (cell < 0)
        return err(
          lifecycleRefusal(setup, i, e, states[s] as StateName, refusals[-cell - 1] as LifecycleReason),
        );
      if (cell < S) next = cell;
      else {
        const step = chooseCandidate(guarded[cell - S] as ReadonlyArray<Candidate>, c, e);
        if (step.reason !== undefined)
          return err(lifecycleRefusal(setup, i, e, states[s] as StateName, step.reason));
        next = step.next;
      }
      const denied = permissionRefusal(setup, i, e, states[s] as StateName, memo);
      if (denied !== undefined) return err(denied);
      applyEvent(c, e);
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
  return chooseCandidate(candidates, c, e).reason ?? "DOSSIER_TRANSITION_FORBIDDEN";
}

/** The reference engine: xstate's pure `transition()`, event by event. */
export function replayXstate(events: unknown, setup: Setup): Result<DossierSnapshot> {
  if (!Array.isArray(events)) return err(notAList());
  const list = events as ReadonlyArray<unknown>;
  const memo = newMemo();
  const ids: string[] = [];
  try {
    let [snap] = initialTransition(dossierMachine, setup.env);
    for (let i = 0; i < list.length; i++) {
      const bad = preCheck(list, i, snap.context, ids);
      if (bad !== undefined) return err(bad);
      const e = list[i] as DossierEvent;
      const state = snap.value as StateName;
      // Every transition of the chart assigns a new context, so xstate returns the very same
      // snapshot exactly when no transition was enabled.
      const [next] = transition(dossierMachine, snap, e);
      if (next === snap)
        return err(lifecycleRefusal(setup, i, e, state, explainRefusal(state, snap.context, e)));
      const denied = permissionRefusal(setup, i, e, state, memo);
      if (denied !== undefined) return err(denied);
      snap = next;
    }
    return ok(toSnapshot(snap.value as StateName, snap.context));
  } catch (x) {
    return err(wrapFailure(x));
  }
}
