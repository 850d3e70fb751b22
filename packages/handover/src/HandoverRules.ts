/**
 * The shapes of the handover rules: who proposes, agrees, advises, decides and is informed when
 * counter work moves from civil servants to postal staff, by administrative level and period, the
 * exceptions and the learning period. The values live in the plugins (`@motcua/province-*`); this
 * package owns only their schemas (see {@link handoverSlot}).
 *
 * @module
 */
import { ActorRoleSchema, bilingual, LegalRefSchema, LevelSchema, ValiditySchema } from "@motcua/core";
import * as z from "zod";

/**
 * Zod schema of a {@link HandoverParty}: every core actor role plus the parties the provinces' plans name
 * that are not dossier actors.
 *
 * @example
 * ```ts
 * import { HandoverPartySchema } from "@motcua/handover";
 * HandoverPartySchema.parse("departmentLiaison");
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const HandoverPartySchema = z.enum([
  ...ActorRoleSchema.options,
  "pilotUnitHead",
  "departmentLiaison",
  "concernedUnits",
]);

/**
 * Who takes part in a handover decision.
 *
 * Besides the core actor roles (`departmentDirector` Giám đốc Sở, `centreDirector` Giám đốc Trung
 * tâm Phục vụ HCC, `provincialOffice` lãnh đạo Văn phòng UBND tỉnh, `steeringBoard` Ban Chỉ đạo,
 * `provincialPeoplesCommittee` UBND tỉnh, `districtChairman` Chủ tịch UBND cấp huyện,
 * `postOfficeLeader` lãnh đạo Bưu điện, …):
 *
 * | party | Vietnamese |
 * |---|---|
 * | `pilotUnitHead` | Giám đốc (thủ trưởng) đơn vị, địa phương thí điểm |
 * | `departmentLiaison` | đầu mối liên hệ do Sở cử |
 * | `concernedUnits` | các phòng, bộ phận, cơ quan liên quan |
 *
 * @example
 * ```ts
 * import type { HandoverParty } from "@motcua/handover";
 * const p: HandoverParty = "steeringBoard";
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export type HandoverParty = z.output<typeof HandoverPartySchema>;

/**
 * Zod schema of an {@link ApprovalDuty}.
 *
 * @example
 * ```ts
 * import { ApprovalDutySchema } from "@motcua/handover";
 * ApprovalDutySchema.parse("advise");
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ApprovalDutySchema = z.enum(["propose", "agree", "advise", "decide", "inform", "liaise"]);

/**
 * What a party does in a handover decision: `propose` (đề xuất), `agree` (thống nhất), `advise`
 * (tham mưu), `decide` (quyết định), `inform` (được báo cáo / thông báo), `liaise` (làm đầu mối).
 *
 * @example
 * ```ts
 * import type { ApprovalDuty } from "@motcua/handover";
 * const d: ApprovalDuty = "inform";
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export type ApprovalDuty = z.output<typeof ApprovalDutySchema>;

/**
 * Zod schema of an {@link ApprovalStep}.
 *
 * @example
 * ```ts
 * import { ApprovalStepSchema } from "@motcua/handover";
 * ApprovalStepSchema.parse({ duty: "decide", party: "districtChairman", responsible: true,
 *   legalRef: { document: "Kế hoạch 41/KH-UBND", verified: true } });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ApprovalStepSchema = z
  .object({
    /** What the party does. */
    duty: ApprovalDutySchema,
    /** Who does it. */
    party: HandoverPartySchema,
    /** The party bears personal responsibility for the decision (chịu trách nhiệm). */
    responsible: z.boolean().optional(),
    /** Where the rulebook says so, with a short Vietnamese quote in `note`. */
    legalRef: LegalRefSchema,
  })
  .strict();

/**
 * One duty of one party in a handover decision, with its legal source.
 *
 * @example
 * ```ts
 * import type { ApprovalStep } from "@motcua/handover";
 * const s: ApprovalStep = { duty: "inform", party: "steeringBoard",
 *   legalRef: { document: "Kế hoạch 41/KH-UBND", clause: "III.3.2.2", verified: true } };
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export type ApprovalStep = z.output<typeof ApprovalStepSchema>;

const HandoverModeSchema = z.enum(["replace", "support"]);

/**
 * Zod schema of an {@link ApprovalAuthority}: exactly one `decide` step.
 *
 * @example
 * ```ts
 * import { ApprovalAuthoritySchema } from "@motcua/handover";
 * const ref = { document: "Kế hoạch 60/KH-UBND", verified: true };
 * ApprovalAuthoritySchema.parse({ id: "district", level: "district", validity: { validTo: "2025-06-30" },
 *   mode: "replace", steps: [{ duty: "decide", party: "districtChairman", legalRef: ref }], legalRef: ref });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ApprovalAuthoritySchema = z
  .object({
    /** Stable id within the rulebook, e.g. `my-province-2021/province`. */
    id: z.string().min(1),
    /** The level of the one-stop unit whose counter work is handed over. */
    level: LevelSchema,
    /** When this authority applies (inclusive civil dates). */
    validity: ValiditySchema,
    /**
     * `replace`: civil servants are withdrawn once postal staff are proficient; `support`: postal
     * staff only support and civil servants stay (no withdrawal, nothing to approve beyond the plan).
     */
    mode: HandoverModeSchema,
    /**
     * The named units (pilot communes, departments) the authority is limited to, as the source
     * names them; absent = every unit of the level. `decide` returns them, so the caller can check
     * that its office is one of them (office ids are the vendor's, names are the source's).
     */
    units: z.array(z.string().min(1)).min(1).optional(),
    /** Who proposes, agrees, advises, decides and is informed, in order. */
    steps: z.array(ApprovalStepSchema).min(1),
    /** The rule as a whole. */
    legalRef: LegalRefSchema,
  })
  .strict()
  .refine((a) => a.steps.filter((s) => s.duty === "decide").length === 1, {
    message: bilingual("an authority needs exactly one decide step", "cần đúng một bước quyết định"),
    path: ["steps"],
  });

/**
 * The approval rule for one level in one period.
 *
 * @example
 * ```ts
 * import type { ApprovalAuthority } from "@motcua/handover";
 * const ref = { document: "Kế hoạch 60/KH-UBND", verified: true };
 * const district: ApprovalAuthority = { id: "district", level: "district", validity: { validTo: "2025-06-30" },
 *   mode: "replace", steps: [{ duty: "decide", party: "districtChairman", legalRef: ref }], legalRef: ref };
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export type ApprovalAuthority = z.output<typeof ApprovalAuthoritySchema>;

/**
 * Zod schema of a {@link HandoverException}.
 *
 * @example
 * ```ts
 * import { HandoverExceptionSchema } from "@motcua/handover";
 * HandoverExceptionSchema.parse({ id: "snv", agencyIds: ["SNV"], level: "province", effect: "untilOwnProposal",
 *   legalRef: { document: "Kế hoạch 41/KH-UBND", verified: true } });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const HandoverExceptionSchema = z
  .object({
    /** Stable id within the rulebook. */
    id: z.string().min(1),
    /** Agencies (departments) it applies to. */
    agencyIds: z.array(z.string().min(1)).min(1),
    /** The level it applies to. */
    level: LevelSchema,
    /** When it applies (default always). */
    validity: z.optional(ValiditySchema),
    /**
     * `untilOwnProposal`: the agency keeps its civil servants until it itself proposes the
     * handover (the proposal must come from its own director); `separateProcedure`: the agency
     * hands over under another document, whose steps replace the authority's.
     */
    effect: z.enum(["untilOwnProposal", "separateProcedure"]),
    /** For `separateProcedure`: the steps that apply instead (exactly one `decide`). */
    steps: z.array(ApprovalStepSchema).min(1).optional(),
    /** Where the exception is written. */
    legalRef: LegalRefSchema,
  })
  .strict()
  .refine(
    (x) => x.effect !== "separateProcedure" || x.steps?.filter((s) => s.duty === "decide").length === 1,
    {
      message: bilingual(
        "a separate procedure needs steps with exactly one decide step",
        "quy trình riêng cần các bước với đúng một bước quyết định",
      ),
      path: ["steps"],
    },
  );

/**
 * A departure from the level's authority for named agencies, matched against the agency code a
 * request carries (`agencyId`, or a department scope's `agencyId`).
 *
 * @example
 * ```ts
 * import type { HandoverException } from "@motcua/handover";
 * const x: HandoverException = { id: "keeps", agencyIds: ["SNV"], level: "province", effect: "untilOwnProposal",
 *   legalRef: { document: "Kế hoạch 41/KH-UBND", verified: true } };
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export type HandoverException = z.output<typeof HandoverExceptionSchema>;

/**
 * Zod schema of a {@link LearningPeriod} (the source is the rule's own legal reference).
 *
 * @example
 * ```ts
 * import { LearningPeriodSchema } from "@motcua/handover";
 * LearningPeriodSchema.parse({ minMonths: 2, maxMonths: 3, untilProficient: true });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const LearningPeriodSchema = z
  .object({
    /** Shortest planned learning, in months (absent when the source gives no figure). */
    minMonths: z.number().int().min(0).max(120).optional(),
    /** Longest planned learning, in months. */
    maxMonths: z.number().int().min(0).max(120).optional(),
    /** Handover may happen earlier, as soon as postal staff are judged proficient ("hoặc khi … thành thạo"). */
    untilProficient: z.boolean(),
  })
  .strict()
  .refine((p) => p.minMonths === undefined || p.maxMonths === undefined || p.minMonths <= p.maxMonths, {
    message: bilingual("minMonths is above maxMonths", "minMonths lớn hơn maxMonths"),
    path: ["maxMonths"],
  });

/**
 * How long postal staff learn next to civil servants before the handover.
 *
 * @example
 * ```ts
 * import type { LearningPeriod } from "@motcua/handover";
 * const p: LearningPeriod = { minMonths: 2, maxMonths: 3, untilProficient: true };
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export type LearningPeriod = z.output<typeof LearningPeriodSchema>;
