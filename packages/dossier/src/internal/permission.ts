/**
 * The actor × action check: the role matrix of the rulebook, and for postal staff the handover
 * register (replace / support) and the levels where they only support.
 */
import {
  findHandover,
  fromDayNumber,
  vietnamDayNumber,
  type Actor,
  type HandoverEntry,
  type HandoverRegister,
  type Level,
} from "@motcua/core";
import type { DossierAction } from "../DossierAction";
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

interface CompiledPermissions {
  readonly roles: ReadonlyMap<string, ReadonlySet<string>>;
  readonly replace: ReadonlySet<string>;
  readonly support: ReadonlySet<string>;
}
const compiledRules = new WeakMap<DossierRules, CompiledPermissions>();

/** The rulebook's permissions as sets, built once per rulebook object. */
function compiledOf(rules: DossierRules): CompiledPermissions {
  let c = compiledRules.get(rules);
  if (c === undefined) {
    c = {
      roles: new Map(Object.entries(rules.roles.value).map(([a, roles]) => [a, new Set<string>(roles)])),
      replace: new Set(rules.postalStaff.value.replace),
      support: new Set(rules.postalStaff.value.support),
    };
    compiledRules.set(rules, c);
  }
  return c;
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
  const compiled = compiledOf(rules);
  if (compiled.roles.get(action)?.has(actor.role) === true) return undefined;
  if (actor.role !== "postalStaff")
    return {
      code: "DOSSIER_ROLE_FORBIDDEN",
      data: { role: actor.role, allowedRoles: rules.roles.value[action] },
    };
  const powers = rules.postalStaff.value;
  const inSupport = compiled.support.has(action);
  if (!inSupport && !compiled.replace.has(action))
    return { code: "DOSSIER_POSTAL_FORBIDDEN", data: { role: actor.role } };
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
