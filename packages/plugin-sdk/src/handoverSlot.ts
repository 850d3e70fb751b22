/**
 * The `handover` slot: approval authorities by level, pilot units and scopes with their dates,
 * exceptions, learning period and supervision.
 *
 * @module
 */
import * as z from "zod";
import {
  ActorRoleSchema,
  CivilDateSchema,
  LevelSchema,
  type ErrorPath,
  type MotcuaIssue,
} from "@motcua/core";
import { issue, uniqueBy } from "./internal/issues";
import { RangeSchema, slotKey, type SlotDefinition } from "@motcua/core";

/**
 * Zod schema of a {@link HandoverAuthority}.
 *
 * @example
 * ```ts
 * import { HandoverAuthoritySchema } from "@motcua/plugin-sdk";
 * HandoverAuthoritySchema.parse({ decider: "districtChairman", agreedWith: [], reportsTo: "steeringBoard" });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const HandoverAuthoritySchema = z
  .object({
    /** Who proposes withdrawing the civil servants (absent: the decider acts directly). */
    proposer: ActorRoleSchema.optional(),
    /** Whose agreement the proposal needs. */
    agreedWith: z.array(ActorRoleSchema),
    /** Who advises the decider (e.g. the steering board advising the provincial committee). */
    advisedBy: ActorRoleSchema.optional(),
    /** Who decides. */
    decider: ActorRoleSchema,
    /** Who is informed afterwards, for monitoring. */
    reportsTo: ActorRoleSchema.optional(),
    /** The proposer names a liaison for postal staff. */
    liaisonRequired: z.boolean().optional(),
  })
  .strict();

/**
 * Who approves withdrawing civil servants and handing the counter to postal staff.
 *
 * @since 0.1.0
 * @category Handover
 */
export type HandoverAuthority = z.output<typeof HandoverAuthoritySchema>;

/**
 * Zod schema of a {@link PilotScope}.
 *
 * @example
 * ```ts
 * import { PilotScopeSchema } from "@motcua/plugin-sdk";
 * PilotScopeSchema.parse({ id: "stc", level: "province", unit: "Sở Tài chính", scope: { kind: "all" },
 *   mode: "replace", from: "2021-02-22", to: "2021-09-30" });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const PilotScopeSchema = z
  .object({
    /** Stable id within the plugin. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** Level of the one-stop. */
    level: LevelSchema,
    /** The department or local government whose procedures are handed over. */
    unit: z.string().min(1),
    /** What is handed over (`unspecified` when the source does not list it). */
    scope: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("all") }).strict(),
      z.object({ kind: z.literal("procedureCount"), count: z.number().int().min(1) }).strict(),
      z
        .object({
          kind: z.literal("domains"),
          domains: z.array(z.string().min(1)).min(1),
          plusAssigned: z.boolean(),
        })
        .strict(),
      z.object({ kind: z.literal("unspecified") }).strict(),
    ]),
    /** `replace`: postal staff take over the counter; `support`: they only support civil servants. */
    mode: z.enum(["replace", "support"]),
    /** First day. */
    from: CivilDateSchema,
    /** Last day (inclusive), if the source gives one. */
    to: CivilDateSchema.optional(),
    /** Where in the source, e.g. `000_2e345361e98f0131.txt L104-108`. */
    cite: z.string().min(1).optional(),
  })
  .strict();

/**
 * A pilot unit and its scope: who hands over what, from when.
 *
 * @since 0.1.0
 * @category Handover
 */
export type PilotScope = z.output<typeof PilotScopeSchema>;

/**
 * Zod schema of a {@link HandoverPhase}.
 *
 * @example
 * ```ts
 * import { HandoverPhaseSchema } from "@motcua/plugin-sdk";
 * HandoverPhaseSchema.parse({ id: "phase-2", name: "Giai đoạn II", from: "2021-02-22", to: "2021-09-30", documents: ["Kế hoạch 41/KH-UBND"] });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const HandoverPhaseSchema = z
  .object({
    /** Stable id within the plugin. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** Name, e.g. `Giai đoạn 3 mở rộng`. */
    name: z.string().min(1),
    /** First day. */
    from: CivilDateSchema,
    /** Last day (inclusive), if the source gives one. */
    to: CivilDateSchema.optional(),
    /** The plans and decisions behind it. */
    documents: z.array(z.string().min(1)).min(1),
    /** Where in the source. */
    cite: z.string().min(1).optional(),
  })
  .strict();

/**
 * A phase of a province's handover pilot.
 *
 * @since 0.1.0
 * @category Handover
 */
export type HandoverPhase = z.output<typeof HandoverPhaseSchema>;

/**
 * Zod schema of a {@link HandoverException}.
 *
 * @example
 * ```ts
 * import { HandoverExceptionSchema } from "@motcua/plugin-sdk";
 * HandoverExceptionSchema.parse({ id: "noi-vu", unit: "Sở Nội vụ", kind: "keepsCivilServants",
 *   until: "until the department proposes the handover" });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const HandoverExceptionSchema = z
  .object({
    /** Stable id within the plugin. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** The unit concerned. */
    unit: z.string().min(1),
    /**
     * `keepsCivilServants`: the unit keeps its own civil servants at the counter;
     * `separateInstruction`: the unit hands over under a separate document.
     */
    kind: z.enum(["keepsCivilServants", "separateInstruction"]),
    /** The condition that ends the exception, in words. */
    until: z.string().min(1).optional(),
    /** The separate document, when `separateInstruction`. */
    document: z.string().min(1).optional(),
    /** Where in the source. */
    cite: z.string().min(1).optional(),
  })
  .strict();

/**
 * An exception to the handover plan.
 *
 * @since 0.1.0
 * @category Handover
 */
export type HandoverException = z.output<typeof HandoverExceptionSchema>;

const checkScopes = (value: ReadonlyArray<PilotScope>, path: ErrorPath): MotcuaIssue[] => [
  ...uniqueBy((s: PilotScope) => s.id, "id")(value, path),
  ...value.flatMap((s, i) =>
    s.to !== undefined && s.to < s.from
      ? [
          issue(
            "PLUGIN_VALIDITY_REVERSED",
            [...path, i, "to"],
            `"to" (${s.to}) is before "from" (${s.from})`,
            `"to" (${s.to}) trước "from" (${s.from})`,
          ),
        ]
      : [],
  ),
];

const checkPhases = (value: ReadonlyArray<HandoverPhase>, path: ErrorPath): MotcuaIssue[] => [
  ...uniqueBy((s: HandoverPhase) => s.id, "id")(value, path),
  ...value.flatMap((s, i) =>
    s.to !== undefined && s.to < s.from
      ? [
          issue(
            "PLUGIN_VALIDITY_REVERSED",
            [...path, i, "to"],
            `"to" (${s.to}) is before "from" (${s.from})`,
            `"to" (${s.to}) trước "from" (${s.from})`,
          ),
        ]
      : [],
  ),
];

const authority = (level: string, vi: string) =>
  slotKey(HandoverAuthoritySchema, {
    en: `approval authority at ${level} level`,
    vi: `thẩm quyền chấp thuận ở cấp ${vi}`,
  });

/**
 * The `handover` slot: handover authorities and exceptions, pilot scopes and supervision.
 *
 * @example
 * ```ts
 * import { handoverSlot } from "@motcua/plugin-sdk";
 * handoverSlot.keys.districtAuthority.vi; // "thẩm quyền chấp thuận ở cấp huyện"
 * ```
 * @since 0.1.0
 * @category Slots
 */
export const handoverSlot = {
  en: "handover of counter work to postal staff",
  vi: "chuyển giao nhiệm vụ tại quầy cho nhân viên bưu chính",
  keys: {
    provinceAuthority: authority("province", "tỉnh"),
    districtAuthority: authority("district", "huyện"),
    communeAuthority: authority("commune", "xã"),
    phases: slotKey(
      z.array(HandoverPhaseSchema),
      { en: "phases of the pilot", vi: "các giai đoạn thí điểm" },
      checkPhases,
    ),
    pilotScopes: slotKey(
      z.array(PilotScopeSchema),
      { en: "pilot units and scopes", vi: "đơn vị, phạm vi thí điểm" },
      checkScopes,
    ),
    exceptions: slotKey(
      z.array(HandoverExceptionSchema),
      { en: "exceptions to the handover", vi: "trường hợp ngoại lệ" },
      uniqueBy((e: HandoverException) => e.id, "id"),
    ),
    learningPeriodMonths: slotKey(RangeSchema, {
      en: "months postal staff learn before the full handover",
      vi: "số tháng nhân viên bưu điện học việc trước khi chuyển giao hoàn toàn",
    }),
    proficiencyAssessors: slotKey(z.array(ActorRoleSchema).min(1), {
      en: "who assesses that postal staff are proficient",
      vi: "ai đánh giá nhân viên bưu điện đáp ứng yêu cầu",
    }),
    supervisors: slotKey(z.array(z.string().min(1)).min(1), {
      en: "parties supervising postal staff",
      vi: "các chủ thể quản lý, giám sát nhân viên bưu điện",
    }),
  },
} as const satisfies SlotDefinition;
