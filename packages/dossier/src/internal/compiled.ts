/**
 * The rulebook's `sla` and `permissions` slices read once per rules object: the event rules (from
 * `@motcua/sla`'s one reading of the events), the control-slip policy and the permission table.
 * Nothing here supplies a value: a rule the slices lack is `RULE_MISSING`, a malformed value
 * `DOSSIER_INVALID_RULES`.
 */
import {
  MotcuaError,
  ruleMissingError,
  safeDecode,
  type ActorRole,
  type LegalRef,
  type Level,
  type SourcedRule,
} from "@motcua/core";
import { eventRulesOf, type EventRules, type SlaRules } from "@motcua/sla";
import type { DossierAction } from "../DossierAction";
import type { DossierRules } from "../DossierRules";
import { COUNTER_TASK_ACTIONS, permissionsSlot, type PermissionRules } from "../permissionsSlot";

/** The permission rules a scoped replay or `can` reads. */
export interface PermissionTable {
  readonly roles: Readonly<Record<DossierAction, ReadonlyArray<ActorRole>>>;
  /** Actions postal staff may do where the register says `replace`. */
  readonly replace: ReadonlyArray<DossierAction>;
  /** Actions postal staff may do where they only support. */
  readonly support: ReadonlyArray<DossierAction>;
  readonly rolesRef: LegalRef;
  readonly postalRef: LegalRef;
  readonly supportRef: LegalRef;
  /** `postalExcludesPersonalPresence`: a procedure requiring personal presence cannot go by post. */
  readonly excludesPersonalPresence: boolean;
}

/** The names of the rules a refusal cites. */
export type RuleName =
  | "channels"
  | "receiptPlace"
  | "supplementLimit"
  | "appraisalWindow"
  | "reschedule"
  | "refusalWithinDeadline"
  | "undeliverableAttempts"
  | "controlSlip"
  | "roles"
  | "postalStaff"
  | "supportOnly";

/** A rules object, read. */
export interface CompiledRules {
  readonly source: DossierRules;
  readonly events: EventRules;
  /** Control-slip signatures, when the rulebook has the policy. */
  readonly controlSlip:
    | {
        readonly atTransfer: boolean;
        readonly atResultReceipt: boolean;
        readonly levels: ReadonlyArray<Level>;
        readonly legalRef: LegalRef;
      }
    | undefined;
  /** Postal staff only support at commune level, when the rulebook says so. */
  readonly communeSupportOnly: LegalRef | undefined;
  /** The submission channels in force (`permissions.channels`), when the rulebook has the rule. */
  readonly channels: { readonly list: ReadonlyArray<string>; readonly legalRef: LegalRef } | undefined;
  /** `permissions.receiptAcrossBoundaries`, when the rulebook has the rule. */
  readonly receiptAcrossBoundaries: { readonly value: boolean; readonly legalRef: LegalRef } | undefined;
  /** The permission table (read on first use: a lifecycle-only replay does not need it). */
  permissions(): PermissionTable;
  /** The legal reference of a rule, if the rulebook has it. */
  ref(name: RuleName): LegalRef | undefined;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

const invalid = (path: ReadonlyArray<string | number>, vi: string, en: string): MotcuaError =>
  new MotcuaError({ code: "DOSSIER_INVALID_RULES", path: [...path], vi, en });

type PermissionValues = { readonly [K in keyof PermissionRules]-?: NonNullable<PermissionRules[K]>["value"] };
type Key = keyof PermissionValues & string;

const checked = new WeakSet<object>();

/** One `permissions` rule if present, checked once against the slot's schema. */
function optionalPermission<K extends Key>(
  slice: PermissionRules,
  key: K,
): SourcedRule<PermissionValues[K]> | undefined {
  const rule = (slice as Readonly<Record<string, unknown>>)[key];
  if (rule === undefined) return undefined;
  if (isObj(rule) && checked.has(rule)) return rule as unknown as SourcedRule<PermissionValues[K]>;
  const path = ["rules", "permissions", key];
  if (!isObj(rule) || !isObj(rule["legalRef"]))
    throw invalid(
      path,
      `Quy tắc "permissions.${key}" phải có dạng { value, legalRef, verified }`,
      `The rule "permissions.${key}" must be { value, legalRef, verified }`,
    );
  const r = safeDecode(permissionsSlot.keys[key].schema, rule["value"], {
    code: "DOSSIER_INVALID_RULES",
    path: [...path, "value"],
    label: { en: `rule permissions.${key}`, vi: `Quy tắc permissions.${key}` },
  });
  if (!r.ok) throw r.error;
  checked.add(rule);
  return rule as unknown as SourcedRule<PermissionValues[K]>;
}

function permission<K extends Key>(slice: PermissionRules, key: K): SourcedRule<PermissionValues[K]> {
  const r = optionalPermission(slice, key);
  if (r === undefined) throw ruleMissingError("permissions", key, ["rules", "permissions", key]);
  return r;
}

const actionsOf = (tasks: ReadonlyArray<keyof typeof COUNTER_TASK_ACTIONS>): DossierAction[] =>
  tasks.flatMap((t) => COUNTER_TASK_ACTIONS[t]);

const cache = new WeakMap<object, CompiledRules>();

/** Reads a rules object `{ sla, permissions }` (cached per object). */
export function compileRules(rules: unknown): CompiledRules {
  if (isObj(rules)) {
    const hit = cache.get(rules);
    if (hit !== undefined) return hit;
  }
  if (!isObj(rules) || !isObj(rules["sla"]) || !isObj(rules["permissions"]))
    throw invalid(
      ["rules"],
      'Bộ quy tắc hồ sơ phải là { sla, permissions }: các lát cắt của bộ quy tắc đã ghép (sliceOf(rulebook, "sla"), sliceOf(rulebook, "permissions"))',
      'The dossier rules must be { sla, permissions }: the composed rulebook\'s slices (sliceOf(rulebook, "sla"), sliceOf(rulebook, "permissions"))',
    );
  const source = rules as unknown as DossierRules;
  const perms = source.permissions;
  const events = eventRulesOf(source.sla as SlaRules, ["rules", "sla"]);
  const slip = optionalPermission(perms, "controlSlipSignature");
  const commune = optionalPermission(perms, "communePostalRole");
  const channelRule = optionalPermission(perms, "channels");
  const acrossRule = optionalPermission(perms, "receiptAcrossBoundaries");
  let table: PermissionTable | undefined;
  const permissions = (): PermissionTable => {
    if (table !== undefined) return table;
    const roles = permission(perms, "roles");
    const replace = permission(perms, "postalCounterTasks");
    const support = permission(perms, "postalSupportTasks");
    const presence = permission(perms, "postalExcludesPersonalPresence");
    table = Object.freeze({
      roles: roles.value as PermissionTable["roles"],
      replace: actionsOf(replace.value),
      support: actionsOf(support.value),
      rolesRef: roles.legalRef,
      postalRef: replace.legalRef,
      supportRef: support.legalRef,
      excludesPersonalPresence: presence.value,
    });
    return table;
  };
  const controlSlip =
    slip === undefined
      ? undefined
      : Object.freeze({
          atTransfer: slip.value.at.includes("transfer"),
          atResultReceipt: slip.value.at.includes("resultReceipt"),
          levels: slip.value.levels,
          legalRef: slip.legalRef,
        });
  const communeSupportOnly = commune?.value === "support" ? commune.legalRef : undefined;
  const compiled: CompiledRules = {
    source,
    events,
    controlSlip,
    communeSupportOnly,
    channels:
      channelRule === undefined
        ? undefined
        : Object.freeze({ list: channelRule.value, legalRef: channelRule.legalRef }),
    receiptAcrossBoundaries:
      acrossRule === undefined
        ? undefined
        : Object.freeze({ value: acrossRule.value, legalRef: acrossRule.legalRef }),
    permissions,
    ref: (name) => {
      switch (name) {
        case "supplementLimit":
        case "appraisalWindow":
        case "refusalWithinDeadline":
        case "undeliverableAttempts":
          return events.refs[name];
        case "reschedule":
          return events.refs.reschedule;
        case "controlSlip":
          return controlSlip?.legalRef;
        case "supportOnly":
          return communeSupportOnly ?? permissions().supportRef;
        case "roles":
          return permissions().rolesRef;
        case "postalStaff":
          return permissions().postalRef;
        case "channels":
          return channelRule?.legalRef;
        case "receiptPlace":
          return acrossRule?.legalRef;
      }
    },
  };
  cache.set(rules, compiled);
  return compiled;
}

/** The paper-transfer cut-off `HH:MM` of the rules, with its reference. */
export function paperTransferCutoffOf(rules: DossierRules): SourcedRule<string> {
  compileRules(rules);
  const cutoff = (rules.sla as SlaRules).paperTransferCutoff;
  if (cutoff === undefined)
    throw ruleMissingError("sla", "paperTransferCutoff", ["rules", "sla", "paperTransferCutoff"]);
  if (!isObj(cutoff))
    throw invalid(
      ["rules", "sla", "paperTransferCutoff"],
      "Quy tắc giờ chốt chuyển hồ sơ giấy phải là một quy tắc có value và legalRef",
      "The paper-transfer cut-off must be a rule with a value and a legalRef",
    );
  const value: unknown = cutoff.value;
  if (typeof value !== "string" || !/^([01]\d|2[0-3]):[0-5]\d$/.test(value))
    throw invalid(
      ["rules", "sla", "paperTransferCutoff", "value"],
      "Giờ chốt chuyển hồ sơ giấy phải có dạng HH:MM",
      "The paper-transfer cut-off must be HH:MM",
    );
  return cutoff;
}
