/**
 * The forms check: which form a paper of the dossier is, by the circular in force at the
 * dossier's receipt (`@motcua/dossier`'s form functions with the rulebook's `forms` slice).
 *
 * @module
 */
import type { WorkingCalendar } from "@motcua/calendar";
import { MotcuaError } from "@motcua/core";
import {
  parseDossierEvents,
  toApologies,
  toControlSlip,
  toReceiptSlip,
  toRefusal,
  toStopNotice,
  toSupplementRequests,
  toTrackingLedgerRow,
  type DossierRules,
  type FormRules,
} from "@motcua/dossier";
import { sliceOf } from "@motcua/plugin-sdk";
import * as z from "zod";
import { CONFORMANCE_INVALID_INPUT, defineCheck, type Check } from "../Check";
import { calendarFor, firstEventAt, inputsIfDated, required } from "../internal/fields";

const PAPERS = [
  "receiptSlip",
  "supplementRequest",
  "refusal",
  "lateApology",
  "stopNotice",
  "controlSlip",
  "trackingBook",
] as const;
type Paper = (typeof PAPERS)[number];

const notIssued = (paper: Paper): MotcuaError =>
  new MotcuaError({
    code: "DOSSIER_FORM_NOT_AVAILABLE",
    path: ["input", "events"],
    vi: `Các sự kiện không tạo ra giấy tờ "${paper}"`,
    en: `The events issue no "${paper}" paper`,
  });

/** The header of the paper the events issue, or its refusal. */
function headerOf(
  paper: Paper,
  events: ReturnType<typeof parseDossierEvents>,
  forms: FormRules,
  rules: DossierRules,
  calendar: WorkingCalendar,
): { form: string; formName: string } {
  const pick = (x: { form: string; formName: string } | undefined) => {
    if (x === undefined) throw notIssued(paper);
    return { form: x.form, formName: x.formName };
  };
  switch (paper) {
    case "receiptSlip":
      return pick(
        toReceiptSlip(events, { procedure: { code: "-" }, dueAt: (receivedAt) => receivedAt }, forms),
      );
    case "supplementRequest":
      return pick(toSupplementRequests(events, forms)[0]);
    case "refusal":
      return pick(toRefusal(events, forms));
    case "lateApology":
      return pick(toApologies(events, {}, forms)[0]);
    case "stopNotice":
      return pick(toStopNotice(events, forms));
    case "controlSlip":
      return pick(toControlSlip(events, { rules, calendar, forms }));
    case "trackingBook":
      return pick(toTrackingLedgerRow(events, {}, forms).book);
  }
}

/**
 * The forms check.
 *
 * - `dossier.form` — input `{ events, paper }` (core dossier events; `paper` one of `receiptSlip`,
 *   `supplementRequest`, `refusal`, `lateApology`, `stopNotice`, `controlSlip`, `trackingBook`),
 *   output `{ form, formName }`: the number and official name of that paper under the circular in
 *   force at the dossier's first event (its receipt). A paper the circular does not have is
 *   `RULE_MISSING` (the stop notice before 1/7/2025); a paper the events do not issue is
 *   `DOSSIER_FORM_NOT_AVAILABLE`.
 *
 * @example
 * ```ts
 * import { formChecks } from "@motcua/conformance";
 * formChecks.map((c) => c.id); // ["dossier.form"]
 * ```
 * @since 0.3.0
 * @category Checks
 */
export const formChecks: ReadonlyArray<Check> = [
  defineCheck({
    id: "dossier.form",
    summary: "The number and name of a dossier's paper under the circular in force at its receipt.",
    input: z.strictObject({ events: required(), paper: required() }),
    outputKeys: ["form", "formName"],
    run: ({ events, paper }, rulebook) => {
      if (typeof paper !== "string" || !(PAPERS as ReadonlyArray<string>).includes(paper))
        throw new MotcuaError({
          code: CONFORMANCE_INVALID_INPUT,
          path: ["input", "paper"],
          vi: `paper phải là một trong ${PAPERS.join(", ")}`,
          en: `paper must be one of ${PAPERS.join(", ")}`,
        });
      const parsed = parseDossierEvents(events);
      const first = firstEventAt(parsed);
      const at = inputsIfDated(rulebook, first);
      const forms = at === undefined ? {} : sliceOf(at.rulebook, "forms");
      const rules = at?.dossierRules ?? { sla: {}, permissions: {} };
      return headerOf(paper as Paper, parsed, forms, rules, calendarFor(rulebook, first, undefined));
    },
  }),
];
