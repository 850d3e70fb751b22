/**
 * `replay`: folds a handover's events into its workflow state, refusing invalid sequences with a
 * coded error (never a throw).
 *
 * @module
 */
import {
  err,
  isMotcuaError,
  MotcuaError,
  ok,
  safeDecode,
  vietnamDayNumber,
  type CivilDate,
  type HandoverScope,
  type LegalRef,
  type Level,
  type Result,
} from "@motcua/core";
import { decide, type ApprovalDecision } from "./decide";
import { HandoverErrorCode } from "./HandoverError";
import {
  HandoverEventSchema,
  type HandoverEvent,
  type HandoverEventInput,
  type HandoverEventType,
} from "./HandoverEvent";
import type { HandoverMachineContext, HandoverStatus } from "./handoverMachine";
import type { HandoverParty } from "./HandoverRules";
import type { HandoverRules } from "./handoverSlot";
import { addMonthsToDayNumber } from "./internal/dates";
import { acceptedEvents, step } from "./internal/table";

/**
 * A period during which postal staff operated the counter work (epoch ms; `to` absent while
 * ongoing).
 *
 * @example
 * ```ts
 * import type { OperationPeriod } from "@motcua/handover";
 * const p: OperationPeriod = { from: Date.parse("2021-05-17T00:00:00+07:00") };
 * ```
 * @since 0.1.0
 * @category Workflow
 */
export interface OperationPeriod {
  /** The `handedOver` (or `resumed`) instant. */
  readonly from: number;
  /** The `suspended` or `reversed` instant, if it ended. */
  readonly to?: number;
}

/**
 * One status change of a workflow.
 *
 * @example
 * ```ts
 * import type { HandoverTransition } from "@motcua/handover";
 * const t: HandoverTransition = { event: "handedOver", at: 0, from: "approved", to: "handedOver" };
 * ```
 * @since 0.1.0
 * @category Workflow
 */
export interface HandoverTransition {
  /** The event that caused it. */
  readonly event: HandoverEventType;
  /** When (epoch ms). */
  readonly at: number;
  /** Status before. */
  readonly from: HandoverStatus | "idle";
  /** Status after. */
  readonly to: HandoverStatus;
}

/**
 * The state of one handover workflow after {@link replay}.
 *
 * @example
 * ```ts
 * import { replay, type HandoverWorkflow } from "@motcua/handover";
 * const r = replay([{ type: "proposed", at: 0, officeId: "X", level: "province", scope: { kind: "all" } }]);
 * const w: HandoverWorkflow | undefined = r.ok ? r.value : undefined; // status "proposed"
 * ```
 * @since 0.1.0
 * @category Workflow
 */
export interface HandoverWorkflow {
  /** Current status. */
  readonly status: HandoverStatus;
  /** The office concerned. */
  readonly officeId: string;
  /** Its level. */
  readonly level: Level;
  /** What is handed over. */
  readonly scope: HandoverScope;
  /** `replace` or `support`. */
  readonly mode: "replace" | "support";
  /** The agency whose civil servants are withdrawn, when given. */
  readonly agencyId?: string;
  /** When it was proposed (epoch ms). */
  readonly proposedAt: number;
  /** Postal staff assigned so far (sum of `staffAssigned.staff`; events without a count add none). */
  readonly staffAssigned: number;
  /** The approving decision, once approved. */
  readonly decision?: LegalRef;
  /** The status a suspension returns to, while suspended. */
  readonly suspendedFrom?: HandoverStatus;
  /** Periods operated by postal staff. */
  readonly periods: ReadonlyArray<OperationPeriod>;
  /** Every status change, in order. */
  readonly history: ReadonlyArray<HandoverTransition>;
  /** What the rulebook requires, when `replay` was given one. */
  readonly approval?: ApprovalDecision;
  /** When learning started: the first `staffAssigned` (epoch ms). */
  readonly learningStartedAt?: number;
  /**
   * With a rulebook that gives a duration: the planned learning window counted from the learning
   * start (e.g. 2–3 months, or earlier once proficient), as Vietnamese civil dates.
   */
  readonly learningWindow?: {
    readonly earliest?: CivilDate;
    readonly latest?: CivilDate;
    readonly legalRef: LegalRef;
  };
}

/**
 * Options of {@link replay}.
 *
 * @example
 * ```ts
 * import type { HandoverRules, ReplayOptions } from "@motcua/handover";
 * declare const rules: HandoverRules; // sliceOf(rulebook, "handover") from @motcua/plugin-sdk
 * const options: ReplayOptions = { rules };
 * ```
 * @since 0.1.0
 * @category Workflow
 */
export interface ReplayOptions {
  /**
   * The rulebook's handover rules: the `proposed` event is checked with {@link decide} at its date,
   * and each event's `by` must be the party the rules name (proposer, decider, assessors).
   */
  readonly rules?: HandoverRules;
}

const fail = (code: string, path: ReadonlyArray<string | number>, vi: string, en: string, data = {}) =>
  err(new MotcuaError({ code, path, vi, en, data }));

type Mutable = {
  -readonly [K in keyof HandoverWorkflow]: HandoverWorkflow[K];
};

const checkParty = (
  index: number,
  event: HandoverEvent,
  expected: ReadonlyArray<HandoverParty | string>,
  what: { vi: string; en: string },
): Result<true> => {
  if (event.by === undefined || expected.length === 0 || expected.includes(event.by)) return ok(true);
  return fail(
    HandoverErrorCode.PartyMismatch,
    ["events", index, "by"],
    `${what.vi}: "${event.by}" không phải bên được quy định (${expected.join(", ")})`,
    `${what.en}: "${event.by}" is not the party the rulebook names (${expected.join(", ")})`,
    { by: event.by, expected },
  );
};

const checkRules = (
  index: number,
  event: HandoverEvent,
  approval: ApprovalDecision | undefined,
): Result<true> => {
  if (approval === undefined) return ok(true);
  const parties = (duty: string) => approval.steps.filter((s) => s.duty === duty).map((s) => s.party);
  switch (event.type) {
    case "withdrawalProposed": {
      if (approval.ownProposalRequired && event.by !== "departmentDirector")
        return fail(
          HandoverErrorCode.PartyMismatch,
          ["events", index, "by"],
          "Đơn vị giữ công chức cho đến khi chính đơn vị đề xuất: cần đề xuất của Giám đốc Sở (by: departmentDirector)",
          "The agency keeps its civil servants until it proposes itself: the proposal must come from its director (by: departmentDirector)",
          { exception: approval.exception?.id },
        );
      return checkParty(index, event, parties("propose"), { vi: "Bên đề xuất", en: "Proposer" });
    }
    case "approved":
    case "rejected":
      return checkParty(index, event, [approval.decider.party], { vi: "Bên quyết định", en: "Decider" });
    case "proficiencyAssessed": {
      // Without `handover.assessors` the rulebook names nobody, so no assessor can be checked.
      const named = approval.assessors?.parties;
      const bad = named === undefined ? undefined : (event.assessors ?? []).find((p) => !named.includes(p));
      if (bad === undefined) return ok(true);
      return fail(
        HandoverErrorCode.PartyMismatch,
        ["events", index, "assessors"],
        `Bên đánh giá "${bad}" không được quy định (${named?.join(", ")})`,
        `Assessor "${bad}" is not named by the rulebook (${named?.join(", ")})`,
        { assessor: bad, expected: named },
      );
    }
    default:
      return ok(true);
  }
};

function run(events: unknown, options: ReplayOptions): Result<HandoverWorkflow> {
  if (!Array.isArray(events) || events.length === 0) {
    return fail(
      HandoverErrorCode.InvalidEvent,
      ["events"],
      "Cần một danh sách sự kiện không rỗng, bắt đầu bằng 'proposed'",
      "Expected a non-empty list of events starting with 'proposed'",
    );
  }
  let state: Mutable | undefined;
  let status: HandoverStatus | "idle" = "idle";
  let context: HandoverMachineContext = { mode: "replace" };
  let previousAt = -Infinity;
  const history: HandoverTransition[] = [];
  const periods: OperationPeriod[] = [];

  for (let i = 0; i < events.length; i++) {
    const parsed = safeDecode(HandoverEventSchema, events[i], {
      code: HandoverErrorCode.InvalidEvent,
      path: ["events", i],
      label: { en: "handover event", vi: "Sự kiện chuyển giao" },
    });
    if (!parsed.ok) return parsed;
    const event = parsed.value;
    if (event.at < previousAt) {
      return fail(
        HandoverErrorCode.EventOutOfOrder,
        ["events", i, "at"],
        "Sự kiện sớm hơn sự kiện trước nó",
        "Event is earlier than the one before it",
        { index: i },
      );
    }
    const target = step(status, context, event);
    if (target === undefined) {
      const allowed = acceptedEvents(status);
      return fail(
        HandoverErrorCode.TransitionForbidden,
        ["events", i, "type"],
        `Không được "${event.type}" khi đang ở trạng thái "${status}" (được phép: ${allowed.join(", ") || "không có"})`,
        `"${event.type}" is not allowed in status "${status}" (allowed: ${allowed.join(", ") || "none"})`,
        {
          status,
          event: event.type,
          allowed,
          ...(context.suspendedFrom ? { suspendedFrom: context.suspendedFrom } : {}),
        },
      );
    }

    if (event.type === "proposed") {
      context = { mode: event.mode };
      let approval: ApprovalDecision | undefined;
      if (options.rules !== undefined) {
        try {
          approval = decide(
            {
              officeId: event.officeId,
              level: event.level,
              scope: event.scope,
              mode: event.mode,
              ...(event.agencyId === undefined ? {} : { agencyId: event.agencyId }),
            },
            options.rules,
            event.at,
          );
        } catch (e) {
          if (isMotcuaError(e)) return err(e);
          throw e;
        }
      }
      state = {
        status: target,
        officeId: event.officeId,
        level: event.level,
        scope: event.scope,
        mode: event.mode,
        ...(event.agencyId === undefined ? {} : { agencyId: event.agencyId }),
        proposedAt: event.at,
        staffAssigned: 0,
        periods,
        history,
        ...(approval === undefined ? {} : { approval }),
      };
    }
    if (state === undefined) break; // unreachable: the chart only accepts `proposed` from idle
    const checked = checkRules(i, event, state.approval);
    if (!checked.ok) return checked;

    switch (event.type) {
      case "staffAssigned":
        state.staffAssigned += event.staff ?? 0;
        if (state.learningStartedAt === undefined) {
          state.learningStartedAt = event.at;
          const learning = state.approval?.learning;
          if (
            learning !== undefined &&
            (learning.minMonths !== undefined || learning.maxMonths !== undefined)
          ) {
            const start = vietnamDayNumber(event.at);
            state.learningWindow = {
              ...(learning.minMonths === undefined
                ? {}
                : { earliest: addMonthsToDayNumber(start, learning.minMonths) }),
              ...(learning.maxMonths === undefined
                ? {}
                : { latest: addMonthsToDayNumber(start, learning.maxMonths) }),
              legalRef: learning.legalRef,
            };
          }
        }
        break;
      case "approved":
        state.decision = event.decision;
        break;
      case "suspended":
        context = { ...context, suspendedFrom: status as HandoverStatus };
        if (status === "handedOver") closePeriod(periods, event.at);
        break;
      case "resumed":
        context = { mode: context.mode };
        if (target === "handedOver") periods.push({ from: event.at });
        break;
      case "handedOver":
        periods.push({ from: event.at });
        break;
      case "reversed":
        if (status === "handedOver") closePeriod(periods, event.at);
        break;
      default:
        break;
    }
    history.push({ event: event.type, at: event.at, from: status, to: target });
    status = target;
    state.status = target;
    previousAt = event.at;
  }
  if (state === undefined) {
    return fail(
      HandoverErrorCode.InvalidEvent,
      ["events", 0],
      "Thiếu sự kiện 'proposed'",
      "Missing 'proposed' event",
    );
  }
  if (context.suspendedFrom === undefined) delete state.suspendedFrom;
  else state.suspendedFrom = context.suspendedFrom;
  return ok(state);
}

const closePeriod = (periods: OperationPeriod[], at: number): void => {
  const last = periods[periods.length - 1];
  if (last !== undefined && last.to === undefined) periods[periods.length - 1] = { from: last.from, to: at };
};

/**
 * Replays a handover's events (oldest first) into its workflow state. Invalid input or sequences
 * come back as `{ ok: false, error }` with a coded `MotcuaError` naming the event
 * (`HANDOVER_INVALID_EVENT`, `HANDOVER_TRANSITION_FORBIDDEN`, `HANDOVER_EVENT_OUT_OF_ORDER`,
 * `HANDOVER_PARTY_MISMATCH`, or a {@link decide} code when `options.rules` is given). Never throws;
 * never mutates the events.
 *
 * @example
 * ```ts
 * import { replay } from "@motcua/handover";
 * const r = replay([
 *   { type: "proposed", at: "2021-03-01T08:00:00+07:00", officeId: "HT-CANLOC", level: "district", scope: { kind: "all" } },
 *   { type: "staffAssigned", at: "2021-03-02T08:00:00+07:00", staff: 3 },
 *   { type: "handedOver", at: "2021-03-03T08:00:00+07:00" },
 * ]);
 * r.ok; // false: HANDOVER_TRANSITION_FORBIDDEN at events[2].type (still learning)
 * ```
 * @since 0.1.0
 * @category Workflow
 */
export function replay(
  events: ReadonlyArray<HandoverEventInput>,
  options?: ReplayOptions,
): Result<HandoverWorkflow>;
export function replay(events: unknown, options: ReplayOptions = {}): Result<HandoverWorkflow> {
  try {
    return run(events, options ?? {});
  } catch (e) {
    // Defensive: an exotic input (a throwing getter, a Proxy) must still come back coded.
    if (isMotcuaError(e)) return err(e);
    return err(
      new MotcuaError({
        code: HandoverErrorCode.InvalidEvent,
        path: ["events"],
        vi: "Không đọc được danh sách sự kiện",
        en: "Could not read the event list",
        cause: e,
      }),
    );
  }
}
