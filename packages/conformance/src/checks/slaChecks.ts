/**
 * The SLA checks: the legal deadline (ngày hẹn trả) of a dossier on the rulebook's calendar.
 *
 * @module
 */
import { formatInstant, type InstantInput, type ProcedureInput } from "@motcua/core";
import { computeDeadline } from "@motcua/sla";
import { z } from "zod";
import { defineCheck, type Check } from "../Check";
import { optional, required } from "../internal/fields";

/**
 * The SLA checks: `sla.dueAt` — input `{ procedure, receivedAt, channel? }` (a core `Procedure`,
 * the valid-receipt instant; `channel` is recorded only: for a postal dossier `receivedAt` is
 * already the handover record at the agency), output `{ dueAt }` normalised to `+07:00`.
 *
 * @example
 * ```ts
 * import { slaChecks } from "@motcua/conformance";
 * slaChecks.map((c) => c.id); // ["sla.dueAt"]
 * ```
 * @since 0.1.0
 * @category Checks
 */
export const slaChecks: ReadonlyArray<Check> = [
  defineCheck({
    id: "sla.dueAt",
    summary: "The appointed return instant of a dossier received at receivedAt.",
    input: z.strictObject({ procedure: required(), receivedAt: required(), channel: optional() }),
    outputKeys: ["dueAt"],
    run: ({ procedure, receivedAt }, rulebook) => ({
      dueAt: formatInstant(
        computeDeadline(procedure as ProcedureInput, receivedAt as InstantInput, rulebook.calendar),
      ),
    }),
  }),
];
