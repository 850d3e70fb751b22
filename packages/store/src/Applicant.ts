/**
 * The applicant's identity, kept apart from the event log (Luật Bảo vệ dữ liệu cá nhân số
 * 91/2025/QH15): events carry only a reference, the identity lives in its own table and can be
 * erased on request without breaking the hash chain.
 *
 * @module
 */
import * as z from "zod";

const text = (max: number) => z.string().min(1).max(max);

/**
 * Zod schema of an {@link ApplicantIdentity}.
 *
 * @example
 * ```ts
 * import { ApplicantIdentitySchema } from "@motcua/store";
 * ApplicantIdentitySchema.safeParse({ fullName: "Nguyễn Văn A" }).success; // true
 * ```
 * @since 0.2.0
 * @category Personal data
 */
export const ApplicantIdentitySchema = z
  .object({
    /** Full name (họ và tên). */
    fullName: text(200),
    /** Identity document number (số định danh cá nhân / CCCD), as written. */
    idNumber: text(32).optional(),
    /** Date of birth, `YYYY-MM-DD`. */
    birthDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    /** Phone number. */
    phone: text(32).optional(),
    /** E-mail address. */
    email: text(200).optional(),
    /** Postal address (for results returned by post). */
    address: text(500).optional(),
  })
  .strict();

/**
 * Who filed a dossier: personal data under Luật 91/2025/QH15. Attach it to an event as
 * `applicant` when appending; the store keeps it apart and records only a reference.
 *
 * @since 0.2.0
 * @category Personal data
 */
export type ApplicantIdentity = z.output<typeof ApplicantIdentitySchema>;

/**
 * What the store returns for an applicant reference: the identity, or the erasure instant.
 *
 * @since 0.2.0
 * @category Personal data
 */
export type ApplicantRecord =
  | { readonly ref: string; readonly erased: false; readonly identity: ApplicantIdentity }
  | { readonly ref: string; readonly erased: true; readonly erasedAt: number };
