/**
 * `toRegister`: turns replayed handover workflows into lines of the core handover register, which
 * `@motcua/dossier`'s permission checks read.
 *
 * @module
 */
import {
  decode,
  fromDayNumber,
  HandoverScopeSchema,
  LegalRefSchema,
  vietnamDayNumber,
  type HandoverEntry,
  type HandoverRegister,
} from "@motcua/core";
import * as z from "zod";
import { HandoverErrorCode } from "./HandoverError";
import type { HandoverWorkflow } from "./replay";

const ms = z.number().finite().min(-8.64e15).max(8.64e15);

/** The part of a workflow the register needs; checked so a hand-made object cannot corrupt it. */
const WorkflowSliceSchema = z.object({
  officeId: z.string().min(1),
  scope: HandoverScopeSchema,
  mode: z.enum(["replace", "support"]),
  decision: z.optional(LegalRefSchema),
  periods: z.array(
    z
      .object({ from: ms, to: ms.optional() })
      .refine((p) => p.to === undefined || p.to >= p.from, { message: "to is before from ¦ to trước from" }),
  ),
});

/**
 * Builds handover-register entries from one or more replayed workflows: one entry per period in
 * which postal staff operated the (office, scope).
 *
 * Dates are Vietnamese civil dates. `since` is the day of `handedOver` (or of `resumed`); a period
 * that ended (suspension or reversal on day D) gets `until` = D − 1, because civil servants operate
 * on day D. A period that starts and ends on the same day produces no entry. Workflows never
 * handed over produce none. Anything that is not a replayed workflow is refused with
 * `HANDOVER_INVALID_WORKFLOW`.
 *
 * @example
 * ```ts
 * import { findHandover } from "@motcua/core";
 * import { replay, toRegister } from "@motcua/handover";
 * const decision = { document: "Quyết định 12/QĐ-UBND", verified: true };
 * const r = replay([
 *   { type: "proposed", at: "2021-03-01T08:00:00+07:00", officeId: "HT-CANLOC", level: "district", scope: { kind: "all" } },
 *   { type: "staffAssigned", at: "2021-03-02T08:00:00+07:00", staff: 3 },
 *   { type: "proficiencyAssessed", at: "2021-05-03T08:00:00+07:00", proficient: true },
 *   { type: "withdrawalProposed", at: "2021-05-04T08:00:00+07:00" },
 *   { type: "approved", at: "2021-05-10T08:00:00+07:00", decision, by: "districtChairman" },
 *   { type: "handedOver", at: "2021-05-17T07:00:00+07:00" },
 * ]);
 * if (r.ok) {
 *   const register = toRegister(r.value); // [{ officeId: "HT-CANLOC", mode: "replace", since: "2021-05-17", … }]
 *   findHandover(register, { officeId: "HT-CANLOC", procedureCode: "1.001", date: "2021-06-01" })?.mode; // "replace"
 * }
 * ```
 * @since 0.1.0
 * @category Register
 */
export function toRegister(workflows: HandoverWorkflow | ReadonlyArray<HandoverWorkflow>): HandoverRegister {
  const list = decode(z.array(WorkflowSliceSchema), Array.isArray(workflows) ? workflows : [workflows], {
    code: HandoverErrorCode.InvalidWorkflow,
    path: ["workflows"],
    label: { en: "handover workflow", vi: "Quy trình chuyển giao" },
  });
  const out: HandoverEntry[] = [];
  for (const w of list) {
    if (w.decision === undefined) continue;
    for (const period of w.periods) {
      const since = vietnamDayNumber(period.from);
      const until = period.to === undefined ? undefined : vietnamDayNumber(period.to) - 1;
      if (until !== undefined && until < since) continue;
      out.push({
        officeId: w.officeId,
        scope: w.scope,
        mode: w.mode,
        since: fromDayNumber(since),
        ...(until === undefined ? {} : { until: fromDayNumber(until) }),
        decision: w.decision,
      });
    }
  }
  return out;
}
