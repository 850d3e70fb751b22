/**
 * The dossier lifecycle statechart (xstate v5): the single definition from which the fast
 * transition table, the permission checks and the Mermaid diagram are derived.
 *
 * @module
 */
import type { DossierEvent } from "@motcua/core";
import { assign, setup } from "xstate";
import {
  applyEvent,
  copyContext,
  GUARDS,
  initialContext,
  type Check,
  type DossierContext,
  type DossierEnv,
  type GuardName,
} from "./internal/model";

type GuardImpl = (args: { context: DossierContext; event: DossierEvent }) => boolean;

const toGuard =
  (checks: ReadonlyArray<Check>): GuardImpl =>
  ({ context, event }) => {
    for (const check of checks) if (!check.test(context, event)) return false;
    return true;
  };

const guards = Object.fromEntries(
  Object.entries(GUARDS).map(([name, checks]) => [name, toGuard(checks)]),
) as Record<GuardName, GuardImpl>;

// Every transition records its event in the context (`record`), through the same function the
// compiled table uses.
const go = (target: string, guard?: GuardName) =>
  guard === undefined
    ? { target, actions: "record" as const }
    : { target, guard, actions: "record" as const };
const stay = (guard?: GuardName) =>
  guard === undefined ? { actions: "record" as const } : { guard, actions: "record" as const };

const leave = { withdrawn: go("withdrawn") };
const stop = { stopped: go("stopped") };
const late = { rescheduled: stay("canReschedule") };

/**
 * The dossier lifecycle as an xstate v5 machine (Nghị định 61/2018/NĐ-CP Art. 15–21, Quyết định
 * 45/2016/QĐ-TTg). Its input is the compiled rule environment; use {@link replay} rather than
 * driving it directly, or {@link replayWithXstate} to run it event by event.
 *
 * | state | meaning |
 * |---|---|
 * | `new` | nothing filed yet (guidance may happen) |
 * | `inPostalTransit` | picked up by the postman, not yet handed over at the agency (QĐ 45/2016) |
 * | `awaitingReceipt` | at the counter, being checked (Art. 17) |
 * | `awaitingReceiptSupplement` | form 02 issued at receipt, waiting for the applicant |
 * | `refusedAtReceipt` | form 03 issued (final) |
 * | `received` | form 01 issued, clock running; waiting to be transferred (Art. 18) |
 * | `atAgency` | transferred (or, from 1/7/2025, forwarded by another unit's centre) to the competent agency |
 * | `processing` | assigned and being appraised (Art. 19) |
 * | `awaitingAppraisalSupplement` | returned for completion within 3 working days of receipt |
 * | `interAgency` | sent to participating agencies (liên thông, Art. 21) |
 * | `awaitingFinancialObligation` | waiting for fees or taxes |
 * | `resolved` | decided (approved or refused) |
 * | `resultReady` | the result is at the one-stop (Art. 20) |
 * | `undeliverable` | the post could not deliver it; back at the one-stop |
 * | `returned` | the result reached the applicant (final) |
 * | `stopped` / `withdrawn` | processing stopped / dossier withdrawn (final) |
 *
 * @example
 * ```ts
 * import { dossierMachine } from "@motcua/dossier";
 * Object.keys(dossierMachine.root.states).length; // 17
 * ```
 * @since 0.1.0
 * @category Statechart
 */
export const dossierMachine = setup({
  types: {} as { context: DossierContext; events: DossierEvent; input: DossierEnv },
  guards,
  actions: {
    record: assign(({ context, event }) => {
      const next = copyContext(context);
      applyEvent(next, event);
      return next;
    }),
  },
}).createMachine({
  id: "dossier",
  initial: "new",
  /** A fresh context from the compiled rule parameters (the machine's input). */
  context: ({ input }) => initialContext(input),
  states: {
    new: {
      on: {
        guided: stay(),
        submitted: [go("inPostalTransit", "postalChannel"), go("awaitingReceipt")],
        ...leave,
      },
    },
    inPostalTransit: { on: { postalHandedOver: go("awaitingReceipt"), ...leave } },
    awaitingReceipt: {
      on: {
        guided: stay(),
        digitised: stay(),
        received: go("received"),
        supplementRequested: go("awaitingReceiptSupplement", "receiptSupplement"),
        refused: go("refusedAtReceipt", "receiptRefusal"),
        ...leave,
      },
    },
    awaitingReceiptSupplement: {
      on: { guided: stay(), supplementReceived: go("awaitingReceipt"), ...leave },
    },
    refusedAtReceipt: { type: "final" },
    received: {
      on: {
        digitised: stay(),
        controlSlipSigned: stay("transferSignature"),
        transferred: go("atAgency", "canTransfer"),
        forwarded: go("atAgency", "canTransfer"),
        ...late,
        ...leave,
      },
    },
    atAgency: { on: { assigned: go("processing"), ...late, ...stop, ...leave } },
    processing: {
      on: {
        assigned: stay(),
        supplementRequested: go("awaitingAppraisalSupplement", "appraisalSupplement"),
        interAgencySent: go("interAgency"),
        financialObligationRequested: go("awaitingFinancialObligation"),
        resolved: go("resolved", "resolution"),
        refused: go("resolved", "appraisalRefusal"),
        ...late,
        ...stop,
        ...leave,
      },
    },
    awaitingAppraisalSupplement: { on: { supplementReceived: go("processing"), ...stop, ...leave } },
    interAgency: {
      on: {
        interAgencySent: stay(),
        interAgencyReturned: [go("processing", "lastPendingAgency"), stay("agencyPending")],
        ...late,
        ...stop,
        ...leave,
      },
    },
    awaitingFinancialObligation: {
      on: { financialObligationMet: go("processing"), ...late, ...stop, ...leave },
    },
    resolved: { on: { resultReady: go("resultReady") } },
    resultReady: {
      on: {
        controlSlipSigned: stay("resultReceiptSignature"),
        resultReturned: go("returned", "canReturnResult"),
        resultUndeliverable: go("undeliverable", "canDeclareUndeliverable"),
      },
    },
    undeliverable: { on: { resultReturned: go("returned", "canReturnResult") } },
    returned: { type: "final" },
    stopped: { type: "final" },
    withdrawn: { type: "final" },
  },
});

/**
 * The type of {@link dossierMachine}.
 *
 * @since 0.1.0
 * @category Statechart
 */
export type DossierMachine = typeof dossierMachine;
