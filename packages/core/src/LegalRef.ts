/**
 * Legal references: where a rule comes from (a decree article, an official notice, a seed file)
 * and how sure we are of it.
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
  /** Date the document was issued, `YYYY-MM-DD`. */
  issued: z.optional(z.string()),
  /** The seed document the rule was read from, when it is one of the seeds (a file name such as `003_954eb8228a922e85.txt`). */
  seed: z.optional(z.string().check(z.minLength(1))),
  /** `true` when read in the legal text or an official table; `false` when secondary or inferred. */
  verified: z.boolean(),
  /** Free-text note: what exactly the source says, or why it is unverified. */
  note: z.optional(z.string()),
});

/**
 * A legal reference: document, article/clause or seed file, and whether it was verified.
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

/**
 * Short human-readable citation: `Nghị định 61/2018/NĐ-CP, Điều 18 khoản 2` (+ ` [chưa xác minh]`).
 *
 * @example
 * ```ts
 * import { citeLegalRef } from "@motcua/core";
 * citeLegalRef({ document: "Bộ luật Lao động 2019", article: "112", verified: true }); // "Bộ luật Lao động 2019, Điều 112"
 * ```
 * @since 0.1.0
 * @category Legal
 */
export const citeLegalRef = guardFunction("citeLegalRef", (ref: LegalRef): string => {
  let out = ref.document;
  if (ref.article !== undefined) out += `, Điều ${ref.article}`;
  if (ref.clause !== undefined) out += ` khoản ${ref.clause}`;
  if (ref.form !== undefined) out += `, Mẫu số ${ref.form}`;
  if (ref.seed !== undefined) out += ` (seed ${ref.seed})`;
  if (!ref.verified) out += " [chưa xác minh / unverified]";
  return out;
});
