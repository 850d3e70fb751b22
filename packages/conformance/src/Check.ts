/**
 * Checks: the named, language-neutral entry points a case calls (`calendar.lunarToSolar`,
 * `sla.dueAt`, …). A check turns a case's `input` into a plain JSON output using a resolved
 * rulebook; the runner then compares that output with the case's `expect`.
 *
 * @module
 */
import { MotcuaError, safeDecode } from "@motcua/core";
import type * as z from "zod";
import type { ResolvedRulebook } from "./Rulebook";

/** Code for a case input whose shape does not match the check (a typo'd or missing key). */
export const CONFORMANCE_INVALID_INPUT = "CONFORMANCE_INVALID_INPUT";

/** Code for a check that produced something that is not a JSON object. */
export const CONFORMANCE_INVALID_OUTPUT = "CONFORMANCE_INVALID_OUTPUT";

/**
 * A registered check, ready to run on untrusted input.
 *
 * @since 0.1.0
 * @category Checks
 */
export interface Check {
  /** Dotted name used in case files, area first, e.g. `calendar.dayInfo`. */
  readonly id: string;
  /** One line: what the check computes. */
  readonly summary: string;
  /** The input's shape (strict keys); values are checked by the library itself. */
  readonly input: z.ZodType;
  /** The top-level keys of the output; `expect` may use only these. */
  readonly outputKeys: ReadonlyArray<string>;
  /**
   * Runs the check. Throws {@link CONFORMANCE_INVALID_INPUT} for an input of the wrong shape, or
   * whatever coded `MotcuaError` the rule itself raises.
   */
  readonly run: (input: unknown, rulebook: ResolvedRulebook) => Readonly<Record<string, unknown>>;
}

/**
 * What {@link defineCheck} takes: the check with a typed `run`.
 *
 * @since 0.1.0
 * @category Checks
 */
export interface CheckDefinition<S extends z.ZodType> {
  /** Dotted name, area first. */
  readonly id: string;
  /** One line: what the check computes. */
  readonly summary: string;
  /** Input shape. */
  readonly input: S;
  /** Top-level output keys. */
  readonly outputKeys: ReadonlyArray<string>;
  /** Computes the output from a shape-checked input. */
  readonly run: (input: z.output<S>, rulebook: ResolvedRulebook) => Readonly<Record<string, unknown>>;
}

const isJsonObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Defines a check: its input shape is decoded first (bilingual {@link CONFORMANCE_INVALID_INPUT}
 * error with the path), then `run` computes the output.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { defineCheck } from "@motcua/conformance";
 * const double = defineCheck({
 *   id: "demo.double", summary: "Doubles n", outputKeys: ["n"],
 *   input: z.strictObject({ n: z.number() }),
 *   run: ({ n }) => ({ n: n * 2 }),
 * });
 * ```
 * @since 0.1.0
 * @category Checks
 */
export function defineCheck<S extends z.ZodType>(definition: CheckDefinition<S>): Check {
  return {
    id: definition.id,
    summary: definition.summary,
    input: definition.input,
    outputKeys: definition.outputKeys,
    run: (input, rulebook) => {
      const decoded = safeDecode(definition.input, input, {
        code: CONFORMANCE_INVALID_INPUT,
        path: ["input"],
        label: { en: `input of ${definition.id}`, vi: `Đầu vào của ${definition.id}` },
      });
      if (!decoded.ok) throw decoded.error;
      const output: unknown = definition.run(decoded.value, rulebook);
      if (!isJsonObject(output)) {
        throw new MotcuaError({
          code: CONFORMANCE_INVALID_OUTPUT,
          vi: `Kiểm tra ${definition.id} không trả về một đối tượng`,
          en: `Check ${definition.id} did not return an object`,
        });
      }
      return output;
    },
  };
}

/**
 * A set of checks by id.
 *
 * @since 0.1.0
 * @category Checks
 */
export type CheckRegistry = ReadonlyMap<string, Check>;

/**
 * Builds a {@link CheckRegistry} from checks; a duplicate id is a programming error.
 *
 * @example
 * ```ts
 * import { makeCheckRegistry, calendarChecks } from "@motcua/conformance";
 * makeCheckRegistry(calendarChecks).has("calendar.dayInfo"); // true
 * ```
 * @since 0.1.0
 * @category Checks
 */
export function makeCheckRegistry(checks: Iterable<Check>): CheckRegistry {
  const registry = new Map<string, Check>();
  for (const check of checks) {
    if (registry.has(check.id)) {
      throw new MotcuaError({
        code: "CONFORMANCE_DUPLICATE_CHECK",
        vi: `Kiểm tra ${check.id} được đăng ký hai lần`,
        en: `Check ${check.id} is registered twice`,
        data: { id: check.id },
      });
    }
    registry.set(check.id, check);
  }
  return registry;
}
