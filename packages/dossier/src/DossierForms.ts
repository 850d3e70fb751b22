/**
 * Forms as data, derived from a dossier's events: the receipt and appointment slip, the supplement
 * request, the refusal, the apology of a late dossier and (from 1/7/2025) the stop notice. Each
 * carries the number and name the rulebook's `forms` slice gives it — the circular in force at the
 * dossier's receipt (Thông tư 01/2018/TT-VPCP, then Thông tư 03/2025/TT-VPCP) — and that rule's
 * legal reference. Instants are written in Vietnamese time (`+07:00`).
 *
 * @module
 */
import {
  checkArguments,
  formatInstant,
  MotcuaError,
  tryParseInstant,
  type Actor,
  type Channel,
  type DossierEvent,
  type InstantInput,
  type LegalRef,
} from "@motcua/core";
import type { FormRules } from "./formsSlot";
import { headerOf } from "./internal/forms";
import { checkedEvents } from "./internal/validate";

/**
 * What every form carries: its number and names as the rulebook's `forms` slice gives them, and the
 * legal reference of that rule.
 *
 * @since 0.3.0
 * @category Forms
 */
export interface FormHeader {
  /** The form's number in the circular in force (Mẫu số), e.g. `"01"`. */
  readonly form: string;
  /** Its official name, in Vietnamese. */
  readonly formName: string;
  /** Its name in English. */
  readonly formNameEn: string;
  /** The rule that numbers it (the circular and its form). */
  readonly legalRef: LegalRef;
}

/**
 * The receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả; form 01 of both
 * circulars).
 *
 * @since 0.1.0
 * @category Forms
 */
export interface ReceiptSlip extends FormHeader {
  readonly dossierCode: string;
  readonly procedureCode: string;
  readonly procedureName: string | undefined;
  readonly applicant: string | undefined;
  readonly channel: Channel | undefined;
  /** Valid-receipt instant. */
  readonly receivedAt: string;
  readonly receivedBy: Actor;
  /** Appointed return instant (ngày hẹn trả), from `@motcua/sla`. */
  readonly dueAt: string;
}

/**
 * The supplement request (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; form 02 of both circulars).
 *
 * @since 0.1.0
 * @category Forms
 */
export interface SupplementRequestForm extends FormHeader {
  readonly stage: "receipt" | "appraisal";
  /** Everything missing, in one request. */
  readonly items: ReadonlyArray<string>;
  readonly requestedAt: string;
  readonly requestedBy: Actor;
}

/**
 * The refusal (Phiếu từ chối tiếp nhận giải quyết hồ sơ; form 03 of both circulars).
 *
 * @since 0.1.0
 * @category Forms
 */
export interface RefusalForm extends FormHeader {
  readonly stage: "receipt" | "appraisal";
  readonly reason: string;
  readonly refusedAt: string;
  readonly refusedBy: Actor;
}

/**
 * The apology of a late dossier, form 04 of both circulars: with a new appointment (Phiếu xin lỗi
 * và hẹn lại ngày trả kết quả) until 30/6/2025, with a request to extend the processing time (Văn
 * bản xin lỗi và đề nghị gia hạn) from 1/7/2025.
 *
 * @since 0.1.0
 * @category Forms
 */
export interface ApologyForm extends FormHeader {
  /** The appointment being replaced (undefined when not known). */
  readonly previousDueAt: string | undefined;
  readonly newDueAt: string;
  readonly reason: string;
  readonly issuedAt: string;
  readonly issuedBy: Actor;
}

/**
 * The stop notice (Thông báo dừng giải quyết hồ sơ), form 05 of Thông tư 03/2025/TT-VPCP: a
 * paper that exists from 1/7/2025 only, so the `forms` slice of an earlier rulebook has no
 * `stopNotice` and the notice is refused.
 *
 * @since 0.3.0
 * @category Forms
 */
export interface StopNoticeForm extends FormHeader {
  readonly reason: string;
  readonly stoppedAt: string;
  readonly stoppedBy: Actor;
}

/**
 * What form 01 needs besides the events.
 *
 * @since 0.1.0
 * @category Forms
 */
export interface ReceiptSlipInput {
  /** The procedure: national code and (optionally) its name. */
  readonly procedure: { readonly code: string; readonly name?: string };
  /** Applicant's name, as printed. */
  readonly applicant?: string;
  /** Appointed return instant, or how to compute it from the receipt instant (e.g. with `@motcua/sla`). */
  readonly dueAt: InstantInput | ((receivedAt: number) => InstantInput);
}

const formError = (code: string, path: Array<string | number>, vi: string, en: string) =>
  new MotcuaError({ code, path, vi, en });

/**
 * Builds the receipt slip from the `received` event, numbered by `forms` (the rulebook's `forms`
 * slice at the receipt); throws `DOSSIER_FORM_NOT_AVAILABLE` when the dossier
 * was not received, `DOSSIER_INVALID_OPTIONS` for a bad due instant.
 *
 * @example
 * ```ts
 * import { toReceiptSlip, type FormRules } from "@motcua/dossier";
 * declare const forms: FormRules; // sliceOf(composeRulebook([national], { asOf: receipt }), "forms")
 * const slip = toReceiptSlip(
 *   [{ id: "1", type: "received", at: 1770861600000, actor: { role: "postalStaff" }, dossierCode: "H23-260212-0001" }],
 *   { procedure: { code: "2.000908" }, applicant: "Nguyễn Văn A", dueAt: "2026-02-24T09:00:00+07:00" },
 *   forms,
 * );
 * slip.receivedAt; // "2026-02-12T09:00:00+07:00"
 * slip.form; // "01"
 * ```
 * @since 0.1.0
 * @category Forms
 */
export function toReceiptSlip(
  events: ReadonlyArray<DossierEvent>,
  input: ReceiptSlipInput,
  forms: FormRules,
): ReceiptSlip {
  checkArguments("toReceiptSlip", { input: "any" }, [input]);
  const list = checkedEvents(events);
  const header = headerOf(forms, "receiptSlip");
  const received = list.find((e) => e.type === "received");
  if (received === undefined)
    throw formError(
      "DOSSIER_FORM_NOT_AVAILABLE",
      ["events"],
      "Hồ sơ chưa được tiếp nhận: chưa có Giấy tiếp nhận (mẫu 01)",
      "The dossier was not received: no receipt slip (form 01)",
    );
  if (
    typeof input !== "object" ||
    input === null ||
    typeof input.procedure !== "object" ||
    input.procedure === null ||
    typeof input.procedure.code !== "string"
  )
    throw formError(
      "DOSSIER_INVALID_OPTIONS",
      ["input", "procedure"],
      "Thiếu thủ tục (code)",
      "The procedure (code) is missing",
    );
  const rawDue = typeof input.dueAt === "function" ? input.dueAt(received.at) : input.dueAt;
  const due = tryParseInstant(rawDue);
  if (due === undefined || due < received.at)
    throw formError(
      "DOSSIER_INVALID_OPTIONS",
      ["input", "dueAt"],
      "Ngày hẹn trả không hợp lệ hoặc trước thời điểm tiếp nhận",
      "The due instant is invalid or before receipt",
    );
  const submitted = list.find((e) => e.type === "submitted");
  return {
    ...header,
    dossierCode: received.type === "received" ? received.dossierCode : "",
    procedureCode: input.procedure.code,
    procedureName: input.procedure.name,
    applicant: input.applicant,
    channel: submitted?.type === "submitted" ? submitted.channel : undefined,
    receivedAt: formatInstant(received.at),
    receivedBy: received.actor,
    dueAt: formatInstant(due),
  };
}

/**
 * The supplement request form for every supplement request, in order, numbered by `forms`.
 *
 * @example
 * ```ts
 * import { toSupplementRequests, type FormRules } from "@motcua/dossier";
 * declare const forms: FormRules; // sliceOf(rulebook at the receipt, "forms")
 * toSupplementRequests([{ id: "1", type: "supplementRequested", at: 0, actor: { role: "oneStopOfficer" },
 *   stage: "receipt", items: ["Tờ khai"] }], forms)[0]?.items; // ["Tờ khai"]
 * ```
 * @since 0.1.0
 * @category Forms
 */
export function toSupplementRequests(
  events: ReadonlyArray<DossierEvent>,
  forms: FormRules,
): ReadonlyArray<SupplementRequestForm> {
  const list = checkedEvents(events);
  const header = headerOf(forms, "supplementRequest");
  return list.flatMap((e) =>
    e.type === "supplementRequested"
      ? [
          {
            ...header,
            stage: e.stage,
            items: [...e.items],
            requestedAt: formatInstant(e.at),
            requestedBy: e.actor,
          },
        ]
      : [],
  );
}

/**
 * The refusal form for a refusal at receipt or after appraisal (`refused`, or `resolved` with decision
 * `refused`), or `undefined`.
 *
 * @example
 * ```ts
 * import { toRefusal, type FormRules } from "@motcua/dossier";
 * declare const forms: FormRules; // sliceOf(rulebook at the receipt, "forms")
 * toRefusal([{ id: "1", type: "refused", at: 0, actor: { role: "oneStopOfficer" }, stage: "receipt", reason: "Sai thẩm quyền" }], forms)?.reason; // "Sai thẩm quyền"
 * ```
 * @since 0.1.0
 * @category Forms
 */
export function toRefusal(events: ReadonlyArray<DossierEvent>, forms: FormRules): RefusalForm | undefined {
  const list = checkedEvents(events);
  const header = headerOf(forms, "refusal");
  for (const e of list) {
    const stage =
      e.type === "refused"
        ? e.stage
        : e.type === "resolved" && e.decision === "refused"
          ? "appraisal"
          : undefined;
    if (stage === undefined) continue;
    const reason = e.type === "refused" ? e.reason : e.type === "resolved" ? (e.reason ?? "") : "";
    return {
      ...header,
      stage,
      reason,
      refusedAt: formatInstant(e.at),
      refusedBy: e.actor,
    };
  }
  return undefined;
}

/**
 * The late-dossier apology for every re-appointment, with the appointment it replaces (`dueAt` =
 * the receipt slip's), numbered and named by `forms` (form 04 of both circulars, another name).
 *
 * @example
 * ```ts
 * import { toApologies, type FormRules } from "@motcua/dossier";
 * declare const forms: FormRules; // sliceOf(rulebook at the receipt, "forms")
 * toApologies([{ id: "1", type: "rescheduled", at: 0, actor: { role: "agencyLeader" }, newDueAt: 86400000, reason: "Chờ xác minh" }],
 *   { dueAt: 3600000 }, forms)[0]?.previousDueAt; // "1970-01-01T08:00:00+07:00"
 * ```
 * @since 0.1.0
 * @category Forms
 */
export function toApologies(
  events: ReadonlyArray<DossierEvent>,
  options: { readonly dueAt?: InstantInput },
  forms: FormRules,
): ReadonlyArray<ApologyForm> {
  checkArguments("toApologies", { options: "any" }, [options]);
  const list = checkedEvents(events);
  const header = headerOf(forms, "lateApology");
  let previous = typeof options === "object" && options !== null ? tryParseInstant(options.dueAt) : undefined;
  const out: ApologyForm[] = [];
  for (const e of list) {
    if (e.type !== "rescheduled") continue;
    out.push({
      ...header,
      previousDueAt: previous === undefined ? undefined : formatInstant(previous),
      newDueAt: formatInstant(e.newDueAt),
      reason: e.reason,
      issuedAt: formatInstant(e.at),
      issuedBy: e.actor,
    });
    previous = e.newDueAt;
  }
  return out;
}

/**
 * The stop notice (form 05 of Thông tư 03/2025/TT-VPCP) of a `stopped` event, or `undefined` when
 * the dossier was not stopped. Throws `RULE_MISSING` naming `forms.stopNotice` when the rulebook
 * has no such form (before 1/7/2025).
 *
 * @example
 * ```ts
 * import { toStopNotice, type FormRules } from "@motcua/dossier";
 * declare const forms: FormRules; // sliceOf(composeRulebook([national], { asOf: "2026-03-02" }), "forms")
 * toStopNotice([{ id: "1", type: "stopped", at: 0, actor: { role: "agencyLeader" }, reason: "Theo đề nghị của cơ quan có thẩm quyền" }], forms)?.form; // "05"
 * ```
 * @since 0.3.0
 * @category Forms
 */
export function toStopNotice(
  events: ReadonlyArray<DossierEvent>,
  forms: FormRules,
): StopNoticeForm | undefined {
  const list = checkedEvents(events);
  const header = headerOf(forms, "stopNotice");
  const stopped = list.find((e) => e.type === "stopped");
  if (stopped === undefined || stopped.type !== "stopped") return undefined;
  return {
    ...header,
    reason: stopped.reason,
    stoppedAt: formatInstant(stopped.at),
    stoppedBy: stopped.actor,
  };
}
