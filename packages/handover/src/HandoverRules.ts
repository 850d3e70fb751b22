/**
 * The handover rulebook: who proposes, agrees, advises, decides and is informed when counter work
 * moves from civil servants to postal staff, by administrative level and period, plus the learning
 * period, the proficiency assessors and the exceptions a province wrote down.
 *
 * @module
 */
import {
  ActorRoleSchema,
  bilingual,
  decode,
  LegalRefSchema,
  LevelSchema,
  MotcuaError,
  ValiditySchema,
  validitiesOverlap,
} from "@motcua/core";
import * as z from "zod";
import { HandoverErrorCode } from "./HandoverError";

/**
 * Zod schema of a {@link HandoverParty}: every core actor role plus the parties the seeds name
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
    /** Stable id within the rulebook, e.g. `ha-tinh-2021/province`. */
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
 * import { haTinh2021HandoverRules, type ApprovalAuthority } from "@motcua/handover";
 * const district: ApprovalAuthority | undefined = haTinh2021HandoverRules.authorities.find((a) => a.level === "district");
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
    validity: ValiditySchema.optional(),
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
 * A departure from the level's authority for named agencies (Hà Tĩnh: Sở Nội vụ keeps its civil
 * servants until it proposes; five departments follow document 559/UBND-PC1).
 *
 * @example
 * ```ts
 * import { haTinh2021HandoverRules, type HandoverException } from "@motcua/handover";
 * const snv: HandoverException | undefined = haTinh2021HandoverRules.exceptions[0]; // Sở Nội vụ
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export type HandoverException = z.output<typeof HandoverExceptionSchema>;

/**
 * Zod schema of a {@link LearningPeriod}.
 *
 * @example
 * ```ts
 * import { LearningPeriodSchema } from "@motcua/handover";
 * LearningPeriodSchema.parse({ minMonths: 2, maxMonths: 3, untilProficient: true,
 *   legalRef: { document: "Kế hoạch 41/KH-UBND", verified: true } });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const LearningPeriodSchema = z
  .object({
    /** Shortest planned learning, in months (absent when the rulebook gives no figure). */
    minMonths: z.number().int().min(0).max(120).optional(),
    /** Longest planned learning, in months. */
    maxMonths: z.number().int().min(0).max(120).optional(),
    /** Handover may happen earlier, as soon as postal staff are judged proficient. */
    untilProficient: z.boolean(),
    /** Where it is written. */
    legalRef: LegalRefSchema,
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
 * import { haTinh2021HandoverRules, type LearningPeriod } from "@motcua/handover";
 * const p: LearningPeriod = haTinh2021HandoverRules.learning; // 2–3 months or until proficient
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export type LearningPeriod = z.output<typeof LearningPeriodSchema>;

/**
 * Zod schema of {@link HandoverRules}: authorities of one level must not overlap in time.
 *
 * @example
 * ```ts
 * import { HandoverRulesSchema, haTinh2021HandoverRules } from "@motcua/handover";
 * HandoverRulesSchema.safeParse(haTinh2021HandoverRules).success; // true
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const HandoverRulesSchema = z
  .object({
    /** Stable id, e.g. `ha-tinh-2021`. */
    id: z.string().min(1),
    /** Province slug, e.g. `ha-tinh` (absent for a national baseline). */
    province: z.string().min(1).optional(),
    /** The plan or decision the rulebook transcribes. */
    source: LegalRefSchema,
    /** Learning period before the handover. */
    learning: LearningPeriodSchema,
    /** Who assesses proficiency, with the source. */
    assessment: z.object({ parties: z.array(HandoverPartySchema).min(1), legalRef: LegalRefSchema }).strict(),
    /** Approval authorities by level and period. */
    authorities: z.array(ApprovalAuthoritySchema),
    /** Agency-specific departures. */
    exceptions: z.array(HandoverExceptionSchema).default([]),
  })
  .strict()
  .superRefine((rules, ctx) => {
    rules.authorities.forEach((a, i) => {
      rules.authorities.forEach((b, j) => {
        if (j <= i || a.level !== b.level || !validitiesOverlap(a.validity, b.validity)) return;
        ctx.addIssue({
          code: "custom",
          path: ["authorities", j, "validity"],
          message: bilingual(
            `authorities "${a.id}" and "${b.id}" overlap for level ${a.level}`,
            `thẩm quyền "${a.id}" và "${b.id}" chồng lấn thời gian ở cấp ${a.level}`,
          ),
        });
      });
    });
    const ids = new Set<string>();
    rules.authorities.forEach((a, i) => {
      if (ids.has(a.id))
        ctx.addIssue({
          code: "custom",
          path: ["authorities", i, "id"],
          message: bilingual(`duplicate authority id "${a.id}"`, `trùng mã thẩm quyền "${a.id}"`),
        });
      ids.add(a.id);
    });
  });

/**
 * A province's (or the nation's) handover rulebook.
 *
 * @example
 * ```ts
 * import { haTinh2021HandoverRules, type HandoverRules } from "@motcua/handover";
 * const mine: HandoverRules = { ...haTinh2021HandoverRules, id: "ha-tinh-2026" };
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export type HandoverRules = z.output<typeof HandoverRulesSchema>;

/**
 * What callers may pass for a rulebook (defaults not yet applied).
 *
 * @example
 * ```ts
 * import { decodeHandoverRules, type HandoverRulesInput } from "@motcua/handover";
 * const input: HandoverRulesInput = { id: "x", source: { document: "x", verified: false },
 *   learning: { untilProficient: true, legalRef: { document: "x", verified: false } },
 *   assessment: { parties: ["centreDirector"], legalRef: { document: "x", verified: false } }, authorities: [] };
 * decodeHandoverRules(input).exceptions; // []
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export type HandoverRulesInput = z.input<typeof HandoverRulesSchema>;

/**
 * Parses and checks a rulebook (e.g. from a plugin), throwing `HANDOVER_INVALID_RULES` with the
 * offending path. The input is not mutated.
 *
 * @example
 * ```ts
 * import { decodeHandoverRules, vinhPhuc2025HandoverRules } from "@motcua/handover";
 * const rules = decodeHandoverRules(vinhPhuc2025HandoverRules);
 * rules.authorities.length; // 2
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export function decodeHandoverRules(input: unknown): HandoverRules {
  return decode(HandoverRulesSchema, input, {
    code: HandoverErrorCode.InvalidRules,
    label: { en: "handover rulebook", vi: "Bộ quy tắc chuyển giao" },
  });
}

/** @internal Throws when a value is not a MotcuaError-safe rulebook; used by decide. */
export const assertRules = (input: unknown): HandoverRules => {
  try {
    return decodeHandoverRules(input);
  } catch (e) {
    if (e instanceof MotcuaError) throw e;
    throw new MotcuaError({
      code: HandoverErrorCode.InvalidRules,
      vi: "Bộ quy tắc chuyển giao không hợp lệ",
      en: "Invalid handover rulebook",
      cause: e,
    });
  }
};
