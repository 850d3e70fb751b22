/**
 * The handover workflow's event vocabulary: a handover is its list of events.
 *
 * | event | meaning | source |
 * |---|---|---|
 * | `proposed` | a handover of (office, scope) is proposed | KH 41/KH-UBND III.3; KH 60/KH-UBND III.3 |
 * | `staffAssigned` | the post office assigns postal staff, who start learning next to civil servants | KH 41 III.3.1.1 |
 * | `proficiencyAssessed` | the named directors judge postal staff proficient (or not yet) | KH 41 III.3.2 |
 * | `withdrawalProposed` | the department director (or district) proposes withdrawing civil servants | KH 41 III.3.2.1; KH 60 III.3.b |
 * | `approved` / `rejected` | the deciding authority approves or rejects | KH 41 III.3.2; KH 60 III.3.b |
 * | `handedOver` | postal staff operate the counter work from now | KH 41 III.3.1.1 «bàn giao, thay thế» |
 * | `suspended` / `resumed` | the arrangement is paused and resumed | practice |
 * | `reversed` | the handover is undone; civil servants take the work back | practice |
 *
 * @module
 */
import { InstantSchema, HandoverScopeSchema, LegalRefSchema, LevelSchema } from "@motcua/core";
import * as z from "zod";
import { HandoverPartySchema } from "./HandoverRules";

const base = {
  /** When it happened: ISO 8601 with an offset or epoch ms on input, epoch ms after parsing. */
  at: InstantSchema,
  /** Who did it (checked against the rulebook when `replay` is given one). */
  by: HandoverPartySchema.optional(),
  /** Free text, e.g. the document number. */
  note: z.string().optional(),
};

/**
 * Zod schema of a {@link HandoverEvent}; parsing turns `at` into epoch milliseconds.
 *
 * @example
 * ```ts
 * import { HandoverEventSchema } from "@motcua/handover";
 * HandoverEventSchema.parse({ type: "proposed", at: "2021-03-01T08:00:00+07:00", officeId: "HT-HCC",
 *   level: "province", scope: { kind: "department", agencyId: "STC" } }).at; // 1614560400000
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const HandoverEventSchema = z.discriminatedUnion("type", [
  z
    .object({
      ...base,
      type: z.literal("proposed"),
      officeId: z.string().min(1),
      level: LevelSchema,
      scope: HandoverScopeSchema,
      mode: z.enum(["replace", "support"]).default("replace"),
      agencyId: z.string().min(1).optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal("staffAssigned"),
      staff: z.number().int().min(1).max(10_000).optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal("proficiencyAssessed"),
      proficient: z.boolean(),
      assessors: z.array(HandoverPartySchema).min(1).optional(),
    })
    .strict(),
  z.object({ ...base, type: z.literal("withdrawalProposed") }).strict(),
  z.object({ ...base, type: z.literal("approved"), decision: LegalRefSchema }).strict(),
  z.object({ ...base, type: z.literal("rejected"), reason: z.string().min(1) }).strict(),
  z.object({ ...base, type: z.literal("handedOver") }).strict(),
  z.object({ ...base, type: z.literal("suspended"), reason: z.string().min(1) }).strict(),
  z.object({ ...base, type: z.literal("resumed") }).strict(),
  z
    .object({
      ...base,
      type: z.literal("reversed"),
      reason: z.string().min(1),
      decision: z.optional(LegalRefSchema),
    })
    .strict(),
]);

/**
 * One event of a handover workflow (parsed: `at` is epoch milliseconds).
 *
 * @example
 * ```ts
 * import type { HandoverEvent } from "@motcua/handover";
 * const e: HandoverEvent = { type: "handedOver", at: 1621213200000 };
 * ```
 * @since 0.1.0
 * @category Workflow
 */
export type HandoverEvent = z.output<typeof HandoverEventSchema>;

/**
 * What callers may pass for an event (`at` as ISO string or epoch ms, defaults not yet applied).
 *
 * @example
 * ```ts
 * import type { HandoverEventInput } from "@motcua/handover";
 * const e: HandoverEventInput = { type: "resumed", at: "2021-07-05T08:00:00+07:00" };
 * ```
 * @since 0.1.0
 * @category Workflow
 */
export type HandoverEventInput = z.input<typeof HandoverEventSchema>;

/**
 * The type tag of a {@link HandoverEvent}.
 *
 * @example
 * ```ts
 * import type { HandoverEventType } from "@motcua/handover";
 * const t: HandoverEventType = "withdrawalProposed";
 * ```
 * @since 0.1.0
 * @category Workflow
 */
export type HandoverEventType = HandoverEvent["type"];
