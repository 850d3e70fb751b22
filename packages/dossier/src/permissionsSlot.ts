/**
 * The `permissions` slot: who may do what to a dossier, and what postal staff may do at the
 * counter. Its schema is the one schema of these rules: `@motcua/national` and the province
 * plugins supply values of exactly this shape, and `replay`, `can` and the forms read them from
 * the composed rulebook's slice. This package holds no value of its own.
 *
 * @module
 */
import * as z from "zod";
import {
  ActorRoleSchema,
  ChannelSchema,
  LevelSchema,
  slotKey,
  type ErrorPath,
  type MotcuaIssue,
  type SlotDefinition,
  type SliceOf,
} from "@motcua/core";
import { DOSSIER_ACTIONS, type DossierAction } from "./DossierAction";

const uniqueBy =
  <T>(field: (item: T) => string, label: string) =>
  (value: ReadonlyArray<T>, path: ErrorPath): MotcuaIssue[] => {
    const seen = new Set<string>();
    const out: MotcuaIssue[] = [];
    value.forEach((item, i) => {
      const k = field(item);
      if (seen.has(k))
        out.push({
          code: "PLUGIN_DUPLICATE_ENTRY",
          path: [...path, i],
          en: `${label} "${k}" is listed twice`,
          vi: `${label} "${k}" bị lặp`,
        });
      seen.add(k);
    });
    return out;
  };

const actionSchema = z.enum(DOSSIER_ACTIONS as [DossierAction, ...DossierAction[]]);

/**
 * Zod schema of a {@link CounterTask}.
 *
 * @example
 * ```ts
 * import { CounterTaskSchema } from "@motcua/dossier";
 * CounterTaskSchema.parse("digitise");
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const CounterTaskSchema = z.enum(["guide", "receive", "digitise", "transfer", "returnResult"]);

/**
 * A counter task: hướng dẫn, tiếp nhận, số hóa, chuyển, trả kết quả.
 *
 * @since 0.1.0
 * @category Permissions
 */
export type CounterTask = z.output<typeof CounterTaskSchema>;

/**
 * Zod schema of a {@link ControlSlipSignature} policy.
 *
 * @example
 * ```ts
 * import { ControlSlipSignatureSchema } from "@motcua/dossier";
 * ControlSlipSignatureSchema.parse({ signer: "oneStopOfficer", at: ["transfer", "resultReceipt"], levels: ["province", "district"], checksLegality: true });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ControlSlipSignatureSchema = z
  .object({
    /** Who signs the process control slip. */
    signer: ActorRoleSchema,
    /** When: when the dossier is transferred, and/or when the result comes back. */
    at: z.array(z.enum(["transfer", "resultReceipt"])).min(1),
    /** Levels where the signature is required (an office of unknown level signs too). */
    levels: z.array(LevelSchema).min(1),
    /** The signer checks the dossier's legality and validity (tính hợp pháp, hợp lệ). */
    checksLegality: z.boolean(),
  })
  .strict();

/**
 * Control-slip signature policy (Phiếu kiểm soát quá trình giải quyết).
 *
 * @since 0.1.0
 * @category Permissions
 */
export type ControlSlipSignature = z.output<typeof ControlSlipSignatureSchema>;

/**
 * The dossier actions each counter task covers: what postal staff may do when they take a task
 * over (`postalCounterTasks`) or support it (`postalSupportTasks`). This is the meaning of the
 * task names, not a rule: which tasks apply is the plugins' data.
 *
 * @example
 * ```ts
 * import { COUNTER_TASK_ACTIONS } from "@motcua/dossier";
 * COUNTER_TASK_ACTIONS.digitise; // ["digitised"]
 * ```
 * @since 0.2.0
 * @category Permissions
 */
export const COUNTER_TASK_ACTIONS: Readonly<Record<CounterTask, ReadonlyArray<DossierAction>>> =
  Object.freeze({
    guide: ["guided"],
    receive: ["received", "supplementRequested:receipt", "refused:receipt", "supplementReceived"],
    digitise: ["digitised"],
    transfer: ["transferred", "forwarded"],
    returnResult: ["resultReady", "resultReturned:counter"],
  });

/**
 * The `permissions` slot: dossier permission policy. `replay` (with a scope) and `can` need
 * `roles`, `postalCounterTasks`, `postalSupportTasks`, `postalExcludesPersonalPresence`;
 * `controlSlipSignature` and `communePostalRole` are policies whose absence means "none".
 *
 * @example
 * ```ts
 * import { permissionsSlot } from "@motcua/dossier";
 * permissionsSlot.keys.communePostalRole.en; // "role of postal staff at commune one-stops"
 * ```
 * @since 0.1.0
 * @category Slots
 */
export const permissionsSlot = {
  en: "dossier permission policy",
  vi: "chính sách phân quyền hồ sơ",
  keys: {
    roles: slotKey(
      z.record(actionSchema, z.array(ActorRoleSchema)),
      {
        en: "roles allowed to perform each dossier action (postal staff's counter work: the task keys)",
        vi: "vai trò được thực hiện từng thao tác trên hồ sơ (công việc tại quầy của nhân viên bưu chính: các khóa công việc)",
      },
      undefined,
      { unordered: true },
    ),
    postalCounterTasks: slotKey(
      z.array(CounterTaskSchema).min(1),
      {
        en: "counter tasks postal staff may take over",
        vi: "công việc tại quầy nhân viên bưu chính được đảm nhận",
      },
      uniqueBy((t: CounterTask) => t, "task"),
      { unordered: true },
    ),
    postalSupportTasks: slotKey(
      z.array(CounterTaskSchema),
      {
        en: "counter tasks postal staff may do where they only support civil servants",
        vi: "công việc tại quầy nhân viên bưu chính được làm nơi chỉ hỗ trợ công chức",
      },
      uniqueBy((t: CounterTask) => t, "task"),
      { unordered: true },
    ),
    // Unread: whether the applicant asked for the postal channel is not a fact the events carry.
    postalChannelOnRequestOnly: slotKey(
      z.boolean(),
      {
        en: "the postal channel is used only at the applicant's request",
        vi: "chỉ dùng dịch vụ bưu chính khi tổ chức, cá nhân có yêu cầu",
      },
      undefined,
      { unread: true },
    ),
    receiptAcrossBoundaries: slotKey(z.boolean(), {
      en: "any one-stop of the province receives a procedure of any of its units (true), or each only its own (false); absent: not checked",
      vi: "tiếp nhận hồ sơ không phụ thuộc địa giới hành chính trong tỉnh (true) hay chỉ của đơn vị mình (false)",
    }),
    channels: slotKey(
      z.array(ChannelSchema).min(1),
      {
        en: "the channels a dossier may be submitted through (absent: not checked)",
        vi: "các kênh được nộp hồ sơ (không có: không kiểm tra)",
      },
      uniqueBy((c: string) => c, "channel"),
      { unordered: true },
    ),
    postalExcludesPersonalPresence: slotKey(z.boolean(), {
      en: "procedures requiring personal presence cannot go by post",
      vi: "thủ tục yêu cầu có mặt trực tiếp không thực hiện qua bưu chính",
    }),
    controlSlipSignature: slotKey(
      ControlSlipSignatureSchema,
      {
        en: "who signs the process control slip, and when",
        vi: "ai ký Phiếu kiểm soát quá trình giải quyết, khi nào",
      },
      undefined,
      // `at` and `levels` are read as sets (is this stage, this level, among them). Who signs and
      // whether the signer checks legality are the plan's wording: no event carries a signature's
      // signer or a legality check, so nothing reads them.
      { unordered: true, unreadAt: [".signer", ".checksLegality"] },
    ),
    communePostalRole: slotKey(z.enum(["replace", "support"]), {
      en: "role of postal staff at commune one-stops (support: only postalSupportTasks, whatever the register says)",
      vi: "vai trò nhân viên bưu điện tại Bộ phận Một cửa cấp xã",
    }),
    complexDossierCoHandling: slotKey(
      z
        .object({
          coHandler: ActorRoleSchema,
          onRequestOf: ActorRoleSchema,
          levels: z.array(LevelSchema).min(1),
        })
        .strict(),
      {
        en: "complex or new dossiers: the competent body co-handles when postal staff ask",
        vi: "hồ sơ phức tạp, mới: cơ quan chuyên môn cùng phối hợp khi nhân viên bưu chính đề nghị",
      },
      undefined,
      // Unread: no event records a co-handling request yet; the value states the plan's rule.
      { unread: true },
    ),
    // Unread: events do not carry signatures; the value states the plan's requirement.
    postalStaffDigitalSignature: slotKey(
      z.boolean(),
      {
        en: "postal staff need a personal digital signature",
        vi: "nhân viên bưu chính phải có chữ ký số cá nhân",
      },
      undefined,
      { unread: true },
    ),
  },
} as const satisfies SlotDefinition;

/**
 * The `permissions` slot of a composed rulebook (`sliceOf(rulebook, "permissions")` in
 * `@motcua/plugin-sdk`): each key's value with its legal reference.
 *
 * @example
 * ```ts
 * import type { PermissionRules } from "@motcua/dossier";
 * const signs = (rules: PermissionRules) => rules.controlSlipSignature !== undefined;
 * ```
 * @since 0.2.0
 * @category Rules
 */
export type PermissionRules = SliceOf<typeof permissionsSlot>;
