/**
 * The `permissions` slot: who may do what at the counter once postal staff are involved.
 *
 * @module
 */
import * as z from "zod";
import { ActorRoleSchema, LevelSchema } from "@motcua/core";
import { uniqueBy } from "./internal/issues";
import { slotKey, type SlotDefinition } from "@motcua/core";

/**
 * Zod schema of a {@link CounterTask}.
 *
 * @example
 * ```ts
 * import { CounterTaskSchema } from "@motcua/plugin-sdk";
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
 * import { ControlSlipSignatureSchema } from "@motcua/plugin-sdk";
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
    /** Levels where the signature is required. */
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
 * The `permissions` slot: dossier permission policy.
 *
 * @example
 * ```ts
 * import { permissionsSlot } from "@motcua/plugin-sdk";
 * permissionsSlot.keys.communePostalRole.en; // "role of postal staff at commune one-stops"
 * ```
 * @since 0.1.0
 * @category Slots
 */
export const permissionsSlot = {
  en: "dossier permission policy",
  vi: "chính sách phân quyền hồ sơ",
  keys: {
    postalCounterTasks: slotKey(
      z.array(CounterTaskSchema).min(1),
      {
        en: "counter tasks postal staff may take over",
        vi: "công việc tại quầy nhân viên bưu chính được đảm nhận",
      },
      uniqueBy((t: CounterTask) => t, "task"),
    ),
    postalChannelOnRequestOnly: slotKey(z.boolean(), {
      en: "the postal channel is used only at the applicant's request",
      vi: "chỉ dùng dịch vụ bưu chính khi tổ chức, cá nhân có yêu cầu",
    }),
    postalExcludesPersonalPresence: slotKey(z.boolean(), {
      en: "procedures requiring personal presence cannot go by post",
      vi: "thủ tục yêu cầu có mặt trực tiếp không thực hiện qua bưu chính",
    }),
    controlSlipSignature: slotKey(ControlSlipSignatureSchema, {
      en: "who signs the process control slip, and when",
      vi: "ai ký Phiếu kiểm soát quá trình giải quyết, khi nào",
    }),
    communePostalRole: slotKey(z.enum(["replace", "support", "none"]), {
      en: "role of postal staff at commune one-stops",
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
    ),
    postalStaffDigitalSignature: slotKey(z.boolean(), {
      en: "postal staff need a personal digital signature",
      vi: "nhân viên bưu chính phải có chữ ký số cá nhân",
    }),
  },
} as const satisfies SlotDefinition;
