/**
 * The `sla` slot: the deadline policy (supplements, re-appointments, transfer cut-off, postal
 * transit) that `@motcua/sla` applies.
 *
 * @module
 */
import * as z from "zod";
import { uniqueBy } from "./internal/issues";
import { ClockTimeSchema, slotKey, type SlotDefinition } from "@motcua/core";

/**
 * Zod schema of a {@link PostalTransitTarget}.
 *
 * @example
 * ```ts
 * import { PostalTransitTargetSchema } from "@motcua/plugin-sdk";
 * PostalTransitTargetSchema.parse({ route: "sameDistrict", workingDays: 1, withAppointmentSlip: 2 });
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const PostalTransitTargetSchema = z
  .object({
    /** Route class of Quyết định 45/2016 (district terms predate 2025). */
    route: z.enum(["sameDistrict", "betweenDistricts", "betweenMajorCities", "interProvincial"]),
    /** Working days after the acceptance day J. */
    workingDays: z.number().int().min(0).max(30),
    /** Working days when the appointment slip must be delivered back. */
    withAppointmentSlip: z.number().int().min(0).max(30),
  })
  .strict();

/**
 * A postal transit target: J + n working days.
 *
 * @since 0.1.0
 * @category SLA
 */
export type PostalTransitTarget = z.output<typeof PostalTransitTargetSchema>;

const count = (max: number) => z.number().int().min(0).max(max);

/**
 * The `sla` slot: every deadline parameter a province may change, each with its source.
 *
 * @example
 * ```ts
 * import { slaSlot } from "@motcua/plugin-sdk";
 * slaSlot.keys.paperTransferCutoff.en; // "paper dossiers received after this time are transferred next working day"
 * ```
 * @since 0.1.0
 * @category Slots
 */
export const slaSlot = {
  en: "deadline (SLA) policy",
  vi: "chính sách thời hạn giải quyết",
  keys: {
    defaultUnit: slotKey(z.enum(["workingDays", "workingHours", "calendarDays"]), {
      en: "default unit of processing time",
      vi: "đơn vị thời hạn mặc định",
    }),
    workingDayHours: slotKey(z.number().min(1).max(24), {
      en: "hours in one working day",
      vi: "số giờ của một ngày làm việc",
    }),
    supplementPolicy: slotKey(z.enum(["restart", "pause"]), {
      en: "supplement during appraisal: restart or pause the clock",
      vi: "bổ sung hồ sơ khi thẩm định: tính lại từ đầu hay tạm dừng",
    }),
    supplementRequestsMax: slotKey(count(10), {
      en: "supplement requests allowed per dossier",
      vi: "số lần yêu cầu bổ sung tối đa",
    }),
    appraisalReturnWorkingDays: slotKey(count(30), {
      en: "working days to return an incomplete dossier after receipt",
      vi: "số ngày làm việc để trả hồ sơ chưa đầy đủ sau khi nhận",
    }),
    reschedulesMax: slotKey(count(10), {
      en: "re-appointments (apology slips) allowed",
      vi: "số lần hẹn lại tối đa",
    }),
    lateNoticeDaysBefore: slotKey(count(30), {
      en: "a delay is notified at least this many days before the due date",
      vi: "thông báo chậm trễ chậm nhất bao nhiêu ngày trước ngày hết hạn",
    }),
    lateJudgedAgainst: slotKey(z.enum(["original", "rescheduled"]), {
      en: "lateness is judged against this due date",
      vi: "đánh giá trễ hạn theo ngày hẹn này",
    }),
    paperTransferCutoff: slotKey(ClockTimeSchema, {
      en: "paper dossiers received after this time are transferred next working day",
      vi: "hồ sơ giấy nhận sau giờ này được chuyển vào đầu ngày làm việc tiếp theo",
    }),
    sameDayCutoff: slotKey(ClockTimeSchema, {
      en: "same-day procedures received after this time are resolved next working day",
      vi: "thủ tục trong ngày nhận sau giờ này được trả vào ngày làm việc tiếp theo",
    }),
    postalInboundTransitCounts: slotKey(z.boolean(), {
      en: "inbound postal transit counts towards processing time",
      vi: "thời gian chuyển phát đến có tính vào thời hạn giải quyết",
    }),
    postalDeliveryAttempts: slotKey(
      z.object({ invitations: count(10), workingDaysApart: count(30) }).strict(),
      {
        en: "undeliverable result: invitations and their spacing",
        vi: "số lần mời nhận kết quả và khoảng cách",
      },
    ),
    postalTransitTargets: slotKey(
      z.array(PostalTransitTargetSchema),
      { en: "postal transit targets", vi: "chỉ tiêu thời gian chuyển phát" },
      uniqueBy((t: PostalTransitTarget) => t.route, "route"),
    ),
  },
} as const satisfies SlotDefinition;
