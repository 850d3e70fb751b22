/**
 * The `forms` slot: which form number and name each paper of the dossier carries. The numbering is
 * a rule of the circular in force at the dossier's receipt (Thông tư 01/2018/TT-VPCP until
 * 30/6/2025, Thông tư 03/2025/TT-VPCP Phụ lục I after, with a new stop notice and the control slip
 * and tracking book renumbered), so it is data of the rulebook, never a constant of this package.
 *
 * @module
 */
import * as z from "zod";
import { slotKey, type SliceOf, type SlotDefinition } from "@motcua/core";

/**
 * Zod schema of one form's identity: its number (`"01"`…) and its name in both languages.
 *
 * @example
 * ```ts
 * import { FormIdentitySchema } from "@motcua/dossier";
 * FormIdentitySchema.parse({ number: "05", name: "Thông báo dừng giải quyết hồ sơ", nameEn: "Notice of stopping the processing" });
 * ```
 * @since 0.3.0
 * @category Forms
 */
export const FormIdentitySchema = z
  .object({
    /** The form's number in its circular (Mẫu số), two digits. */
    number: z.string().regex(/^\d{2}$/, "a two-digit form number such as 05"),
    /** Its official name, in Vietnamese. */
    name: z.string().min(1),
    /** Its name in English. */
    nameEn: z.string().min(1),
  })
  .strict();

/**
 * One form's identity.
 *
 * @since 0.3.0
 * @category Forms
 */
export type FormIdentity = z.output<typeof FormIdentitySchema>;

const form = (en: string, vi: string) => slotKey(FormIdentitySchema, { en, vi });

/**
 * Zod schema of the dossier-code rule printed on every form: its format. One format is known,
 * `unit-yymmdd-nnnn` (the receiving unit's id, the Vietnamese date of receipt, a daily sequence);
 * the rule carries the legal reference, dated like the forms.
 *
 * @example
 * ```ts
 * import { DossierCodeRuleSchema } from "@motcua/dossier";
 * DossierCodeRuleSchema.parse({ format: "unit-yymmdd-nnnn" }).format; // "unit-yymmdd-nnnn"
 * ```
 * @since 0.3.0
 * @category Forms
 */
export const DossierCodeRuleSchema = z.object({ format: z.enum(["unit-yymmdd-nnnn"]) }).strict();

/**
 * The dossier-code rule.
 *
 * @since 0.3.0
 * @category Forms
 */
export type DossierCodeRule = z.output<typeof DossierCodeRuleSchema>;

/**
 * The `forms` slot definition: one key per paper of the dossier. A key a circular does not have (the
 * stop notice before 1/7/2025) is absent from the slice, and the paper is then refused.
 *
 * @example
 * ```ts
 * import { formsSlot } from "@motcua/dossier";
 * Object.keys(formsSlot.keys); // ["receiptSlip", "supplementRequest", "refusal", "lateApology", "stopNotice", "controlSlip", "trackingBook", "dossierCode"]
 * ```
 * @since 0.3.0
 * @category Forms
 */
export const formsSlot = {
  en: "dossier forms (number and name by the circular in force)",
  vi: "biểu mẫu hồ sơ (số và tên theo thông tư có hiệu lực)",
  keys: {
    receiptSlip: form("receipt and appointment slip", "giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
    supplementRequest: form("request to supplement the dossier", "phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
    refusal: form("refusal to receive or settle the dossier", "phiếu từ chối tiếp nhận giải quyết hồ sơ"),
    lateApology: form("apology for a late dossier", "văn bản xin lỗi khi hồ sơ quá hạn"),
    stopNotice: form("notice of stopping the processing", "thông báo dừng giải quyết hồ sơ"),
    controlSlip: form("process control slip", "phiếu kiểm soát quá trình giải quyết hồ sơ"),
    trackingBook: form("dossier tracking book", "sổ theo dõi hồ sơ"),
    dossierCode: slotKey(DossierCodeRuleSchema, {
      en: "the dossier code's format (read by issueDossierCode)",
      vi: "cấu trúc mã hồ sơ (issueDossierCode)",
    }),
  },
} as const satisfies SlotDefinition;

/**
 * The `forms` slice of a composed rulebook: `sliceOf(rulebook, "forms")`.
 *
 * @since 0.3.0
 * @category Forms
 */
export type FormRules = SliceOf<typeof formsSlot>;

/**
 * The form keys (every key of the slot but the dossier-code rule).
 *
 * @since 0.3.0
 * @category Forms
 */
export type FormKey = Exclude<keyof (typeof formsSlot)["keys"], "dossierCode">;
