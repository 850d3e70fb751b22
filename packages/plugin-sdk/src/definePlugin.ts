/**
 * `definePlugin`: a province's (or the nation's, or a unit's) rules as one typed, validated value.
 *
 * @module
 */
import * as z from "zod";
import {
  CivilDateSchema,
  LegalRefSchema,
  err,
  ok,
  safeDecode,
  validitiesOverlap,
  type ErrorPath,
  type LegalRef,
  type MotcuaIssue,
  type ProcedureInput,
  type Result,
  type Validity,
} from "@motcua/core";
import { deepFreeze } from "./internal/deepEqual";
import { errorOf, issue } from "./internal/issues";
import { parseWith, unknownKeyIssue } from "./internal/zodIssues";
import type { PluginRule, RuleEntry, RuleMode } from "./Rule";
import { SLOTS, slotKeyOf, type FixedSlotName, type SlotInput, type SlotKeyName } from "./Slots";

const ID = /^[a-z][a-z0-9-]*$/;

/**
 * Most versions one rule may have. Real rules have a handful (one per amendment); the cap keeps a
 * hostile file from making validation slow, and is reported as `PLUGIN_TOO_MANY_VERSIONS`.
 *
 * @example
 * ```ts
 * import { MAX_RULE_VERSIONS } from "@motcua/plugin-sdk";
 * MAX_RULE_VERSIONS; // 1000
 * ```
 * @since 0.2.0
 * @category Plugins
 */
export const MAX_RULE_VERSIONS = 1000;

/** Appends without spreading into arguments (a spread of a long list overflows the stack). */
const append = <T>(target: T[], items: ReadonlyArray<T>): void => {
  for (const item of items) target.push(item);
};

/**
 * The versions whose validity overlaps an earlier-starting one, in O(n log n): sorted by start,
 * each version is compared with the one reaching furthest so far; reversed periods (already
 * reported) are left out. Returns [earlier, later] pairs, at most one per version.
 */
const overlappingPairs = (rules: ReadonlyArray<PluginRule>): Array<[PluginRule, PluginRule]> => {
  const start = (r: PluginRule) => r.validity.validFrom ?? "";
  const sorted = rules
    .filter(
      (r) =>
        !(
          r.validity.validFrom !== undefined &&
          r.validity.validTo !== undefined &&
          r.validity.validTo < r.validity.validFrom
        ),
    )
    .slice()
    .sort((a, b) => (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : a.version - b.version));
  const pairs: Array<[PluginRule, PluginRule]> = [];
  let reach: PluginRule | undefined;
  for (const r of sorted) {
    if (reach !== undefined && validitiesOverlap(reach.validity, r.validity)) pairs.push([reach, r]);
    const end = (x: PluginRule) => x.validity.validTo;
    if (
      reach === undefined ||
      (end(reach) !== undefined && (end(r) === undefined || (end(r) as string) > (end(reach) as string)))
    )
      reach = r;
  }
  return pairs;
};
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/**
 * Zod schema of a {@link Jurisdiction}.
 *
 * @example
 * ```ts
 * import { JurisdictionSchema } from "@motcua/plugin-sdk";
 * JurisdictionSchema.parse({ level: "province", province: "ha-tinh" });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const JurisdictionSchema = z.discriminatedUnion("level", [
  z.object({ level: z.literal("national") }).strict(),
  z
    .object({
      level: z.literal("province"),
      province: z.string().regex(ID),
      /**
       * The provinces before 1/7/2025 (slugs) whose offices the rules were written for, when the
       * province is a merger of several: a plugin of the merged province that covers all of them
       * lists them. Absent: the province's own former territory only (`province`), so the rules of
       * a pre-merger plan never reach the offices of a province merged into it.
       */
      territory: z.array(z.string().regex(ID)).min(1).optional(),
    })
    .strict(),
  z.object({ level: z.literal("unit"), province: z.string().regex(ID), unit: z.string().min(1) }).strict(),
]);

/**
 * Whose rules a plugin holds: the nation (baseline), a province, or one unit of a province.
 *
 * @since 0.1.0
 * @category Plugins
 */
export type Jurisdiction = z.output<typeof JurisdictionSchema>;

const PluginValiditySchema = z
  .object({ validFrom: z.optional(CivilDateSchema), validTo: z.optional(CivilDateSchema) })
  .strict();

const MetaSchema = z.object({
  id: z.string().regex(ID),
  name: z.string().min(1),
  version: z.string().regex(SEMVER),
  jurisdiction: JurisdictionSchema,
  validity: PluginValiditySchema.optional(),
  legalBasis: z.array(LegalRefSchema).min(1),
  succession: z
    .object({ successor: z.string().regex(ID), legalRef: LegalRefSchema })
    .strict()
    .optional(),
  rules: z.record(z.string(), z.unknown()),
});

const META_KEYS = ["id", "name", "version", "jurisdiction", "validity", "legalBasis", "succession", "rules"];
const RULE_KEYS = ["mode", "value", "legalRef", "validity", "final", "note"];
const MODES: ReadonlyArray<RuleMode> = ["define", "extend", "replace", "forbid"];

/**
 * The rules a plugin contributes, slot by slot; every key is typed, so a wrong shape does not compile.
 *
 * @since 0.1.0
 * @category Plugins
 */
export type PluginRules = {
  readonly [S in FixedSlotName]?: { readonly [K in SlotKeyName<S>]?: RuleEntry<SlotInput<S, K>> };
} & {
  /** Procedure catalogue entries keyed by national procedure code. */
  readonly procedures?: Readonly<Record<string, RuleEntry<ProcedureInput>>>;
};

/**
 * A declared end of jurisdiction and who takes over (e.g. Vĩnh Phúc → Phú Thọ from 1/7/2025).
 *
 * @since 0.1.0
 * @category Plugins
 */
export interface Succession {
  /** Id of the successor plugin. */
  readonly successor: string;
  /** The act that ended the jurisdiction. */
  readonly legalRef: LegalRef;
}

/**
 * What `definePlugin` takes.
 *
 * @since 0.1.0
 * @category Plugins
 */
export interface PluginInput {
  /** Stable id, lower-case with dashes, e.g. `province-ha-tinh`. */
  readonly id: string;
  /** Human name, e.g. `Hà Tĩnh`. */
  readonly name: string;
  /** Semantic version of the rule set. */
  readonly version: string;
  /** Whose rules these are. */
  readonly jurisdiction: Jurisdiction;
  /** When the jurisdiction exists under this plugin (ends with a merger). */
  readonly validity?: Validity;
  /** The documents the plugin as a whole rests on. */
  readonly legalBasis: ReadonlyArray<LegalRef>;
  /** The jurisdiction ended (`validity.validTo`) and this plugin took over. */
  readonly succession?: Succession;
  /** The contributed rules. */
  readonly rules: PluginRules;
}

/**
 * A validated, frozen plugin.
 *
 * @since 0.1.0
 * @category Plugins
 */
export interface Plugin {
  /** Stable id. */
  readonly id: string;
  /** Human name. */
  readonly name: string;
  /** Semantic version. */
  readonly version: string;
  /** Whose rules these are. */
  readonly jurisdiction: Jurisdiction;
  /** When the plugin applies (empty = always). */
  readonly validity: Validity;
  /** The documents it rests on. */
  readonly legalBasis: ReadonlyArray<LegalRef>;
  /** Declared successor, if the jurisdiction ended. */
  readonly succession?: Succession;
  /** Every rule version, in declaration order. */
  readonly rules: ReadonlyArray<PluginRule>;
}

/**
 * The registered brand every plugin made by `definePlugin` carries, whichever copy of the SDK made
 * it (an ESM or a CommonJS build, a second install): `Symbol.for` is shared by the whole process,
 * where a private `WeakSet` or a class would not be.
 */
const PLUGIN_BRAND: unique symbol = Symbol.for("@motcua/plugin-sdk/plugin") as never;

/** @internal Tells whether a value is a plugin made by `definePlugin` (of any copy of the SDK). */
export const isDefinedPlugin = (value: unknown): value is Plugin => {
  if (typeof value !== "object" || value === null) return false;
  try {
    return (value as { readonly [PLUGIN_BRAND]?: unknown })[PLUGIN_BRAND] === 1;
  } catch {
    return false; // a proxy or getter that throws is no plugin; validation then reports it
  }
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

const reversed = (v: Validity, path: ErrorPath): MotcuaIssue[] =>
  v.validFrom !== undefined && v.validTo !== undefined && v.validTo < v.validFrom
    ? [
        issue(
          "PLUGIN_VALIDITY_REVERSED",
          [...path, "validTo"],
          `validity ends (${v.validTo}) before it starts (${v.validFrom})`,
          `hiệu lực kết thúc (${v.validTo}) trước khi bắt đầu (${v.validFrom})`,
        ),
      ]
    : [];

const schemaType = (schema: z.core.$ZodType): string =>
  (schema as unknown as { _zod: { def: { type: string } } })._zod.def.type;

function checkValue(
  slot: string,
  key: string,
  mode: RuleMode,
  value: unknown,
  path: ErrorPath,
): { value: unknown; issues: MotcuaIssue[] } {
  const def = slotKeyOf(slot, key);
  if (def === undefined) return { value, issues: [] };
  if (mode === "extend" && schemaType(def.schema) === "object") {
    if (!isPlainObject(value))
      return {
        value,
        issues: [
          issue(
            "PLUGIN_INVALID",
            path,
            "an object extension must be an object of fields",
            "phần mở rộng phải là một đối tượng gồm các trường",
          ),
        ],
      };
    const shape = (def.schema as unknown as z.ZodObject).shape;
    const out: Record<string, unknown> = {};
    const issues: MotcuaIssue[] = [];
    for (const [field, fieldValue] of Object.entries(value)) {
      const fieldSchema = (shape as Readonly<Record<string, z.core.$ZodType>>)[field];
      if (fieldSchema === undefined || !Object.hasOwn(shape, field)) {
        issues.push(unknownKeyIssue(field, path, Object.keys(shape)));
        continue;
      }
      const parsed = parseWith(fieldSchema, fieldValue, [...path, field]);
      if (parsed.ok) out[field] = parsed.value;
      else append(issues, parsed.issues);
    }
    return { value: out, issues };
  }
  if (mode === "extend" && schemaType(def.schema) !== "array")
    return {
      value,
      issues: [
        issue(
          "PLUGIN_NOT_EXTENSIBLE",
          path,
          `${slot}.${key} holds a single value: use "replace", not "extend"`,
          `${slot}.${key} là một giá trị đơn: dùng "replace", không dùng "extend"`,
        ),
      ],
    };
  const parsed = parseWith(def.schema, value, path);
  if (!parsed.ok) return { value, issues: parsed.issues };
  return {
    value: parsed.value,
    issues: def.check === undefined ? [] : [...def.check(parsed.value, path, key)],
  };
}

function parseVersion(
  slot: string,
  key: string,
  raw: unknown,
  path: ErrorPath,
  version: number,
  baseline: boolean,
): { rule?: PluginRule; issues: MotcuaIssue[] } {
  if (!isPlainObject(raw))
    return {
      issues: [
        issue(
          "PLUGIN_INVALID",
          path,
          "a rule must be an object { value, legalRef, … }",
          "quy tắc phải là đối tượng { value, legalRef, … }",
        ),
      ],
    };
  const issues: MotcuaIssue[] = [];
  for (const k of Object.keys(raw))
    if (!RULE_KEYS.includes(k)) issues.push(unknownKeyIssue(k, path, RULE_KEYS));
  const modeRaw = raw["mode"] ?? "define";
  if (typeof modeRaw !== "string" || !(MODES as ReadonlyArray<string>).includes(modeRaw)) {
    issues.push(
      issue(
        "PLUGIN_INVALID",
        [...path, "mode"],
        `mode must be one of ${MODES.join(", ")}`,
        `mode phải là một trong ${MODES.join(", ")}`,
      ),
    );
    return { issues };
  }
  const mode = modeRaw as RuleMode;
  if (baseline && mode !== "define")
    issues.push(
      issue(
        "PLUGIN_OVERRIDE_WITHOUT_BASE",
        [...path, "mode"],
        `a national plugin has no lower layer to ${mode}`,
        `plugin quốc gia không có lớp dưới để ${mode}`,
      ),
    );
  const legal = parseWith(LegalRefSchema, raw["legalRef"], [...path, "legalRef"]);
  if (!legal.ok) append(issues, legal.issues);
  let validity: Validity = {};
  if (raw["validity"] !== undefined) {
    const v = parseWith(PluginValiditySchema, raw["validity"], [...path, "validity"]);
    if (v.ok) {
      validity = v.value;
      append(issues, reversed(validity, [...path, "validity"]));
    } else append(issues, v.issues);
  }
  if (raw["final"] !== undefined && typeof raw["final"] !== "boolean")
    issues.push(
      issue("PLUGIN_INVALID", [...path, "final"], "final must be a boolean", "final phải là true/false"),
    );
  if (raw["note"] !== undefined && typeof raw["note"] !== "string")
    issues.push(issue("PLUGIN_INVALID", [...path, "note"], "note must be a string", "note phải là chuỗi"));
  let value: unknown;
  if (mode === "forbid") {
    if (Object.hasOwn(raw, "value"))
      issues.push(
        issue(
          "PLUGIN_INVALID",
          [...path, "value"],
          "a forbid rule takes no value",
          "quy tắc forbid không có giá trị",
        ),
      );
  } else if (!Object.hasOwn(raw, "value") || raw["value"] === undefined) {
    issues.push(issue("PLUGIN_INVALID", [...path, "value"], "value is missing", "thiếu giá trị (value)"));
  } else {
    const checked = checkValue(slot, key, mode, raw["value"], [...path, "value"]);
    value = checked.value;
    append(issues, checked.issues);
  }
  if (issues.length > 0 || !legal.ok) return { issues };
  const rule: PluginRule = {
    path: `${slot}.${key}`,
    slot,
    key,
    mode,
    legalRef: legal.value,
    validity,
    version,
    ...(mode === "forbid" ? {} : { value }),
    ...(raw["final"] === true ? { final: true } : {}),
    ...(typeof raw["note"] === "string" ? { note: raw["note"] } : {}),
  };
  return { rule, issues };
}

function parseRules(
  rules: Record<string, unknown>,
  baseline: boolean,
): { rules: PluginRule[]; issues: MotcuaIssue[] } {
  const out: PluginRule[] = [];
  const issues: MotcuaIssue[] = [];
  const slotNames = Object.keys(SLOTS);
  for (const [slot, keys] of Object.entries(rules)) {
    const path: ErrorPath = ["rules", slot];
    if (!Object.hasOwn(SLOTS, slot)) {
      issues.push(unknownKeyIssue(slot, ["rules"], slotNames));
      continue;
    }
    if (!isPlainObject(keys)) {
      issues.push(
        issue(
          "PLUGIN_INVALID",
          path,
          "a slot must be an object of rules",
          "slot phải là một đối tượng gồm các quy tắc",
        ),
      );
      continue;
    }
    const def = SLOTS[slot as keyof typeof SLOTS];
    for (const [key, entry] of Object.entries(keys)) {
      if (!("entry" in def) && !Object.hasOwn(def.keys, key)) {
        issues.push(unknownKeyIssue(key, path, Object.keys(def.keys)));
        continue;
      }
      if (key.length === 0) {
        issues.push(
          issue("PLUGIN_INVALID", [...path, key], "an empty key is not allowed", "khóa rỗng không được phép"),
        );
        continue;
      }
      const keyDef = (def.keys as Readonly<Record<string, { readonly nationalOnly?: boolean }>>)[key];
      if (!baseline && keyDef?.nationalOnly === true) {
        issues.push(
          issue(
            "PLUGIN_NATIONAL_ONLY",
            [...path, key],
            `${slot}.${key} is set by national acts only; a province or unit plugin cannot change it`,
            `${slot}.${key} chỉ do văn bản cấp quốc gia quy định; plugin của tỉnh hoặc đơn vị không được thay đổi`,
          ),
        );
        continue;
      }
      const versions = Array.isArray(entry) ? entry : [entry];
      if (versions.length > MAX_RULE_VERSIONS) {
        issues.push(
          issue(
            "PLUGIN_TOO_MANY_VERSIONS",
            [...path, key],
            `${slot}.${key} has ${versions.length} versions, more than the ${MAX_RULE_VERSIONS} accepted`,
            `${slot}.${key} có ${versions.length} phiên bản, quá mức ${MAX_RULE_VERSIONS} được chấp nhận`,
          ),
        );
        continue;
      }
      const parsed: PluginRule[] = [];
      versions.forEach((raw, i) => {
        const r = parseVersion(
          slot,
          key,
          raw,
          Array.isArray(entry) ? [...path, key, i] : [...path, key],
          i,
          baseline,
        );
        append(issues, r.issues);
        if (r.rule !== undefined) parsed.push(r.rule);
      });
      if (Array.isArray(entry) && versions.length === 0)
        issues.push(
          issue(
            "PLUGIN_INVALID",
            [...path, key],
            "a rule needs at least one version",
            "quy tắc cần ít nhất một phiên bản",
          ),
        );
      for (const [a, b] of overlappingPairs(parsed))
        issues.push(
          issue(
            "PLUGIN_OVERLAPPING_VERSIONS",
            [...path, key, b.version, "validity"],
            `versions ${a.version} and ${b.version} of ${slot}.${key} are both in force on some day`,
            `phiên bản ${a.version} và ${b.version} của ${slot}.${key} cùng có hiệu lực vào một số ngày`,
          ),
        );
      append(out, parsed);
    }
  }
  return { rules: out, issues };
}

/**
 * Validates an untrusted plugin (e.g. read from JSON or YAML), returning a `Result` (never throws).
 *
 * @example
 * ```ts
 * import { safeLoadPlugin } from "@motcua/plugin-sdk";
 * const r = safeLoadPlugin({ id: "x", name: "X", version: "0.1.0", jurisdiction: { level: "national" },
 *   legalBasis: [{ document: "Nghị định 61/2018/NĐ-CP", verified: true }], rules: { sla: { paperTransferCutof: {} } } });
 * if (!r.ok) console.log(r.error.code, r.error.en); // PLUGIN_UNKNOWN_KEY … did you mean "paperTransferCutoff"?
 * ```
 * @since 0.1.0
 * @category Plugins
 */
export function safeLoadPlugin(input: unknown): Result<Plugin> {
  if (isDefinedPlugin(input)) return ok(input);
  // The core boundary first: a throwing getter or proxy, a cycle or a BigInt is refused before
  // any of the checks below reads a field.
  const readable = safeDecode(z.unknown(), input, { code: "PLUGIN_INVALID" });
  if (!readable.ok) return err(readable.error);
  if (!isPlainObject(input))
    return err(
      errorOf([issue("PLUGIN_INVALID", [], "a plugin must be an object", "plugin phải là một đối tượng")]),
    );
  const id = typeof input["id"] === "string" ? input["id"] : "?";
  const prefix = { en: `Plugin "${id}"`, vi: `Plugin "${id}"` };
  const issues: MotcuaIssue[] = [];
  for (const k of Object.keys(input))
    if (!META_KEYS.includes(k)) issues.push(unknownKeyIssue(k, [], META_KEYS));
  const meta = parseWith(MetaSchema, input, []);
  if (!meta.ok) return err(errorOf([...issues, ...meta.issues], { plugin: id }, prefix));
  const m = meta.value;
  const validity: Validity = m.validity ?? {};
  append(issues, reversed(validity, ["validity"]));
  if (m.succession !== undefined) {
    if (validity.validTo === undefined)
      issues.push(
        issue(
          "PLUGIN_SUCCESSION_WITHOUT_END",
          ["validity", "validTo"],
          "a succession needs the last day of the jurisdiction (validity.validTo)",
          "kế thừa cần ngày cuối cùng của địa bàn (validity.validTo)",
        ),
      );
    if (m.succession.successor === m.id)
      issues.push(
        issue(
          "PLUGIN_SUCCESSOR_IS_SELF",
          ["succession", "successor"],
          "a plugin cannot succeed itself",
          "plugin không thể tự kế thừa chính mình",
        ),
      );
  }
  const parsed = parseRules(m.rules, m.jurisdiction.level === "national");
  append(issues, parsed.issues);
  if (issues.length > 0) return err(errorOf(issues, { plugin: id }, prefix));
  const plugin: Plugin = {
    id: m.id,
    name: m.name,
    version: m.version,
    jurisdiction: m.jurisdiction,
    validity,
    legalBasis: m.legalBasis,
    ...(m.succession === undefined ? {} : { succession: m.succession }),
    rules: parsed.rules,
  };
  Object.defineProperty(plugin, PLUGIN_BRAND, { value: 1, enumerable: false });
  return ok(deepFreeze(plugin));
}

/**
 * Validates an untrusted plugin (JSON, YAML, a vendor's build output) and returns it frozen;
 * throws a `MotcuaError` whose issues name the plugin, the path and, for an unknown key,
 * the closest valid key.
 *
 * @example
 * ```ts
 * import { loadPlugin } from "@motcua/plugin-sdk";
 * const plugin = loadPlugin(JSON.parse('{"id":"demo","name":"Demo","version":"0.1.0","jurisdiction":{"level":"national"},"legalBasis":[{"document":"Nghị định 61/2018/NĐ-CP","verified":true}],"rules":{}}'));
 * plugin.id; // "demo"
 * ```
 * @since 0.1.0
 * @category Plugins
 */
export function loadPlugin(input: unknown): Plugin {
  const result = safeLoadPlugin(input);
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * Defines a plugin: typed slots for autocompletion and compile-time shape checks, then the same
 * validation as {@link loadPlugin} (schemas, cross-field checks, closest-key suggestions).
 *
 * @example
 * ```ts
 * import { definePlugin } from "@motcua/plugin-sdk";
 * const demo = definePlugin({
 *   id: "province-demo", name: "Demo", version: "0.1.0",
 *   jurisdiction: { level: "province", province: "demo" },
 *   legalBasis: [{ document: "Kế hoạch 1/KH-UBND", verified: false }],
 *   rules: { sla: { paperTransferCutoff: { mode: "replace", value: "16:00", legalRef: { document: "Kế hoạch 1/KH-UBND", verified: false } } } },
 * });
 * demo.rules[0]?.path; // "sla.paperTransferCutoff"
 * ```
 * @since 0.1.0
 * @category Plugins
 */
export const definePlugin = (input: PluginInput): Plugin => loadPlugin(input);
