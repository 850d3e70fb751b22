/** Validates and caches what a replay needs: the rulebook, the calendar, the due instant, the scope. */
import { compileRules } from "./compiled";
import { envOf, type Setup } from "./engine";
import { newLookups } from "./handover";
import { supportOnlyAt, verdictsOf, type ResolvedScope, type ScopeProcedure } from "./permission";
import {
  checkCalendar,
  checkInstant,
  checkLevel,
  checkRegister,
  invalidOptions,
  isObj,
  isStr,
  missingCalendar,
} from "./validate";

/** The calendar of a replay whose options give none: refuses when a rule needs working days. */
const MISSING = missingCalendar(["options", "calendar"]);

/** A lifecycle-only replay reads no permission table. */
const NO_VERDICTS = new Uint8Array(0);

/**
 * Setups already resolved, by rulebook then options object: motcua reads its inputs as immutable
 * values, so replaying a million dossiers with the same options validates them once.
 */
const setups = new WeakMap<object, WeakMap<object, Setup>>();
let lastRules: unknown;
let lastOptions: unknown;
let lastSetup: Setup | undefined;

/** Validates options into a {@link Setup} (throws a MotcuaError); cached per (rules, options) object. */
export function resolveSetup(rules: unknown, options: unknown): Setup {
  if (rules === lastRules && options === lastOptions && lastSetup !== undefined) return lastSetup;
  if (isObj(rules) && isObj(options)) {
    const hit = setups.get(rules)?.get(options);
    if (hit !== undefined) {
      lastRules = rules;
      lastOptions = options;
      lastSetup = hit;
      return hit;
    }
    const setup = buildSetup(rules, options);
    let byOptions = setups.get(rules);
    if (byOptions === undefined) setups.set(rules, (byOptions = new WeakMap()));
    byOptions.set(options, setup);
    lastRules = rules;
    lastOptions = options;
    lastSetup = setup;
    return setup;
  }
  return buildSetup(rules, options);
}

function buildSetup(rules: unknown, options: unknown): Setup {
  const r = compileRules(rules);
  if (options !== undefined && !isObj(options))
    throw invalidOptions(["options"], "Tuỳ chọn phải là một đối tượng", "Options must be an object");
  const o = (options ?? {}) as Record<string, unknown>;
  const calendar = checkCalendar(o["calendar"], ["options", "calendar"]) ?? MISSING;
  const dueAt = checkInstant(o["dueAt"], ["options", "dueAt"]);
  const resolved = resolveScope(o["scope"]);
  // The postal channel is barred for a procedure requiring personal presence only where the
  // rulebook says so (`permissions.postalExcludesPersonalPresence`).
  const scope =
    resolved?.procedure?.requiresPersonalPresence === true && !r.permissions().excludesPersonalPresence
      ? { ...resolved, procedure: { ...resolved.procedure, requiresPersonalPresence: false } }
      : resolved;
  return {
    rules: r,
    env: envOf(r, calendar, dueAt, scope?.officeLevel),
    scope,
    verdicts: scope === undefined ? NO_VERDICTS : verdictsOf(r),
    supportOnly: scope !== undefined && supportOnlyAt(r, scope),
  };
}

function resolveScope(scope: unknown): ResolvedScope | undefined {
  if (scope === false) return undefined;
  if (scope !== undefined && !isObj(scope))
    throw invalidOptions(
      ["options", "scope"],
      "Phạm vi phải là một đối tượng hoặc false",
      "Scope must be an object or false",
    );
  const s = (scope ?? {}) as Record<string, unknown>;
  const p = s["procedure"];
  if (p !== undefined && (!isObj(p) || !isStr(p["code"])))
    throw invalidOptions(
      ["options", "scope", "procedure"],
      "Thủ tục cần có mã (code)",
      "The procedure needs a code",
    );
  if (s["officeId"] !== undefined && !isStr(s["officeId"]))
    throw invalidOptions(["options", "scope", "officeId"], "Mã đơn vị không hợp lệ", "Invalid office id");
  const proc = p as Record<string, unknown> | undefined;
  const procedure: ScopeProcedure | undefined =
    proc === undefined
      ? undefined
      : {
          code: proc["code"] as string,
          domain: isStr(proc["domain"]) ? proc["domain"] : undefined,
          competentAgency: isStr(proc["competentAgency"]) ? proc["competentAgency"] : undefined,
          channels: Array.isArray(proc["channels"]) ? (proc["channels"] as string[]) : undefined,
          requiresPersonalPresence: proc["requiresPersonalPresence"] === true,
          competentUnit: isStr(proc["competentUnit"]) ? proc["competentUnit"] : undefined,
          province: isStr(proc["province"]) ? proc["province"] : undefined,
        };
  return {
    procedure,
    officeId: s["officeId"] as string | undefined,
    officeLevel: checkLevel(s["officeLevel"], ["options", "scope", "officeLevel"]),
    officeUnit: isStr(s["officeUnit"]) ? s["officeUnit"] : undefined,
    officeProvince: isStr(s["officeProvince"]) ? s["officeProvince"] : undefined,
    register: checkRegister(s["register"], ["options", "scope", "register"]),
    lookups: newLookups(),
  };
}
