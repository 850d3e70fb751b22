/**
 * The conformance adapter protocol, version 1 (`motcua-adapter/1`): how `motcua-conformance run
 * --target URL` asks any system, in any language, for the answer to one case. JSON over HTTP:
 * `GET {base}/conformance/v1/info` says who answers, `POST {base}/conformance/v1/run` answers one
 * case with `{ output }` or `{ error: { code } }`. The JSON Schemas in `schema/adapter-request.json`
 * and `schema/adapter-response.json` are generated from these zod schemas.
 *
 * @module
 */
import * as z from "zod";

/**
 * The protocol name and version every message carries.
 *
 * @example
 * ```ts
 * import { ADAPTER_PROTOCOL } from "@motcua/conformance";
 * ADAPTER_PROTOCOL; // "motcua-adapter/1"
 * ```
 * @since 0.2.0
 * @category Adapter protocol
 */
export const ADAPTER_PROTOCOL = "motcua-adapter/1";

/**
 * The error code a system answers for a check it does not implement; the runner reports those
 * cases as skipped with that reason.
 *
 * @example
 * ```ts
 * import { ADAPTER_CHECK_UNSUPPORTED } from "@motcua/conformance";
 * const answer = { error: { code: ADAPTER_CHECK_UNSUPPORTED } };
 * ```
 * @since 0.2.0
 * @category Adapter protocol
 */
export const ADAPTER_CHECK_UNSUPPORTED = "ADAPTER_CHECK_UNSUPPORTED";

/**
 * The answer to `GET {base}/conformance/v1/info`: the system's self-declared name and version,
 * recorded in the results file.
 *
 * @example
 * ```ts
 * import { AdapterInfoSchema } from "@motcua/conformance";
 * AdapterInfoSchema.parse({ protocol: "motcua-adapter/1", name: "Acme Một cửa", version: "4.2.0" });
 * ```
 * @since 0.2.0
 * @category Adapter protocol
 */
export const AdapterInfoSchema = z
  .object({
    protocol: z.literal(ADAPTER_PROTOCOL),
    name: z.string().min(1).max(200).describe("The system's name, as it wants it published"),
    version: z.string().min(1).max(100).describe("The system's version"),
    rulebooks: z
      .array(z.string().max(200))
      .max(1000)
      .optional()
      .describe('What it can run, e.g. ["national", "national,ha-tinh"] (informative)'),
  })
  .describe("motcua conformance adapter: GET {base}/conformance/v1/info");

/**
 * The body of `POST {base}/conformance/v1/run`: one case, its check, its input verbatim and the
 * rulebook (plugin ids in order) to answer with.
 *
 * @example
 * ```ts
 * import { AdapterRequestSchema } from "@motcua/conformance";
 * AdapterRequestSchema.parse({ protocol: "motcua-adapter/1", case: "calendar.tet-2026", check: "calendar.dayInfo",
 *   input: { date: "2026-02-17" }, rulebook: ["national"] });
 * ```
 * @since 0.2.0
 * @category Adapter protocol
 */
export const AdapterRequestSchema = z
  .strictObject({
    protocol: z.literal(ADAPTER_PROTOCOL),
    case: z.string().min(1).describe("The case id (informative: the answer must not depend on it)"),
    check: z.string().min(1).describe("The check id, e.g. calendar.addWorkingDays"),
    input: z.record(z.string(), z.unknown()).describe("The case's input, verbatim"),
    rulebook: z
      .array(z.string().min(1))
      .min(1)
      .describe('Plugin ids composed in order, e.g. ["national", "ha-tinh"]'),
  })
  .describe("motcua conformance adapter: POST {base}/conformance/v1/run request body");

/**
 * The error part of an answer: the `MotcuaError` code the system refused the input with (a case
 * may expect exactly that), or {@link ADAPTER_CHECK_UNSUPPORTED}.
 *
 * @example
 * ```ts
 * import { AdapterErrorSchema } from "@motcua/conformance";
 * AdapterErrorSchema.parse({ code: "CALENDAR_INVALID_DATE", en: "Invalid date" });
 * ```
 * @since 0.2.0
 * @category Adapter protocol
 */
export const AdapterErrorSchema = z.object({
  code: z.string().min(1).max(200),
  vi: z.string().optional(),
  en: z.string().optional(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});

/**
 * The answer to `POST {base}/conformance/v1/run` (HTTP 200): `{ output }` when the system computed
 * an answer (the check's output keys, compared with the case's `expect`), or `{ error }` when it
 * refused the input.
 *
 * @example
 * ```ts
 * import { AdapterResponseSchema } from "@motcua/conformance";
 * AdapterResponseSchema.parse({ output: { date: "2026-02-23" } });
 * AdapterResponseSchema.parse({ error: { code: "ADAPTER_CHECK_UNSUPPORTED" } });
 * ```
 * @since 0.2.0
 * @category Adapter protocol
 */
export const AdapterResponseSchema = z
  .union([
    z.object({ output: z.record(z.string(), z.unknown()) }).describe("The system's answer"),
    z.object({ error: AdapterErrorSchema }).describe("The system refused the input with a coded error"),
  ])
  .describe("motcua conformance adapter: POST {base}/conformance/v1/run answer (HTTP 200)");

/**
 * A `GET …/info` answer.
 *
 * @since 0.2.0
 * @category Adapter protocol
 */
export type AdapterInfo = z.infer<typeof AdapterInfoSchema>;

/**
 * A `POST …/run` request body.
 *
 * @since 0.2.0
 * @category Adapter protocol
 */
export type AdapterRequest = z.infer<typeof AdapterRequestSchema>;

/**
 * A `POST …/run` answer.
 *
 * @since 0.2.0
 * @category Adapter protocol
 */
export type AdapterResponse = z.infer<typeof AdapterResponseSchema>;

/**
 * The JSON Schemas of the protocol's messages (draft 2020-12), as published in `schema/`.
 *
 * @example
 * ```ts
 * import { adapterJsonSchemas } from "@motcua/conformance";
 * adapterJsonSchemas().request.title; // "motcua conformance adapter request (motcua-adapter/1)"
 * ```
 * @since 0.2.0
 * @category Adapter protocol
 */
export function adapterJsonSchemas(): {
  readonly info: Record<string, unknown>;
  readonly request: Record<string, unknown>;
  readonly response: Record<string, unknown>;
} {
  const schema = (s: z.ZodType, title: string, id: string) => {
    const { $schema, ...rest } = z.toJSONSchema(s, { target: "draft-2020-12", io: "input" });
    return {
      $schema,
      $id: `https://motcua.dev/schema/${id}`,
      title: `${title} (${ADAPTER_PROTOCOL})`,
      ...rest,
    };
  };
  return {
    info: schema(AdapterInfoSchema, "motcua conformance adapter info", "adapter-info.json"),
    request: schema(AdapterRequestSchema, "motcua conformance adapter request", "adapter-request.json"),
    response: schema(AdapterResponseSchema, "motcua conformance adapter response", "adapter-response.json"),
  };
}
