/**
 * Forms as data, derived from a dossier's events: the receipt and appointment slip (form 01), the
 * supplement request (02), the refusal (03) and the apology with a new appointment (04) of
 * Thông tư 01/2018/TT-VPCP. Instants are written in Vietnamese time (`+07:00`).
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
import { checkedEvents } from "./internal/validate";

const tt01 = (form: string, note: string): LegalRef => ({
  document: "Thông tư 01/2018/TT-VPCP",
  title: "Hướng dẫn thi hành Nghị định 61/2018/NĐ-CP",
  form,
  verified: false,
  note: `${note} Form numbers as in Thông tư 01/2018/TT-VPCP; Thông tư 03/2025/TT-VPCP may have replaced them (unverified).`,
});

/**
 * Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả.
 *
 * @since 0.1.0
 * @category Forms
 */
export interface ReceiptSlip {
  readonly form: "01";
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
  readonly legalRef: LegalRef;
}

/**
 * Form 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.
 *
 * @since 0.1.0
 * @category Forms
 */
export interface SupplementRequestForm {
  readonly form: "02";
  readonly stage: "receipt" | "appraisal";
  /** Everything missing, in one request. */
  readonly items: ReadonlyArray<string>;
  readonly requestedAt: string;
  readonly requestedBy: Actor;
  readonly legalRef: LegalRef;
}

/**
 * Form 03: Phiếu từ chối tiếp nhận, giải quyết hồ sơ.
 *
 * @since 0.1.0
 * @category Forms
 */
export interface RefusalForm {
  readonly form: "03";
  readonly stage: "receipt" | "appraisal";
  readonly reason: string;
  readonly refusedAt: string;
  readonly refusedBy: Actor;
  readonly legalRef: LegalRef;
}

/**
 * Form 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả.
 *
 * @since 0.1.0
 * @category Forms
 */
export interface ApologyForm {
  readonly form: "04";
  /** The appointment being replaced (undefined when not known). */
  readonly previousDueAt: string | undefined;
  readonly newDueAt: string;
  readonly reason: string;
  readonly issuedAt: string;
  readonly issuedBy: Actor;
  readonly legalRef: LegalRef;
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
 * Builds form 01 from the `received` event; throws `DOSSIER_FORM_NOT_AVAILABLE` when the dossier
 * was not received, `DOSSIER_INVALID_OPTIONS` for a bad due instant.
 *
 * @example
 * ```ts
 * import { toReceiptSlip } from "@motcua/dossier";
 * const slip = toReceiptSlip(
 *   [{ id: "1", type: "received", at: 1770861600000, actor: { role: "postalStaff" }, dossierCode: "H23-260212-0001" }],
 *   { procedure: { code: "2.000908" }, applicant: "Nguyễn Văn A", dueAt: "2026-02-24T09:00:00+07:00" },
 * );
 * slip.receivedAt; // "2026-02-12T09:00:00+07:00"
 * ```
 * @since 0.1.0
 * @category Forms
 */
export function toReceiptSlip(events: ReadonlyArray<DossierEvent>, input: ReceiptSlipInput): ReceiptSlip {
  checkArguments("toReceiptSlip", { input: "any" }, [input]);
  const list = checkedEvents(events);
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
    form: "01",
    dossierCode: received.type === "received" ? received.dossierCode : "",
    procedureCode: input.procedure.code,
    procedureName: input.procedure.name,
    applicant: input.applicant,
    channel: submitted?.type === "submitted" ? submitted.channel : undefined,
    receivedAt: formatInstant(received.at),
    receivedBy: received.actor,
    dueAt: formatInstant(due),
    legalRef: tt01("01", "Issued at valid receipt; the clock starts (Nghị định 61/2018 Art. 17)."),
  };
}

/**
 * Form 02 for every supplement request, in order.
 *
 * @example
 * ```ts
 * import { toSupplementRequests } from "@motcua/dossier";
 * toSupplementRequests([{ id: "1", type: "supplementRequested", at: 0, actor: { role: "oneStopOfficer" },
 *   stage: "receipt", items: ["Tờ khai"] }])[0]?.items; // ["Tờ khai"]
 * ```
 * @since 0.1.0
 * @category Forms
 */
export function toSupplementRequests(
  events: ReadonlyArray<DossierEvent>,
): ReadonlyArray<SupplementRequestForm> {
  return checkedEvents(events).flatMap((e) =>
    e.type === "supplementRequested"
      ? [
          {
            form: "02" as const,
            stage: e.stage,
            items: [...e.items],
            requestedAt: formatInstant(e.at),
            requestedBy: e.actor,
            legalRef: tt01(
              "02",
              "Everything missing in one request, once (Nghị định 61/2018 Art. 15.3, 19).",
            ),
          },
        ]
      : [],
  );
}

/**
 * Form 03 for a refusal at receipt or after appraisal (`refused`, or `resolved` with decision
 * `refused`), or `undefined`.
 *
 * @example
 * ```ts
 * import { toRefusal } from "@motcua/dossier";
 * toRefusal([{ id: "1", type: "refused", at: 0, actor: { role: "oneStopOfficer" }, stage: "receipt", reason: "Sai thẩm quyền" }])?.reason; // "Sai thẩm quyền"
 * ```
 * @since 0.1.0
 * @category Forms
 */
export function toRefusal(events: ReadonlyArray<DossierEvent>): RefusalForm | undefined {
  for (const e of checkedEvents(events)) {
    const stage =
      e.type === "refused"
        ? e.stage
        : e.type === "resolved" && e.decision === "refused"
          ? "appraisal"
          : undefined;
    if (stage === undefined) continue;
    const reason = e.type === "refused" ? e.reason : e.type === "resolved" ? (e.reason ?? "") : "";
    return {
      form: "03",
      stage,
      reason,
      refusedAt: formatInstant(e.at),
      refusedBy: e.actor,
      legalRef: tt01("03", "Refusal with reasons (Nghị định 61/2018 Art. 17, 19)."),
    };
  }
  return undefined;
}

/**
 * Form 04 for every re-appointment, with the appointment it replaces (`dueAt` = the form-01 one).
 *
 * @example
 * ```ts
 * import { toApologies } from "@motcua/dossier";
 * toApologies([{ id: "1", type: "rescheduled", at: 0, actor: { role: "agencyLeader" }, newDueAt: 86400000, reason: "Chờ xác minh" }],
 *   { dueAt: 3600000 })[0]?.previousDueAt; // "1970-01-01T08:00:00+07:00"
 * ```
 * @since 0.1.0
 * @category Forms
 */
export function toApologies(
  events: ReadonlyArray<DossierEvent>,
  options: { readonly dueAt?: InstantInput } = {},
): ReadonlyArray<ApologyForm> {
  checkArguments("toApologies", { options: "any" }, [options]);
  let previous = typeof options === "object" && options !== null ? tryParseInstant(options.dueAt) : undefined;
  const out: ApologyForm[] = [];
  for (const e of checkedEvents(events)) {
    if (e.type !== "rescheduled") continue;
    out.push({
      form: "04",
      previousDueAt: previous === undefined ? undefined : formatInstant(previous),
      newDueAt: formatInstant(e.newDueAt),
      reason: e.reason,
      issuedAt: formatInstant(e.at),
      issuedBy: e.actor,
      legalRef: tt01(
        "04",
        "Apology and new appointment before the due date (Nghị định 61/2018); the limit and the notice are the rulebook's sla.reschedulesMax and sla.lateNoticeDaysBefore.",
      ),
    });
    previous = e.newDueAt;
  }
  return out;
}
