/**
 * The request and response shapes of the service, as zod schemas: the routes validate with them
 * and the OpenAPI document is generated from them (never written by hand).
 *
 * @module
 */
import * as z from "zod";

/**
 * A rulebook chosen per request: a province (the slug of any of the 63 provinces until 30/6/2025
 * or the 34 from 1/7/2025, or a province plugin's id: an office of it, composed as of each date
 * asked — the national baseline with the province's plugin where one is known, its successor's
 * rulebook after a merger; absent: the national baseline alone) and optionally the date it must
 * be in force on (`asOf`, `YYYY-MM-DD` or an ISO instant), or the plugin ids in composition order
 * (`["national", "ha-tinh"]`, exactly those plugins).
 *
 * @example
 * ```ts
 * import { RulebookSelectorSchema } from "@motcua/server";
 * RulebookSelectorSchema.parse({ province: "ha-tinh" }); // { province: "ha-tinh" }
 * RulebookSelectorSchema.parse(["national", "vinh-phuc"]); // ["national", "vinh-phuc"]
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export const RulebookSelectorSchema = z
  .union([
    z
      .strictObject({
        province: z
          .string()
          .min(1)
          .max(64)
          .optional()
          .meta({
            description:
              "Province slug of either era (ha-tinh, vinh-phuc, phu-tho, an-giang, …) or a province plugin id; " +
              "a former province after 30/6/2025 composes as its successor.",
          }),
        asOf: z
          .string()
          .min(1)
          .max(64)
          .optional()
          .meta({ description: "Date (YYYY-MM-DD) or ISO instant the rulebook must be in force on." }),
      })
      .meta({ title: "RulebookByProvince" }),
    z
      .array(z.string().min(1).max(64))
      .min(1)
      .max(8)
      .meta({ title: "RulebookByIds", description: "Plugin ids in composition order." }),
  ])
  .meta({ id: "RulebookSelector", description: "The rulebook to run against (default: national)." });

/**
 * A rulebook selector as accepted by the routes.
 *
 * @example
 * ```ts
 * import type { RulebookSelector } from "@motcua/server";
 * const selector: RulebookSelector = { province: "dong-thap", asOf: "2026-03-02" };
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export type RulebookSelector = z.output<typeof RulebookSelectorSchema>;

/**
 * The body of a check route `POST /v1/<check id>`: the rulebook and the check's input (the same
 * `input` a conformance case carries).
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { checkRequestSchema } from "@motcua/server";
 * checkRequestSchema(z.strictObject({ date: z.string() })).parse({ input: { date: "2026-02-17" } });
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export const checkRequestSchema = <S extends z.ZodType>(input: S) =>
  z.strictObject({ rulebook: RulebookSelectorSchema.optional(), input });

/**
 * An RFC 9457 problem document, with the `MotcuaError` fields (`code`, `vi`, `en`, `path`).
 *
 * @example
 * ```ts
 * import { ProblemSchema } from "@motcua/server";
 * ProblemSchema.parse({ type: "urn:motcua:error:X", title: "Bad Request", status: 400, detail: "…", code: "X", vi: "…", en: "…", path: [] });
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: "URI naming the error: urn:motcua:error:<code>." }),
    title: z.string().meta({ description: "The HTTP status text." }),
    status: z.number().int(),
    detail: z.string().meta({ description: "The English message." }),
    instance: z.string().optional().meta({ description: "The request path." }),
    code: z.string().meta({ description: "The stable MotcuaError code." }),
    vi: z.string().meta({ description: "Vietnamese message." }),
    en: z.string().meta({ description: "English message." }),
    path: z.array(z.union([z.string(), z.number()])).meta({ description: "The offending field." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details (application/problem+json)." });

/**
 * A problem document.
 *
 * @example
 * ```ts
 * import type { Problem } from "@motcua/server";
 * const isBadInput = (p: Problem) => p.status === 400;
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export type Problem = z.output<typeof ProblemSchema>;

/**
 * The adapter protocol's version string, carried by every request and by `info`.
 *
 * @example
 * ```ts
 * import { ADAPTER_PROTOCOL } from "@motcua/server";
 * ADAPTER_PROTOCOL; // "motcua-adapter/1"
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export const ADAPTER_PROTOCOL = "motcua-adapter/1" as const;

/**
 * `POST /conformance/v1/run` body: one case of the adapter protocol, version 1.
 *
 * @example
 * ```ts
 * import { AdapterRequestSchema } from "@motcua/server";
 * AdapterRequestSchema.parse({ protocol: "motcua-adapter/1", case: "c1", check: "calendar.dayInfo",
 *   input: { date: "2026-02-17" }, rulebook: ["national"] });
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export const AdapterRequestSchema = z
  .object({
    protocol: z.literal(ADAPTER_PROTOCOL),
    case: z.string().max(512),
    check: z.string().min(1).max(128),
    input: z.unknown(),
    rulebook: z.array(z.string().min(1).max(64)).min(1).max(8),
  })
  .meta({ id: "AdapterRequest", description: "One conformance case (motcua-adapter/1)." });

/**
 * The coded refusal of an adapter answer.
 *
 * @example
 * ```ts
 * import { AdapterErrorSchema } from "@motcua/server";
 * AdapterErrorSchema.parse({ code: "ADAPTER_CHECK_UNSUPPORTED" });
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export const AdapterErrorSchema = z.object({
  code: z.string(),
  vi: z.string().optional(),
  en: z.string().optional(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});

/**
 * `POST /conformance/v1/run` answer: the check's output, or its coded error.
 *
 * @example
 * ```ts
 * import { AdapterResponseSchema } from "@motcua/server";
 * AdapterResponseSchema.parse({ output: { date: "2026-02-23" } });
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export const AdapterResponseSchema = z
  .union([
    z.strictObject({ output: z.record(z.string(), z.unknown()) }),
    z.strictObject({ error: AdapterErrorSchema }),
  ])
  .meta({ id: "AdapterResponse", description: "{ output } or { error: { code, vi, en, path } }." });

/**
 * `GET /conformance/v1/info` answer.
 *
 * @example
 * ```ts
 * import { AdapterInfoSchema } from "@motcua/server";
 * AdapterInfoSchema.parse({ protocol: "motcua-adapter/1", name: "motcua-server", version: "0.1.0" });
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export const AdapterInfoSchema = z
  .object({
    protocol: z.literal(ADAPTER_PROTOCOL),
    name: z.string(),
    version: z.string(),
    rulebooks: z.array(z.string()).optional(),
  })
  .meta({ id: "AdapterInfo" });
