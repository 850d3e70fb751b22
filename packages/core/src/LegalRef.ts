/**
 * Legal references: where a rule comes from (a decree article, an official notice, a province's
 * plan, by its number, issuer and date, and the lines read) and how sure we are of it.
 *
 * @module
 */
import * as z from "zod/mini";
import { guardFunction } from "./guardFunction";

/**
 * Zod schema of a {@link LegalRef}.
 *
 * @example
 * ```ts
 * import { LegalRefSchema } from "@motcua/core";
 * LegalRefSchema.parse({ document: "Nghị định 61/2018/NĐ-CP", article: "18", verified: true });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const LegalRefSchema = z.strictObject({
  /** Document number, e.g. `Nghị định 61/2018/NĐ-CP`, `Kế hoạch 41/KH-UBND`. */
  document: z.string().check(z.minLength(1)),
  /** Title or short description of the document. */
  title: z.optional(z.string().check(z.minLength(1))),
  /** Article (Điều), e.g. `"18"`. */
  article: z.optional(z.string().check(z.minLength(1))),
  /** Clause (Khoản) / point (Điểm), e.g. `"2.c"`. */
  clause: z.optional(z.string().check(z.minLength(1))),
  /** Form (Mẫu số) of the document, e.g. `"05"` for the process control slip. */
  form: z.optional(z.string().check(z.minLength(1))),
  /** Who issued the document, e.g. `Chính phủ`, `Thủ tướng Chính phủ`, a province's `UBND tỉnh …` (since 0.2.0). */
  issuer: z.optional(z.string().check(z.minLength(1))),
  /** Date the document was issued, `YYYY-MM-DD`, or `YYYY` when the document gives only its year. */
  issued: z.optional(z.string()),
  /**
   * The lines of the document's text the rule was read from, e.g. `"L231, L260"`: given for the
   * provinces' plans and reports listed in docs/legal-sources.md, whose articles are not numbered
   * finely enough to cite (since 0.2.0).
   */
  lines: z.optional(z.string().check(z.minLength(1))),
  /**
   * @deprecated Since 0.2.0: held the name of a source text file, which the published project does
   * not contain. Name the document (`document`, `issuer`, `issued`) and put the lines in `lines`.
   * Still accepted, and cited as `(seed …)`, so existing data decodes.
   */
  seed: z.optional(
    z
      .string()
      .check(
        z.minLength(1),
        z.meta({ deprecated: true, description: "Deprecated since 0.2.0: use issuer, issued and lines." }),
      ),
  ),
  /** `true` when read in the legal text or an official table; `false` when secondary or inferred. */
  verified: z.boolean(),
  /** Free-text note: what exactly the source says, or why it is unverified. */
  note: z.optional(z.string()),
});

/**
 * A legal reference: document (number, issuer, date), article/clause or lines, and whether it was
 * verified.
 *
 * @since 0.1.0
 * @category Legal
 */
export type LegalRef = z.output<typeof LegalRefSchema>;

/**
 * Builds a {@link LegalRef}, keeping only the fields given.
 *
 * @example
 * ```ts
 * import { legalRef } from "@motcua/core";
 * const art18 = legalRef("Nghị định 61/2018/NĐ-CP", { article: "18", verified: true });
 * ```
 * @since 0.1.0
 * @category Legal
 */
export const legalRef = guardFunction(
  "legalRef",
  (document: string, rest: Omit<LegalRef, "document">): LegalRef => ({
    document,
    ...rest,
  }),
);

/** `YYYY-MM-DD` as Vietnamese documents write it (`18/02/2021`); any other form as given. */
const vietnameseDate = (issued: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(issued);
  return m === null ? issued : `${m[3]}/${m[2]}/${m[1]}`;
};

/**
 * Short human-readable citation: the document, its issuer and date, article, clause, form and lines
 * (+ ` [chưa xác minh / unverified]`), e.g.
 * `Quyết định 45/2016/QĐ-TTg (Thủ tướng Chính phủ, 19/10/2016), Điều 5`.
 *
 * @example
 * ```ts
 * import { citeLegalRef } from "@motcua/core";
 * citeLegalRef({ document: "Bộ luật Lao động 2019", article: "112", verified: true }); // "Bộ luật Lao động 2019, Điều 112"
 * citeLegalRef({
 *   document: "Quyết định 45/2016/QĐ-TTg",
 *   issuer: "Thủ tướng Chính phủ",
 *   issued: "2016-10-19",
 *   article: "5",
 *   verified: true,
 * }); // "Quyết định 45/2016/QĐ-TTg (Thủ tướng Chính phủ, 19/10/2016), Điều 5"
 * ```
 * @since 0.1.0
 * @category Legal
 */
export const citeLegalRef = guardFunction("citeLegalRef", (ref: LegalRef): string => {
  let out = ref.document;
  const origin = [ref.issuer, ref.issued === undefined ? undefined : vietnameseDate(ref.issued)].filter(
    (s) => s !== undefined,
  );
  if (origin.length > 0) out += ` (${origin.join(", ")})`;
  if (ref.article !== undefined) out += `, Điều ${ref.article}`;
  if (ref.clause !== undefined) out += ` khoản ${ref.clause}`;
  if (ref.form !== undefined) out += `, Mẫu số ${ref.form}`;
  if (ref.lines !== undefined) out += `, ${ref.lines}`;
  if (ref.seed !== undefined) out += ` (seed ${ref.seed})`;
  if (!ref.verified) out += " [chưa xác minh / unverified]";
  return out;
});
