/**
 * The event walk behind computeClock, on checked inputs: events already parsed, in order, and
 * limited to those at or before `asOf`.
 */
import { formatInstant, vietnamDate, type DossierEvent } from "@motcua/core";
import type { WorkingCalendar } from "@motcua/calendar";
import type { ClockRules } from "./clockRules";
import {
  appraisalSupplementLastDay,
  endOf,
  latestRescheduleDay,
  rescheduleVerdict,
  supplementVerdict,
} from "../eventRules";
import type { ClockEffect, ClockExplainEntry, PauseReason } from "../SlaClock";
import { SLA_ERROR_CODES } from "../SlaErrorCode";
import { slaRuleSourcesOn } from "../ruleSources";
import { fail } from "./fail";
import { labelEn, labelVi } from "./labels";
import { PauseBook, shiftDue, type RawPause } from "./pauses";
import { periodFrom } from "./deadline";
import type { CompiledProcedure } from "./inputs";

/** An event with its position in the caller's list (for error paths). */
export interface IndexedEvent {
  readonly event: DossierEvent;
  readonly index: number;
}

/** What the walk found. */
export interface ReplayResult {
  readonly receivedAt: number;
  readonly startedAt: number;
  readonly afterCutoff: boolean;
  readonly periodStartedAt: number;
  readonly periodMinutes: number;
  readonly restarts: number;
  readonly dueOriginal: number;
  readonly dueCurrent: number;
  readonly provisional: boolean;
  readonly rescheduledAt: number | null;
  readonly end: { readonly kind: "completed" | "stopped" | "withdrawn"; readonly at: number } | null;
  readonly pauses: ReadonlyArray<RawPause>;
  readonly entries: ClockExplainEntry[];
}

const AFTER_END_OK = new Set<DossierEvent["type"]>([
  "resultReturned",
  "resultUndeliverable",
  "controlSlipSigned",
]);

const NEEDS_RECEIPT = new Set<DossierEvent["type"]>([
  "financialObligationRequested",
  "financialObligationMet",
  "rescheduled",
  "resolved",
  "resultReady",
  "resultReturned",
  "resultUndeliverable",
  "stopped",
]);

const at7 = formatInstant;

/** Walks the events; throws coded errors for impossible sequences. */
export function replay(
  events: ReadonlyArray<IndexedEvent>,
  proc: CompiledProcedure,
  cal: WorkingCalendar,
  policy: ClockRules,
  supplementMode: "restart" | "pause",
  asOf: number,
): ReplayResult {
  const entries: ClockExplainEntry[] = [];
  let receivedAt: number | undefined;
  let startedAt = 0;
  let afterCutoff = false;
  let periodStartedAt = 0;
  let periodMinutes = 0;
  let restarts = 0;
  let dueOriginal = 0;
  let dueCurrent = 0;
  let rescheduleCount = 0;
  let rescheduledAt: number | null = null;
  let rescheduledDuringPause = false;
  let end: ReplayResult["end"] = null;
  let openSupplement: { readonly stage: "receipt" | "appraisal"; readonly id: string } | undefined;
  let openFinancial = false;
  let receiptSupplements = 0;
  let appraisalSupplements = 0;
  const rules = policy.events;
  let postalSubmittedAt: number | undefined;
  const book = new PauseBook();

  const where = (ie: IndexedEvent) => ["events", ie.index] as const;
  const note = (
    ie: IndexedEvent,
    effect: ClockEffect,
    vi: string,
    en: string,
    legalRef?: ClockExplainEntry["legalRef"],
  ) => {
    const e = ie.event;
    entries.push({
      kind: "event",
      at: e.at,
      eventId: e.id,
      eventType: e.type,
      effect,
      vi,
      en,
      ...(legalRef === undefined ? {} : { legalRef }),
    });
  };

  const startPeriod = (from: number, first: boolean): void => {
    const p = periodFrom(proc, from, cal, policy);
    periodStartedAt = p.start;
    dueOriginal = p.due;
    dueCurrent = p.due;
    periodMinutes = cal.workingMinutesBetween(p.start, p.due);
    if (first) {
      startedAt = p.start;
      afterCutoff = p.afterCutoff;
    }
  };

  const openPause = (reason: PauseReason, at: number, id: string, restart: boolean): void => {
    if (book.add(reason, at, id, restart)) rescheduledDuringPause = false;
  };
  /** Applies a closed interval to the dues. */
  const resumed = (p: RawPause | undefined): void => {
    if (p === undefined || p.to === null) return;
    dueOriginal = shiftDue(cal, dueOriginal, p.from, p.to);
    if (!rescheduledDuringPause) dueCurrent = shiftDue(cal, dueCurrent, p.from, p.to);
  };
  const closePause = (reason: PauseReason, at: number, id: string): void =>
    resumed(book.remove(reason, at, id));
  const closeInterval = (at: number): void => resumed(book.closeAll(at));
  const impossible = (ie: IndexedEvent, vi: string, en: string): never =>
    fail(SLA_ERROR_CODES.eventImpossible, where(ie), vi, en, { eventId: ie.event.id });
  const supplementRef = policy.supplementRef ?? rules.refs.appraisalWindow;
  /** Refuses a supplement request the event rules do not allow (the lifecycle refuses it too). */
  const supplementAllowed = (ie: IndexedEvent, asked: number, lastDay: number | undefined): void => {
    const verdict = supplementVerdict(rules, asked, lastDay, ie.event.at);
    if (verdict === "limit")
      fail(
        SLA_ERROR_CODES.supplementLimit,
        where(ie),
        `Chỉ được yêu cầu bổ sung tối đa ${rules.supplementLimit} lần ở mỗi khâu`,
        `At most ${rules.supplementLimit} supplement request(s) per stage`,
        { eventId: ie.event.id, supplementRequestsMax: rules.supplementLimit },
      );
    if (verdict === "windowClosed")
      fail(
        SLA_ERROR_CODES.supplementWindowClosed,
        where(ie),
        `Yêu cầu bổ sung khi thẩm định lúc ${at7(ie.event.at)} quá ${rules.appraisalWindow} ngày làm việc kể từ khi tiếp nhận`,
        `Appraisal supplement request at ${at7(ie.event.at)} is later than ${rules.appraisalWindow} working day(s) after receipt`,
        { eventId: ie.event.id, appraisalReturnWorkingDays: rules.appraisalWindow },
      );
  };

  for (const ie of events) {
    const e = ie.event;
    if (end !== null) {
      if (AFTER_END_OK.has(e.type)) {
        note(
          ie,
          "none",
          `${labelVi(e)} (sau khi đã kết thúc tính hạn)`,
          `${labelEn(e)} (after the clock ended)`,
        );
        continue;
      }
      fail(
        SLA_ERROR_CODES.eventAfterEnd,
        where(ie),
        `Sự kiện "${e.type}" lúc ${at7(e.at)} xảy ra sau khi đã ${end.kind === "completed" ? "có kết quả" : "dừng xử lý"} (${at7(end.at)})`,
        `Event "${e.type}" at ${at7(e.at)} comes after the clock ended (${end.kind} at ${at7(end.at)})`,
      );
    }
    const needsReceipt =
      NEEDS_RECEIPT.has(e.type) ||
      (e.type === "supplementRequested" && e.stage === "appraisal") ||
      (e.type === "refused" && e.stage === "appraisal");
    if (needsReceipt && receivedAt === undefined) {
      impossible(
        ie,
        `Sự kiện "${e.type}" lúc ${at7(e.at)} trước khi hồ sơ được tiếp nhận`,
        `Event "${e.type}" at ${at7(e.at)} before the dossier was received`,
      );
    }
    switch (e.type) {
      case "submitted":
        if (e.channel === "postal") postalSubmittedAt = e.at;
        note(ie, "none", `Nộp hồ sơ (${e.channel})`, `Dossier submitted (${e.channel})`);
        break;
      case "postalHandedOver":
        if (receivedAt !== undefined) {
          fail(
            SLA_ERROR_CODES.eventsOutOfOrder,
            where(ie),
            "Biên bản bàn giao của bưu điện phải có trước khi tiếp nhận hồ sơ",
            "The postal handover record must come before the receipt",
            { eventId: e.id },
          );
        }
        note(
          ie,
          "excludedTransit",
          postalSubmittedAt === undefined
            ? "Bưu điện bàn giao hồ sơ cho cơ quan: thời gian chuyển phát không tính vào thời hạn"
            : `Bưu điện bàn giao hồ sơ cho cơ quan: thời gian chuyển phát từ ${at7(postalSubmittedAt)} không tính vào thời hạn`,
          postalSubmittedAt === undefined
            ? "The post hands the dossier over at the agency: inbound transit is not processing time"
            : `The post hands the dossier over at the agency: transit since ${at7(postalSubmittedAt)} is not processing time`,
          slaRuleSourcesOn(vietnamDate(e.at)).postalHandover,
        );
        break;
      case "received": {
        if (receivedAt !== undefined) {
          impossible(ie, "Hồ sơ đã được tiếp nhận trước đó", "The dossier was already received");
        }
        if (openSupplement?.stage === "receipt") openSupplement = undefined;
        receivedAt = e.at;
        startPeriod(e.at, true);
        note(
          ie,
          "start",
          `Tiếp nhận hồ sơ ${e.dossierCode}, cấp giấy tiếp nhận và hẹn trả kết quả: bắt đầu tính thời hạn`,
          `Dossier ${e.dossierCode} received, receipt and appointment slip issued: the clock starts`,
          slaRuleSourcesOn(vietnamDate(e.at)).receipt,
        );
        break;
      }
      case "supplementRequested": {
        if (openSupplement !== undefined) {
          impossible(
            ie,
            "Đã có một yêu cầu bổ sung chưa được đáp ứng (mọi nội dung cần bổ sung phải nêu trong một lần)",
            "A supplement request is still open (everything missing is listed in one request)",
          );
        }
        if (e.stage === "receipt") {
          if (receivedAt !== undefined) {
            impossible(
              ie,
              "Yêu cầu bổ sung ở khâu tiếp nhận sau khi hồ sơ đã được tiếp nhận",
              "A receipt-stage supplement request after the dossier was received",
            );
          }
          supplementAllowed(ie, receiptSupplements, undefined);
          receiptSupplements += 1;
          openSupplement = { stage: "receipt", id: e.id };
          note(
            ie,
            "none",
            "Yêu cầu bổ sung khi tiếp nhận (mẫu 02): chưa tính thời hạn",
            "Supplement requested at receipt (form 02): no clock yet",
          );
          break;
        }
        supplementAllowed(
          ie,
          appraisalSupplements,
          appraisalSupplementLastDay(rules, cal, receivedAt as number),
        );
        appraisalSupplements += 1;
        openSupplement = { stage: "appraisal", id: e.id };
        const restart = supplementMode === "restart";
        openPause("supplement", e.at, e.id, restart);
        note(
          ie,
          "pause",
          `Yêu cầu bổ sung khi thẩm định: ${restart ? "thời hạn sẽ tính lại từ đầu khi nhận đủ hồ sơ" : "tạm dừng tính thời hạn"}`,
          `Supplement requested during appraisal: ${restart ? "the period restarts from the complete supplement" : "the clock pauses"}`,
          supplementRef,
        );
        break;
      }
      case "supplementReceived": {
        if (openSupplement === undefined) {
          impossible(
            ie,
            `Nhận hồ sơ bổ sung lúc ${at7(e.at)} khi chưa có yêu cầu bổ sung`,
            `Supplement received at ${at7(e.at)} before it was requested`,
          );
        }
        const stage = (openSupplement as { stage: "receipt" | "appraisal" }).stage;
        openSupplement = undefined;
        if (stage === "receipt") {
          note(ie, "none", "Nhận hồ sơ bổ sung (khâu tiếp nhận)", "Supplement received (receipt stage)");
          break;
        }
        const wasRestart = book.current?.restart === true;
        closePause("supplement", e.at, e.id);
        if (wasRestart) {
          restarts += 1;
          rescheduledAt = null;
          startPeriod(e.at, false);
          note(
            ie,
            "restart",
            `Nhận đủ hồ sơ bổ sung: tính lại thời hạn từ ${at7(periodStartedAt)}`,
            `Complete supplement received: the period counts again from ${at7(periodStartedAt)}`,
            supplementRef,
          );
        } else {
          note(
            ie,
            "resume",
            "Nhận đủ hồ sơ bổ sung: tiếp tục tính thời hạn",
            "Complete supplement received: the clock runs again",
            supplementRef,
          );
        }
        break;
      }
      case "financialObligationRequested":
        if (openFinancial) {
          impossible(
            ie,
            "Đang chờ thực hiện nghĩa vụ tài chính",
            "A financial obligation is already awaited",
          );
        }
        openFinancial = true;
        if (policy.financialObligation === "pause") openPause("financialObligation", e.at, e.id, false);
        note(
          ie,
          policy.financialObligation === "pause" ? "pause" : "none",
          `Chờ thực hiện nghĩa vụ tài chính${policy.financialObligation === "pause" ? ": tạm dừng tính thời hạn" : " (vẫn tính thời hạn)"}`,
          `Awaiting a financial obligation${policy.financialObligation === "pause" ? ": the clock pauses" : " (the clock keeps running)"}`,
          policy.financialRef,
        );
        break;
      case "financialObligationMet":
        if (!openFinancial) {
          impossible(
            ie,
            "Hoàn thành nghĩa vụ tài chính khi chưa có yêu cầu",
            "Financial obligation met before it was requested",
          );
        }
        openFinancial = false;
        if (policy.financialObligation === "pause") closePause("financialObligation", e.at, e.id);
        note(
          ie,
          policy.financialObligation === "pause" ? "resume" : "none",
          "Đã thực hiện nghĩa vụ tài chính",
          "Financial obligation met",
          policy.financialRef,
        );
        break;
      case "rescheduled": {
        const verdict = rescheduleVerdict(rules, cal, rescheduleCount, dueCurrent, e.at, e.newDueAt);
        if (verdict === "limit") {
          fail(
            SLA_ERROR_CODES.rescheduleLimit,
            where(ie),
            `Chỉ được hẹn lại tối đa ${rules.maxReschedules} lần`,
            `At most ${rules.maxReschedules} reschedule(s) allowed`,
            { eventId: e.id, maxReschedules: rules.maxReschedules },
          );
        }
        if (verdict === "tooLate") {
          const notice = rules.noticeDays;
          const unitVi = rules.noticeDayKind === "calendarDays" ? "ngày" : "ngày làm việc";
          const unitEn = rules.noticeDayKind === "calendarDays" ? "calendar day(s)" : "working day(s)";
          fail(
            SLA_ERROR_CODES.rescheduleTooLate,
            where(ie),
            `Phiếu xin lỗi và hẹn lại lúc ${at7(e.at)} muộn hơn ${notice} ${unitVi} trước ngày hẹn trả ${at7(dueCurrent)}`,
            `Reschedule at ${at7(e.at)} is less than ${notice} ${unitEn} before the due date ${at7(dueCurrent)}`,
            { eventId: e.id, due: dueCurrent, latestDay: latestRescheduleDay(rules, cal, dueCurrent) },
          );
        }
        if (verdict === "notLater") {
          fail(
            SLA_ERROR_CODES.rescheduleNotLater,
            ["events", ie.index, "newDueAt"],
            `Ngày hẹn mới ${at7(e.newDueAt)} không sau ngày hẹn hiện tại ${at7(dueCurrent)}`,
            `The new appointment ${at7(e.newDueAt)} is not after the current one ${at7(dueCurrent)}`,
            { eventId: e.id, due: dueCurrent },
          );
        }
        rescheduleCount += 1;
        rescheduledAt = e.at;
        dueCurrent = e.newDueAt;
        if (book.current !== undefined) rescheduledDuringPause = true;
        note(
          ie,
          "reschedule",
          `Xin lỗi và hẹn lại: ngày hẹn mới ${at7(e.newDueAt)} (${policy.judgeAgainst === "original" ? "đánh giá đúng hạn vẫn theo hạn ban đầu" : "đánh giá theo ngày hẹn mới"})`,
          `Apology and new appointment ${at7(e.newDueAt)} (${policy.judgeAgainst === "original" ? "still judged against the original deadline" : "judged against the new appointment"})`,
          rules.refs.reschedule,
        );
        break;
      }
      case "stopped":
      case "withdrawn": {
        const kind = endOf(e) as "stopped" | "withdrawn";
        closeInterval(e.at);
        end = { kind, at: e.at };
        note(
          ie,
          "stop",
          kind === "stopped"
            ? "Dừng xử lý hồ sơ: kết thúc tính thời hạn (không đánh giá đúng hạn)"
            : "Người nộp rút hồ sơ: kết thúc tính thời hạn (không đánh giá đúng hạn)",
          kind === "stopped"
            ? "Processing stopped: the clock ends (not judged)"
            : "The applicant withdraws: the clock ends (not judged)",
          slaRuleSourcesOn(vietnamDate(receivedAt ?? e.at)).stopped,
        );
        break;
      }
      case "resultReady":
      case "resultReturned":
        closeInterval(e.at);
        end = { kind: "completed", at: e.at };
        note(
          ie,
          "complete",
          e.type === "resultReady"
            ? "Kết quả sẵn sàng để trả: cơ quan hoàn thành"
            : "Trả kết quả (không ghi nhận thời điểm có kết quả trước đó): cơ quan hoàn thành",
          e.type === "resultReady"
            ? "Result ready for return: the agency's time ends"
            : "Result returned (no earlier result-ready event): the agency's time ends",
          slaRuleSourcesOn(vietnamDate(receivedAt ?? e.at)).completion,
        );
        break;
      default:
        note(ie, "none", labelVi(e), labelEn(e));
    }
  }

  if (receivedAt === undefined) {
    return fail(
      SLA_ERROR_CODES.notReceived,
      ["events"],
      `Hồ sơ chưa được tiếp nhận (không có sự kiện "received" đến ${at7(asOf)}): chưa bắt đầu tính thời hạn`,
      `The dossier was not received (no "received" event up to ${at7(asOf)}): the clock has not started`,
    );
  }

  let provisional = false;
  const pauses: RawPause[] = [...book.closed];
  const open = book.current;
  if (open !== undefined) {
    // Still paused at asOf: the dues are shown as if the clock ran again now.
    provisional = true;
    pauses.push(open);
    if (open.restart) {
      const p = periodFrom(proc, asOf, cal, policy);
      dueOriginal = p.due;
      if (!rescheduledDuringPause) dueCurrent = p.due;
    } else {
      dueOriginal = shiftDue(cal, dueOriginal, open.from, asOf);
      if (!rescheduledDuringPause) dueCurrent = shiftDue(cal, dueCurrent, open.from, asOf);
    }
  }

  return {
    receivedAt,
    startedAt,
    afterCutoff,
    periodStartedAt,
    periodMinutes,
    restarts,
    dueOriginal,
    dueCurrent,
    provisional,
    rescheduledAt,
    end,
    pauses,
    entries,
  };
}
