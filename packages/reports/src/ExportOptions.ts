/**
 * Options shared by the exports (JSON, CSV, HTML).
 *
 * @module
 */
import { decode } from "@motcua/core";
import * as z from "zod";
import { REPORTS_ERRORS } from "./errors";

/**
 * Zod schema of {@link ExportOptions}.
 *
 * @example
 * ```ts
 * import { ExportOptionsSchema } from "@motcua/reports";
 * ExportOptionsSchema.parse({ officeNames: { HCC: "Trung tâm Phục vụ hành chính công tỉnh" } });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ExportOptionsSchema = z
  .object({
    /** Display names of offices by id (default: the id). */
    officeNames: z.record(z.string(), z.string()).optional(),
    /** The reporting unit printed under the title, e.g. `UBND tỉnh …`. */
    reportingUnit: z.string().optional(),
    /** Decimal separator of printed shares: `vi` (default, `12,46%`) or `en` (`12.46%`). */
    locale: z.enum(["vi", "en"]).optional(),
    /**
     * CSV only: prefix text cells starting with `=`, `+`, `-`, `@`, tab or CR with `'` so that a
     * spreadsheet does not run them as formulas (default `true`; OWASP CSV injection guidance).
     */
    formulaSafe: z.boolean().optional(),
  })
  .strict();

/**
 * Options of {@link aggregateToJson}, {@link toCsv} and {@link toHtml}.
 *
 * @since 0.1.0
 * @category Exports
 */
export type ExportOptions = z.input<typeof ExportOptionsSchema>;

/** Parses export options (internal helper of the exports). */
export const parseExportOptions = (input: unknown): z.output<typeof ExportOptionsSchema> =>
  decode(ExportOptionsSchema, input ?? {}, {
    code: REPORTS_ERRORS.invalidOptions,
    path: ["options"],
    label: { en: "export options", vi: "Tùy chọn xuất báo cáo" },
  });
