/**
 * The actor × action check: the role matrix of the rulebook, and for postal staff the handover
 * register (replace / support) and the levels where they only support.
 */
import {
  ActorRoleSchema,
  findHandover,
  fromDayNumber,
  vietnamDayNumber,
  type Actor,
  type HandoverEntry,
  type HandoverRegister,
  type Level,
} from "@motcua/core";
import { DOSSIER_ACTIONS, type DossierAction } from "../DossierAction";
import type { DossierRules } from "../DossierRules";

import type { DossierScopeProcedure } from "../replay";

/** The procedure facts the permission check reads. */
export type ScopeProcedure = DossierScopeProcedure;

/** Where the dossier is handled, resolved and validated. */
export interface ResolvedScope {
  readonly procedure: ScopeProcedure | undefined;
  readonly officeId: string | undefined;
  readonly officeLevel: Level | undefined;
  readonly register: HandoverRegister;
}

export interface Denial {
  readonly code: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** A tiny per-replay memo of the last register lookup (same office and day → same answer). */
export interface LookupMemo {
  officeId: string | undefined;
  day: number;
  entry: HandoverEntry | undefined;
}

export const newMemo = (): LookupMemo => ({ officeId: undefined, day: Number.NaN, entry: undefined });

/** Per (action, role): 0 allowed, 1 role forbidden, 2 postal never, 3 postal replace-only, 4 postal support too. */
const ALLOWED = 0;
const ROLE_FORBIDDEN = 1;
const POSTAL_NEVER = 2;
const POSTAL_REPLACE = 3;
const POSTAL_SUPPORT = 4;

const ROLE_INDEX: ReadonlyMap<string, number> = new Map(ActorRoleSchema.options.map((r, i) => [r, i]));
const ACTION_INDEX: ReadonlyMap<string, number> = new Map(DOSSIER_ACTIONS.map((a, i) => [a, i]));
const R = ActorRoleSchema.options.length;

const compiledRules = new WeakMap<DossierRules, Uint8Array>();
let lastRules: DossierRules | undefined;
let lastCompiled: Uint8Array | undefined;

/** The rulebook's permissions as a dense (action × role) table, built once per rulebook object. */
function compiledOf(rules: DossierRules): Uint8Array {
  if (rules === lastRules && lastCompiled !== undefined) return lastCompiled;
  let table = compiledRules.get(rules);
  if (table === undefined) {
    table = new Uint8Array(DOSSIER_ACTIONS.length * R).fill(ROLE_FORBIDDEN);
    const { replace, support } = rules.postalStaff.value;
    DOSSIER_ACTIONS.forEach((action, a) => {
      for (const role of rules.roles.value[action])
        (table as Uint8Array)[a * R + (ROLE_INDEX.get(role) as number)] = ALLOWED;
      const postal = a * R + (ROLE_INDEX.get("postalStaff") as number);
      if ((table as Uint8Array)[postal] !== ALLOWED)
        (table as Uint8Array)[postal] = support.includes(action)
          ? POSTAL_SUPPORT
          : replace.includes(action)
            ? POSTAL_REPLACE
            : POSTAL_NEVER;
    });
    compiledRules.set(rules, table);
  }
  lastRules = rules;
  lastCompiled = table;
  return table;
}

/**
 * Checks who may do what. Returns undefined when allowed, else the denial code and facts.
 * `channel` is the submission channel (for `submitted`), `at` the instant of the action.
 */
export function checkPermission(
  rules: DossierRules,
  scope: ResolvedScope,
  actor: Actor,
  action: DossierAction,
  at: number,
  channel: string | undefined,
  memo: LookupMemo,
): Denial | undefined {
  if (action === "submitted" && scope.procedure !== undefined && channel !== undefined) {
    const p = scope.procedure;
    if (
      (p.channels !== undefined && !p.channels.includes(channel)) ||
      (channel === "postal" && p.requiresPersonalPresence === true)
    )
      return { code: "DOSSIER_CHANNEL_NOT_ALLOWED", data: { channel, procedureCode: p.code } };
  }
  const verdict =
    compiledOf(rules)[(ACTION_INDEX.get(action) as number) * R + (ROLE_INDEX.get(actor.role) as number)];
  if (verdict === ALLOWED) return undefined;
  if (verdict === ROLE_FORBIDDEN)
    return {
      code: "DOSSIER_ROLE_FORBIDDEN",
      data: { role: actor.role, allowedRoles: rules.roles.value[action] },
    };
  if (verdict === POSTAL_NEVER) return { code: "DOSSIER_POSTAL_FORBIDDEN", data: { role: actor.role } };
  const powers = rules.postalStaff.value;
  const inSupport = verdict === POSTAL_SUPPORT;
  const officeId = actor.officeId ?? scope.officeId;
  const day = vietnamDayNumber(at);
  let entry: HandoverEntry | undefined;
  if (memo.officeId === officeId && memo.day === day) entry = memo.entry;
  else {
    entry =
      officeId === undefined || scope.procedure === undefined
        ? undefined
        : findHandover(scope.register, {
            officeId,
            procedureCode: scope.procedure.code,
            domain: scope.procedure.domain,
            competentAgency: scope.procedure.competentAgency,
            date: fromDayNumber(day),
          });
    memo.officeId = officeId;
    memo.day = day;
    memo.entry = entry;
  }
  if (entry === undefined)
    return {
      code: "DOSSIER_POSTAL_NOT_HANDED_OVER",
      data: { officeId, procedureCode: scope.procedure?.code, date: fromDayNumber(day) },
    };
  const supportOnly =
    scope.officeLevel !== undefined && powers.supportOnlyAtLevels.includes(scope.officeLevel);
  if ((entry.mode === "support" || supportOnly) && !inSupport)
    return {
      code: "DOSSIER_POSTAL_SUPPORT_ONLY",
      data: { officeId, mode: entry.mode, officeLevel: scope.officeLevel, decision: entry.decision },
    };
  return undefined;
}
