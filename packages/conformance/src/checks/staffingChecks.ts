/**
 * The staffing check: a postal staffing plan from dossier volumes under the rulebook's norms.
 *
 * @module
 */
import { sliceOf } from "@motcua/plugin-sdk";
import { planStaffing, type StaffingInput, type StaffingPlan } from "@motcua/staffing";
import * as z from "zod";
import { defineCheck, type Check } from "../Check";
import { inputsIfDated, optional, required } from "../internal/fields";

/** The plan's civil servants freed, with the reference's figures (not their sources). */
const civilServantsFreedOf = (freed: NonNullable<StaffingPlan["civilServantsFreed"]>) => ({
  ...(freed.atCounter === undefined ? {} : { atCounter: freed.atCounter }),
  ...(freed.reference === undefined
    ? {}
    : { reference: { min: freed.reference.min.value, max: freed.reference.max.value } }),
});

/**
 * The staffing check `staffing.plan` — input `{ asOf, volumes, level?, officeId?,
 * civilServantsAtCounter?, candidates?, staffOnDuty? }` (`volumes` = `[{ domain, dossiersPerDay, … }]` of
 * `@motcua/staffing`; `asOf` picks the rules in force), output `{ required, drivenBy, range,
 * workloadMet, reserve, pool, dossiersPerDay, domains, qualifications, candidatesEnough, verified }`
 * (`range` = `{ min, max }` with `max` `null` when no minimum workload caps the staff, `workloadMet`
 * only with a minimum workload, `qualifications` are ids, `candidatesEnough` only with candidates,
 * `verified` whether every rule used is verified; since 0.3.0 `maxStaffAtStrictEnd`, the cap at the
 * upper end of a minimum-workload band such as «15-20 hồ sơ/ngày», only with such a band;
 * `civilServantsFreed` = `{ atCounter?, reference? }`, the given count and the rulebook's observed
 * `{ min, max }` for the input's level, only when either exists). Errors: `STAFFING_NO_SIZING_NORM`
 * when the rulebook gives nothing to size staff with, `STAFFING_NEGATIVE_VOLUME`, …
 *
 * @example
 * ```ts
 * import { staffingChecks } from "@motcua/conformance";
 * staffingChecks.map((c) => c.id); // ["staffing.plan"]
 * ```
 * @since 0.1.0
 * @category Checks
 */
export const staffingChecks: ReadonlyArray<Check> = [
  defineCheck({
    id: "staffing.plan",
    summary: "Postal staff required, reserve and pool for daily dossier volumes.",
    input: z.strictObject({
      asOf: required(),
      volumes: required(),
      level: optional(),
      officeId: optional(),
      civilServantsAtCounter: optional(),
      staffOnDuty: optional(),
      candidates: optional(),
    }),
    outputKeys: [
      "required",
      "drivenBy",
      "range",
      "workloadMet",
      "reserve",
      "pool",
      "dossiersPerDay",
      "domains",
      "qualifications",
      "candidatesEnough",
      "verified",
      "maxStaffAtStrictEnd",
      "civilServantsFreed",
    ],
    run: ({ asOf, ...input }, rulebook) => {
      const book = (inputsIfDated(rulebook, asOf) ?? rulebook.inputsAt(asOf as string)).rulebook;
      const plan = planStaffing(
        // The case file's input as written: planStaffing validates it and refuses it coded.
        Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as StaffingInput,
        sliceOf(book, "staffing"),
      );
      return {
        required: plan.required,
        drivenBy: plan.drivenBy,
        range: { min: plan.range.min, max: plan.range.max ?? null },
        ...(plan.workload === undefined ? {} : { workloadMet: plan.workload.met }),
        reserve: plan.reserve,
        pool: plan.pool,
        dossiersPerDay: plan.dossiersPerDay,
        domains: plan.domains,
        qualifications: plan.qualifications.map((q) => q.id),
        ...(plan.candidates === undefined ? {} : { candidatesEnough: plan.candidates.enough }),
        verified: plan.explanation.every((line) => line.verified),
        ...(plan.workload?.maxStaffAtStrictEnd === undefined
          ? {}
          : { maxStaffAtStrictEnd: plan.workload.maxStaffAtStrictEnd }),
        ...(plan.civilServantsFreed === undefined
          ? {}
          : { civilServantsFreed: civilServantsFreedOf(plan.civilServantsFreed) }),
      };
    },
  }),
];
