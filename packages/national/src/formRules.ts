/**
 * The national `forms` rules: the form numbers and names of Thông tư 01/2018/TT-VPCP until
 * 30/6/2025 and of Thông tư 03/2025/TT-VPCP Phụ lục I from 1/7/2025 (renumbered: the apology
 * becomes an apology with an extension request, the stop notice is new, the control slip and the
 * tracking book move to 06 and 07). Neither circular's text was read: every entry is unverified.
 *
 * @module
 */
import type { LegalRef } from "@motcua/core";
import type { RuleInput } from "@motcua/plugin-sdk";

/** The last day of Thông tư 01/2018's forms, the first of Thông tư 03/2025's. */
const END_2018 = "2025-06-30";
const FROM_2025 = "2025-07-01";

/**
 * The two circulars that number the forms, as cited by the `forms` rules.
 *
 * @example
 * ```ts
 * import { FORM_SOURCES } from "@motcua/national";
 * FORM_SOURCES.tt03_2025.document; // "Thông tư 03/2025/TT-VPCP"
 * ```
 * @since 0.3.0
 * @category Sources
 */
export const FORM_SOURCES = Object.freeze({
  tt01_2018: Object.freeze({
    document: "Thông tư 01/2018/TT-VPCP",
    title: "Hướng dẫn thi hành một số quy định của Nghị định 61/2018/NĐ-CP",
    verified: false,
    note: "Forms 01–06 of the circular as reported in secondary sources; the circular's text was not read.",
  }),
  tt03_2025: Object.freeze({
    document: "Thông tư 03/2025/TT-VPCP",
    issued: "2025-09-15",
    title: "Hướng dẫn thi hành Nghị định 118/2025/NĐ-CP (Phụ lục I: biểu mẫu)",
    verified: false,
    note: "Forms 01–07 of Phụ lục I as reported in secondary sources; the circular's text was not read. Issued 15/9/2025 and its entry into force was not read: motcua numbers the forms of every dossier received from 1/7/2025, when Nghị định 118/2025/NĐ-CP (which the circular implements) took effect — a reading, not a rule read in the text.",
  }),
} satisfies Record<string, LegalRef>);

type Form = { readonly number: string; readonly name: string; readonly nameEn: string };

const f = (number: string, name: string, nameEn: string): Form => ({ number, name, nameEn });

/** A form of each circular, dated to the circular; `undefined` where the circular has none. */
const dated = (before: Form | undefined, after: Form): ReadonlyArray<RuleInput<Form>> => [
  ...(before === undefined
    ? []
    : [
        {
          value: before,
          legalRef: { ...FORM_SOURCES.tt01_2018, form: before.number },
          validity: { validTo: END_2018 },
        },
      ]),
  {
    value: after,
    legalRef: { ...FORM_SOURCES.tt03_2025, form: after.number },
    validity: { validFrom: FROM_2025 },
  },
];

const RECEIPT = f("01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Receipt and appointment slip");
const SUPPLEMENT = f(
  "02",
  "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
  "Request to supplement and complete the dossier",
);
const REFUSAL = f(
  "03",
  "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
  "Refusal to receive or settle the dossier",
);

/**
 * The national `forms` slice input, one dated rule list per form.
 *
 * @internal
 */
export const NATIONAL_FORM_RULES = {
  receiptSlip: dated(RECEIPT, RECEIPT),
  supplementRequest: dated(SUPPLEMENT, SUPPLEMENT),
  refusal: dated(REFUSAL, REFUSAL),
  lateApology: dated(
    f("04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả", "Apology and new appointment for the result"),
    f(
      "04",
      "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
      "Apology and request to extend the processing time",
    ),
  ),
  stopNotice: dated(
    undefined,
    f("05", "Thông báo dừng giải quyết hồ sơ", "Notice of stopping the processing of the dossier"),
  ),
  controlSlip: dated(
    f("05", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "Process control slip"),
    f("06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", "Process control slip"),
  ),
  trackingBook: dated(
    f("06", "Sổ theo dõi hồ sơ", "Dossier tracking book"),
    f("07", "Sổ theo dõi hồ sơ", "Dossier tracking book"),
  ),
  dossierCode: [
    {
      value: { format: "unit-yymmdd-nnnn" as const },
      legalRef: {
        document: "Nghị định 61/2018/NĐ-CP",
        article: "26",
        verified: true,
        note: "The dossier code <receiving unit>-<YYMMDD>-<NNNN>, the sequence reset every day per unit (with Thông tư 01/2018/TT-VPCP Art. 19).",
      },
      validity: { validTo: END_2018 },
    },
    {
      value: { format: "unit-yymmdd-nnnn" as const },
      legalRef: {
        document: "Nghị định 118/2025/NĐ-CP",
        verified: false,
        note: "carried over from Nghị định 61/2018; the 118/2025 text was not read (61/2018 Art. 26). Thông tư 03/2025/TT-VPCP sets the dossier and field codes, whose structure was not read: the receiving unit's id is the unit that received the dossier, wherever the competent unit is.",
      },
      validity: { validFrom: FROM_2025 },
      note: "carried over from Nghị định 61/2018; the 118/2025 text was not read (Art. 26)",
    },
  ],
};
