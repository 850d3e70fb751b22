/**
 * Staffing norms as data: every figure carries its value, its legal source and whether it was
 * verified, so a plan can say which norm drove each number.
 *
 * @module
 */
import { decode, LegalRefSchema, LevelSchema, MotcuaError, type LegalRef } from "@motcua/core";
import * as z from "zod";
import { StaffingErrorCode } from "./StaffingError";

/**
 * Zod schema of a {@link NormValue}.
 *
 * @example
 * ```ts
 * import { NormValueSchema } from "@motcua/staffing";
 * NormValueSchema.parse({ value: 15, source: { document: "Kế hoạch 41/KH-UBND", verified: true }, verified: true });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const NormValueSchema = z
  .object({
    /** The figure. */
    value: z.number().finite(),
    /** Where it comes from (decree article, plan clause, seed file, or the plugin that supplied it). */
    source: LegalRefSchema,
    /** `true` only when read in the source text; `false` for placeholders and interpretations. */
    verified: z.boolean(),
  })
  .strict();

/**
 * One norm figure with its source and verification status.
 *
 * @example
 * ```ts
 * import type { NormValue } from "@motcua/staffing";
 * const v: NormValue = { value: 15, verified: true,
 *   source: { document: "Kế hoạch 41/KH-UBND", seed: "000_2e345361e98f0131.txt", verified: true } };
 * ```
 * @since 0.1.0
 * @category Norms
 */
export type NormValue = z.output<typeof NormValueSchema>;

const SourcedSchema = z.object({ source: LegalRefSchema, verified: z.boolean() }).strict();

/**
 * Zod schema of {@link StaffingNorms}.
 *
 * @example
 * ```ts
 * import { StaffingNormsSchema, haTinh2021StaffingNorms } from "@motcua/staffing";
 * StaffingNormsSchema.safeParse(haTinh2021StaffingNorms).success; // true
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const StaffingNormsSchema = z
  .object({
    /** Stable id, e.g. `ha-tinh-2021`. */
    id: z.string().min(1),
    /**
     * Dossiers one postal employee receives per day: `min` sizes the plan (the conservative end),
     * `max` gives the lower bound of the staff range.
     */
    throughput: z.object({ min: NormValueSchema, max: NormValueSchema.optional() }).strict().optional(),
    /** How many domains (lĩnh vực) one employee covers: a range, or "many" (no bound). */
    domainCoverage: z
      .discriminatedUnion("kind", [
        z
          .object({ kind: z.literal("range"), min: NormValueSchema.optional(), max: NormValueSchema })
          .strict(),
        z.object({ kind: z.literal("many"), ...SourcedSchema.shape }).strict(),
      ])
      .optional(),
    /**
     * Spare staff: `factor` — the pool is `factor ×` the required staff (≥ 1); `extra` — the pool
     * is the required staff plus `extra` (≥ 0).
     */
    reserve: z
      .discriminatedUnion("kind", [
        z.object({ kind: z.literal("factor"), factor: NormValueSchema }).strict(),
        z.object({ kind: z.literal("extra"), extra: NormValueSchema }).strict(),
      ])
      .optional(),
    /**
     * Minutes per unit of each counter activity (Quyết định 2133/QĐ-BTTTT defines them; the figures
     * are plugin data).
     */
    activityMinutes: z
      .object({
        /** Per guidance contact (hướng dẫn). */
        guidance: NormValueSchema,
        /** Per dossier received (tiếp nhận). */
        receipt: NormValueSchema,
        /** Per page digitised (số hóa). */
        digitisationPerPage: NormValueSchema,
        /** Per result returned (trả kết quả). */
        return: NormValueSchema,
      })
      .strict()
      .optional(),
    /** Productive working minutes of one employee per day. */
    workingMinutesPerDay: NormValueSchema.optional(),
    /** Qualifications every postal employee must hold. */
    qualifications: z
      .array(
        z
          .object({
            id: z.string().min(1),
            vi: z.string().min(1),
            en: z.string().min(1),
            ...SourcedSchema.shape,
          })
          .strict(),
      )
      .default([]),
    /** Observed civil servants freed by a handover, per level (a reference, not a rule). */
    civilServantsFreed: z
      .array(z.object({ level: LevelSchema, min: NormValueSchema, max: NormValueSchema }).strict())
      .default([]),
  })
  .strict();

/**
 * Staffing norms for postal staff at a one-stop counter; every field optional so a province plugin
 * can supply what it has and overlay the rest (`{ ...vinhPhuc2025StaffingNorms, activityMinutes }`).
 *
 * @example
 * ```ts
 * import { haTinh2021StaffingNorms, vinhPhuc2025StaffingNorms, type StaffingNorms } from "@motcua/staffing";
 * const norms: StaffingNorms = { ...vinhPhuc2025StaffingNorms, throughput: haTinh2021StaffingNorms.throughput };
 * ```
 * @since 0.1.0
 * @category Norms
 */
export type StaffingNorms = z.output<typeof StaffingNormsSchema>;

/**
 * What callers may pass for norms (defaults not yet applied).
 *
 * @example
 * ```ts
 * import { decodeStaffingNorms, type StaffingNormsInput } from "@motcua/staffing";
 * const input: StaffingNormsInput = { id: "plugin" };
 * decodeStaffingNorms(input).qualifications; // []
 * ```
 * @since 0.1.0
 * @category Norms
 */
export type StaffingNormsInput = z.input<typeof StaffingNormsSchema>;

/**
 * Parses norms, throwing `STAFFING_INVALID_NORMS` with the path; then refuses impossible figures
 * with their own codes (`STAFFING_ZERO_THROUGHPUT`, `STAFFING_RESERVE_BELOW_ONE`). Not mutated.
 *
 * @example
 * ```ts
 * import { decodeStaffingNorms, vinhPhuc2025StaffingNorms } from "@motcua/staffing";
 * decodeStaffingNorms(vinhPhuc2025StaffingNorms).reserve?.kind; // "factor"
 * ```
 * @since 0.1.0
 * @category Norms
 */
export function decodeStaffingNorms(input: unknown): StaffingNorms {
  const norms = decode(StaffingNormsSchema, input, {
    code: StaffingErrorCode.InvalidNorms,
    path: ["norms"],
    label: { en: "staffing norms", vi: "Định mức nhân lực" },
  });
  const positive = (
    v: NormValue | undefined,
    path: ReadonlyArray<string | number>,
    what: { vi: string; en: string },
  ) => {
    if (v !== undefined && !(v.value > 0))
      throw normError(StaffingErrorCode.ZeroThroughput, ["norms", ...path], v, {
        vi: `${what.vi} phải lớn hơn 0 (đang là ${v.value})`,
        en: `${what.en} must be above 0 (got ${v.value})`,
      });
  };
  positive(norms.throughput?.min, ["throughput", "min", "value"], {
    vi: "Số hồ sơ/nhân viên/ngày",
    en: "Dossiers per employee per day",
  });
  positive(norms.throughput?.max, ["throughput", "max", "value"], {
    vi: "Số hồ sơ/nhân viên/ngày",
    en: "Dossiers per employee per day",
  });
  positive(norms.workingMinutesPerDay, ["workingMinutesPerDay", "value"], {
    vi: "Số phút làm việc/ngày",
    en: "Working minutes per day",
  });
  if (norms.domainCoverage?.kind === "range")
    positive(norms.domainCoverage.max, ["domainCoverage", "max", "value"], {
      vi: "Số lĩnh vực/nhân viên",
      en: "Domains per employee",
    });
  if (norms.throughput?.max !== undefined && norms.throughput.max.value < norms.throughput.min.value)
    throw normError(
      StaffingErrorCode.InvalidNorms,
      ["norms", "throughput", "max", "value"],
      norms.throughput.max,
      {
        vi: "Mức tối đa nhỏ hơn mức tối thiểu",
        en: "The maximum is below the minimum",
      },
    );
  if (norms.activityMinutes !== undefined) {
    for (const [k, v] of Object.entries(norms.activityMinutes))
      if (v.value < 0)
        throw normError(StaffingErrorCode.InvalidNorms, ["norms", "activityMinutes", k, "value"], v, {
          vi: `Số phút cho hoạt động "${k}" không được âm`,
          en: `Minutes for activity "${k}" must not be negative`,
        });
  }
  const r = norms.reserve;
  if (r?.kind === "factor" && !(r.factor.value >= 1))
    throw normError(StaffingErrorCode.ReserveBelowOne, ["norms", "reserve", "factor", "value"], r.factor, {
      vi: `Hệ số dự phòng phải từ 1 trở lên (đang là ${r.factor.value})`,
      en: `The reserve factor must be at least 1 (got ${r.factor.value})`,
    });
  if (r?.kind === "extra" && !(r.extra.value >= 0 && Number.isInteger(r.extra.value)))
    throw normError(StaffingErrorCode.ReserveBelowOne, ["norms", "reserve", "extra", "value"], r.extra, {
      vi: `Số nhân viên dự phòng phải là số nguyên không âm (đang là ${r.extra.value})`,
      en: `Spare staff must be a non-negative integer (got ${r.extra.value})`,
    });
  return norms;
}

const normError = (
  code: string,
  path: ReadonlyArray<string | number>,
  norm: NormValue,
  msg: { vi: string; en: string },
): MotcuaError =>
  new MotcuaError({ code, path, ...msg, data: { value: norm.value, source: norm.source as LegalRef } });
