/**
 * `decide`: who must propose, agree, advise, decide and be informed for a handover request, as of a
 * date, with the legal source of each.
 *
 * @module
 */
import {
  decode,
  formatErrorPath,
  HandoverScopeSchema,
  isMotcuaError,
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
import type { ApprovalStep, HandoverException, HandoverParty, LearningPeriod } from "./HandoverRules";
import { handoverSlot, type HandoverRules } from "./handoverSlot";
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
 * import { decide, type ApprovalDecision, type HandoverRules } from "@motcua/handover";
 * const ref = { document: "Kế hoạch 60/KH-UBND", verified: true };
 * const rules: HandoverRules = { authorities: { value: [{ id: "p", level: "province", validity: {}, mode: "replace",
 *   steps: [{ duty: "decide", party: "provincialPeoplesCommittee", legalRef: ref }], legalRef: ref }], legalRef: ref, verified: true } };
 * const d: ApprovalDecision = decide({ officeId: "VP-HCC", level: "province", scope: { kind: "all" } }, rules, "2025-05-05");
 * d.decider.party; // "provincialPeoplesCommittee"
 * ```
 * @since 0.1.0
 * @category Decide
 */
export interface ApprovalDecision {
  /** The plugins that supplied the authority, lowest layer first (empty for a hand-written slice). */
  readonly plugins: ReadonlyArray<string>;
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
  /** The agency keeps its civil servants until its own director proposes (an `untilOwnProposal` exception). */
  readonly ownProposalRequired: boolean;
  /**
   * The named units the authority is limited to (e.g. the pilot communes), when the source limits
   * it: check that the office is one of them.
   */
  readonly units?: ReadonlyArray<string>;
  /** The learning period to respect before withdrawal, with its source (when the rulebook gives one). */
  readonly learning?: LearningPeriod & { readonly legalRef: LegalRef };
  /** Who assesses proficiency, with the source (when the rulebook gives them). */
  readonly assessors?: { readonly parties: ReadonlyArray<HandoverParty>; readonly legalRef: LegalRef };
  /** The level rule's source. */
  readonly legalRef: LegalRef;
  /** `true` only when every step's source, the authority's and the applying exception's are verified. */
  readonly verified: boolean;
}

const rulesError = (path: ReadonlyArray<string | number>, en: string, vi: string): MotcuaError =>
  new MotcuaError({
    code: HandoverErrorCode.InvalidRules,
    path: ["rules", ...path],
    en: `Invalid handover rules at rules.${formatErrorPath(path)}: ${en}`,
    vi: `Quy tắc chuyển giao không hợp lệ tại rules.${formatErrorPath(path)}: ${vi}`,
  });

const checked = new WeakMap<object, true>();

/** Checks a slice written by hand (a composed rulebook's slice was validated by the plugin SDK). */
function assertSlice(rules: unknown): HandoverRules {
  try {
    return checkSlice(rules);
  } catch (e) {
    if (isMotcuaError(e)) throw e;
    throw rulesError([], "the rules could not be read", "không đọc được quy tắc");
  }
}

function checkSlice(rules: unknown): HandoverRules {
  if (typeof rules !== "object" || rules === null || Array.isArray(rules))
    throw rulesError([], "expected the handover slice of a rulebook", "cần phần chuyển giao của bộ quy tắc");
  if (checked.has(rules)) return rules as HandoverRules;
  for (const [key, rule] of Object.entries(rules)) {
    const def = (handoverSlot.keys as Readonly<Record<string, { schema: z.ZodType }>>)[key];
    if (def === undefined) throw rulesError([key], `unknown key "${key}"`, `khóa "${key}" không tồn tại`);
    if (typeof rule !== "object" || rule === null || !("value" in rule) || !("legalRef" in rule))
      throw rulesError([key], "expected { value, legalRef, verified }", "cần { value, legalRef, verified }");
    if ("plugins" in rule) {
      const plugins: unknown = rule.plugins;
      if (!Array.isArray(plugins) || !plugins.every((p) => typeof p === "string"))
        throw rulesError(
          [key, "plugins"],
          "expected the list of the ids of the plugins that supplied the rule",
          "cần danh sách mã các plugin đã cung cấp quy tắc",
        );
    }
    const parsed = def.schema.safeParse((rule as { value: unknown }).value);
    if (!parsed.success)
      throw rulesError(
        [
          key,
          "value",
          ...(parsed.error.issues[0]?.path ?? []).map((p) => (typeof p === "symbol" ? String(p) : p)),
        ],
        parsed.error.issues[0]?.message ?? "invalid",
        "không hợp lệ",
      );
  }
  checked.set(rules, true);
  return rules as HandoverRules;
}

/**
 * Lists who must propose, agree, advise, decide and be informed for a handover request, under the
 * rulebook's handover rules (`sliceOf(rulebook, "handover")`), as of `at` (a civil date
 * `YYYY-MM-DD` or an instant). The rules come only from the rulebook: a rulebook without
 * `handover.authorities` names nobody, and the answer is `HANDOVER_AUTHORITY_MISSING`.
 *
 * Refuses with a coded `MotcuaError` rather than guessing:
 * `HANDOVER_LEVEL_ABOLISHED` for a district request from 1/7/2025, `HANDOVER_AUTHORITY_MISSING`
 * when the rulebook names nobody for the level on that date (commune HCC centres after 1/7/2025
 * need a plugin rule), `HANDOVER_MODE_NOT_ALLOWED` when asking to replace civil servants where only
 * support is allowed, `HANDOVER_INVALID_REQUEST` / `HANDOVER_INVALID_RULES` for malformed input.
 *
 * @example
 * ```ts
 * import { decide } from "@motcua/handover";
 * import { composeRulebook, sliceOf, type Plugin } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * declare const myProvince: Plugin; // a province plugin (e.g. one of the @motcua/province-* packages)
 * const rules = sliceOf(composeRulebook([national, myProvince], { asOf: "2021-06-01" }), "handover");
 * const d = decide({ officeId: "HT-CANLOC", level: "district", scope: { kind: "all" } }, rules, "2021-06-01");
 * d.decider.party; // "districtChairman"
 * d.steps.find((s) => s.duty === "inform")?.party; // "steeringBoard"
 * ```
 * @since 0.1.0
 * @category Decide
 */
export function decide(
  request: HandoverRequest,
  rules: HandoverRules,
  at: CivilDate | InstantInput,
): ApprovalDecision;
export function decide(request: unknown, rules: unknown, at: unknown): ApprovalDecision {
  const req = decode(HandoverRequestSchema, request, {
    code: HandoverErrorCode.InvalidRequest,
    path: ["request"],
    label: { en: "handover request", vi: "Đề nghị chuyển giao" },
  });
  const book = assertSlice(rules);
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

  const plugins = book.authorities?.plugins ?? [];
  const rulesId = plugins.length > 0 ? plugins.join("+") : "handover";
  const authority = book.authorities?.value.find((a) => a.level === req.level && isValidOn(a.validity, date));
  if (authority === undefined) {
    const needsPlugin = req.level === "commune" && date >= REFORM_START;
    throw new MotcuaError({
      code: HandoverErrorCode.AuthorityMissing,
      path: ["request", "level"],
      vi: needsPlugin
        ? `Bộ quy tắc "${rulesId}" không quy định thẩm quyền chuyển giao (handover.authorities) cho Trung tâm Phục vụ HCC cấp xã sau 01/7/2025; cần quy tắc từ plugin của tỉnh`
        : `Bộ quy tắc "${rulesId}" không quy định thẩm quyền chuyển giao (handover.authorities) ở ${LEVELS[req.level].vi} ngày ${date}`,
      en: needsPlugin
        ? `Rulebook "${rulesId}" names no handover authority (handover.authorities) for commune HCC centres after 1/7/2025; a province plugin must supply it`
        : `Rulebook "${rulesId}" names no handover authority (handover.authorities) for the ${req.level} level on ${date}`,
      data: { rule: "handover.authorities", plugins, level: req.level, date, needsPlugin },
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
      : (book.exceptions?.value ?? []).find(
          (x) =>
            x.level === req.level &&
            x.agencyIds.includes(agencyId) &&
            (x.validity === undefined || isValidOn(x.validity, date)),
        );
  const steps =
    exception?.effect === "separateProcedure" && exception.steps ? exception.steps : authority.steps;
  const decider = steps.find((s) => s.duty === "decide") as ApprovalStep;

  const legalRef = exception?.effect === "separateProcedure" ? exception.legalRef : authority.legalRef;
  return {
    plugins,
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
    ...(authority.units === undefined ? {} : { units: authority.units }),
    ...(book.learning === undefined
      ? {}
      : { learning: { ...book.learning.value, legalRef: book.learning.legalRef } }),
    ...(book.assessors === undefined
      ? {}
      : { assessors: { parties: book.assessors.value, legalRef: book.assessors.legalRef } }),
    legalRef,
    // An exception that applies decides part of the answer (ownProposalRequired), so its source counts.
    verified:
      legalRef.verified &&
      steps.every((s) => s.legalRef.verified) &&
      (exception === undefined || exception.legalRef.verified),
  };
}
