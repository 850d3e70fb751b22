/**
 * The `handover` slot: the one schema of the handover rules a plugin supplies and {@link decide}
 * reads — approval authorities by level and period, exceptions, learning period, proficiency
 * assessors, the pilot's phases and units, and who supervises postal staff.
 *
 * @module
 */
import {
  CivilDateSchema,
  LevelSchema,
  slotIssue,
  slotKey,
  uniqueBy,
  validitiesOverlap,
  type ErrorPath,
  type MotcuaIssue,
  type SliceOf,
  type SlotDefinition,
  type Validity,
} from "@motcua/core";
import * as z from "zod";
import {
  ApprovalAuthoritySchema,
  HandoverExceptionSchema,
  HandoverPartySchema,
  LearningPeriodSchema,
  type ApprovalAuthority,
  type HandoverException,
} from "./HandoverRules";

const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Zod schema of a {@link PilotScope}.
 *
 * @example
 * ```ts
 * import { PilotScopeSchema } from "@motcua/handover";
 * PilotScopeSchema.parse({ id: "stc", level: "province", unit: "Sở Tài chính", scope: { kind: "all" },
 *   mode: "replace", from: "2021-02-22", to: "2021-09-30" });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const PilotScopeSchema = z
  .object({
    /** Stable id within the plugin. */
    id: z.string().regex(ID),
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
    to: z.optional(CivilDateSchema),
    /** Where in the source, e.g. `Kế hoạch 41/KH-UBND L104-L108`. */
    cite: z.string().min(1).optional(),
  })
  .strict();

/**
 * A pilot unit and its scope: who hands over what, from when.
 *
 * @since 0.1.0
 * @category Rulebook
 */
export type PilotScope = z.output<typeof PilotScopeSchema>;

/**
 * Zod schema of a {@link HandoverPhase}.
 *
 * @example
 * ```ts
 * import { HandoverPhaseSchema } from "@motcua/handover";
 * HandoverPhaseSchema.parse({ id: "phase-2", name: "Giai đoạn II", from: "2021-02-22", to: "2021-09-30",
 *   documents: ["Kế hoạch 41/KH-UBND"] });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const HandoverPhaseSchema = z
  .object({
    /** Stable id within the plugin. */
    id: z.string().regex(ID),
    /** Name, e.g. `Giai đoạn 3 mở rộng`. */
    name: z.string().min(1),
    /** First day. */
    from: CivilDateSchema,
    /** Last day (inclusive), if the source gives one. */
    to: z.optional(CivilDateSchema),
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
 * @category Rulebook
 */
export type HandoverPhase = z.output<typeof HandoverPhaseSchema>;

/**
 * Zod schema of a {@link HandoverDuty}.
 *
 * @example
 * ```ts
 * import { HandoverDutySchema } from "@motcua/handover";
 * HandoverDutySchema.parse({ id: "report-staff", party: "Giám đốc Bưu điện tỉnh", kind: "report",
 *   to: "Ban Chỉ đạo", period: "once", what: "báo cáo danh sách nhân viên được chọn", cite: "L318-L322" });
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export const HandoverDutySchema = z
  .object({
    /** Stable id within the plugin. */
    id: z.string().regex(ID),
    /** Who bears the duty, as the source names them (Vietnamese). */
    party: z.string().min(1),
    /** The motcua party, when one fits. */
    role: HandoverPartySchema.optional(),
    /**
     * What kind of duty a one-stop system can turn into a task or a reminder: `report` (báo cáo),
     * `assignStaff` (cử, bố trí nhân viên), `inspect` (kiểm tra, giám sát), `train` (đào tạo, tập
     * huấn), `provideAccess` (tạo tài khoản, điều kiện làm việc), `contract` (ký hợp đồng, quy chế),
     * `fund` (bố trí kinh phí), `review` (sơ kết, đánh giá), `publicise` (tuyên truyền).
     */
    kind: z.enum([
      "report",
      "assignStaff",
      "inspect",
      "train",
      "provideAccess",
      "contract",
      "fund",
      "review",
      "publicise",
    ]),
    /** To whom (for reports and proposals), as the source names them. */
    to: z.string().min(1).optional(),
    /**
     * How often: `once`, `yearly`, `quarterly`, `endOfPhase`, `continuous` (thường xuyên),
     * `whenNeeded` (khi có khó khăn, vướng mắc), `unspecified` (the source gives no period).
     */
    period: z.enum(["once", "yearly", "quarterly", "endOfPhase", "continuous", "whenNeeded", "unspecified"]),
    /** What, in Vietnamese, close to the source's words. */
    what: z.string().min(1),
    /** The period is read off the text (`true`) or inferred (`false`, say why in `what`). */
    periodStated: z.boolean().default(true),
    /** Where in the source. */
    cite: z.string().min(1),
  })
  .strict();

/**
 * A duty a province's plan gives a party (who reports what to whom and how often, who assigns
 * staff, who inspects), for a one-stop system's tasks and reminders.
 *
 * @since 0.2.0
 * @category Rulebook
 */
export type HandoverDuty = z.output<typeof HandoverDutySchema>;

const reversed = (
  value: ReadonlyArray<{ readonly from: string; readonly to?: string | undefined }>,
  path: ErrorPath,
): MotcuaIssue[] =>
  value.flatMap((s, i) =>
    s.to !== undefined && s.to < s.from
      ? [
          slotIssue(
            "PLUGIN_VALIDITY_REVERSED",
            [...path, i, "to"],
            `"to" (${s.to}) is before "from" (${s.from})`,
            `"to" (${s.to}) trước "from" (${s.from})`,
          ),
        ]
      : [],
  );

/** Until a validity says otherwise, a rule is in force on every date. */
const ALWAYS: Validity = {};

/**
 * The entries of one group that are in force on a common date, as `[earlier, later]` index pairs
 * with the group's key: each group is sorted by first day (then position) and neighbours are
 * compared, which finds an overlap wherever one exists. O(n log n).
 */
function overlaps<T>(
  value: ReadonlyArray<T>,
  groupsOf: (entry: T) => Iterable<string>,
  validityOf: (entry: T) => Validity | undefined,
): Array<{ readonly group: string; readonly earlier: number; readonly later: number }> {
  const groups = new Map<string, number[]>();
  value.forEach((entry, i) => {
    for (const group of groupsOf(entry)) {
      const list = groups.get(group);
      if (list === undefined) groups.set(group, [i]);
      else list.push(i);
    }
  });
  const validity = (i: number): Validity => validityOf(value[i] as T) ?? ALWAYS;
  const from = (i: number): string => validity(i).validFrom ?? "";
  const out: Array<{ group: string; earlier: number; later: number }> = [];
  for (const [group, indexes] of groups) {
    const sorted = indexes.sort((i, j) => from(i).localeCompare(from(j)) || i - j);
    for (let k = 1; k < sorted.length; k++) {
      const earlier = sorted[k - 1] as number;
      const later = sorted[k] as number;
      if (validitiesOverlap(validity(earlier), validity(later))) out.push({ group, earlier, later });
    }
  }
  return out;
}

/** Authorities of one level must not overlap in time; ids are unique. */
const checkAuthorities = (value: ReadonlyArray<ApprovalAuthority>, path: ErrorPath): MotcuaIssue[] => [
  ...uniqueBy((a: ApprovalAuthority) => a.id, "id")(value, path),
  ...overlaps(
    value,
    (a) => [a.level],
    (a) => a.validity,
  ).map(({ earlier, later }) => {
    const a = value[earlier] as ApprovalAuthority;
    const b = value[later] as ApprovalAuthority;
    return slotIssue(
      "HANDOVER_AUTHORITIES_OVERLAP",
      [...path, later, "validity"],
      `authorities "${a.id}" and "${b.id}" overlap for level ${a.level}`,
      `thẩm quyền "${a.id}" và "${b.id}" chồng lấn thời gian ở cấp ${a.level}`,
    );
  }),
];

/**
 * Two exceptions naming one agency at one level must not be in force on a common date: `decide`
 * takes the first that matches, so the later would never apply and the list's order would decide.
 * Ids are unique. An exception overlapping for several agencies is reported once.
 */
const checkExceptions = (value: ReadonlyArray<HandoverException>, path: ErrorPath): MotcuaIssue[] => {
  const out = uniqueBy((e: HandoverException) => e.id, "id")(value, path);
  const reported = new Set<number>();
  const groupsOf = (e: HandoverException) =>
    [...new Set(e.agencyIds)].map((agency) => `${e.level} ${agency}`);
  for (const { group, earlier, later } of overlaps(value, groupsOf, (e) => e.validity)) {
    if (reported.has(later)) continue;
    reported.add(later);
    const a = value[earlier] as HandoverException;
    const b = value[later] as HandoverException;
    const agency = group.slice(group.indexOf(" ") + 1);
    out.push(
      slotIssue(
        "HANDOVER_EXCEPTIONS_OVERLAP",
        [...path, later, "agencyIds"],
        `exceptions "${a.id}" and "${b.id}" both name ${agency} at level ${a.level} on overlapping dates`,
        `ngoại lệ "${a.id}" và "${b.id}" cùng nêu ${agency} ở cấp ${a.level}, chồng lấn thời gian`,
      ),
    );
  }
  return out;
};

/**
 * Published reference data of the plans (phases, pilot units, supervisors, the parties' duties): no
 * motcua function reads it, so mutation testing reports its changes as equivalent.
 */
const UNREAD = { unread: true } as const;

/**
 * The `handover` slot: the schema of every handover rule, by key. `@motcua/plugin-sdk` validates
 * plugins with it; {@link decide} reads the composed values (`sliceOf(rulebook, "handover")`).
 *
 * | key | value |
 * |---|---|
 * | `authorities` | a list of {@link ApprovalAuthority}: by level and period, each step with its source |
 * | `exceptions` | a list of {@link HandoverException}, matched against the request's agency code |
 * | `learning` | {@link LearningPeriod}: months, or until proficient |
 * | `assessors` | who assesses that postal staff are proficient |
 * | `phases` | the pilot's phases |
 * | `pilotScopes` | the pilot units and what they hand over |
 * | `supervisors` | who supervises postal staff |
 * | `duties` | a list of {@link HandoverDuty}: who reports, assigns staff, inspects, trains …, how often |
 *
 * @example
 * ```ts
 * import { handoverSlot } from "@motcua/handover";
 * handoverSlot.keys.authorities.vi; // "thẩm quyền chấp thuận chuyển giao theo cấp và thời kỳ"
 * ```
 * @since 0.2.0
 * @category Rulebook
 */
export const handoverSlot = {
  en: "handover of counter work to postal staff",
  vi: "chuyển giao nhiệm vụ tại quầy cho nhân viên bưu chính",
  keys: {
    authorities: slotKey(
      z.array(ApprovalAuthoritySchema),
      {
        en: "approval authorities by level and period",
        vi: "thẩm quyền chấp thuận chuyển giao theo cấp và thời kỳ",
      },
      checkAuthorities,
      // `decide` takes the one authority of the request's level in force on its date, and the check
      // refuses two of one level that overlap: the list's order carries no meaning (steps' does).
      { unorderedAt: [""] },
    ),
    exceptions: slotKey(
      z.array(HandoverExceptionSchema),
      { en: "exceptions to the handover", vi: "trường hợp ngoại lệ" },
      checkExceptions,
      // `decide` asks only whether an exception's agencyIds include the request's agency, and the
      // check refuses two exceptions of one agency and level in force on a common date, so at most
      // one matches: neither the list's order nor its agencies' carries a meaning.
      { unorderedAt: ["", "[].agencyIds"] },
    ),
    learning: slotKey(LearningPeriodSchema, {
      en: "how long postal staff learn before the full handover",
      vi: "thời gian nhân viên bưu điện học việc trước khi chuyển giao hoàn toàn",
    }),
    assessors: slotKey(z.array(HandoverPartySchema).min(1), {
      en: "who assesses that postal staff are proficient",
      vi: "ai đánh giá nhân viên bưu điện đáp ứng yêu cầu",
    }),
    phases: slotKey(
      z.array(HandoverPhaseSchema),
      { en: "phases of the pilot", vi: "các giai đoạn thí điểm" },
      (value, path) => [...uniqueBy((s: HandoverPhase) => s.id, "id")(value, path), ...reversed(value, path)],
      UNREAD,
    ),
    pilotScopes: slotKey(
      z.array(PilotScopeSchema),
      { en: "pilot units and scopes", vi: "đơn vị, phạm vi thí điểm" },
      (value, path) => [...uniqueBy((s: PilotScope) => s.id, "id")(value, path), ...reversed(value, path)],
      UNREAD,
    ),
    supervisors: slotKey(
      z.array(z.string().min(1)).min(1),
      {
        en: "parties supervising postal staff",
        vi: "các chủ thể quản lý, giám sát nhân viên bưu điện",
      },
      undefined,
      UNREAD,
    ),
    duties: slotKey(
      z.array(HandoverDutySchema),
      {
        en: "duties of the parties: reports, staff assignment, inspection, training, …",
        vi: "nhiệm vụ của các bên: báo cáo, cử nhân viên, kiểm tra, tập huấn, …",
      },
      uniqueBy((d: HandoverDuty) => d.id, "duty"),
      UNREAD,
    ),
  },
} as const satisfies SlotDefinition;

/**
 * The handover rules a function reads: the composed `handover` slot, each key with its source
 * (`sliceOf(rulebook, "handover")` from `@motcua/plugin-sdk`, or a hand-written slice in a test).
 *
 * @example
 * ```ts
 * import type { HandoverRules } from "@motcua/handover";
 * const none: HandoverRules = {};
 * ```
 * @since 0.1.0
 * @category Rulebook
 */
export type HandoverRules = SliceOf<typeof handoverSlot>;
