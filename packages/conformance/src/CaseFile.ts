/**
 * The conformance case format, `motcua-conformance/1`: a public, versioned contract written in
 * YAML so vendors in any language can read the same cases. This file is its single definition;
 * `schema/case-file.schema.json` is generated from it.
 *
 * @module
 */
import { LegalRefSchema, bilingual } from "@motcua/core";
import * as z from "zod";

/**
 * The version string every case file starts with (`suite: motcua-conformance/1`).
 *
 * @example
 * ```ts
 * import { SUITE_VERSION } from "@motcua/conformance";
 * SUITE_VERSION; // "motcua-conformance/1"
 * ```
 * @since 0.1.0
 * @category Format
 */
export const SUITE_VERSION = "motcua-conformance/1";

/**
 * Zod schema of a case layer: `law` (read in the legal text), `practice` (what deployed software
 * does where the law is silent), `province` (a province plugin's own rule).
 *
 * @example
 * ```ts
 * import { LayerSchema } from "@motcua/conformance";
 * LayerSchema.parse("law"); // "law"
 * ```
 * @since 0.1.0
 * @category Format
 */
export const LayerSchema = z.enum(["law", "practice", "province"]);

/**
 * Which kind of rule a case checks: `law`, `practice` or `province`.
 *
 * @since 0.1.0
 * @category Format
 */
export type Layer = z.output<typeof LayerSchema>;

/**
 * The layers in report order.
 *
 * @example
 * ```ts
 * import { LAYERS } from "@motcua/conformance";
 * LAYERS.join(", "); // "law, practice, province"
 * ```
 * @since 0.1.0
 * @category Format
 */
export const LAYERS: ReadonlyArray<Layer> = LayerSchema.options;

const ID = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/;
const PLUGIN_ID = /^[a-z0-9][a-z0-9-]*$/;

/** An object with at least one key, and no empty object anywhere inside: it asserts something. */
const assertsSomething = (value: unknown): boolean => {
  if (typeof value !== "object" || value === null) return true;
  if (Array.isArray(value)) return value.every(assertsSomething);
  const values = Object.values(value);
  return values.length > 0 && values.every(assertsSomething);
};

/** The fields of a case (shared by both file shapes). */
const caseShape = {
  /** Unique across the suite; dotted, lower case, area first: `calendar.lunar.tet-2007`. */
  id: z
    .string()
    .regex(
      ID,
      bilingual(
        "expected a dotted lower-case id like calendar.lunar.tet-2007",
        "cần mã dạng calendar.lunar.tet-2007",
      ),
    ),
  /** One line saying what the rule is. */
  title: z.string().min(1),
  /** law | practice | province. */
  layer: LayerSchema,
  /** Where the rule comes from: free text, or a list of legal references. */
  source: z.union([z.string().min(1), z.array(LegalRefSchema).min(1)]),
  /** Plugin ids composed in order, e.g. `[national]` or `[national, ha-tinh]`. */
  rulebook: z.array(z.string().regex(PLUGIN_ID, bilingual("expected a plugin id", "cần mã plugin"))).min(1),
  /** A registered check, e.g. `calendar.lunarToSolar`. */
  check: z.string().min(1),
  /** The check's input. */
  input: z.record(z.string(), z.unknown()),
  /** Deep partial match against the check's output. */
  expect: z
    .record(z.string(), z.unknown())
    .refine(assertsSomething, {
      message: bilingual(
        "expect must assert something: no empty object anywhere",
        "expect phải kiểm tra điều gì đó: không được có đối tượng rỗng",
      ),
    })
    .optional(),
  /** The check must fail with a MotcuaError of this code. */
  expectError: z
    .strictObject({
      code: z
        .string()
        .regex(
          /^[A-Z][A-Z0-9_]*$/,
          bilingual(
            "expected an error code like CALENDAR_OUT_OF_RANGE",
            "cần mã lỗi dạng CALENDAR_OUT_OF_RANGE",
          ),
        ),
    })
    .optional(),
  /**
   * `true` when a higher layer may legitimately change the answer (e.g. the baseline has no rule
   * that a province supplies): the case then always runs against its own `rulebook`, never against
   * a rulebook under test that adds plugins.
   */
  overridable: z.boolean().optional(),
  /** Do not run this case, and say why. */
  skip: z.strictObject({ reason: z.string().min(1) }).optional(),
  /** Free-text note for readers. */
  note: z.string().optional(),
  /** Free-form labels for filtering. */
  tags: z.array(z.string().min(1)).optional(),
};

const exactlyOneAssertion = (
  c: { readonly expect?: unknown; readonly expectError?: unknown },
  ctx: z.RefinementCtx,
): void => {
  if ((c.expect === undefined) === (c.expectError === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: c.expect === undefined ? [] : ["expectError"],
      message: bilingual(
        "a case needs exactly one of expect or expectError",
        "mỗi trường hợp cần đúng một trong expect hoặc expectError",
      ),
    });
  }
};

/**
 * Zod schema of one conformance case (strict: unknown keys are errors).
 *
 * @example
 * ```ts
 * import { CaseSchema } from "@motcua/conformance";
 * CaseSchema.safeParse({
 *   id: "calendar.lunar.tet-2007", title: "Tết 2007", layer: "law", source: "Hồ Ngọc Đức",
 *   rulebook: ["national"], check: "calendar.lunarToSolar",
 *   input: { lunar: { year: 2007, month: 1, day: 1 } }, expect: { date: "2007-02-17" },
 * }).success; // true
 * ```
 * @since 0.1.0
 * @category Format
 */
export const CaseSchema = z
  .strictObject(caseShape)
  .superRefine(exactlyOneAssertion)
  .meta({ id: "Case", description: "One conformance case." });

/**
 * One conformance case, as written in a case file.
 *
 * @since 0.1.0
 * @category Format
 */
export type ConformanceCase = z.output<typeof CaseSchema>;

/**
 * Zod schema of a case file holding a list: `suite` and `cases: [...]`.
 *
 * @example
 * ```ts
 * import { CaseListFileSchema } from "@motcua/conformance";
 * CaseListFileSchema.safeParse({ suite: "motcua-conformance/1", cases: [] }).success; // false (no case)
 * ```
 * @since 0.1.0
 * @category Format
 */
export const CaseListFileSchema = z.strictObject({
  /** Format version. */
  suite: z.literal(SUITE_VERSION),
  /** The cases of this file. */
  cases: z.array(CaseSchema).min(1),
});

/**
 * Zod schema of a case file holding one case: `suite` next to the case's own fields.
 *
 * @example
 * ```ts
 * import { SingleCaseFileSchema } from "@motcua/conformance";
 * SingleCaseFileSchema.safeParse({ suite: "motcua-conformance/1" }).success; // false
 * ```
 * @since 0.1.0
 * @category Format
 */
export const SingleCaseFileSchema = z
  .strictObject({ suite: z.literal(SUITE_VERSION), ...caseShape })
  .superRefine(exactlyOneAssertion);

/**
 * Zod schema of a case file, either shape; the source of the published JSON Schema.
 *
 * @example
 * ```ts
 * import { CaseFileSchema } from "@motcua/conformance";
 * CaseFileSchema.safeParse({ suite: "motcua-conformance/1", cases: [] }).success; // false
 * ```
 * @since 0.1.0
 * @category Format
 */
export const CaseFileSchema = z.union([CaseListFileSchema, SingleCaseFileSchema]);

/**
 * The JSON Schema (draft 2020-12) of the case format, for editors and non-TypeScript vendors.
 * `schema/case-file.schema.json` in the package is this value, written by a script.
 *
 * @example
 * ```ts
 * import { caseFileJsonSchema } from "@motcua/conformance";
 * caseFileJsonSchema().$id; // "https://motcua.dev/schema/motcua-conformance-1.json"
 * ```
 * @since 0.1.0
 * @category Format
 */
export function caseFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CaseFileSchema, {
    target: "draft-2020-12",
    unrepresentable: "any",
    io: "input",
  });
  // Refinements JSON Schema cannot see: exactly one of expect / expectError, expect not empty.
  const addAssertionRules = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    const props = record["properties"] as Record<string, Record<string, unknown>> | undefined;
    if (props?.["expectError"] !== undefined && props["expect"] !== undefined) {
      record["oneOf"] = [{ required: ["expect"] }, { required: ["expectError"] }];
      props["expect"]["minProperties"] = 1;
    }
    for (const value of Object.values(record)) addAssertionRules(value);
  };
  addAssertionRules(schema);
  return {
    $schema: schema["$schema"],
    $id: "https://motcua.dev/schema/motcua-conformance-1.json",
    title: "motcua conformance case file (motcua-conformance/1)",
    description:
      "One conformance case, or a list under `cases:`. Every case has an id, title, layer (law | practice | province), source, rulebook, check, input and exactly one of expect (deep partial match) or expectError ({ code }).",
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
  };
}
