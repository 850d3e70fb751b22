/**
 * The process control slip (Phiếu kiểm soát quá trình giải quyết, form 05 of Thông tư
 * 01/2018/TT-VPCP): every hand-off with who and when, the paper-transfer deadline of Nghị định
 * 61/2018 Art. 18 (received after the rulebook's cut-off → start of the next working day) and
 * whether it was kept, and the civil servants' signatures the rulebook requires.
 *
 * @module
 */
import {
  checkArguments,
  formatInstant,
  fromDayNumber,
  MotcuaError,
  vietnamDayNumber,
  vietnamInstant,
  type Actor,
  type DossierEvent,
  type DossierEventType,
  type LegalRef,
  type Level,
} from "@motcua/core";
import type { DossierCalendar } from "./DossierCalendar";
import type { DossierRules } from "./DossierRules";
import type { FormRules } from "./formsSlot";
import { headerOf } from "./internal/forms";
import { compileRules, paperTransferCutoffOf } from "./internal/compiled";
import { checkedEvents } from "./internal/validate";
import { checkCalendar, checkLevel, missingCalendar } from "./internal/validate";

/**
 * One line of the control slip.
 *
 * @since 0.1.0
 * @category Forms
 */
export interface ControlSlipEntry {
  /** The event recorded. */
  readonly step: DossierEventType;
  /** Stage of a signature, supplement or refusal; channel of a return; decision; unit forwarded to. */
  readonly detail: string | undefined;
  readonly at: string;
  readonly by: Actor;
  /** For a paper transfer: the latest instant allowed by the 15:00 rule. */
  readonly dueBy: string | undefined;
  /** For a paper transfer: whether it happened by `dueBy`. */
  readonly onTime: boolean | undefined;
}

/**
 * The control slip: its lines and the rules applied.
 *
 * @since 0.1.0
 * @category Forms
 */
export interface ControlSlip {
  /** The form's number in the circular in force: 05 of Thông tư 01/2018, 06 of Thông tư 03/2025. */
  readonly form: string;
  /** Its official name, in Vietnamese. */
  readonly formName: string;
  /** Its name in English. */
  readonly formNameEn: string;
  readonly dossierCode: string | undefined;
  readonly entries: ReadonlyArray<ControlSlipEntry>;
  /** Signatures the rulebook requires that are missing so far (`transfer`, `resultReceipt`). */
  readonly missingSignatures: ReadonlyArray<"transfer" | "resultReceipt">;
  readonly legalRefs: ReadonlyArray<LegalRef>;
}

const HANDOFFS: ReadonlySet<DossierEventType> = new Set<DossierEventType>([
  "postalHandedOver",
  "supplementRequested",
  "supplementReceived",
  "refused",
  "received",
  "controlSlipSigned",
  "transferred",
  "forwarded",
  "assigned",
  "interAgencySent",
  "interAgencyReturned",
  "rescheduled",
  "stopped",
  "withdrawn",
  "resolved",
  "resultReady",
  "resultReturned",
  "resultUndeliverable",
]);

/** A calendar the caller did not give: the 15:00 rule refuses with `DOSSIER_CALENDAR_MISSING`. */
const MISSING = missingCalendar(["calendar"]);
const MISSING_OPTION = missingCalendar(["options", "calendar"]);

/**
 * The latest instant a paper dossier received at `receivedAt` may be transferred (Nghị định
 * 61/2018 Art. 18): the end of that working day, or — when received after the cut-off (15:00) or
 * on a non-working day — the start of the next working day.
 *
 * @example
 * ```ts
 * import { paperTransferDueAt } from "@motcua/dossier";
 * import { formatInstant, parseInstant } from "@motcua/core";
 * import { nationalCalendar, nationalRulebook } from "@motcua/national";
 * import { sliceOf } from "@motcua/plugin-sdk";
 * const book = nationalRulebook("2026-02-12");
 * const rules = { sla: sliceOf(book, "sla"), permissions: sliceOf(book, "permissions") };
 * const calendar = nationalCalendar();
 * formatInstant(paperTransferDueAt(parseInstant("2026-02-13T15:30:00+07:00"), rules, calendar)); // "2026-02-23T08:00:00+07:00" (after Tết)
 * formatInstant(paperTransferDueAt(parseInstant("2026-02-12T14:00:00+07:00"), rules, calendar)); // "2026-02-12T17:00:00+07:00"
 * ```
 * @since 0.1.0
 * @category Forms
 */
export function paperTransferDueAt(
  receivedAt: number,
  rules: DossierRules,
  calendar: DossierCalendar,
): number {
  checkArguments("paperTransferDueAt", { receivedAt: "any", rules: "any", calendar: "any" }, [
    receivedAt,
    rules,
    calendar,
  ]);
  const cutoffRule = paperTransferCutoffOf(rules);
  const cal = checkCalendar(calendar, ["calendar"]) ?? MISSING;
  if (typeof receivedAt !== "number" || !Number.isFinite(receivedAt))
    throw new MotcuaError({
      code: "DOSSIER_INVALID_OPTIONS",
      path: ["receivedAt"],
      vi: "Thời điểm tiếp nhận không hợp lệ",
      en: "Invalid receipt instant",
    });
  const [hh, mm] = cutoffRule.value.split(":").map(Number) as [number, number];
  const day = vietnamDayNumber(receivedAt);
  const cutoff = vietnamInstant(day, hh * 60 + mm);
  if (cal.isWorkingDayNumber(day) && receivedAt <= cutoff) return cal.endOfWorkingDay(fromDayNumber(day));
  return cal.nextWorkingInstant(vietnamInstant(day + 1, 0));
}

/**
 * Builds the control slip from the events: each hand-off, the 15:00 paper-transfer check, and the
 * signatures still missing under the rulebook's `permissions.controlSlipSignature` (at transfer
 * and/or at result receipt, at the levels it names; `officeLevel` unknown = required).
 *
 * @example
 * ```ts
 * import { toControlSlip } from "@motcua/dossier";
 * import type { DossierCalendar, DossierRules, FormRules } from "@motcua/dossier";
 * declare const rules: DossierRules; // the rulebook's sla and permissions slices
 * declare const calendar: DossierCalendar;
 * declare const forms: FormRules;
 * const slip = toControlSlip([
 *   { id: "1", type: "received", at: 1770971400000, actor: { role: "postalStaff" }, dossierCode: "H23-260213-0001" },
 *   { id: "2", type: "transferred", at: 1771808400000, actor: { role: "postalStaff" }, paper: true },
 * ], { rules, calendar, forms }); // forms = sliceOf(rulebook at the receipt, "forms")
 * // Received Fri 13/02/2026 15:30 (after 15:00, then Tết): due at the start of Mon 23/02, 08:00.
 * slip.entries[1]?.dueBy; // "2026-02-23T08:00:00+07:00"
 * slip.entries[1]?.onTime; // true
 * ```
 * @since 0.1.0
 * @category Forms
 */
export function toControlSlip(
  events: ReadonlyArray<DossierEvent>,
  options: {
    readonly rules: DossierRules;
    readonly calendar?: DossierCalendar;
    /** The office's level: the rulebook's control-slip policy names the levels it applies at. */
    readonly officeLevel?: Level;
    /** The rulebook's `forms` slice at the receipt: the slip's number and name. */
    readonly forms: FormRules;
  },
): ControlSlip {
  checkArguments("toControlSlip", { options: "any" }, [options]);
  const list = checkedEvents(events);
  if (typeof options !== "object" || options === null)
    throw new MotcuaError({
      code: "DOSSIER_INVALID_OPTIONS",
      path: ["options"],
      vi: "Tuỳ chọn phải là một đối tượng",
      en: "Options must be an object",
    });
  const header = headerOf(options.forms, "controlSlip", ["options", "forms"]);
  const rules = options.rules;
  const compiled = compileRules(rules);
  const cutoff = paperTransferCutoffOf(rules);
  const level = checkLevel(options.officeLevel, ["options", "officeLevel"]);
  let receivedAt: number | undefined;
  let receivedByPostal = false;
  let dossierCode: string | undefined;
  const signed = new Set<string>();
  const entries: ControlSlipEntry[] = [];
  for (const e of list) {
    if (e.type === "received") {
      receivedAt = e.at;
      receivedByPostal = e.actor.role === "postalStaff";
      dossierCode = e.dossierCode;
    }
    if (e.type === "controlSlipSigned") signed.add(e.stage);
    if (!HANDOFFS.has(e.type)) continue;
    let dueBy: number | undefined;
    if ((e.type === "transferred" || e.type === "forwarded") && e.paper === true && receivedAt !== undefined)
      dueBy = paperTransferDueAt(receivedAt, rules, options.calendar ?? MISSING_OPTION);
    const detail =
      "stage" in e
        ? e.stage
        : e.type === "resultReturned"
          ? e.via
          : e.type === "resolved"
            ? e.decision
            : e.type === "forwarded"
              ? e.toUnit
              : undefined;
    entries.push({
      step: e.type,
      detail,
      at: formatInstant(e.at),
      by: e.actor,
      dueBy: dueBy === undefined ? undefined : formatInstant(dueBy),
      onTime: dueBy === undefined ? undefined : e.at <= dueBy,
    });
  }
  const sig = compiled.controlSlip;
  const here = sig !== undefined && (level === undefined || sig.levels.includes(level));
  const missing: Array<"transfer" | "resultReceipt"> = [];
  if (receivedByPostal && here && sig.atTransfer && !signed.has("transfer")) missing.push("transfer");
  if (
    receivedByPostal &&
    here &&
    sig.atResultReceipt &&
    !signed.has("resultReceipt") &&
    list.some((e) => e.type === "resultReady")
  )
    missing.push("resultReceipt");
  return {
    form: header.form,
    formName: header.formName,
    formNameEn: header.formNameEn,
    dossierCode,
    entries,
    missingSignatures: missing,
    legalRefs:
      sig === undefined
        ? [header.legalRef, cutoff.legalRef]
        : [header.legalRef, cutoff.legalRef, sig.legalRef],
  };
}
