/**
 * `decide`: who must propose, agree, advise, decide and be informed for a handover request, as of a
 * date, with the legal source of each.
 *
 * @module
 */
import {
  decode,
  HandoverScopeSchema,
  isValidOn,
  LevelSchema,
  levelExistsOn,
  LEVELS,
  MotcuaError,
  type CivilDate,
  type HandoverScope,
  type InstantInput,
  type LegalRef,
  type Level,
} from "@motcua/core";
import * as z from "zod";
import { HandoverErrorCode } from "./HandoverError";
import {
  assertRules,
  type ApprovalStep,
  type HandoverException,
  type HandoverRules,
  type LearningPeriod,
} from "./HandoverRules";
import { toCivilDate } from "./internal/dates";

/** The first day after the 2025 reform (no district level; commune HCC centres). */
const REFORM_START = "2025-07-01";

/**
 * Zod schema of a {@link HandoverRequest}.
 *
 * @example
 * ```ts
 * import { HandoverRequestSchema } from "@motcua/handover";
 * HandoverRequestSchema.parse({ officeId: "HT-KYANH", level: "district", scope: { kind: "all" } });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const HandoverRequestSchema = z
  .object({
    /** The one-stop unit or HCC centre whose counter work is handed over. */
    officeId: z.string().min(1),
    /** Its administrative level. */
    level: LevelSchema,
    /** What is handed over: procedures, a domain, a department's procedures, or everything. */
    scope: HandoverScopeSchema,
    /** The agency whose civil servants are withdrawn (defaults to a department scope's agency). */
    agencyId: z.string().min(1).optional(),
    /** `replace` (default): withdraw civil servants; `support`: postal staff only support. */
    mode: z.enum(["replace", "support"]).optional(),
  })
  .strict();

/**
 * A request to hand an (office, scope) over to postal staff.
 *
 * @example
 * ```ts
 * import type { HandoverRequest } from "@motcua/handover";
 * const r: HandoverRequest = { officeId: "HT-HCC", level: "province", scope: { kind: "department", agencyId: "SNV" } };
 * ```
 * @since 0.1.0
 * @category Decide
 */
export type HandoverRequest = z.output<typeof HandoverRequestSchema>;

/**
 * Who must do what for a handover, as of a date, with the legal source of each step.
 *
 * @example
 * ```ts
 * import { decide, vinhPhuc2025HandoverRules, type ApprovalDecision } from "@motcua/handover";
 * const d: ApprovalDecision = decide({ officeId: "VP-HCC", level: "province", scope: { kind: "all" } },
 *   vinhPhuc2025HandoverRules, "2025-05-05");
 * d.decider.party; // "provincialPeoplesCommittee"
 * ```
 * @since 0.1.0
 * @category Decide
 */
export interface ApprovalDecision {
  /** The rulebook used. */
  readonly rulesId: string;
  /** The authority (level rule) applied. */
  readonly authorityId: string;
  /** The Vietnamese civil date the decision is judged on. */
  readonly date: CivilDate;
  /** The office concerned. */
  readonly officeId: string;
  /** Its level. */
  readonly level: Level;
  /** What is handed over. */
  readonly scope: HandoverScope;
  /** `replace` or `support` (what the register entry will say). */
  readonly mode: "replace" | "support";
  /** Civil servants are withdrawn (`mode === "replace"`). */
  readonly withdrawsCivilServants: boolean;
  /** Every step in order: propose, agree, advise, decide, inform, liaise. */
  readonly steps: ReadonlyArray<ApprovalStep>;
  /** The one deciding step. */
  readonly decider: ApprovalStep;
  /** The exception that changed the steps or the conditions, if any. */
  readonly exception?: HandoverException;
  /** The agency keeps its civil servants until its own director proposes (Hà Tĩnh: Sở Nội vụ). */
  readonly ownProposalRequired: boolean;
  /** The learning period to respect before withdrawal. */
  readonly learning: LearningPeriod;
  /** Who assesses proficiency. */
  readonly assessors: { readonly parties: ReadonlyArray<string>; readonly legalRef: LegalRef };
  /** The level rule's source. */
  readonly legalRef: LegalRef;
}

/**
 * Lists who must propose, agree, advise, decide and be informed for a handover request, under a
 * rulebook, as of `at` (a civil date `YYYY-MM-DD` or an instant).
 *
 * Refuses with a coded `MotcuaError` rather than guessing:
 * `HANDOVER_LEVEL_ABOLISHED` for a district request from 1/7/2025, `HANDOVER_AUTHORITY_MISSING`
 * when the rulebook names nobody for the level on that date (commune HCC centres after 1/7/2025
 * need a plugin rule), `HANDOVER_MODE_NOT_ALLOWED` when asking to replace civil servants where only
 * support is allowed, `HANDOVER_INVALID_REQUEST` / `HANDOVER_INVALID_RULES` for malformed input.
 *
 * @example
 * ```ts
 * import { decide, haTinh2021HandoverRules } from "@motcua/handover";
 * const d = decide({ officeId: "HT-CANLOC", level: "district", scope: { kind: "all" } },
 *   haTinh2021HandoverRules, "2021-06-01");
 * d.decider.party; // "districtChairman"
 * d.steps.find((s) => s.duty === "inform")?.party; // "steeringBoard"
 * ```
 * @since 0.1.0
 * @category Decide
 */
export function decide(request: unknown, rules: unknown, at: CivilDate | InstantInput): ApprovalDecision {
  const req = decode(HandoverRequestSchema, request, {
    code: HandoverErrorCode.InvalidRequest,
    path: ["request"],
    label: { en: "handover request", vi: "Đề nghị chuyển giao" },
  });
  const book: HandoverRules = assertRules(rules);
  const date = toCivilDate(at, ["at"], HandoverErrorCode.InvalidRequest);

  if (!levelExistsOn(req.level, date)) {
    throw new MotcuaError({
      code: HandoverErrorCode.LevelAbolished,
      path: ["request", "level"],
      vi: `${LEVELS[req.level].vi} không còn tồn tại ngày ${date} (cấp huyện chấm dứt từ 01/7/2025); không thể chuyển giao ở cấp này`,
      en: `The ${req.level} level does not exist on ${date} (the district level ended on 1/7/2025); no handover can be decided there`,
      data: { level: req.level, date },
    });
  }

  const authority = book.authorities.find((a) => a.level === req.level && isValidOn(a.validity, date));
  if (authority === undefined) {
    const needsPlugin = req.level === "commune" && date >= REFORM_START;
    throw new MotcuaError({
      code: HandoverErrorCode.AuthorityMissing,
      path: ["request", "level"],
      vi: needsPlugin
        ? `Bộ quy tắc "${book.id}" không quy định thẩm quyền chuyển giao cho Trung tâm Phục vụ HCC cấp xã sau 01/7/2025; cần quy tắc từ plugin của tỉnh`
        : `Bộ quy tắc "${book.id}" không quy định thẩm quyền chuyển giao ở ${LEVELS[req.level].vi} ngày ${date}`,
      en: needsPlugin
        ? `Rulebook "${book.id}" names no handover authority for commune HCC centres after 1/7/2025; a province plugin must supply it`
        : `Rulebook "${book.id}" names no handover authority for the ${req.level} level on ${date}`,
      data: { rulesId: book.id, level: req.level, date, needsPlugin },
    });
  }

  const mode = req.mode ?? "replace";
  if (mode === "replace" && authority.mode === "support") {
    throw new MotcuaError({
      code: HandoverErrorCode.ModeNotAllowed,
      path: ["request", "mode"],
      vi: `Ở ${LEVELS[req.level].vi}, nhân viên bưu điện chỉ hỗ trợ, không thay thế công chức (${authority.id})`,
      en: `At the ${req.level} level postal staff only support and do not replace civil servants (${authority.id})`,
      data: { authorityId: authority.id, allowed: "support" },
    });
  }

  const agencyId = req.agencyId ?? (req.scope.kind === "department" ? req.scope.agencyId : undefined);
  const exception =
    agencyId === undefined
      ? undefined
      : book.exceptions.find(
          (x) =>
            x.level === req.level &&
            x.agencyIds.includes(agencyId) &&
            (x.validity === undefined || isValidOn(x.validity, date)),
        );
  const steps =
    exception?.effect === "separateProcedure" && exception.steps ? exception.steps : authority.steps;
  const decider = steps.find((s) => s.duty === "decide") as ApprovalStep;

  return {
    rulesId: book.id,
    authorityId: authority.id,
    date,
    officeId: req.officeId,
    level: req.level,
    scope: req.scope,
    mode,
    withdrawsCivilServants: mode === "replace",
    steps,
    decider,
    ...(exception === undefined ? {} : { exception }),
    ownProposalRequired: exception?.effect === "untilOwnProposal",
    learning: book.learning,
    assessors: book.assessment,
    legalRef: exception?.effect === "separateProcedure" ? exception.legalRef : authority.legalRef,
  };
}
