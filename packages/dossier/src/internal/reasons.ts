/**
 * The catalogue of refusal reasons: stable code, Vietnamese and English text, and which rule of the
 * rulebook (with its legal reference) refused.
 */
import { citeLegalRef, MotcuaError, type ErrorPath, type LegalRef } from "@motcua/core";
import type { CompiledRules, RuleName } from "./compiled";

const lifecycleRef: LegalRef = {
  document: "Nghị định 61/2018/NĐ-CP",
  article: "15–21",
  verified: true,
  note: "The order of the one-stop steps: guidance, receipt, transfer, processing, return.",
};
const interAgencyRef: LegalRef = { document: "Nghị định 61/2018/NĐ-CP", article: "21", verified: true };
const postalRef: LegalRef = {
  document: "Quyết định 45/2016/QĐ-TTg",
  article: "3",
  verified: false,
  note: "Postal channel only at the applicant's request and not for procedures requiring personal presence.",
};

interface ReasonText {
  readonly vi: string;
  readonly en: string;
  /** The rulebook entry behind it, or a fixed reference. */
  readonly rule: RuleName | LegalRef;
}

export const REASONS: Readonly<Record<string, ReasonText>> = {
  DOSSIER_TRANSITION_FORBIDDEN: {
    vi: "sự kiện không được phép ở trạng thái hiện tại của hồ sơ",
    en: "the event is not allowed in the dossier's current state",
    rule: lifecycleRef,
  },
  DOSSIER_CLOSED: { vi: "hồ sơ đã kết thúc", en: "the dossier is already closed", rule: lifecycleRef },
  DOSSIER_WRONG_STAGE: {
    vi: "giai đoạn (stage) không phù hợp với trạng thái hồ sơ",
    en: "the stage does not match the dossier's state",
    rule: lifecycleRef,
  },
  DOSSIER_SUPPLEMENT_ALREADY_REQUESTED: {
    vi: "chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần",
    en: "a supplement may be requested only once",
    rule: "supplementLimit",
  },
  DOSSIER_APPRAISAL_WINDOW_CLOSED: {
    vi: "quá thời hạn ngày làm việc kể từ ngày tiếp nhận để yêu cầu bổ sung sau thẩm định",
    en: "past the working-day window after receipt for an appraisal supplement request",
    rule: "appraisalWindow",
  },
  DOSSIER_REFUSAL_AFTER_DEADLINE: {
    vi: "từ chối giải quyết phải được ban hành trong thời hạn giải quyết",
    en: "a refusal after appraisal must be issued within the deadline",
    rule: "refusalWithinDeadline",
  },
  DOSSIER_CONTROL_SLIP_UNSIGNED: {
    vi: "công chức chưa ký Phiếu kiểm soát quá trình giải quyết",
    en: "a civil servant has not signed the process control slip",
    rule: "controlSlip",
  },
  DOSSIER_RESCHEDULE_LIMIT: {
    vi: "chỉ được hẹn lại ngày trả kết quả một lần",
    en: "the return date may be rescheduled only once",
    rule: "reschedule",
  },
  DOSSIER_RESCHEDULE_TOO_LATE: {
    vi: "phiếu xin lỗi và hẹn lại phải gửi trước ngày hết hạn theo quy định",
    en: "the apology and new appointment must be sent the required days before the due date",
    rule: "reschedule",
  },
  DOSSIER_RESCHEDULE_NOT_LATER: {
    vi: "ngày hẹn mới phải sau ngày hẹn cũ và sau thời điểm hẹn lại",
    en: "the new due instant must be after the old one and after the rescheduling",
    rule: "reschedule",
  },
  DOSSIER_INTER_AGENCY_NOT_PENDING: {
    vi: "cơ quan này không có hồ sơ liên thông đang chờ",
    en: "this agency has no pending inter-agency dossier",
    rule: interAgencyRef,
  },
  DOSSIER_UNDELIVERABLE_TOO_EARLY: {
    vi: "chưa đủ số lần mời nhận kết quả qua bưu chính",
    en: "not enough postal delivery attempts yet",
    rule: "undeliverableAttempts",
  },
  DOSSIER_ROLE_FORBIDDEN: {
    vi: "vai trò này không có thẩm quyền thực hiện thao tác",
    en: "this role may not perform the action",
    rule: "roles",
  },
  DOSSIER_POSTAL_NOT_HANDED_OVER: {
    vi: "thủ tục chưa được chuyển giao cho nhân viên bưu điện tại đơn vị này",
    en: "the procedure is not handed over to postal staff at this office",
    rule: "postalStaff",
  },
  DOSSIER_POSTAL_SUPPORT_ONLY: {
    vi: "nhân viên bưu điện chỉ hỗ trợ, không thay thế công chức tại đơn vị này",
    en: "postal staff only support, and do not replace, civil servants at this office",
    rule: "supportOnly",
  },
  DOSSIER_POSTAL_FORBIDDEN: {
    vi: "nhân viên bưu điện không thẩm định, phê duyệt hay ký thay cơ quan có thẩm quyền",
    en: "postal staff never appraise, approve or sign for an agency",
    rule: "postalStaff",
  },
  DOSSIER_RECEIPT_OUTSIDE_UNIT: {
    vi: "đơn vị này chỉ tiếp nhận hồ sơ thuộc thẩm quyền của chính đơn vị (không tiếp nhận ngoài địa giới hành chính)",
    en: "this office receives only the procedures of its own unit (no receipt across administrative boundaries)",
    rule: "receiptPlace",
  },
  DOSSIER_RECEIPT_OUTSIDE_PROVINCE: {
    vi: "hồ sơ không phân biệt địa giới hành chính chỉ được tiếp nhận trong phạm vi tỉnh của thủ tục",
    en: "receipt regardless of administrative boundary is within the procedure's province only",
    rule: "receiptPlace",
  },
  DOSSIER_FORWARD_WRONG_UNIT: {
    vi: "hồ sơ chỉ được chuyển đến đơn vị có thẩm quyền giải quyết thủ tục",
    en: "a dossier is forwarded only to the procedure's competent unit",
    rule: "receiptPlace",
  },
  DOSSIER_FORWARD_WITHIN_UNIT: {
    vi: "hồ sơ thuộc thẩm quyền của chính đơn vị tiếp nhận: chuyển cho cơ quan giải quyết (transferred), không phải chuyển tiếp",
    en: "the dossier is the receiving unit's own: it is transferred to its agency (transferred), not forwarded",
    rule: "receiptPlace",
  },
  DOSSIER_CHANNEL_NOT_IN_FORCE: {
    vi: "kênh nộp hồ sơ này chưa có trong quy định tại thời điểm nộp",
    en: "this submission channel is not provided for by the rules in force when the dossier was filed",
    rule: "channels",
  },
  DOSSIER_CHANNEL_NOT_ALLOWED: {
    vi: "thủ tục không được nộp qua kênh này",
    en: "the procedure may not be filed through this channel",
    rule: postalRef,
  },
};

export const ruleRefOf = (code: string, rules: CompiledRules): LegalRef => {
  const rule = REASONS[code]?.rule ?? lifecycleRef;
  return typeof rule === "string" ? (rules.ref(rule) ?? lifecycleRef) : rule;
};

export interface RefusalInfo {
  readonly code: string;
  readonly path: ErrorPath;
  readonly index?: number;
  readonly eventId?: string;
  readonly eventType?: string;
  readonly action?: string;
  readonly state: string;
  readonly role?: string;
  readonly rules: CompiledRules;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Builds the coded, bilingual refusal naming the event, the state and the rule. */
export function refusal(info: RefusalInfo): MotcuaError {
  const text = REASONS[info.code] ?? (REASONS["DOSSIER_TRANSITION_FORBIDDEN"] as ReasonText);
  const ref = ruleRefOf(info.code, info.rules);
  const cite = citeLegalRef(ref);
  const what = info.action ?? info.eventType ?? "?";
  const who = info.role === undefined ? "" : ` (${info.role})`;
  const ev =
    info.index === undefined
      ? `"${what}"${who}`
      : `#${info.index} "${what}"${info.eventId === undefined ? "" : ` [${info.eventId}]`}${who}`;
  return new MotcuaError({
    code: info.code,
    path: info.path,
    vi: `Từ chối sự kiện ${ev} ở trạng thái "${info.state}": ${text.vi} (${cite})`,
    en: `Event ${ev} refused in state "${info.state}": ${text.en} (${cite})`,
    data: {
      ...(info.index === undefined ? {} : { eventIndex: info.index }),
      ...(info.eventId === undefined ? {} : { eventId: info.eventId }),
      ...(info.eventType === undefined ? {} : { eventType: info.eventType }),
      ...(info.action === undefined ? {} : { action: info.action }),
      state: info.state,
      rule: ref,
      ...info.data,
    },
  });
}
