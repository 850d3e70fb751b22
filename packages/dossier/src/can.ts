/**
 * Permissions: may this actor do this action to a dossier in this state, here and now? The answer
 * combines the lifecycle (the compiled chart and its guards) and the actor rules (role matrix,
 * handover register, support-only levels).
 *
 * @module
 */
import {
  err,
  isMotcuaError,
  MotcuaError,
  ok,
  type Actor,
  type DossierEvent,
  type InstantInput,
  type Result,
} from "@motcua/core";
import { actionOf, DOSSIER_ACTIONS, type DossierAction } from "./DossierAction";
import type { DossierCalendar } from "./DossierCalendar";
import type { DossierRules } from "./DossierRules";
import type { DossierSnapshot, DossierStateName } from "./DossierSnapshot";
import { fromSnapshot } from "./internal/snapshot";
import { TABLE } from "./internal/engine";
import {
  EVENT_INDEX,
  initialContext,
  type DossierContext,
  type LifecycleReason,
  type StateName,
} from "./internal/model";
import { checkPermission, detailOf } from "./internal/permission";
import { refusal } from "./internal/reasons";
import { chooseCandidate, type Candidate } from "./internal/table";
import { checkInstant, eventProblem, invalidEvent, invalidOptions, isObj } from "./internal/validate";
import { resolveSetup } from "./internal/setup";
import type { DossierScope } from "./replay";

/**
 * Everything {@link can} looks at besides the state, the actor and the action.
 *
 * @since 0.1.0
 * @category Permissions
 */
export interface PermissionContext extends DossierScope {
  /** The rulebook's `sla` and `permissions` slices. */
  readonly rules: DossierRules;
  /** When the action happens (default: the snapshot's last event); picks the handover register line. */
  readonly at?: InstantInput;
  /** Working calendar, for the appraisal window of a state given by name. */
  readonly calendar?: DossierCalendar;
}

const MAX_MS = 8.64e15;

/** A stand-in event for an action name: details the action does not name are assumed favourable. */
function probe(
  action: DossierAction,
  actor: Actor,
  at: number,
  c: DossierContext,
  competentUnit: string | undefined,
): DossierEvent {
  const [type, detail] = action.split(":") as [string, string | undefined];
  const base = { id: "probe", at, actor };
  switch (type) {
    case "supplementRequested":
      return { ...base, type, stage: detail as "receipt" | "appraisal", items: ["?"] };
    case "refused":
      return { ...base, type, stage: detail as "receipt" | "appraisal", reason: "?" };
    case "resultReturned":
      return { ...base, type, via: detail as "counter" | "postal" | "online" };
    case "controlSlipSigned":
      return { ...base, type, stage: detail as "transfer" | "resultReceipt" };
    case "submitted":
      return { ...base, type, channel: "counter" };
    case "received":
      return { ...base, type, dossierCode: "?" };
    case "transferred":
      return { ...base, type, paper: false };
    case "forwarded":
      return { ...base, type, toUnit: competentUnit ?? "?", paper: false };
    case "assigned":
      return { ...base, type, assignee: "?" };
    case "interAgencySent":
      return { ...base, type, agencies: ["?"], mode: "parallel" };
    case "interAgencyReturned":
      return { ...base, type, agency: c.pendingAgencies[0] ?? "?" };
    case "rescheduled":
      return { ...base, type, newDueAt: MAX_MS, reason: "?" };
    case "stopped":
      return { ...base, type, reason: "?" };
    case "resolved":
      return { ...base, type, decision: "approved" };
    case "resultUndeliverable":
      return { ...base, type, attempts: Number.MAX_SAFE_INTEGER };
    default:
      return { ...base, type } as DossierEvent;
  }
}

const isStateName = (s: unknown): s is DossierStateName =>
  typeof s === "string" && TABLE.stateIndex[s] !== undefined;

/**
 * Tells whether `actor` may perform `action` on a dossier in `state`: `ok(true)`, or the coded
 * refusal naming the rule (`DOSSIER_TRANSITION_FORBIDDEN`, `DOSSIER_SUPPLEMENT_ALREADY_REQUESTED`,
 * `DOSSIER_ROLE_FORBIDDEN`, `DOSSIER_POSTAL_NOT_HANDED_OVER`, `DOSSIER_POSTAL_SUPPORT_ONLY`,
 * `DOSSIER_POSTAL_FORBIDDEN`, `DOSSIER_CONTROL_SLIP_UNSIGNED`, …).
 *
 * `state` is a {@link DossierSnapshot} from {@link replay} (exact) or a state name (the context is
 * then that of a fresh dossier). `action` is an action name (event details it does not name are
 * assumed favourable) or the full event (checked exactly as {@link replay} would).
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { can } from "@motcua/dossier";
 * const book = composeRulebook([national], { asOf: "2021-03-01" });
 * const rules = { sla: sliceOf(book, "sla"), permissions: sliceOf(book, "permissions") };
 * const register = [{ officeId: "HT-HCC", scope: { kind: "all" as const }, mode: "replace" as const,
 *   since: "2021-02-22", decision: { document: "Kế hoạch 41/KH-UBND", verified: true } }];
 * const r = can("awaitingReceipt", { role: "postalStaff" }, "received",
 *   { rules, officeId: "HT-HCC", procedure: { code: "1.001" }, register, at: "2021-03-01T09:00:00+07:00" });
 * r.ok; // true
 * can("processing", { role: "postalStaff" }, "resolved", { rules, at: 0 }).ok; // false: DOSSIER_POSTAL_FORBIDDEN
 * ```
 * @since 0.1.0
 * @category Permissions
 */
export function can(
  state: DossierSnapshot | DossierStateName,
  actor: Actor,
  action: DossierAction | DossierEvent,
  context: PermissionContext,
): Result<true> {
  try {
    if (!isObj(context))
      throw invalidOptions(["context"], "Ngữ cảnh phải là một đối tượng", "The context must be an object");
    const { rules, at, calendar, ...scope } = context;
    const setup = resolveSetup(rules, {
      ...(calendar === undefined ? {} : { calendar }),
      scope,
    });
    const snapshot = isObj(state) ? (state as unknown as DossierSnapshot) : undefined;
    const stateName = snapshot === undefined ? state : snapshot.state;
    if (!isStateName(stateName))
      throw invalidOptions(["state"], "Trạng thái hồ sơ không hợp lệ", "Unknown dossier state");
    const c =
      snapshot === undefined
        ? initialContext(setup.env)
        : fromSnapshot(snapshot, { ...setup.env, dueAt: snapshot.dueAt });
    if (!isObj(actor) || eventProblem({ id: "x", type: "guided", at: 0, actor }) !== undefined)
      throw invalidOptions(
        ["actor"],
        "Người thực hiện không hợp lệ (cần role)",
        "Invalid actor (a role is needed)",
      );
    let event: DossierEvent;
    if (typeof action === "string") {
      if (!DOSSIER_ACTIONS.includes(action))
        throw invalidOptions(["action"], "Thao tác không hợp lệ", "Unknown action");
      const when = at === undefined ? c.lastAt : checkInstant(at, ["context", "at"]);
      if (when === undefined)
        throw invalidOptions(
          ["context", "at"],
          "Cần thời điểm thực hiện (at)",
          "The instant of the action (at) is needed",
        );
      event = probe(action, actor, when, c, setup.scope?.procedure?.competentUnit);
    } else {
      const problem = eventProblem(action);
      if (problem !== undefined) throw invalidEvent(0, problem, action);
      event = { ...action, actor } as DossierEvent;
    }
    const s = TABLE.stateIndex[stateName] as number;
    const cell = TABLE.cells[s * TABLE.eventCount + (EVENT_INDEX.get(event.type) as number)] as number;
    let reason: LifecycleReason | undefined;
    if (cell < 0) reason = TABLE.refusals[-cell - 1];
    else if (cell >= TABLE.states.length) {
      const step = chooseCandidate(
        TABLE.guarded[cell - TABLE.states.length] as ReadonlyArray<Candidate>,
        c,
        event,
      );
      if (typeof step !== "number") reason = step;
    }
    const act = actionOf(event as DossierEvent & { stage?: string; via?: string });
    const base = {
      path: ["action"],
      action: act,
      eventType: event.type,
      state: stateName as StateName,
      rules: setup.rules,
    };
    if (reason !== undefined) return err(refusal({ ...base, code: reason }));
    if (setup.scope === undefined) return ok(true);
    const denial = checkPermission(setup.rules, setup.scope, actor, act, event.at, detailOf(event));
    if (denial !== undefined)
      return err(
        refusal({
          ...base,
          code: denial.code,
          role: actor.role,
          ...(denial.data === undefined ? {} : { data: denial.data }),
        }),
      );
    return ok(true);
  } catch (x) {
    return err(
      isMotcuaError(x)
        ? x
        : new MotcuaError({
            code: "DOSSIER_INVALID_OPTIONS",
            vi: "Tham số không hợp lệ",
            en: "Invalid arguments",
            cause: x,
          }),
    );
  }
}
