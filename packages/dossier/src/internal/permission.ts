/**
 * The actor × action check: the role matrix of the rulebook, and for postal staff the handover
 * register (replace / support) and the levels where they only support.
 *
 * The hot path ({@link denialCode}) works on integer codes and allocates nothing: the rulebook is
 * compiled once into a dense (action × role) verdict table, and the register answer for an
 * (office, day) is computed once per resolved scope (see `./handover`). The denial's facts are
 * only gathered ({@link denialOf}) when an event is actually refused.
 */
import {
  ActorRoleSchema,
  fromDayNumber,
  vietnamDayNumber,
  type Actor,
  type HandoverRegister,
  type Level,
} from "@motcua/core";
import { actionOf, DOSSIER_ACTIONS, type DossierAction } from "../DossierAction";
import type { CompiledRules } from "./compiled";
import type { DossierScopeProcedure } from "../replay";
import { handoverAt, type HandoverLookups } from "./handover";
import { EVENT_INDEX, EVENT_TYPES } from "./model";

/** The procedure facts the permission check reads. */
export type ScopeProcedure = DossierScopeProcedure;

/** Where the dossier is handled, resolved and validated. */
export interface ResolvedScope {
  readonly procedure: ScopeProcedure | undefined;
  readonly officeId: string | undefined;
  readonly officeLevel: Level | undefined;
  readonly officeUnit: string | undefined;
  readonly officeProvince: string | undefined;
  readonly register: HandoverRegister;
  /** Register answers already computed for this scope, by office and day. */
  readonly lookups: HandoverLookups;
}

export interface Denial {
  readonly code: string;
  readonly data?: Readonly<Record<string, unknown>>;
  /** The event's field at fault, when it is not the actor (`toUnit` of a forwarding). */
  readonly field?: string;
}

/** Per (action, role): 0 allowed, 1 role forbidden, 2 postal never, 3 postal replace-only, 4 postal support too. */
const ALLOWED = 0;
const ROLE_FORBIDDEN = 1;
const POSTAL_NEVER = 2;
const POSTAL_REPLACE = 3;
const POSTAL_SUPPORT = 4;

/** Outcomes of {@link denialCode}: 0 allowed, else the denial (index into {@link DENIAL_CODES}). */
const CHANNEL_NOT_ALLOWED = 1;
const DENIED_ROLE = 2;
const DENIED_POSTAL = 3;
const NOT_HANDED_OVER = 4;
const SUPPORT_ONLY = 5;
const CHANNEL_NOT_IN_FORCE = 6;
const RECEIPT_OUTSIDE_UNIT = 7;
const RECEIPT_OUTSIDE_PROVINCE = 8;
const FORWARD_WRONG_UNIT = 9;
const FORWARD_WITHIN_UNIT = 10;
const DENIAL_CODES = [
  "",
  "DOSSIER_CHANNEL_NOT_ALLOWED",
  "DOSSIER_ROLE_FORBIDDEN",
  "DOSSIER_POSTAL_FORBIDDEN",
  "DOSSIER_POSTAL_NOT_HANDED_OVER",
  "DOSSIER_POSTAL_SUPPORT_ONLY",
  "DOSSIER_CHANNEL_NOT_IN_FORCE",
  "DOSSIER_RECEIPT_OUTSIDE_UNIT",
  "DOSSIER_RECEIPT_OUTSIDE_PROVINCE",
  "DOSSIER_FORWARD_WRONG_UNIT",
  "DOSSIER_FORWARD_WITHIN_UNIT",
] as const;

/** Role → integer code (index in `ActorRoleSchema.options`). */
export const ROLE_INDEX: ReadonlyMap<string, number> = new Map(ActorRoleSchema.options.map((r, i) => [r, i]));
/** Action → integer code (index in {@link DOSSIER_ACTIONS}). */
export const ACTION_INDEX: ReadonlyMap<string, number> = new Map(DOSSIER_ACTIONS.map((a, i) => [a, i]));
const R = ActorRoleSchema.options.length;
const SUBMITTED = ACTION_INDEX.get("submitted") as number;
const RECEIVED = ACTION_INDEX.get("received") as number;
const FORWARDED = ACTION_INDEX.get("forwarded") as number;

/**
 * Where a dossier may be forwarded (Nghị định 118/2025 Art. 14, 20): only to the procedure's
 * competent unit, and only by a centre of another unit (its own agency gets a transfer). A fact
 * the scope does not give is not checked.
 */
function forwardPlace(scope: ResolvedScope, toUnit: string | undefined): number {
  const competent = scope.procedure?.competentUnit;
  if (competent !== undefined && toUnit !== undefined && toUnit !== competent) return FORWARD_WRONG_UNIT;
  const target = competent ?? toUnit;
  return scope.officeUnit !== undefined && target !== undefined && scope.officeUnit === target
    ? FORWARD_WITHIN_UNIT
    : 0;
}

/**
 * The event detail the permission check reads: the channel of a submission, the unit a dossier is
 * forwarded to.
 */
export function detailOf(e: {
  readonly type: string;
  readonly channel?: unknown;
  readonly toUnit?: unknown;
}) {
  const v = e.type === "submitted" ? e.channel : e.type === "forwarded" ? e.toUnit : undefined;
  return typeof v === "string" ? v : undefined;
}

/**
 * Where the office may receive the procedure: 0 when it may, else the denial. With `across`
 * (`permissions.receiptAcrossBoundaries`) any office of the procedure's province may; without it,
 * only an office of the competent unit. A fact the scope does not give is not checked.
 */
function receiptPlace(scope: ResolvedScope, across: boolean | undefined): number {
  const p = scope.procedure;
  if (across === undefined || p === undefined) return 0;
  if (across)
    return p.province !== undefined &&
      scope.officeProvince !== undefined &&
      p.province !== scope.officeProvince
      ? RECEIPT_OUTSIDE_PROVINCE
      : 0;
  return p.competentUnit !== undefined &&
    scope.officeUnit !== undefined &&
    p.competentUnit !== scope.officeUnit
    ? RECEIPT_OUTSIDE_UNIT
    : 0;
}

const A = (action: DossierAction): number => ACTION_INDEX.get(action) as number;
const T = (type: string): number => EVENT_INDEX.get(type) as number;
/** Event type code → code of its unrefined action (`actionOf` with no stage or channel). */
const ACTION_OF_TYPE = Int32Array.from(EVENT_TYPES, (type) => A(actionOf({ type })));
const SUPPLEMENT_REQUESTED = T("supplementRequested");
const REFUSED = T("refused");
const RESULT_RETURNED = T("resultReturned");
const CONTROL_SLIP_SIGNED = T("controlSlipSigned");
const SUPPLEMENT_APPRAISAL = A("supplementRequested:appraisal");
const REFUSED_APPRAISAL = A("refused:appraisal");
const RETURNED_POSTAL = A("resultReturned:postal");
const RETURNED_ONLINE = A("resultReturned:online");
const SLIP_RESULT_RECEIPT = A("controlSlipSigned:resultReceipt");

/**
 * The action code of a well-formed event of type code `t`: the same action as
 * `actionOf(e)`, as an index into {@link DOSSIER_ACTIONS}, without string look-ups.
 */
export function actionCode(t: number, e: { readonly stage?: unknown; readonly via?: unknown }): number {
  switch (t) {
    case SUPPLEMENT_REQUESTED:
      return e.stage === "appraisal" ? SUPPLEMENT_APPRAISAL : (ACTION_OF_TYPE[t] as number);
    case REFUSED:
      return e.stage === "appraisal" ? REFUSED_APPRAISAL : (ACTION_OF_TYPE[t] as number);
    case RESULT_RETURNED:
      return e.via === "postal"
        ? RETURNED_POSTAL
        : e.via === "online"
          ? RETURNED_ONLINE
          : (ACTION_OF_TYPE[t] as number);
    case CONTROL_SLIP_SIGNED:
      return e.stage === "resultReceipt" ? SLIP_RESULT_RECEIPT : (ACTION_OF_TYPE[t] as number);
    default:
      return ACTION_OF_TYPE[t] as number;
  }
}

const compiledRules = new WeakMap<CompiledRules, Uint8Array>();
let lastRules: CompiledRules | undefined;
let lastCompiled: Uint8Array | undefined;

/** The rulebook's permissions as a dense (action × role) table, built once per rulebook object. */
export function verdictsOf(rules: CompiledRules): Uint8Array {
  if (rules === lastRules && lastCompiled !== undefined) return lastCompiled;
  let table = compiledRules.get(rules);
  if (table === undefined) {
    const t = new Uint8Array(DOSSIER_ACTIONS.length * R).fill(ROLE_FORBIDDEN);
    const { replace, support, roles } = rules.permissions();
    DOSSIER_ACTIONS.forEach((action, a) => {
      for (const role of roles[action]) t[a * R + (ROLE_INDEX.get(role) as number)] = ALLOWED;
      const postal = a * R + (ROLE_INDEX.get("postalStaff") as number);
      if (t[postal] !== ALLOWED)
        t[postal] = support.includes(action)
          ? POSTAL_SUPPORT
          : replace.includes(action)
            ? POSTAL_REPLACE
            : POSTAL_NEVER;
    });
    compiledRules.set(rules, (table = t));
  }
  lastRules = rules;
  lastCompiled = table;
  return table;
}

/** Postal staff only support (never replace) at the scope's level under this rulebook (commune role `support`). */
export const supportOnlyAt = (rules: CompiledRules, scope: ResolvedScope): boolean =>
  scope.officeLevel === "commune" && rules.communeSupportOnly !== undefined;

/**
 * The permission outcome as an integer, without allocating: 0 when allowed, else a denial code
 * for {@link denialOf}. `action` and `role` are integer codes, `officeId` the actor's own office
 * (if any), `detail` the event's {@link detailOf} (the submission channel, the unit forwarded to),
 * `at` the instant of the action.
 */
export function denialCode(
  verdicts: Uint8Array,
  supportOnly: boolean,
  channels: ReadonlyArray<string> | undefined,
  across: boolean | undefined,
  scope: ResolvedScope,
  action: number,
  role: number,
  officeId: string | undefined,
  at: number,
  detail: string | undefined,
): number {
  const channel = action === SUBMITTED ? detail : undefined;
  if (action === SUBMITTED && channel !== undefined && channels !== undefined && !channels.includes(channel))
    return CHANNEL_NOT_IN_FORCE;
  if (action === RECEIVED) {
    const place = receiptPlace(scope, across);
    if (place !== 0) return place;
  }
  if (action === FORWARDED) {
    const place = forwardPlace(scope, detail);
    if (place !== 0) return place;
  }
  if (action === SUBMITTED && scope.procedure !== undefined && channel !== undefined) {
    const p = scope.procedure;
    if (
      (p.channels !== undefined && !p.channels.includes(channel)) ||
      (channel === "postal" && p.requiresPersonalPresence === true)
    )
      return CHANNEL_NOT_ALLOWED;
  }
  const verdict = verdicts[action * R + role];
  if (verdict === ALLOWED) return 0;
  if (verdict === ROLE_FORBIDDEN) return DENIED_ROLE;
  if (verdict === POSTAL_NEVER) return DENIED_POSTAL;
  const entry = handoverAt(scope, officeId ?? scope.officeId, vietnamDayNumber(at));
  if (entry === undefined) return NOT_HANDED_OVER;
  return (entry.mode === "support" || supportOnly) && verdict !== POSTAL_SUPPORT ? SUPPORT_ONLY : 0;
}

/** The denial of a non-zero {@link denialCode}: its stable code and the facts behind it. */
export function denialOf(
  code: number,
  rules: CompiledRules,
  scope: ResolvedScope,
  actor: Actor,
  action: DossierAction,
  at: number,
  detail: string | undefined,
): Denial {
  const name = DENIAL_CODES[code] as string;
  const channel = detail;
  switch (code) {
    case FORWARD_WRONG_UNIT:
    case FORWARD_WITHIN_UNIT:
      return {
        code: name,
        field: "toUnit",
        data: { toUnit: detail, competentUnit: scope.procedure?.competentUnit, officeUnit: scope.officeUnit },
      };
    case CHANNEL_NOT_ALLOWED:
      return { code: name, data: { channel, procedureCode: scope.procedure?.code } };
    case RECEIPT_OUTSIDE_UNIT:
      return {
        code: name,
        data: { officeUnit: scope.officeUnit, competentUnit: scope.procedure?.competentUnit },
      };
    case RECEIPT_OUTSIDE_PROVINCE:
      return {
        code: name,
        data: { officeProvince: scope.officeProvince, province: scope.procedure?.province },
      };
    case CHANNEL_NOT_IN_FORCE:
      return { code: name, data: { channel, channels: [...(rules.channels?.list ?? [])] } };
    case DENIED_ROLE:
      return { code: name, data: { role: actor.role, allowedRoles: rules.permissions().roles[action] } };
    case DENIED_POSTAL:
      return { code: name, data: { role: actor.role } };
    default: {
      const officeId = actor.officeId ?? scope.officeId;
      const day = vietnamDayNumber(at);
      if (code === NOT_HANDED_OVER)
        return {
          code: name,
          data: { officeId, procedureCode: scope.procedure?.code, date: fromDayNumber(day) },
        };
      const entry = handoverAt(scope, officeId, day);
      return {
        code: name,
        data: { officeId, mode: entry?.mode, officeLevel: scope.officeLevel, decision: entry?.decision },
      };
    }
  }
}

/**
 * Checks who may do what (by name, for `can` and the reference engine). Returns undefined when
 * allowed, else the denial code and facts.
 */
export function checkPermission(
  rules: CompiledRules,
  scope: ResolvedScope,
  actor: Actor,
  action: DossierAction,
  at: number,
  detail: string | undefined,
): Denial | undefined {
  const code = denialCode(
    verdictsOf(rules),
    supportOnlyAt(rules, scope),
    rules.channels?.list,
    rules.receiptAcrossBoundaries?.value,
    scope,
    ACTION_INDEX.get(action) as number,
    ROLE_INDEX.get(actor.role) as number,
    actor.officeId,
    at,
    detail,
  );
  return code === 0 ? undefined : denialOf(code, rules, scope, actor, action, at, detail);
}
