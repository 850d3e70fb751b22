/**
 * The SLA checks: the legal deadline (ngày hẹn trả) and the deadline clock of a dossier, on the
 * rulebook's calendar and policy.
 *
 * @module
 */
import { formatInstant, type InstantInput, type ProcedureInput } from "@motcua/core";
import type { SlaRules } from "@motcua/sla";
import { computeClock, computeDeadline } from "@motcua/sla";
import * as z from "zod";
import { defineCheck, type Check } from "../Check";
import {
  calendarFor,
  firstEventAt,
  inputsIfDated,
  instantOrNull,
  isRecord,
  officeHoursField,
  optional,
  required,
} from "../internal/fields";

/** A case's own `sla` values, as rules cited to the case (unverified). */
const caseRules = (values: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      {
        value,
        legalRef: { document: "conformance case input", verified: false, note: `sla.${key} set by the case` },
        verified: false,
      },
    ]),
  );

/**
 * The SLA checks.
 *
 * - `sla.dueAt` — input `{ procedure, receivedAt, channel?, officeHours? }` (a core `Procedure`,
 *   the valid-receipt instant; `channel` is recorded only: for a postal dossier `receivedAt` is
 *   already the handover record at the agency), output `{ dueAt }` normalised to `+07:00`.
 * - `sla.clock` — input `{ procedure, events, asOf, policy?, officeHours? }` (core dossier events;
 *   `policy` = `sla` slot values, e.g. `{ supplementPolicy: pause }`, that replace the rulebook's
 *   for this case, cited as the case's own), output `{ status, receivedAt,
 *   startedAt, dueAt, originalDueAt, judgedDueAt, provisional, restarts, elapsedMinutes,
 *   remainingMinutes, periodMinutes, pauses, endedAt, stopReason, outcome, pending, warningLevel }`.
 *   The rules are those in force at the dossier's first event (its receipt).
 *
 * @example
 * ```ts
 * import { slaChecks } from "@motcua/conformance";
 * slaChecks.map((c) => c.id); // ["sla.dueAt", "sla.clock"]
 * ```
 * @since 0.1.0
 * @category Checks
 */
export const slaChecks: ReadonlyArray<Check> = [
  defineCheck({
    id: "sla.dueAt",
    summary: "The appointed return instant of a dossier received at receivedAt.",
    input: z.strictObject({
      procedure: required(),
      receivedAt: required(),
      channel: optional(),
      officeHours: officeHoursField(),
    }),
    outputKeys: ["dueAt"],
    run: ({ procedure, receivedAt, officeHours }, rulebook) => {
      const rules: SlaRules = inputsIfDated(rulebook, receivedAt)?.slaRules ?? {};
      return {
        dueAt: formatInstant(
          computeDeadline(
            procedure as ProcedureInput,
            receivedAt as InstantInput,
            calendarFor(rulebook, receivedAt, officeHours),
            rules,
          ),
        ),
      };
    },
  }),
  defineCheck({
    id: "sla.clock",
    summary: "The deadline clock of a dossier's events as of an instant (status, due, outcome).",
    input: z.strictObject({
      procedure: required(),
      events: required(),
      asOf: required(),
      policy: optional(),
      officeHours: officeHoursField(),
    }),
    outputKeys: [
      "status",
      "receivedAt",
      "startedAt",
      "dueAt",
      "originalDueAt",
      "judgedDueAt",
      "provisional",
      "restarts",
      "elapsedMinutes",
      "remainingMinutes",
      "periodMinutes",
      "pauses",
      "endedAt",
      "stopReason",
      "outcome",
      "pending",
      "warningLevel",
    ],
    run: ({ procedure, events, asOf, policy, officeHours }, rulebook) => {
      const base: SlaRules = inputsIfDated(rulebook, firstEventAt(events) ?? asOf)?.slaRules ?? {};
      const merged: unknown =
        policy === undefined ? base : isRecord(policy) ? { ...base, ...caseRules(policy) } : policy;
      const clock = computeClock(
        events as Parameters<typeof computeClock>[0],
        procedure as ProcedureInput,
        calendarFor(rulebook, firstEventAt(events) ?? asOf, officeHours),
        merged as SlaRules,
        asOf as InstantInput,
      );
      return {
        status: clock.status,
        receivedAt: formatInstant(clock.receivedAt),
        startedAt: formatInstant(clock.startedAt),
        dueAt: formatInstant(clock.due.current),
        originalDueAt: formatInstant(clock.due.original),
        judgedDueAt: formatInstant(clock.due.judged),
        provisional: clock.due.provisional,
        restarts: clock.restarts,
        elapsedMinutes: clock.elapsedMinutes,
        remainingMinutes: clock.remainingMinutes,
        periodMinutes: clock.periodMinutes,
        pauses: clock.pauses.length,
        endedAt: instantOrNull(clock.endedAt),
        stopReason: clock.stopReason,
        outcome: clock.outcome,
        pending: clock.pending,
        warningLevel: clock.warning.level,
      };
    },
  }),
];
