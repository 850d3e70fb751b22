/**
 * The pieces shared by the xstate chart and the compiled transition table, so both cannot drift:
 * state names, the extended context, the context update, and the guards as small pure checks
 * each naming the reason it refuses.
 */
import type { Channel, DossierEvent, DossierEventType } from "@motcua/core";
import { DOSSIER_EVENT_TYPES } from "@motcua/core";
import {
  appraisalSupplementLastDay,
  refusalInTime as refusalInTimeOf,
  rescheduleVerdict,
  supplementVerdict,
  type EventRules,
} from "@motcua/sla";
import type { DossierCalendar } from "../DossierCalendar";
import type { DossierStateName } from "../DossierSnapshot";

/** Every state of the chart, in lifecycle order (index = state index in the table). */
export const STATE_NAMES = [
  "new",
  "inPostalTransit",
  "awaitingReceipt",
  "awaitingReceiptSupplement",
  "refusedAtReceipt",
  "received",
  "atAgency",
  "processing",
  "awaitingAppraisalSupplement",
  "interAgency",
  "awaitingFinancialObligation",
  "resolved",
  "resultReady",
  "undeliverable",
  "returned",
  "stopped",
  "withdrawn",
] as const satisfies ReadonlyArray<DossierStateName>;

export type StateName = (typeof STATE_NAMES)[number];
// Both ways: every DossierStateName is in STATE_NAMES.
const _allStates: ReadonlyArray<StateName> = [] as DossierStateName[];
void _allStates;

export const FINAL_STATES: ReadonlySet<StateName> = new Set([
  "refusedAtReceipt",
  "returned",
  "stopped",
  "withdrawn",
]);

/** Event type → column index of the table. */
export const EVENT_TYPES: ReadonlyArray<DossierEventType> = DOSSIER_EVENT_TYPES;
export const EVENT_INDEX: ReadonlyMap<string, number> = new Map(EVENT_TYPES.map((t, i) => [t, i]));

/**
 * The input of {@link dossierMachine}: the rule parameters its guards read, compiled from the
 * rulebook's slices and the replay options (use `replay`, which builds it). The event rules are
 * `@motcua/sla`'s `eventRulesOf`: the guards call the same functions as the clock.
 *
 * @example
 * ```ts
 * import type { DossierEnv } from "@motcua/dossier";
 * const signsAtTransfer = (env: DossierEnv) => env.signAtTransfer;
 * ```
 * @since 0.1.0
 * @category Statechart
 */
export interface DossierEnv {
  /** The event rules (supplement, appraisal window, reschedule and notice, refusal, delivery). */
  readonly events: EventRules;
  /** A civil servant signs the control slip before transfer (postal receipt, at this level). */
  readonly signAtTransfer: boolean;
  /** A civil servant signs the control slip before the result is returned. */
  readonly signAtResultReceipt: boolean;
  /** Working calendar. */
  readonly calendar: DossierCalendar;
  /** The appointed return instant of form 01, if known (from `@motcua/sla`). */
  readonly dueAt: number | undefined;
}

/**
 * The context (extended state) of {@link dossierMachine}: what its guards remember. `replay`
 * returns it as a {@link DossierSnapshot}.
 *
 * @example
 * ```ts
 * import type { DossierContext } from "@motcua/dossier";
 * const supplementsAsked = (c: DossierContext) => c.receiptSupplements + c.appraisalSupplements;
 * ```
 * @since 0.1.0
 * @category Statechart
 */
export interface DossierContext {
  /** The rule parameters. */
  readonly env: DossierEnv;
  /** Submission channel. */
  channel: Channel | undefined;
  /** Dossier code of form 01. */
  dossierCode: string | undefined;
  /** Valid-receipt instant (epoch ms). */
  receivedAt: number | undefined;
  /** Form 01 issued by postal staff. */
  receivedByPostalStaff: boolean;
  /** Last day number for an appraisal supplement request. */
  appraisalDeadlineDay: number | undefined;
  /** Current due instant (epoch ms). */
  dueAt: number | undefined;
  /** Supplement requests at receipt. */
  receiptSupplements: number;
  /** Supplement requests after appraisal. */
  appraisalSupplements: number;
  /** Re-appointments made. */
  reschedules: number;
  /** Control slip signed at transfer (epoch ms). */
  transferSignedAt: number | undefined;
  /** Control slip signed at result receipt (epoch ms). */
  resultReceiptSignedAt: number | undefined;
  /** Inter-agency participants that have not answered. */
  pendingAgencies: ReadonlyArray<string>;
  /** The decision. */
  decision: "approved" | "refused" | undefined;
  /** The post could not deliver the result. */
  undeliverable: boolean;
  /** Instant of the last accepted event. */
  lastAt: number | undefined;
  /** Accepted events. */
  eventCount: number;
}

export const initialContext = (env: DossierEnv): DossierContext => ({
  env,
  channel: undefined,
  dossierCode: undefined,
  receivedAt: undefined,
  receivedByPostalStaff: false,
  appraisalDeadlineDay: undefined,
  dueAt: env.dueAt,
  receiptSupplements: 0,
  appraisalSupplements: 0,
  reschedules: 0,
  transferSignedAt: undefined,
  resultReceiptSignedAt: undefined,
  pendingAgencies: [],
  decision: undefined,
  undeliverable: false,
  lastAt: undefined,
  eventCount: 0,
});

export const copyContext = (c: DossierContext): DossierContext => ({ ...c });

const T = (type: DossierEventType): number => EVENT_INDEX.get(type) as number;
const SUBMITTED = T("submitted");
const RECEIVED = T("received");
const SUPPLEMENT_REQUESTED = T("supplementRequested");
const CONTROL_SLIP_SIGNED = T("controlSlipSigned");
const INTER_AGENCY_SENT = T("interAgencySent");
const INTER_AGENCY_RETURNED = T("interAgencyReturned");
const RESCHEDULED = T("rescheduled");
const RESOLVED = T("resolved");
const REFUSED = T("refused");
const RESULT_UNDELIVERABLE = T("resultUndeliverable");

/** Records an accepted event in the context (the chart's `record` action calls this). */
export const applyEvent = (c: DossierContext, e: DossierEvent): void =>
  applyCoded(c, e, EVENT_INDEX.get(e.type) as number, e.at);

/**
 * {@link applyEvent} for an event whose type code `t` (`EVENT_INDEX`) and instant `at` are already
 * read (the fast engine): the one implementation of the context update, shared by both engines.
 */
export function applyCoded(c: DossierContext, e: DossierEvent, t: number, at: number): void {
  switch (t) {
    case SUBMITTED:
      c.channel = (e as DossierEvent & { type: "submitted" }).channel;
      break;
    case RECEIVED: {
      const r = e as DossierEvent & { type: "received" };
      c.receivedAt = at;
      c.dossierCode = r.dossierCode;
      c.receivedByPostalStaff = r.actor.role === "postalStaff";
      c.appraisalDeadlineDay = appraisalSupplementLastDay(c.env.events, c.env.calendar, at);
      break;
    }
    case SUPPLEMENT_REQUESTED:
      if ((e as DossierEvent & { type: "supplementRequested" }).stage === "receipt") c.receiptSupplements++;
      else c.appraisalSupplements++;
      break;
    case CONTROL_SLIP_SIGNED:
      if ((e as DossierEvent & { type: "controlSlipSigned" }).stage === "transfer") c.transferSignedAt = at;
      else c.resultReceiptSignedAt = at;
      break;
    case INTER_AGENCY_SENT: {
      const next = c.pendingAgencies.slice();
      for (const a of (e as DossierEvent & { type: "interAgencySent" }).agencies)
        if (!next.includes(a)) next.push(a);
      c.pendingAgencies = next;
      break;
    }
    case INTER_AGENCY_RETURNED: {
      const agency = (e as DossierEvent & { type: "interAgencyReturned" }).agency;
      c.pendingAgencies = c.pendingAgencies.filter((a) => a !== agency);
      break;
    }
    case RESCHEDULED:
      c.reschedules++;
      c.dueAt = (e as DossierEvent & { type: "rescheduled" }).newDueAt;
      break;
    case RESOLVED:
      c.decision = (e as DossierEvent & { type: "resolved" }).decision;
      break;
    case REFUSED:
      if ((e as DossierEvent & { type: "refused" }).stage === "appraisal") c.decision = "refused";
      break;
    case RESULT_UNDELIVERABLE:
      c.undeliverable = true;
      break;
    default:
      break;
  }
  c.lastAt = at;
  c.eventCount++;
}

/** Codes of the lifecycle refusals (the chart's own). */
export type LifecycleReason =
  | "DOSSIER_TRANSITION_FORBIDDEN"
  | "DOSSIER_CLOSED"
  | "DOSSIER_WRONG_STAGE"
  | "DOSSIER_SUPPLEMENT_ALREADY_REQUESTED"
  | "DOSSIER_APPRAISAL_WINDOW_CLOSED"
  | "DOSSIER_REFUSAL_AFTER_DEADLINE"
  | "DOSSIER_CONTROL_SLIP_UNSIGNED"
  | "DOSSIER_RESCHEDULE_LIMIT"
  | "DOSSIER_RESCHEDULE_TOO_LATE"
  | "DOSSIER_RESCHEDULE_NOT_LATER"
  | "DOSSIER_INTER_AGENCY_NOT_PENDING"
  | "DOSSIER_UNDELIVERABLE_TOO_EARLY";

/** One pure check of a guard; `reason` is null for routing checks (choosing between targets). */
export interface Check {
  readonly reason: LifecycleReason | null;
  readonly test: (c: DossierContext, e: DossierEvent) => boolean;
}

const stageIs =
  (stage: string): Check["test"] =>
  (_c, e) =>
    "stage" in e && e.stage === stage;
const wrongStage = (stage: string): Check => ({ reason: "DOSSIER_WRONG_STAGE", test: stageIs(stage) });

const refusalInTime: Check = {
  reason: "DOSSIER_REFUSAL_AFTER_DEADLINE",
  test: (c, e) => {
    const refusing = e.type === "refused" || (e.type === "resolved" && e.decision === "refused");
    return !refusing || refusalInTimeOf(c.env.events, c.dueAt, e.at);
  },
};

const resultSigned: Check = {
  reason: "DOSSIER_CONTROL_SLIP_UNSIGNED",
  test: (c) =>
    !c.env.signAtResultReceipt || !c.receivedByPostalStaff || c.resultReceiptSignedAt !== undefined,
};

const agencyPending: Check = {
  reason: "DOSSIER_INTER_AGENCY_NOT_PENDING",
  test: (c, e) => e.type === "interAgencyReturned" && c.pendingAgencies.includes(e.agency),
};

/** The one reschedule verdict (`@motcua/sla`'s, as the clock applies it). */
const reschedule = (c: DossierContext, e: DossierEvent) =>
  e.type === "rescheduled"
    ? rescheduleVerdict(c.env.events, c.env.calendar, c.reschedules, c.dueAt, e.at, e.newDueAt)
    : "notLater";

/**
 * The chart's guards by name: a guard passes when all its checks pass; when it fails, the first
 * failing check with a reason names the refusal.
 */
export const GUARDS = {
  postalChannel: [{ reason: null, test: (_c, e) => e.type === "submitted" && e.channel === "postal" }],
  receiptSupplement: [
    wrongStage("receipt"),
    {
      reason: "DOSSIER_SUPPLEMENT_ALREADY_REQUESTED",
      test: (c, e) => supplementVerdict(c.env.events, c.receiptSupplements, undefined, e.at) === "ok",
    },
  ],
  receiptRefusal: [wrongStage("receipt")],
  appraisalSupplement: [
    wrongStage("appraisal"),
    {
      reason: "DOSSIER_SUPPLEMENT_ALREADY_REQUESTED",
      test: (c, e) => supplementVerdict(c.env.events, c.appraisalSupplements, undefined, e.at) !== "limit",
    },
    {
      reason: "DOSSIER_APPRAISAL_WINDOW_CLOSED",
      test: (c, e) =>
        c.appraisalDeadlineDay !== undefined &&
        supplementVerdict(c.env.events, c.appraisalSupplements, c.appraisalDeadlineDay, e.at) === "ok",
    },
  ],
  appraisalRefusal: [wrongStage("appraisal"), refusalInTime],
  resolution: [refusalInTime],
  transferSignature: [wrongStage("transfer")],
  resultReceiptSignature: [wrongStage("resultReceipt")],
  canTransfer: [
    {
      reason: "DOSSIER_CONTROL_SLIP_UNSIGNED",
      test: (c) => !c.env.signAtTransfer || !c.receivedByPostalStaff || c.transferSignedAt !== undefined,
    },
  ],
  canReturnResult: [resultSigned],
  canReschedule: [
    { reason: "DOSSIER_RESCHEDULE_LIMIT", test: (c, e) => reschedule(c, e) !== "limit" },
    { reason: "DOSSIER_RESCHEDULE_TOO_LATE", test: (c, e) => reschedule(c, e) !== "tooLate" },
    { reason: "DOSSIER_RESCHEDULE_NOT_LATER", test: (c, e) => reschedule(c, e) === "ok" },
  ],
  lastPendingAgency: [agencyPending, { reason: null, test: (c) => c.pendingAgencies.length === 1 }],
  agencyPending: [agencyPending],
  canDeclareUndeliverable: [
    resultSigned,
    {
      reason: "DOSSIER_UNDELIVERABLE_TOO_EARLY",
      test: (c, e) => e.type === "resultUndeliverable" && e.attempts >= c.env.events.undeliverableAttempts,
    },
  ],
} satisfies Record<string, ReadonlyArray<Check>>;

export type GuardName = keyof typeof GUARDS;

/** Runs a guard's checks; returns null when it passes, else the first failing check's reason (or "" for routing). */
export function failingReason(
  checks: ReadonlyArray<Check>,
  c: DossierContext,
  e: DossierEvent,
): LifecycleReason | "" | null {
  for (const check of checks) if (!check.test(c, e)) return check.reason ?? "";
  return null;
}
