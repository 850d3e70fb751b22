/**
 * The tracking ledger (sổ theo dõi hồ sơ): one row per dossier summarising its events, as the
 * one-stop keeps it (Thông tư 01/2018/TT-VPCP).
 *
 * @module
 */
import {
  checkArguments,
  formatInstant,
  tryParseInstant,
  type Channel,
  type DossierEvent,
  type InstantInput,
} from "@motcua/core";
import type { FormHeader } from "./DossierForms";
import type { FormRules } from "./formsSlot";
import { headerOf } from "./internal/forms";
import { checkedEvents } from "./internal/validate";

/**
 * One row of the tracking ledger (instants in Vietnamese time).
 *
 * @since 0.1.0
 * @category Forms
 */
export interface TrackingLedgerRow {
  /** The book the row belongs to (Sổ theo dõi hồ sơ): form 06 of Thông tư 01/2018, 07 of Thông tư 03/2025. */
  readonly book: FormHeader;
  readonly dossierCode: string | undefined;
  readonly channel: Channel | undefined;
  readonly receivedAt: string | undefined;
  /** The form-01 appointment (input), then each form-04 new one. */
  readonly dueAt: string | undefined;
  readonly originalDueAt: string | undefined;
  /** When it first went to the competent agency: transferred, or forwarded by another unit's centre. */
  readonly transferredAt: string | undefined;
  readonly supplementsRequested: number;
  readonly rescheduled: boolean;
  readonly decision: "approved" | "refused" | undefined;
  readonly resolvedAt: string | undefined;
  readonly resultReadyAt: string | undefined;
  readonly returnedAt: string | undefined;
  readonly returnedVia: Channel | undefined;
  /** The last event's type (for a status column). */
  readonly lastEvent: DossierEvent["type"] | undefined;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : formatInstant(ms));

/**
 * Summarises a dossier's events as one ledger row.
 *
 * @example
 * ```ts
 * import { toTrackingLedgerRow, type FormRules } from "@motcua/dossier";
 * declare const forms: FormRules; // sliceOf(composeRulebook([national], { asOf: "2026-02-12" }), "forms")
 * const row = toTrackingLedgerRow([
 *   { id: "1", type: "received", at: 1770861600000, actor: { role: "oneStopOfficer" }, dossierCode: "H23-260212-0001" },
 * ], { dueAt: "2026-02-24T09:00:00+07:00" }, forms);
 * row.dueAt; // "2026-02-24T09:00:00+07:00"
 * row.book.form; // "07" (Sổ theo dõi hồ sơ, Thông tư 03/2025/TT-VPCP)
 * ```
 * @since 0.1.0
 * @category Forms
 */
export function toTrackingLedgerRow(
  events: ReadonlyArray<DossierEvent>,
  options: { readonly dueAt?: InstantInput },
  forms: FormRules,
): TrackingLedgerRow {
  const list = checkedEvents(events);
  const book = headerOf(forms, "trackingBook");
  checkArguments("toTrackingLedgerRow", { options: "any" }, [options]);
  const original =
    typeof options === "object" && options !== null ? tryParseInstant(options.dueAt) : undefined;
  let due = original;
  let row = {
    dossierCode: undefined as string | undefined,
    channel: undefined as Channel | undefined,
    receivedAt: undefined as number | undefined,
    transferredAt: undefined as number | undefined,
    supplements: 0,
    rescheduled: false,
    decision: undefined as "approved" | "refused" | undefined,
    resolvedAt: undefined as number | undefined,
    readyAt: undefined as number | undefined,
    returnedAt: undefined as number | undefined,
    via: undefined as Channel | undefined,
  };
  for (const e of list) {
    switch (e.type) {
      case "submitted":
        row = { ...row, channel: e.channel };
        break;
      case "received":
        row = { ...row, dossierCode: e.dossierCode, receivedAt: e.at };
        break;
      case "transferred":
      case "forwarded":
        row = { ...row, transferredAt: row.transferredAt ?? e.at };
        break;
      case "supplementRequested":
        row = { ...row, supplements: row.supplements + 1 };
        break;
      case "rescheduled":
        row = { ...row, rescheduled: true };
        due = e.newDueAt;
        break;
      case "resolved":
        row = { ...row, decision: e.decision, resolvedAt: e.at };
        break;
      case "refused":
        if (e.stage === "appraisal") row = { ...row, decision: "refused", resolvedAt: e.at };
        break;
      case "resultReady":
        row = { ...row, readyAt: e.at };
        break;
      case "resultReturned":
        row = { ...row, returnedAt: e.at, via: e.via };
        break;
      default:
        break;
    }
  }
  return {
    book,
    dossierCode: row.dossierCode,
    channel: row.channel,
    receivedAt: iso(row.receivedAt),
    dueAt: iso(due),
    originalDueAt: iso(original),
    transferredAt: iso(row.transferredAt),
    supplementsRequested: row.supplements,
    rescheduled: row.rescheduled,
    decision: row.decision,
    resolvedAt: iso(row.resolvedAt),
    resultReadyAt: iso(row.readyAt),
    returnedAt: iso(row.returnedAt),
    returnedVia: row.via,
    lastEvent: list[list.length - 1]?.type,
  };
}
