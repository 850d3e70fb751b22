/**
 * `composeRulebook`: national baseline, then province, then unit, resolved as of a date, with the
 * provenance of every value.
 *
 * @module
 */
import {
  MotcuaError,
  guardFunction,
  closestMatch,
  tryParseCivilDate,
  tryParseInstant,
  vietnamDayNumber,
  fromDayNumber,
  type CivilDate,
  type InstantInput,
  type LegalRef,
  type MotcuaIssue,
  type Validity,
} from "@motcua/core";
import { deepFreeze, show } from "./internal/deepEqual";
import { errorOf, issue } from "./internal/issues";
import { extendValue } from "./internal/merge";
import { parseWith } from "./internal/zodIssues";
import { safeLoadPlugin, type Jurisdiction, type Plugin, type PluginInput } from "./definePlugin";
import { ruleInForce, type PluginRule, type RuleMode } from "./Rule";
import { registerRulebook } from "./internal/rulebookGuard";
import { slotKeyOf } from "./Slots";

/**
 * One step in how a value was resolved: which plugin, which version, how, and on what basis.
 *
 * @since 0.1.0
 * @category Rulebook
 */
export interface ProvenanceStep {
  /** Plugin id. */
  readonly plugin: string;
  /** Plugin version. */
  readonly pluginVersion: string;
  /** Layer of the plugin. */
  readonly level: Jurisdiction["level"];
  /** How the rule combined with the layer below. */
  readonly mode: RuleMode;
  /** What the rule itself contributed (absent for `forbid`). */
  readonly value?: unknown;
  /** The rule's legal reference. */
  readonly legalRef: LegalRef;
  /** The rule version's validity. */
  readonly validity: Validity;
  /** The rule's note, if any. */
  readonly note?: string;
}

/**
 * A resolved rule: its value as of the rulebook's date and where it came from.
 *
 * @since 0.1.0
 * @category Rulebook
 */
export interface ResolvedRule<T = unknown> {
  /** `<slot>.<key>`. */
  readonly path: string;
  /** `true` when a layer forbade the rule: it does not apply, and `value` is absent. */
  readonly forbidden: boolean;
  /** The resolved value. */
  readonly value?: T;
  /** `true` only when every contributing step's source is verified. */
  readonly verified: boolean;
  /** Every contributing step, lowest layer first; the last one supplied the final value. */
  readonly provenance: ReadonlyArray<ProvenanceStep>;
}

/**
 * A jurisdiction that ended and the plugin that took over, as recorded in a rulebook.
 *
 * @since 0.1.0
 * @category Rulebook
 */
export interface SuccessionRecord {
  /** The ended plugin. */
  readonly from: string;
  /** Its successor. */
  readonly to: string;
  /** The last day of the ended jurisdiction. */
  readonly lastDay: CivilDate;
  /** The act that ended it. */
  readonly legalRef: LegalRef;
}

/**
 * The rules in force on one date for one jurisdiction, with provenance.
 *
 * @since 0.1.0
 * @category Rulebook
 */
export interface Rulebook {
  /** The Vietnamese civil date the rules are resolved for. */
  readonly asOf: CivilDate;
  /** The plugins applied, lowest layer first. */
  readonly plugins: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly version: string;
    readonly level: Jurisdiction["level"];
  }>;
  /** The most specific jurisdiction applied. */
  readonly jurisdiction: Jurisdiction;
  /** Plugins skipped because their jurisdiction had ended and their successor applies. */
  readonly succession: ReadonlyArray<SuccessionRecord>;
  /** Every resolved rule, by path. */
  readonly rules: ReadonlyMap<string, ResolvedRule>;
}

/**
 * Options of {@link composeRulebook}.
 *
 * @since 0.1.0
 * @category Rulebook
 */
export interface ComposeOptions {
  /**
   * The date the rules are resolved for: a civil date `YYYY-MM-DD`, or an instant (ISO with offset,
   * epoch ms or a `Date`, read in Vietnamese time). For a dossier, pass its receipt instant: it
   * keeps the rulebook in force when it was received.
   */
  readonly asOf: CivilDate | InstantInput;
}

const LEVEL_ORDER: Readonly<Record<Jurisdiction["level"], number>> = { national: 0, province: 1, unit: 2 };

const composeError = (
  code: string,
  path: ReadonlyArray<string | number>,
  en: string,
  vi: string,
  data: Record<string, unknown> = {},
): MotcuaError => new MotcuaError({ code, path, en, vi, data });

/** Reads `asOf` as a Vietnamese civil date. @internal */
export function toAsOfDate(asOf: unknown): CivilDate {
  if (typeof asOf === "string" && tryParseCivilDate(asOf) !== undefined) return asOf;
  const ms = tryParseInstant(asOf);
  if (ms === undefined)
    throw composeError(
      "COMPOSE_INVALID_AS_OF",
      ["asOf"],
      `asOf must be a YYYY-MM-DD date or an instant with an offset, got ${show(asOf)}`,
      `asOf phải là ngày YYYY-MM-DD hoặc thời điểm có múi giờ, nhận được ${show(asOf)}`,
    );
  return fromDayNumber(vietnamDayNumber(ms));
}

const inForce = (v: Validity, date: CivilDate): boolean =>
  (v.validFrom === undefined || v.validFrom <= date) && (v.validTo === undefined || date <= v.validTo);

function selectPlugins(
  plugins: ReadonlyArray<Plugin>,
  asOf: CivilDate,
): { active: Plugin[]; succession: SuccessionRecord[] } {
  const ids = new Set<string>();
  plugins.forEach((p, i) => {
    if (ids.has(p.id))
      throw composeError(
        "COMPOSE_DUPLICATE_PLUGIN",
        ["plugins", i],
        `plugin "${p.id}" is given twice`,
        `plugin "${p.id}" được truyền hai lần`,
        { plugin: p.id },
      );
    ids.add(p.id);
  });
  const byId = new Map(plugins.map((p) => [p.id, p]));
  const active: Plugin[] = [];
  const succession: SuccessionRecord[] = [];
  plugins.forEach((p, i) => {
    if (inForce(p.validity, asOf)) {
      // A successor does not apply to the predecessor's territory while the predecessor is in force.
      const predecessor = plugins.find((q) => q.succession?.successor === p.id && inForce(q.validity, asOf));
      if (predecessor === undefined) active.push(p);
      return;
    }
    const lastDay = p.validity.validTo;
    if (p.succession !== undefined && lastDay !== undefined && asOf > lastDay) {
      const successor = byId.get(p.succession.successor);
      if (successor === undefined || !inForce(successor.validity, asOf))
        throw composeError(
          "COMPOSE_JURISDICTION_ENDED",
          ["plugins", i],
          `"${p.id}" ended on ${lastDay}; its successor "${p.succession.successor}" must be given for ${asOf}`,
          `"${p.id}" đã kết thúc ngày ${lastDay}; cần plugin kế thừa "${p.succession.successor}" cho ngày ${asOf}`,
          { plugin: p.id, successor: p.succession.successor, lastDay },
        );
      succession.push({ from: p.id, to: successor.id, lastDay, legalRef: p.succession.legalRef });
      return;
    }
    throw composeError(
      "COMPOSE_NOT_IN_FORCE",
      ["plugins", i],
      `plugin "${p.id}" is not in force on ${asOf}`,
      `plugin "${p.id}" không có hiệu lực vào ngày ${asOf}`,
      { plugin: p.id, validity: p.validity },
    );
  });
  active.sort((a, b) => LEVEL_ORDER[a.jurisdiction.level] - LEVEL_ORDER[b.jurisdiction.level]);
  for (let i = 1; i < active.length; i++) {
    const a = active[i - 1] as Plugin;
    const b = active[i] as Plugin;
    if (a.jurisdiction.level === b.jurisdiction.level)
      throw composeError(
        "COMPOSE_LAYER_CONFLICT",
        ["plugins"],
        `"${a.id}" and "${b.id}" are both ${a.jurisdiction.level} plugins in force on ${asOf}`,
        `"${a.id}" và "${b.id}" cùng là plugin cấp ${a.jurisdiction.level} có hiệu lực ngày ${asOf}`,
        { plugins: [a.id, b.id] },
      );
  }
  const province = active.find((p) => p.jurisdiction.level === "province");
  const unit = active.find((p) => p.jurisdiction.level === "unit");
  if (
    unit !== undefined &&
    unit.jurisdiction.level === "unit" &&
    province !== undefined &&
    province.jurisdiction.level === "province" &&
    unit.jurisdiction.province !== province.jurisdiction.province
  )
    throw composeError(
      "COMPOSE_JURISDICTION_MISMATCH",
      ["plugins"],
      `unit plugin "${unit.id}" belongs to "${unit.jurisdiction.province}", not "${province.jurisdiction.province}"`,
      `plugin đơn vị "${unit.id}" thuộc "${unit.jurisdiction.province}", không thuộc "${province.jurisdiction.province}"`,
    );
  return { active, succession };
}

function checkStructure(active: ReadonlyArray<Plugin>): void {
  const issues: MotcuaIssue[] = [];
  const below = new Map<string, Plugin>();
  for (const plugin of active) {
    const here = new Set<string>();
    for (const rule of plugin.rules) {
      here.add(rule.path);
      const path = ["plugins", plugin.id, "rules", rule.slot, rule.key];
      const base = below.get(rule.path);
      if (rule.mode !== "define" && base === undefined) {
        const hint = closestMatch(rule.path, [...below.keys()]);
        issues.push(
          issue(
            "COMPOSE_OVERRIDE_WITHOUT_BASE",
            path,
            `"${plugin.id}" tries to ${rule.mode} ${rule.path}, which no lower layer has${hint === undefined ? "" : ` — did you mean "${hint}"?`}`,
            `"${plugin.id}" ${rule.mode} ${rule.path} nhưng lớp dưới không có${hint === undefined ? "" : ` — có phải ý bạn là "${hint}"?`}`,
          ),
        );
      } else if (rule.mode === "define" && base !== undefined)
        issues.push(
          issue(
            "COMPOSE_IMPLICIT_OVERRIDE",
            path,
            `"${plugin.id}" redefines ${rule.path} from "${base.id}": say "extend", "replace" or "forbid"`,
            `"${plugin.id}" định nghĩa lại ${rule.path} của "${base.id}": hãy ghi rõ "extend", "replace" hoặc "forbid"`,
          ),
        );
    }
    for (const p of here) if (!below.has(p)) below.set(p, plugin);
  }
  if (issues.length > 0) throw errorOf(issues);
}

function resolvePath(
  path: string,
  steps: ReadonlyArray<{ plugin: Plugin; rule: PluginRule }>,
  asOf: CivilDate,
): ResolvedRule {
  let value: unknown;
  let has = false;
  let forbidden = false;
  let final: { plugin: Plugin; rule: PluginRule } | undefined;
  let extended = false;
  const provenance: ProvenanceStep[] = [];
  for (const step of steps) {
    const { plugin, rule } = step;
    if (final !== undefined)
      throw composeError(
        "COMPOSE_FINAL_OVERRIDDEN",
        ["plugins", plugin.id, "rules", rule.slot, rule.key],
        `${path} is final in "${final.plugin.id}" and cannot be changed by "${plugin.id}"`,
        `${path} là quy tắc cố định của "${final.plugin.id}", "${plugin.id}" không được thay đổi`,
        { final: final.plugin.id },
      );
    if (rule.mode === "forbid") {
      forbidden = true;
      has = false;
      value = undefined;
    } else if (rule.mode === "extend" && has) {
      const merged = extendValue(value, rule.value);
      value = merged === undefined ? rule.value : merged.value;
      extended = true;
    } else {
      value = rule.value;
      has = true;
      forbidden = false;
      if (rule.mode === "extend") extended = true;
    }
    if (rule.mode === "extend") has = true;
    if (rule.final === true) final = step;
    provenance.push({
      plugin: plugin.id,
      pluginVersion: plugin.version,
      level: plugin.jurisdiction.level,
      mode: rule.mode,
      legalRef: rule.legalRef,
      validity: rule.validity,
      ...(rule.mode === "forbid" ? {} : { value: rule.value }),
      ...(rule.note === undefined ? {} : { note: rule.note }),
    });
  }
  if (extended && has) {
    const last = steps[steps.length - 1] as { plugin: Plugin; rule: PluginRule };
    const def = slotKeyOf(last.rule.slot, last.rule.key);
    if (def !== undefined) {
      const where = ["rulebook", last.rule.slot, last.rule.key];
      const parsed = parseWith(def.schema, value, where);
      const issues = parsed.ok
        ? def.check === undefined
          ? []
          : [...def.check(parsed.value, where, last.rule.key)]
        : parsed.issues;
      if (issues.length > 0)
        throw errorOf(
          issues,
          { path, asOf },
          {
            en: `Merged value of ${path} on ${asOf} is invalid`,
            vi: `Giá trị gộp của ${path} ngày ${asOf} không hợp lệ`,
          },
        );
      if (parsed.ok) value = parsed.value;
    }
  }
  const verified = provenance.every((s) => s.legalRef.verified);
  return forbidden || !has
    ? { path, forbidden: true, verified, provenance }
    : { path, forbidden: false, value, verified, provenance };
}

/**
 * Composes plugins into the rulebook in force on `asOf`: national baseline, then province, then
 * unit; each path resolved with its plugin's `define`/`extend`/`replace`/`forbid`, and every value
 * recording which plugin, version and legal reference supplied it.
 *
 * A plugin whose jurisdiction ended (`validity.validTo` + `succession`) is replaced by its
 * successor after its last day; before it, the predecessor applies, so a dossier received before a
 * merger keeps the old rulebook when composed with its receipt instant.
 *
 * Throws a `MotcuaError`: `COMPOSE_INVALID_AS_OF`, `COMPOSE_DUPLICATE_PLUGIN`,
 * `COMPOSE_LAYER_CONFLICT`, `COMPOSE_JURISDICTION_MISMATCH`, `COMPOSE_JURISDICTION_ENDED`,
 * `COMPOSE_NOT_IN_FORCE`, `COMPOSE_OVERRIDE_WITHOUT_BASE`, `COMPOSE_IMPLICIT_OVERRIDE`,
 * `COMPOSE_FINAL_OVERRIDDEN`, or a `PLUGIN_*` code for an invalid plugin or merged value.
 *
 * @example
 * ```ts
 * import { composeRulebook, definePlugin } from "@motcua/plugin-sdk";
 * const ref = { document: "Nghị định 61/2018/NĐ-CP", article: "18", verified: true };
 * const base = definePlugin({ id: "national", name: "Quốc gia", version: "0.1.0", jurisdiction: { level: "national" },
 *   legalBasis: [ref], rules: { sla: { paperTransferCutoff: { value: "15:00", legalRef: ref } } } });
 * const book = composeRulebook([base], { asOf: "2025-03-01" });
 * book.rules.get("sla.paperTransferCutoff")?.value; // "15:00"
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export const composeRulebook = guardFunction(
  "composeRulebook",
  function composeRulebook(plugins: ReadonlyArray<Plugin | PluginInput>, options: ComposeOptions): Rulebook {
    if (!Array.isArray(plugins))
      throw composeError(
        "COMPOSE_INVALID_PLUGINS",
        ["plugins"],
        "plugins must be an array",
        "plugins phải là một mảng",
      );
    if (plugins.length === 0)
      throw composeError(
        "COMPOSE_INVALID_PLUGINS",
        ["plugins"],
        "at least one plugin is needed",
        "cần ít nhất một plugin",
      );
    if (typeof options !== "object" || options === null)
      throw composeError(
        "COMPOSE_INVALID_AS_OF",
        ["asOf"],
        "options { asOf } are required",
        "cần tham số { asOf }",
      );
    const asOf = toAsOfDate((options as { asOf?: unknown }).asOf);
    const loaded = plugins.map((p: unknown, i) => {
      const r = safeLoadPlugin(p);
      if (!r.ok)
        throw new MotcuaError({
          code: r.error.code,
          vi: r.error.vi,
          en: r.error.en,
          path: ["plugins", i, ...r.error.path],
          issues: r.error.issues,
          data: r.error.data,
        });
      return r.value;
    });
    const { active, succession } = selectPlugins(loaded, asOf);
    checkStructure(active);
    const steps = new Map<string, Array<{ plugin: Plugin; rule: PluginRule }>>();
    for (const plugin of active)
      for (const rule of plugin.rules) {
        if (!ruleInForce(rule, asOf)) continue;
        const list = steps.get(rule.path) ?? [];
        list.push({ plugin, rule });
        steps.set(rule.path, list);
      }
    const rules = new Map<string, ResolvedRule>();
    for (const [path, list] of steps) rules.set(path, deepFreeze(resolvePath(path, list, asOf)));
    const top = active[active.length - 1] as Plugin;
    return registerRulebook(
      Object.freeze({
        asOf,
        plugins: Object.freeze(
          active.map((p) =>
            Object.freeze({ id: p.id, name: p.name, version: p.version, level: p.jurisdiction.level }),
          ),
        ),
        jurisdiction: top.jurisdiction,
        succession: Object.freeze(succession),
        rules,
      }),
      new Set(active.flatMap((p) => p.rules.filter((r) => r.slot === "procedures").map((r) => r.key))),
    );
  },
  { plugins: "array", options: "object" },
);
