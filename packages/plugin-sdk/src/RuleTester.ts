/**
 * `RuleTester`: valid and invalid cases for a plugin, in the style of ESLint's tester, runnable
 * under any test framework (or none).
 *
 * @module
 */
import * as z from "zod";
import {
  INVALID_ARGUMENT,
  LegalRefSchema,
  MotcuaError,
  checkArguments,
  isMotcuaError,
  previewValue,
  type MotcuaIssue,
} from "@motcua/core";
import { deepEqual, show } from "./internal/deepEqual";
import { errorOf, issue } from "./internal/issues";
import { parseWith } from "./internal/zodIssues";
import { composeRulebook } from "./composeRulebook";
import { explain } from "./explain";
import { loadPlugin, type Plugin } from "./definePlugin";

const AsOfSchema = z.union([z.string().min(1), z.number()]);
const ExpectedErrorSchema = z.union([
  z.string().min(1),
  z.object({ code: z.string().min(1), path: z.array(z.union([z.string(), z.number()])).optional() }).strict(),
]);

/**
 * Zod schema of a {@link ValidCase}.
 *
 * @example
 * ```ts
 * import { ValidCaseSchema } from "@motcua/plugin-sdk";
 * ValidCaseSchema.safeParse({ name: "hours", asOf: "2026-01-01", absent: ["calendar.localDaysOff"] }).success; // true
 * ```
 * @since 0.1.0
 * @category Testing
 */
export const ValidCaseSchema = z
  .object({
    name: z.string().trim().min(1),
    asOf: AsOfSchema,
    expect: z.record(z.string(), z.unknown()).optional(),
    forbidden: z.array(z.string()).optional(),
    absent: z.array(z.string()).optional(),
    suppliedBy: z.record(z.string(), z.string()).optional(),
    unverified: z.array(z.string()).optional(),
    verified: z.array(z.string()).optional(),
    source: z.union([z.string().min(1), LegalRefSchema]).optional(),
  })
  .strict();

/**
 * Zod schema of an {@link InvalidCase}.
 *
 * @example
 * ```ts
 * import { InvalidCaseSchema } from "@motcua/plugin-sdk";
 * InvalidCaseSchema.safeParse({ name: "bad", errors: ["COMPOSE_IMPLICIT_OVERRIDE"] }).success; // true
 * ```
 * @since 0.1.0
 * @category Testing
 */
export const InvalidCaseSchema = z
  .object({
    name: z.string().trim().min(1),
    asOf: AsOfSchema.optional(),
    plugin: z.unknown().optional(),
    errors: z.array(ExpectedErrorSchema).min(1),
    source: z.union([z.string().min(1), LegalRefSchema]).optional(),
  })
  .strict();

/**
 * A case the plugin must pass: composed on the base plugins as of `asOf`, the listed paths must
 * resolve to the expected values (deep equality), be forbidden, be absent, be supplied by the
 * named plugin, or rest on verified / unverified sources.
 *
 * @since 0.1.0
 * @category Testing
 */
export type ValidCase = z.input<typeof ValidCaseSchema>;

/**
 * A case that must fail with exactly these error codes (in order; optionally with paths): loading
 * `plugin`; or, when `asOf` is given too, composing it on the base (in place of the plugin under
 * test when both are of the same level, on top of it otherwise); or, without `plugin`, composing
 * the plugin under test as of `asOf`.
 *
 * @since 0.1.0
 * @category Testing
 */
export type InvalidCase = z.input<typeof InvalidCaseSchema>;

/**
 * The cases of one {@link RuleTester.run}.
 *
 * @since 0.1.0
 * @category Testing
 */
export interface RuleTesterCases {
  /** Cases that must pass. */
  readonly valid: ReadonlyArray<ValidCase>;
  /** Cases that must fail with given codes. */
  readonly invalid: ReadonlyArray<InvalidCase>;
}

/**
 * The outcome of {@link RuleTester.check}.
 *
 * @since 0.1.0
 * @category Testing
 */
export interface RuleTesterReport {
  /** Names of the cases that passed. */
  readonly passed: ReadonlyArray<string>;
  /** Cases that failed and why. */
  readonly failed: ReadonlyArray<{ readonly name: string; readonly message: string }>;
}

/**
 * A test framework's `describe` or `it` (vitest, jest, mocha, node:test all fit).
 *
 * @example
 * ```ts
 * import { describe, it } from "vitest";
 * import { RuleTester, type TestHook } from "@motcua/plugin-sdk";
 * const hooks: [TestHook, TestHook] = [describe, it];
 * [RuleTester.describe, RuleTester.it] = hooks;
 * ```
 * @since 0.1.0
 * @category Testing
 */
export type TestHook = (name: string, fn: () => void) => unknown;

const caseError = (name: string, en: string, vi: string): MotcuaError =>
  new MotcuaError({
    code: "RULE_TESTER_CASE_FAILED",
    path: [name],
    en: `${name}: ${en}`,
    vi: `${name}: ${vi}`,
  });

const codesOf = (e: MotcuaError): MotcuaIssue[] => [...e.issues];

/**
 * Runs valid/invalid case arrays against a plugin composed on base plugins (e.g. the national
 * baseline). Duplicate or unnamed cases are rejected; invalid cases assert the exact error codes.
 * Framework-agnostic: set `RuleTester.describe` / `RuleTester.it` (vitest, jest, mocha, node:test),
 * or, if none is set, `run` checks every case at once and throws `RULE_TESTER_FAILED`.
 *
 * @example
 * ```ts
 * import { RuleTester, definePlugin } from "@motcua/plugin-sdk";
 * const ref = { document: "Nghị định 61/2018/NĐ-CP", article: "18", verified: true };
 * const national = definePlugin({ id: "national", name: "Quốc gia", version: "0.1.0", jurisdiction: { level: "national" },
 *   legalBasis: [ref], rules: { sla: { paperTransferCutoff: { value: "15:00", legalRef: ref } } } });
 * new RuleTester().run("national", national, {
 *   valid: [{ name: "paper transfer cut-off is 15:00 (Art. 18)", asOf: "2025-03-01", expect: { "sla.paperTransferCutoff": "15:00" } }],
 *   invalid: [{ name: "a typo is caught", plugin: { id: "x" }, errors: ["PLUGIN_INVALID"] }],
 * });
 * ```
 * @since 0.1.0
 * @category Testing
 */
export class RuleTester {
  /** Test-framework `describe`; when unset, `globalThis.describe` is used if present. */
  static describe: TestHook | undefined;
  /** Test-framework `it`; when unset, `globalThis.it` is used if present. */
  static it: TestHook | undefined;

  readonly #base: ReadonlyArray<Plugin>;

  /** @param options `base`: plugins composed below the plugin under test (e.g. the national baseline). */
  constructor(options: { readonly base?: ReadonlyArray<Plugin> } = {}) {
    checkArguments("RuleTester", { options: "object?" }, [options]);
    if (options.base !== undefined && !Array.isArray(options.base))
      throw new MotcuaError({
        code: INVALID_ARGUMENT,
        path: ["options", "base"],
        en: `RuleTester: options.base must be an array of plugins, received ${previewValue(options.base)}`,
        vi: `RuleTester: options.base phải là một mảng plugin, nhận được ${previewValue(options.base)}`,
      });
    this.#base = (options.base ?? []).map((p) => loadPlugin(p));
  }

  /**
   * Validates the case arrays and returns the outcome of every case, without throwing for failures.
   * Throws `RULE_TESTER_INVALID_CASE`, `RULE_TESTER_UNNAMED_CASE`, `RULE_TESTER_DUPLICATE_CASE` or
   * `RULE_TESTER_EMPTY_CASE` for malformed cases.
   */
  check(plugin: Plugin, cases: RuleTesterCases): RuleTesterReport {
    const prepared = this.#prepare(plugin, cases);
    const passed: string[] = [];
    const failed: Array<{ name: string; message: string }> = [];
    for (const c of prepared) {
      try {
        c.run();
        passed.push(c.name);
      } catch (e) {
        failed.push({ name: c.name, message: e instanceof Error ? e.message : String(e) });
      }
    }
    return { passed, failed };
  }

  /** Registers every case with the test framework, or checks them all and throws on failure. */
  run(name: string, plugin: Plugin, cases: RuleTesterCases): void {
    const prepared = this.#prepare(plugin, cases);
    const g = globalThis as { describe?: unknown; it?: unknown };
    const describe =
      RuleTester.describe ?? (typeof g.describe === "function" ? (g.describe as TestHook) : undefined);
    const it = RuleTester.it ?? (typeof g.it === "function" ? (g.it as TestHook) : undefined);
    if (describe !== undefined && it !== undefined) {
      describe(name, () => {
        describe("valid", () => prepared.filter((c) => c.valid).forEach((c) => it(c.name, c.run)));
        describe("invalid", () => prepared.filter((c) => !c.valid).forEach((c) => it(c.name, c.run)));
      });
      return;
    }
    const failures: MotcuaIssue[] = [];
    for (const c of prepared) {
      try {
        c.run();
      } catch (e) {
        failures.push(
          issue(
            "RULE_TESTER_CASE_FAILED",
            [c.name],
            e instanceof Error ? e.message : String(e),
            e instanceof Error ? e.message : String(e),
          ),
        );
      }
    }
    if (failures.length > 0)
      throw new MotcuaError({
        code: "RULE_TESTER_FAILED",
        path: [name],
        en: `${failures.length} case(s) failed: ${failures.map((f) => f.en).join("; ")}`,
        vi: `${failures.length} trường hợp không đạt`,
        issues: failures,
      });
  }

  #prepare(plugin: Plugin, cases: RuleTesterCases): Array<{ name: string; valid: boolean; run: () => void }> {
    const subject = loadPlugin(plugin);
    if (
      typeof cases !== "object" ||
      cases === null ||
      !Array.isArray(cases.valid) ||
      !Array.isArray(cases.invalid)
    )
      throw new MotcuaError({
        code: "RULE_TESTER_INVALID_CASE",
        path: [],
        en: "cases must be { valid: [...], invalid: [...] }",
        vi: "cases phải có dạng { valid: [...], invalid: [...] }",
      });
    const names = new Set<string>();
    const prepared: Array<{ name: string; valid: boolean; run: () => void }> = [];
    const named = (raw: unknown, path: Array<string | number>): void => {
      const n = typeof raw === "object" && raw !== null ? (raw as { name?: unknown }).name : undefined;
      if (typeof n !== "string" || n.trim() === "")
        throw new MotcuaError({
          code: "RULE_TESTER_UNNAMED_CASE",
          path: [...path, "name"],
          en: "every case needs a non-empty name",
          vi: "mỗi trường hợp cần có tên",
        });
      if (names.has(n))
        throw new MotcuaError({
          code: "RULE_TESTER_DUPLICATE_CASE",
          path: [...path, "name"],
          en: `case "${n}" is defined twice`,
          vi: `trường hợp "${n}" bị trùng tên`,
        });
      names.add(n);
    };
    cases.valid.forEach((raw, i) => {
      named(raw, ["valid", i]);
      const parsed = parseWith(ValidCaseSchema, raw, ["valid", i], "RULE_TESTER_INVALID_CASE");
      if (!parsed.ok) throw errorOf(parsed.issues);
      const c = parsed.value;
      const checks =
        Object.keys(c.expect ?? {}).length +
        (c.forbidden?.length ?? 0) +
        (c.absent?.length ?? 0) +
        Object.keys(c.suppliedBy ?? {}).length +
        (c.unverified?.length ?? 0) +
        (c.verified?.length ?? 0);
      if (checks === 0)
        throw new MotcuaError({
          code: "RULE_TESTER_EMPTY_CASE",
          path: ["valid", i],
          en: `case "${c.name}" asserts nothing`,
          vi: `trường hợp "${c.name}" không kiểm tra gì`,
        });
      prepared.push({ name: c.name, valid: true, run: () => this.#runValid(subject, c) });
    });
    cases.invalid.forEach((raw, i) => {
      named(raw, ["invalid", i]);
      const parsed = parseWith(InvalidCaseSchema, raw, ["invalid", i], "RULE_TESTER_INVALID_CASE");
      if (!parsed.ok) throw errorOf(parsed.issues);
      const c = parsed.value;
      if (c.plugin === undefined && c.asOf === undefined)
        throw new MotcuaError({
          code: "RULE_TESTER_EMPTY_CASE",
          path: ["invalid", i],
          en: `case "${c.name}" needs a plugin to load or an asOf to compose`,
          vi: `trường hợp "${c.name}" cần plugin hoặc asOf`,
        });
      prepared.push({ name: c.name, valid: false, run: () => this.#runInvalid(subject, c) });
    });
    return prepared;
  }

  #runValid(plugin: Plugin, c: z.output<typeof ValidCaseSchema>): void {
    const book = composeRulebook([...this.#base, plugin], { asOf: c.asOf });
    for (const [path, expected] of Object.entries(c.expect ?? {})) {
      const rule = book.rules.get(path);
      if (rule === undefined || rule.forbidden)
        throw caseError(
          c.name,
          `${path} is ${rule === undefined ? "absent" : "forbidden"}, expected ${show(expected)}`,
          `${path} ${rule === undefined ? "không có" : "bị cấm"}, cần ${show(expected)}`,
        );
      if (!deepEqual(rule.value, expected))
        throw caseError(
          c.name,
          `${path} is ${show(rule.value)}, expected ${show(expected)}\n${explain(book, path)}`,
          `${path} là ${show(rule.value)}, cần ${show(expected)}`,
        );
    }
    for (const path of c.forbidden ?? [])
      if (book.rules.get(path)?.forbidden !== true)
        throw caseError(c.name, `${path} should be forbidden`, `${path} phải bị cấm`);
    for (const path of c.absent ?? [])
      if (book.rules.has(path)) throw caseError(c.name, `${path} should be absent`, `${path} không được có`);
    for (const [path, supplier] of Object.entries(c.suppliedBy ?? {})) {
      const last = book.rules.get(path)?.provenance.at(-1)?.plugin;
      if (last !== supplier)
        throw caseError(
          c.name,
          `${path} is supplied by ${last ?? "nobody"}, expected ${supplier}`,
          `${path} do ${last ?? "không ai"} cung cấp, cần ${supplier}`,
        );
    }
  }

  #runInvalid(plugin: Plugin, c: z.output<typeof InvalidCaseSchema>): void {
    let thrown: unknown;
    try {
      if (c.plugin !== undefined && c.asOf === undefined) loadPlugin(c.plugin);
      else if (c.plugin !== undefined) {
        // The case's plugin takes the place of the plugin under test at the same level, or stacks on it.
        const level = (c.plugin as { jurisdiction?: { level?: unknown } } | null)?.jurisdiction?.level;
        const stack = level === plugin.jurisdiction.level ? [...this.#base] : [...this.#base, plugin];
        composeRulebook([...stack, c.plugin as Plugin], { asOf: c.asOf as string | number });
      } else composeRulebook([...this.#base, plugin], { asOf: c.asOf as string | number });
    } catch (e) {
      thrown = e;
    }
    if (thrown === undefined)
      throw caseError(c.name, "expected an error, got none", "cần báo lỗi nhưng không có lỗi");
    if (!isMotcuaError(thrown))
      throw caseError(
        c.name,
        `expected a MotcuaError, got ${String(thrown)}`,
        `cần MotcuaError, nhận được ${String(thrown)}`,
      );
    const actual = codesOf(thrown);
    const expected = c.errors.map((e) => (typeof e === "string" ? { code: e } : e));
    const same =
      actual.length === expected.length &&
      expected.every(
        (e, i) => actual[i]?.code === e.code && (e.path === undefined || deepEqual(actual[i]?.path, e.path)),
      );
    if (!same)
      throw caseError(
        c.name,
        `expected ${show(expected)}, got ${show(actual.map((a) => ({ code: a.code, path: a.path })))}`,
        `cần ${show(expected)}, nhận được ${show(actual.map((a) => a.code))}`,
      );
  }
}
