/**
 * The compact record of one dossier that Biểu 06 needs: where and how it arrived, its original
 * deadline, and when (and how) it ended.
 *
 * @module
 */
import { bilingual, ChannelSchema, decode, InstantSchema, LevelSchema } from "@motcua/core";
import * as z from "zod";
import { REPORTS_ERRORS } from "./errors";
import { ClosureSchema } from "./reportsSlot";

/**
 * Zod schema of a {@link DossierSummary}. Instants are ISO 8601 with an offset or epoch
 * milliseconds and parse to epoch milliseconds.
 *
 * @example
 * ```ts
 * import { DossierSummarySchema } from "@motcua/reports";
 * const d = DossierSummarySchema.parse({
 *   officeId: "DT-HCC", level: "province", domain: "Công Thương", channel: "postal",
 *   receivedAt: "2022-03-01T09:00:00+07:00", dueAt: "2022-03-08T17:00:00+07:00",
 *   completedAt: "2022-03-07T10:00:00+07:00",
 * });
 * d.receivedAt; // 1646100000000
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const DossierSummarySchema = z
  .object({
    /** Dossier code (mã hồ sơ), only used to locate errors; optional. */
    code: z.string().min(1).optional(),
    /** Id of the one-stop unit that received the dossier (a row group of the form). */
    officeId: z.string().min(1),
    /** Level of that unit: the form groups domains by level. */
    level: LevelSchema,
    /** Domain (lĩnh vực) of the procedure, e.g. `Công Thương`: a row of the form. */
    domain: z.string().min(1),
    /**
     * How it was filed: `counter` (trực tiếp), `postal` (qua dịch vụ bưu chính công ích, counted
     * apart and merged with `counter` on export), `online` (trực tuyến).
     */
    channel: ChannelSchema,
    /**
     * The valid-receipt instant: slip time at the counter, the handover record at the agency for
     * postal dossiers (inbound transit excluded), acceptance for online ones. Dossiers refused at
     * receipt (form 03) were never received and must not be passed.
     */
    receivedAt: InstantSchema,
    /**
     * The ORIGINAL appointed return instant (ngày hẹn trả) of the receipt slip. Statistics judge
     * against it even after an apology and new appointment (the `reports.outcomeDue` rule).
     */
    dueAt: InstantSchema,
    /**
     * When the agency completed the dossier (result ready); with a {@link Closure}, when it was
     * refused, withdrawn or stopped. Absent while the dossier is still pending.
     */
    completedAt: z.optional(InstantSchema),
    /** How it ended when not simply resolved; counted as the `reports` rules say (`refusedCount`, `withdrawnCount`, `stoppedCount`). */
    closure: ClosureSchema.optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.dueAt < d.receivedAt) {
      ctx.addIssue({
        code: "custom",
        path: ["dueAt"],
        message: bilingual(
          "dueAt is before receivedAt",
          "hạn trả (dueAt) trước thời điểm tiếp nhận (receivedAt)",
        ),
      });
    }
    if (d.completedAt !== undefined && d.completedAt < d.receivedAt) {
      ctx.addIssue({
        code: "custom",
        path: ["completedAt"],
        message: bilingual(
          "completedAt is before receivedAt",
          "thời điểm hoàn thành (completedAt) trước thời điểm tiếp nhận (receivedAt)",
        ),
      });
    }
    if (d.closure !== undefined && d.completedAt === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["completedAt"],
        message: bilingual(
          `a ${d.closure} dossier needs completedAt (the closing instant)`,
          "hồ sơ đã kết thúc (từ chối / rút / dừng) phải có completedAt (thời điểm kết thúc)",
        ),
      });
    }
  });

/**
 * One dossier as Biểu 06 counts it (instants in epoch milliseconds).
 *
 * @since 0.1.0
 * @category Dossiers
 */
export type DossierSummary = z.output<typeof DossierSummarySchema>;

/**
 * What callers may pass for a dossier (instants as ISO strings with offset or epoch ms).
 *
 * @since 0.1.0
 * @category Dossiers
 */
export type DossierSummaryInput = z.input<typeof DossierSummarySchema>;

/**
 * Parses one dossier summary, throwing `REPORTS_INVALID_DOSSIER` with the offending field's path.
 *
 * @example
 * ```ts
 * import { parseDossierSummary } from "@motcua/reports";
 * parseDossierSummary({
 *   officeId: "DT-HCC", level: "province", domain: "Tài chính", channel: "online",
 *   receivedAt: "2022-03-01T09:00:00+07:00", dueAt: "2022-03-08T17:00:00+07:00",
 * }).completedAt; // undefined (still pending)
 * ```
 * @since 0.1.0
 * @category Dossiers
 */
export const parseDossierSummary = (
  input: unknown,
  path: ReadonlyArray<string | number> = [],
): DossierSummary =>
  decode(DossierSummarySchema, input, {
    code: REPORTS_ERRORS.invalidDossier,
    path,
    label: { en: "dossier summary", vi: "Hồ sơ" },
  });
