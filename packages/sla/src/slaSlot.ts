/**
 * The `sla` slot: the deadline and event policy (supplements, re-appointments, transfer cut-off,
 * postal transit, how the clock counts and warns) that `@motcua/sla` applies and that
 * `@motcua/dossier` reads for the same events. Its schema is the one schema of these rules: the
 * national and province plugins supply values of exactly this shape, and the concept functions
 * read them from the composed rulebook's slice. This package holds no value of its own.
 *
 * @module
 */
import * as z from "zod/mini";
import {
  bilingual,
  ClockTimeSchema,
  slotKey,
  type ErrorPath,
  type MotcuaIssue,
  type SlotDefinition,
  type SliceOf,
} from "@motcua/core";

/**
 * Zod schema of a {@link PostalTransitTarget}.
 *
 * @example
 * ```ts
 * import { PostalTransitTargetSchema } from "@motcua/sla";
 * PostalTransitTargetSchema.parse({ route: "sameDistrict", workingDays: 1, withAppointmentSlip: 2 });
 * ```
 * @since 0.1.0
 * @category Rules
 */
export const PostalTransitTargetSchema = z.strictObject({
  /** Route class of Quyết định 45/2016 (district terms predate 2025). */
  route: z.enum(["sameDistrict", "betweenDistricts", "betweenMajorCities", "interProvincial"]),
  /** Working days after the acceptance day J. */
  workingDays: z.int().check(z.minimum(0), z.maximum(30)),
  /** Working days when the appointment slip must be delivered back. */
  withAppointmentSlip: z.int().check(z.minimum(0), z.maximum(30)),
});

/**
 * A postal transit target: J + n working days.
 *
 * @since 0.1.0
 * @category Rules
 */
export type PostalTransitTarget = z.output<typeof PostalTransitTargetSchema>;

const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

const uniqueRoutes = (value: ReadonlyArray<PostalTransitTarget>, path: ErrorPath): MotcuaIssue[] => {
  const seen = new Set<string>();
  const out: MotcuaIssue[] = [];
  value.forEach((t, i) => {
    if (seen.has(t.route))
      out.push({
        code: "PLUGIN_DUPLICATE_ENTRY",
        path: [...path, i],
        en: `route "${t.route}" is listed twice`,
        vi: `route "${t.route}" bị lặp`,
      });
    seen.add(t.route);
  });
  return out;
};

const thresholds = z
  .array(z.number().check(z.positive(), z.maximum(10)))
  .check(z.maxLength(10))
  .check(
    z.refine((t) => t.every((v, i) => i === 0 || (t[i - 1] as number) < v), {
      message: bilingual("thresholds must be strictly increasing", "các ngưỡng phải tăng dần"),
    }),
  );

/**
 * The `sla` slot: every deadline and event parameter a plugin supplies, each with its source.
 * `@motcua/sla` (`computeClock`, `computeDeadline`) and `@motcua/dossier` (`replay`, `can`, the
 * forms) read these keys through one slice; a key a function needs and the rulebook lacks is a
 * `RULE_MISSING` error naming it.
 *
 * @example
 * ```ts
 * import { slaSlot } from "@motcua/sla";
 * slaSlot.keys.paperTransferCutoff.en; // "paper dossiers received after this time are transferred next working day"
 * ```
 * @since 0.1.0
 * @category Rules
 */
export const slaSlot = {
  en: "deadline (SLA) policy",
  vi: "chính sách thời hạn giải quyết",
  keys: {
    defaultUnit: slotKey(z.enum(["workingDays", "workingHours", "calendarDays"]), {
      en: "default unit of processing time",
      vi: "đơn vị thời hạn mặc định",
    }),
    workingDayHours: slotKey(z.number().check(z.minimum(1), z.maximum(24)), {
      en: "hours in one working day",
      vi: "số giờ của một ngày làm việc",
    }),
    workingDayCount: slotKey(z.enum(["sameWallClock", "workingHours"]), {
      en: "a period of N working days ends at the same wall-clock time on the N-th working day, or after N × workingDayHours working hours",
      vi: "thời hạn N ngày làm việc kết thúc vào cùng giờ của ngày làm việc thứ N, hay sau N × số giờ của một ngày làm việc",
    }),
    supplementPolicy: slotKey(z.enum(["restart", "pause"]), {
      en: "supplement during appraisal: restart or pause the clock",
      vi: "bổ sung hồ sơ khi thẩm định: tính lại từ đầu hay tạm dừng",
    }),
    supplementRequestsMax: slotKey(count(10), {
      en: "supplement requests allowed per dossier and stage (receipt, appraisal)",
      vi: "số lần yêu cầu bổ sung tối đa ở mỗi khâu (tiếp nhận, thẩm định)",
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
    lateNoticeDayKind: slotKey(z.enum(["workingDays", "calendarDays"]), {
      en: "the days of lateNoticeDaysBefore are working days or calendar days",
      vi: "số ngày thông báo chậm trễ tính theo ngày làm việc hay ngày lịch",
    }),
    lateJudgedAgainst: slotKey(z.enum(["original", "rescheduled"]), {
      en: "lateness is judged against this due date",
      vi: "đánh giá trễ hạn theo ngày hẹn này",
    }),
    refusalWithinDeadline: slotKey(z.boolean(), {
      en: "a refusal after appraisal must be issued no later than the due instant",
      vi: "văn bản từ chối sau thẩm định phải ban hành trong thời hạn giải quyết",
    }),
    stoppedJudgement: slotKey(z.enum(["notJudged", "judgedAtStop"]), {
      en: "a stopped dossier (dừng giải quyết) is not judged, or is judged early / on time / late at the stop",
      vi: "hồ sơ dừng giải quyết không đánh giá, hay đánh giá sớm / đúng / trễ hạn tại thời điểm dừng",
    }),
    financialObligation: slotKey(z.enum(["pause", "count"]), {
      en: "time awaiting a financial obligation (fees, taxes) pauses the clock or counts",
      vi: "thời gian chờ thực hiện nghĩa vụ tài chính tạm dừng hay vẫn tính vào thời hạn",
    }),
    warningThresholds: slotKey(thresholds, {
      en: "warning levels, as fractions of the period used (strictly increasing)",
      vi: "các mức cảnh báo, theo tỷ lệ thời hạn đã dùng (tăng dần)",
    }),
    paperTransferCutoff: slotKey(ClockTimeSchema, {
      en: "paper dossiers received after this time are transferred next working day",
      vi: "hồ sơ giấy nhận sau giờ này được chuyển vào đầu ngày làm việc tiếp theo",
    }),
    // Unread: a same-day procedure carries its own cut-off (`Procedure.sameDay.cutoff`, e.g. 15:00
    // for certification under Nghị định 23/2015 Art. 7); the value states the national figure.
    sameDayCutoff: slotKey(
      ClockTimeSchema,
      {
        en: "same-day procedures received after this time are resolved next working day",
        vi: "thủ tục trong ngày nhận sau giờ này được trả vào ngày làm việc tiếp theo",
      },
      undefined,
      { unread: true },
    ),
    // Unread: the clock starts at the handover record signed at the agency (`receivedAt`), so
    // inbound transit is outside it by construction; the value states the rule for readers.
    postalInboundTransitCounts: slotKey(
      z.boolean(),
      {
        en: "inbound postal transit counts towards processing time",
        vi: "thời gian chuyển phát đến có tính vào thời hạn giải quyết",
      },
      undefined,
      { unread: true },
    ),
    postalDeliveryAttempts: slotKey(
      z.strictObject({
        invitations: z.int().check(z.minimum(1), z.maximum(10)),
        workingDaysApart: count(30),
      }),
      {
        en: "undeliverable result: invitations and their spacing",
        vi: "số lần mời nhận kết quả và khoảng cách",
      },
    ),
    postalTransitTargets: slotKey(
      z.array(PostalTransitTargetSchema),
      { en: "postal transit targets", vi: "chỉ tiêu thời gian chuyển phát" },
      uniqueRoutes,
      // Published for the postal operator's and vendors' own tracking; no motcua function reads it yet.
      { unordered: true, unread: true },
    ),
  },
} as const satisfies SlotDefinition;

/**
 * The `sla` slot of a composed rulebook (`sliceOf(rulebook, "sla")` in `@motcua/plugin-sdk`): each
 * key's value with its legal reference. What `computeClock` and `computeDeadline` read, and what
 * `@motcua/dossier` reads for the events' deadline facts.
 *
 * @example
 * ```ts
 * import type { SlaRules } from "@motcua/sla";
 * const cutoffOf = (rules: SlaRules) => rules.paperTransferCutoff?.value;
 * ```
 * @since 0.2.0
 * @category Rules
 */
export type SlaRules = SliceOf<typeof slaSlot>;
