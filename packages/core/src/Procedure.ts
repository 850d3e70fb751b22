/**
 * Administrative procedures (thủ tục hành chính) and their processing-time rules.
 *
 * @module
 */
import * as z from "zod/mini";
import { ChannelSchema } from "./Channel";
import { bilingual } from "./decode";
import { LegalRefSchema } from "./LegalRef";
import { LevelSchema } from "./Level";

/**
 * Zod schema of a {@link ProcessingTime}.
 *
 * @example
 * ```ts
 * import { ProcessingTimeSchema } from "@motcua/core";
 * ProcessingTimeSchema.parse({ amount: 3, unit: "workingDays" });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ProcessingTimeSchema = z.strictObject({
  /** How many units; 0 for same-day procedures. */
  amount: z.int().check(z.minimum(0), z.maximum(3650)),
  /** Working days (default in law), working hours, or calendar days ("ngày"). */
  unit: z.enum(["workingDays", "workingHours", "calendarDays"]),
});

/**
 * A procedure's legal processing time.
 *
 * @since 0.1.0
 * @category Procedures
 */
export type ProcessingTime = z.output<typeof ProcessingTimeSchema>;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Zod schema of a {@link Procedure}.
 *
 * @example
 * ```ts
 * import { ProcedureSchema } from "@motcua/core";
 * const p = ProcedureSchema.parse({ code: "2.000908", name: "Chứng thực bản sao từ bản chính",
 *   processingTime: { amount: 0, unit: "workingDays" }, sameDay: { cutoff: "15:00" } });
 * p.supplementPolicy; // "restart"
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ProcedureSchema = z.strictObject({
  /** National procedure code (mã TTHC), e.g. `2.000908`. */
  code: z.string().check(z.minLength(1)),
  /** Vietnamese name. */
  name: z.optional(z.string().check(z.minLength(1))),
  /** Domain (lĩnh vực), e.g. `Tư pháp`. */
  domain: z.optional(z.string().check(z.minLength(1))),
  /** Level that resolves it. */
  level: z.optional(LevelSchema),
  /** Competent (deciding) agency id. */
  competentAgency: z.optional(z.string().check(z.minLength(1))),
  /** Legal processing time. */
  processingTime: ProcessingTimeSchema,
  /**
   * Same-day procedure with a cut-off, `HH:MM` (Nghị định 23/2015 Art. 7: received after 15:00 →
   * next working day).
   */
  sameDay: z.optional(
    z.strictObject({
      cutoff: z.string().check(z.regex(HHMM, bilingual("expected HH:MM", "cần dạng HH:MM"))),
    }),
  ),
  /**
   * Supplement during appraisal: `restart` (Nghị định 61/2018 Art. 19: the period counts again
   * from the complete supplement) or `pause` (deployed practice: the clock stops meanwhile).
   */
  supplementPolicy: z._default(z.enum(["restart", "pause"]), "restart"),
  /** Channels the procedure may be filed through (default all). */
  channels: z._default(z.array(ChannelSchema).check(z.minLength(1)), [
    "counter",
    "postal",
    "online",
    "vneid",
  ]),
  /** The applicant must appear in person (excluded from the postal channel, QĐ 45/2016 Art. 3). */
  requiresPersonalPresence: z._default(z.boolean(), false),
  /** Agencies taking part in an inter-agency (liên thông) procedure. */
  interAgency: z.optional(
    z.strictObject({
      mode: z.enum(["sequential", "parallel"]),
      agencies: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    }),
  ),
  /** Where the procedure and its time limit are published. */
  legalRef: z.optional(LegalRefSchema),
});

/**
 * An administrative procedure as the rules need it.
 *
 * @since 0.1.0
 * @category Procedures
 */
export type Procedure = z.output<typeof ProcedureSchema>;

/**
 * What callers may pass for a procedure (defaults not yet applied).
 *
 * @since 0.1.0
 * @category Procedures
 */
export type ProcedureInput = z.input<typeof ProcedureSchema>;
