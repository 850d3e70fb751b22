/**
 * The handover statechart, authored with xstate v5: proposed → learning → assessed →
 * withdrawalProposed → approved | rejected → handedOver, plus suspension and reversal.
 * {@link replay} runs a transition table compiled from this chart (tests prove both agree).
 *
 * @module
 */
import { assign, setup } from "xstate";
import type { HandoverEvent } from "./HandoverEvent";

/**
 * Where a handover workflow stands.
 *
 * | status | Vietnamese |
 * |---|---|
 * | `proposed` | đã đề xuất chuyển giao |
 * | `learning` | nhân viên bưu điện được bố trí, đang học việc |
 * | `assessed` | đã được đánh giá thành thạo |
 * | `withdrawalProposed` | đã đề xuất rút công chức |
 * | `approved` / `rejected` | được chấp thuận / không chấp thuận |
 * | `handedOver` | đã bàn giao, nhân viên bưu điện thực hiện |
 * | `suspended` | tạm dừng |
 * | `reversed` | đã hủy chuyển giao, công chức thực hiện lại |
 *
 * @example
 * ```ts
 * import type { HandoverStatus } from "@motcua/handover";
 * const s: HandoverStatus = "withdrawalProposed";
 * ```
 * @since 0.1.0
 * @category Workflow
 */
export type HandoverStatus =
  | "proposed"
  | "learning"
  | "assessed"
  | "withdrawalProposed"
  | "approved"
  | "rejected"
  | "handedOver"
  | "suspended"
  | "reversed";

/**
 * The statuses a suspension can return to (all but `rejected`, `suspended` and `reversed`).
 *
 * @example
 * ```ts
 * import type { ResumableStatus } from "@motcua/handover";
 * const s: ResumableStatus = "handedOver";
 * ```
 * @since 0.1.0
 * @category Workflow
 */
export type ResumableStatus =
  "proposed" | "learning" | "assessed" | "withdrawalProposed" | "approved" | "handedOver";

type Resumable = ResumableStatus;

/**
 * The statechart's context: the handover mode and, while suspended, the status to resume.
 *
 * @example
 * ```ts
 * import type { HandoverMachineContext } from "@motcua/handover";
 * const c: HandoverMachineContext = { mode: "support" };
 * ```
 * @since 0.1.0
 * @category Workflow
 */
export interface HandoverMachineContext {
  /** `replace` (civil servants withdrawn) or `support` (no withdrawal step). */
  readonly mode: "replace" | "support";
  /** The status a suspension returns to. */
  readonly suspendedFrom?: HandoverStatus | undefined;
}

type Guarded = { readonly context: HandoverMachineContext; readonly event: HandoverEvent };

/** @internal The guard implementations, shared by the chart and the compiled table. */
export const handoverGuards = {
  isReplace: ({ context }: Guarded): boolean => context.mode === "replace",
  isSupport: ({ context }: Guarded): boolean => context.mode === "support",
  isProficient: ({ event }: Guarded): boolean => event.type === "proficiencyAssessed" && event.proficient,
  isNotProficient: ({ event }: Guarded): boolean => event.type === "proficiencyAssessed" && !event.proficient,
  suspendedFrom: ({ context }: Guarded, params: { readonly status: Resumable }): boolean =>
    context.suspendedFrom === params.status,
};

const suspend = (status: Resumable) =>
  ({ target: "suspended", actions: { type: "rememberSuspension", params: { status } } }) as const;

const resumeTo = (status: Resumable) =>
  ({
    target: status,
    guard: { type: "suspendedFrom", params: { status } },
    actions: "forgetSuspension",
  }) as const;

/**
 * The handover statechart (xstate v5). Start it with a `proposed` event; use it for visualisation
 * and model-based tests. For event lists, prefer {@link replay}, which is faster and returns coded
 * refusals.
 *
 * @example
 * ```ts
 * import { createActor } from "xstate";
 * import { handoverMachine } from "@motcua/handover";
 * const actor = createActor(handoverMachine).start();
 * actor.send({ type: "proposed", at: 0, officeId: "X", level: "district", scope: { kind: "all" }, mode: "replace" });
 * actor.getSnapshot().value; // "proposed"
 * ```
 * @since 0.1.0
 * @category Workflow
 */
export const handoverMachine = setup({
  types: {} as { context: HandoverMachineContext; events: HandoverEvent },
  guards: handoverGuards,
  actions: {
    rememberMode: assign(({ event }) => (event.type === "proposed" ? { mode: event.mode } : {})),
    rememberSuspension: assign((_, params: { status: Resumable }) => ({ suspendedFrom: params.status })),
    forgetSuspension: assign({ suspendedFrom: undefined }),
  },
}).createMachine({
  id: "handover",
  initial: "idle",
  context: { mode: "replace" },
  states: {
    idle: { on: { proposed: { target: "proposed", actions: "rememberMode" } } },
    proposed: { on: { staffAssigned: "learning", suspended: suspend("proposed") } },
    learning: {
      on: {
        staffAssigned: "learning",
        proficiencyAssessed: [
          { target: "assessed", guard: "isProficient" },
          { target: "learning", guard: "isNotProficient" },
        ],
        suspended: suspend("learning"),
      },
    },
    assessed: {
      on: {
        withdrawalProposed: { target: "withdrawalProposed", guard: "isReplace" },
        approved: { target: "approved", guard: "isSupport" },
        suspended: suspend("assessed"),
      },
    },
    withdrawalProposed: {
      on: { approved: "approved", rejected: "rejected", suspended: suspend("withdrawalProposed") },
    },
    approved: { on: { handedOver: "handedOver", suspended: suspend("approved") } },
    rejected: { type: "final" },
    handedOver: { on: { suspended: suspend("handedOver"), reversed: "reversed" } },
    suspended: {
      on: {
        resumed: [
          resumeTo("proposed"),
          resumeTo("learning"),
          resumeTo("assessed"),
          resumeTo("withdrawalProposed"),
          resumeTo("approved"),
          resumeTo("handedOver"),
        ],
        reversed: { target: "reversed", guard: { type: "suspendedFrom", params: { status: "handedOver" } } },
      },
    },
    reversed: { type: "final" },
  },
});
