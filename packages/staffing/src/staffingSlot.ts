/**
 * The `staffing` slot: the one schema of the staffing rules a plugin supplies and
 * {@link planStaffing} reads. Each value's source is the rule's own legal reference.
 *
 * @module
 */
import {
  LegalRefSchema,
  LevelSchema,
  RangeSchema,
  slotKey,
  uniqueBy,
  type SliceOf,
  type SlotDefinition,
} from "@motcua/core";
import * as z from "zod";

/**
 * Zod schema of one figure with its source, as a plan reports it.
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
    /** Where it comes from (the legal reference of the rule that supplied it). */
    source: LegalRefSchema,
    /** `true` only when read in the source text; `false` for placeholders and interpretations. */
    verified: z.boolean(),
  })
  .strict();

/**
 * One figure a plan used, with its source and verification status.
 *
 * @example
 * ```ts
 * import type { NormValue } from "@motcua/staffing";
 * const v: NormValue = { value: 15, verified: true, source: { document: "Kế hoạch 41/KH-UBND", verified: true } };
 * ```
 * @since 0.1.0
 * @category Plan
 */
export type NormValue = z.output<typeof NormValueSchema>;

/**
 * Zod schema of a {@link Reserve}.
 *
 * @example
 * ```ts
 * import { ReserveSchema } from "@motcua/staffing";
 * ReserveSchema.parse({ kind: "factor", factor: 2 });
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export const ReserveSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("factor"), factor: z.number().finite().min(1).max(10) }).strict(),
  z.object({ kind: z.literal("extra"), extra: z.number().int().min(0).max(100) }).strict(),
]);

/**
 * Spare staff: `factor` — the pool is `⌈factor × required⌉`; `extra` — the pool is the required
 * staff plus `extra`.
 *
 * @since 0.2.0
 * @category Rules
 */
export type Reserve = z.output<typeof ReserveSchema>;

const minutes = z
  .number()
  .finite()
  .min(0)
  .max(24 * 60);

/**
 * Zod schema of a {@link Qualification}.
 *
 * @example
 * ```ts
 * import { QualificationSchema } from "@motcua/staffing";
 * QualificationSchema.parse({ id: "universityDegree", vi: "Trình độ đại học trở lên", en: "University degree or higher" });
 * ```
 * @since 0.2.0
 * @category Schemas
 */
export const QualificationSchema = z
  .object({ id: z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/), vi: z.string().min(1), en: z.string().min(1) })
  .strict();

/**
 * A qualification every postal employee must hold.
 *
 * @since 0.2.0
 * @category Rules
 */
export type Qualification = z.output<typeof QualificationSchema>;

/** A key no motcua function reads (published reference data). */
const UNREAD = { unread: true } as const;

/**
 * The `staffing` slot: the schema of every staffing rule, by key.
 *
 * | key | meaning |
 * |---|---|
 * | `minimumWorkload` | dossiers each postal employee must receive per day, **at least** (a band, e.g. 15–20): it caps the staff, it does not size them |
 * | `capacityPerEmployee` | dossiers one employee can receive per day (a capacity: sizes the staff) |
 * | `domainsPerEmployee` | domains (lĩnh vực) one employee covers: `max` sizes the staff; no `max` = "many" |
 * | `reserve` | spare staff (a factor or an extra count) |
 * | `activityMinutes`, `workingMinutesPerDay` | the activity-time model (Quyết định 2133/QĐ-BTTTT) |
 * | `qualifications` | what every employee must hold |
 * | `civilServantsFreed` | civil servants freed by a handover, per level (a reference, not a rule) |
 * | `extraPostalStaffPerCommune` | employees added at a pilot commune |
 * | `civilServantMinYearsInField`, `civilServantPostingMonths`, `backupsPerPost` | the one-stop civil servants' own norms |
 *
 * @example
 * ```ts
 * import { staffingSlot } from "@motcua/staffing";
 * staffingSlot.keys.minimumWorkload.vi; // "số hồ sơ tối thiểu mỗi nhân viên phải tiếp nhận mỗi ngày"
 * ```
 * @since 0.2.0
 * @category Rules
 */
export const staffingSlot = {
  en: "staffing norms",
  vi: "định mức nhân lực",
  keys: {
    minimumWorkload: slotKey(RangeSchema, {
      en: "dossiers each postal employee must receive per day, at least",
      vi: "số hồ sơ tối thiểu mỗi nhân viên phải tiếp nhận mỗi ngày",
    }),
    capacityPerEmployee: slotKey(z.number().finite().positive().max(10_000), {
      en: "dossiers one postal employee can receive per day (capacity)",
      vi: "số hồ sơ một nhân viên có thể tiếp nhận mỗi ngày (năng lực)",
    }),
    domainsPerEmployee: slotKey(
      RangeSchema,
      { en: "domains one postal employee covers", vi: "số lĩnh vực một nhân viên bưu điện đảm đương" },
      undefined,
      // Only `max` sizes staff (⌈domains ÷ max⌉); `min` is the plan's wording («từ 1-3 lĩnh vực»):
      // employees may share a domain, so a lower end caps nothing and `planStaffing` never reads it.
      { unreadAt: [".min"] },
    ),
    reserve: slotKey(ReserveSchema, {
      en: "spare postal staff (sickness, maternity, absence)",
      vi: "nhân viên dự phòng (ốm đau, thai sản, vắng mặt)",
    }),
    activityMinutes: slotKey(
      z
        .object({ guidance: minutes, receipt: minutes, digitisationPerPage: minutes, return: minutes })
        .strict(),
      { en: "minutes per unit of each counter activity", vi: "số phút cho mỗi đơn vị hoạt động tại quầy" },
    ),
    workingMinutesPerDay: slotKey(
      z
        .number()
        .finite()
        .positive()
        .max(24 * 60),
      {
        en: "productive working minutes of one employee per day",
        vi: "số phút làm việc hiệu quả của một nhân viên mỗi ngày",
      },
    ),
    qualifications: slotKey(
      z.array(QualificationSchema),
      { en: "qualifications of postal staff", vi: "điều kiện, trình độ của nhân viên bưu chính" },
      uniqueBy((q: Qualification) => q.id, "qualification"),
    ),
    civilServantsFreed: slotKey(
      z.array(
        z
          .object({ level: LevelSchema, min: z.number().int().min(0), max: z.number().int().min(0) })
          .strict()
          .refine((x) => x.min <= x.max, { message: "max is below min ¦ max nhỏ hơn min", path: ["max"] }),
      ),
      {
        en: "civil servants freed by the handover, per level (observed)",
        vi: "số công chức được giảm nhờ chuyển giao, theo cấp (thực tế)",
      },
      uniqueBy((x: { readonly level: string }) => x.level, "level"),
      // `planStaffing` takes the one figure of the plan's level: the list's order carries no meaning.
      { unorderedAt: [""] },
    ),
    extraPostalStaffPerCommune: slotKey(
      z.number().int().min(0).max(10),
      {
        en: "extra postal employees added at a pilot commune",
        vi: "số nhân viên bưu điện bố trí thêm tại xã thí điểm",
      },
      undefined,
      UNREAD,
    ),
    // The civil servants' own norms are published for readers: `planStaffing` sizes postal staff
    // and reads none of them.
    civilServantMinYearsInField: slotKey(
      z.number().int().min(0).max(40),
      {
        en: "years in the field a one-stop civil servant needs",
        vi: "số năm công tác trong ngành của công chức một cửa",
      },
      undefined,
      UNREAD,
    ),
    civilServantPostingMonths: slotKey(
      RangeSchema,
      {
        en: "length of a one-stop posting (months)",
        vi: "thời gian cử làm việc tại Bộ phận Một cửa (tháng)",
      },
      undefined,
      UNREAD,
    ),
    backupsPerPost: slotKey(
      z.number().int().min(0).max(10),
      { en: "backups per counter post", vi: "số người dự phòng cho mỗi vị trí" },
      undefined,
      UNREAD,
    ),
  },
} as const satisfies SlotDefinition;

/**
 * The staffing rules a plan reads: the composed `staffing` slot, each key with its source
 * (`sliceOf(rulebook, "staffing")` from `@motcua/plugin-sdk`, or a hand-written slice in a test).
 *
 * @example
 * ```ts
 * import type { StaffingRules } from "@motcua/staffing";
 * const ref = { document: "Kế hoạch 60/KH-UBND", verified: true };
 * const rules: StaffingRules = { reserve: { value: { kind: "factor", factor: 2 }, legalRef: ref, verified: true } };
 * ```
 * @since 0.2.0
 * @category Rules
 */
export type StaffingRules = SliceOf<typeof staffingSlot>;
