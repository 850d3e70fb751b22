/**
 * The handover check: who approves handing a one-stop's counter work to postal staff, under the
 * rulebook's handover rules, as of a date.
 *
 * @module
 */
import { decide, type HandoverRequest } from "@motcua/handover";
import { sliceOf } from "@motcua/plugin-sdk";
import * as z from "zod";
import { defineCheck, type Check } from "../Check";
import { inputsIfDated, required } from "../internal/fields";

/**
 * The handover check `handover.decide` — input `{ request, at }` (`request` = `{ officeId, level,
 * scope, agencyId?, mode? }` of `@motcua/handover`; an exception matches the agency code the
 * request carries), output `{ decider, steps, mode, withdrawsCivilServants, ownProposalRequired,
 * exception, authorityLevel, learning, assessors, verified }`: `steps` as `"duty:party"` strings in
 * order, `exception` the plugin's exception id or `null`, `learning` `{ minMonths, maxMonths, untilProficient }` and
 * `assessors` only when the rulebook gives them, `units` when the authority is limited to named
 * units, `verified` whether the authority's and every step's source is verified; `responsible` the
 * parties whose step says they bear responsibility for the decision (in step order, since 0.3.0) and
 * `unverifiedSources` which of those sources are not verified — `"authority"` (or `"exception"` for
 * a separate procedure) and `"duty:party"` for a step (in step order; empty exactly when `verified`,
 * since 0.3.0). Refusals are errors: `HANDOVER_LEVEL_ABOLISHED` (district from 1/7/2025),
 * `HANDOVER_AUTHORITY_MISSING` (nobody named for the level on that date), `HANDOVER_MODE_NOT_ALLOWED`,
 * `COMPOSE_JURISDICTION_ENDED` (a province that no longer exists on that date).
 *
 * @example
 * ```ts
 * import { handoverChecks } from "@motcua/conformance";
 * handoverChecks.map((c) => c.id); // ["handover.decide"]
 * ```
 * @since 0.1.0
 * @category Checks
 */
export const handoverChecks: ReadonlyArray<Check> = [
  defineCheck({
    id: "handover.decide",
    summary: "Who proposes, agrees, advises, decides and is informed for a handover, as of a date.",
    input: z.strictObject({ request: required(), at: required() }),
    outputKeys: [
      "decider",
      "steps",
      "mode",
      "withdrawsCivilServants",
      "ownProposalRequired",
      "exception",
      "authorityLevel",
      "learning",
      "assessors",
      "units",
      "verified",
      "responsible",
      "unverifiedSources",
    ],
    run: ({ request, at }, rulebook) => {
      const inputs = inputsIfDated(rulebook, at) ?? rulebook.inputsAt("2000-01-01");
      // The case file's request as written: decide validates it and refuses it coded.
      const d = decide(request as HandoverRequest, sliceOf(inputs.rulebook, "handover"), at as string);
      return {
        decider: d.decider.party,
        steps: d.steps.map((s) => `${s.duty}:${s.party}`),
        mode: d.mode,
        withdrawsCivilServants: d.withdrawsCivilServants,
        ownProposalRequired: d.ownProposalRequired,
        exception: d.exception?.id ?? null,
        authorityLevel: d.level,
        ...(d.learning === undefined
          ? {}
          : {
              learning: {
                minMonths: d.learning.minMonths ?? null,
                maxMonths: d.learning.maxMonths ?? null,
                untilProficient: d.learning.untilProficient,
              },
            }),
        ...(d.assessors === undefined ? {} : { assessors: [...d.assessors.parties] }),
        ...(d.units === undefined ? {} : { units: [...d.units] }),
        verified: d.verified,
        responsible: d.steps.filter((s) => s.responsible === true).map((s) => s.party),
        unverifiedSources: [
          ...(d.legalRef.verified
            ? []
            : [d.exception?.effect === "separateProcedure" ? "exception" : "authority"]),
          ...d.steps.filter((s) => !s.legalRef.verified).map((s) => `${s.duty}:${s.party}`),
        ],
      };
    },
  }),
];
