/**
 * The `staffing` slot: norms for postal staff and civil servants at the counter.
 *
 * @module
 */
import * as z from "zod";
import { RangeSchema, slotKey, type SlotDefinition } from "@motcua/core";

/**
 * Zod schema of an {@link ActivityNorm} (Quyết định 2133/QĐ-BTTTT style: minutes per activity).
 *
 * @example
 * ```ts
 * import { ActivityNormSchema } from "@motcua/plugin-sdk";
 * ActivityNormSchema.parse({ activity: "receive", minutesPerDossier: 12 }); // a made-up figure, for shape only
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const ActivityNormSchema = z
  .object({
    activity: z.enum(["guide", "receive", "digitise", "returnResult"]),
    minutesPerDossier: z
      .number()
      .positive()
      .max(24 * 60),
  })
  .strict();

/**
 * A per-activity staffing norm.
 *
 * @since 0.1.0
 * @category Staffing
 */
export type ActivityNorm = z.output<typeof ActivityNormSchema>;

/**
 * The `staffing` slot: staffing norms.
 *
 * @example
 * ```ts
 * import { staffingSlot } from "@motcua/plugin-sdk";
 * staffingSlot.keys.reserveFactor.en; // "postal staff on the roster per required post"
 * ```
 * @since 0.1.0
 * @category Slots
 */
export const staffingSlot = {
  en: "staffing norms",
  vi: "định mức nhân lực",
  keys: {
    domainsPerPostalEmployee: slotKey(RangeSchema, {
      en: "domains one postal employee covers",
      vi: "số lĩnh vực một nhân viên bưu điện đảm đương",
    }),
    dossiersPerPostalEmployeePerDay: slotKey(RangeSchema, {
      en: "dossiers one postal employee receives per day (minimum target)",
      vi: "số hồ sơ tối thiểu một nhân viên tiếp nhận mỗi ngày",
    }),
    reserveRequired: slotKey(z.boolean(), {
      en: "spare postal staff are required (sickness, maternity, absence)",
      vi: "phải có nhân viên dự phòng (ốm đau, thai sản, vắng mặt)",
    }),
    reserveFactor: slotKey(z.number().min(1).max(10), {
      en: "postal staff on the roster per required post",
      vi: "số nhân viên dự phòng so với số yêu cầu (lần)",
    }),
    postalStaffQualification: slotKey(z.enum(["university", "asRequiredForCivilServants"]), {
      en: "minimum qualification of postal staff",
      vi: "trình độ tối thiểu của nhân viên bưu chính",
    }),
    extraPostalStaffPerCommune: slotKey(z.number().int().min(0).max(10), {
      en: "extra postal employees added at a pilot commune",
      vi: "số nhân viên bưu điện bố trí thêm tại xã thí điểm",
    }),
    civilServantMinYearsInField: slotKey(z.number().int().min(0).max(40), {
      en: "years in the field a one-stop civil servant needs",
      vi: "số năm công tác trong ngành của công chức một cửa",
    }),
    civilServantPostingMonths: slotKey(RangeSchema, {
      en: "length of a one-stop posting (months)",
      vi: "thời gian cử làm việc tại Bộ phận Một cửa (tháng)",
    }),
    backupsPerPost: slotKey(z.number().int().min(0).max(10), {
      en: "backups per counter post",
      vi: "số người dự phòng cho mỗi vị trí",
    }),
    activityNorms: slotKey(z.array(ActivityNormSchema), {
      en: "economic-technical norms per activity",
      vi: "định mức kinh tế - kỹ thuật theo hoạt động",
    }),
  },
} as const satisfies SlotDefinition;
