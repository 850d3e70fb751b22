/**
 * The dossier checks: the lifecycle replay and the permission check of `@motcua/dossier`, with the
 * rulebook's dossier rules and calendar.
 *
 * @module
 */
import {
  formatInstant,
  MotcuaError,
  parseInstant,
  tryParseInstant,
  type Actor,
  type InstantInput,
} from "@motcua/core";
import {
  can,
  paperTransferDueAt,
  parseDossierEvents,
  replay,
  type DossierAction,
  type DossierRules,
  type DossierSnapshot,
  type DossierStateName,
} from "@motcua/dossier";
import * as z from "zod";
import { CONFORMANCE_INVALID_INPUT, defineCheck, type Check } from "../Check";
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
import type { ResolvedRulebook } from "../Rulebook";

const snapshotOut = (s: DossierSnapshot): Readonly<Record<string, unknown>> => ({
  state: s.state,
  final: s.final,
  channel: s.channel ?? null,
  dossierCode: s.dossierCode ?? null,
  receivedAt: instantOrNull(s.receivedAt),
  receivedByPostalStaff: s.receivedByPostalStaff,
  appraisalSupplementUntil: s.appraisalSupplementUntil ?? null,
  dueAt: instantOrNull(s.dueAt),
  supplements: { receipt: s.supplements.receipt, appraisal: s.supplements.appraisal },
  reschedules: s.reschedules,
  controlSlip: {
    transferSignedAt: instantOrNull(s.controlSlip.transferSignedAt),
    resultReceiptSignedAt: instantOrNull(s.controlSlip.resultReceiptSignedAt),
  },
  pendingAgencies: [...s.pendingAgencies],
  decision: s.decision ?? null,
  undeliverable: s.undeliverable,
  eventCount: s.eventCount,
});

const NO_RULES: DossierRules = { sla: {}, permissions: {} };

/** The rules in force at the first readable instant (none otherwise: a rule the check needs is then `RULE_MISSING`). */
const rulesAt = (rulebook: ResolvedRulebook, at: number | undefined): DossierRules =>
  (at === undefined ? undefined : inputsIfDated(rulebook, at)?.dossierRules) ?? NO_RULES;

const DOSSIER_KEYS = [
  "state",
  "final",
  "channel",
  "dossierCode",
  "receivedAt",
  "receivedByPostalStaff",
  "appraisalSupplementUntil",
  "dueAt",
  "supplements",
  "reschedules",
  "controlSlip",
  "pendingAgencies",
  "decision",
  "undeliverable",
  "eventCount",
];

/**
 * The dossier checks.
 *
 * - `dossier.replay` — input `{ events, dueAt?, scope?, officeHours? }` (core dossier events in
 *   order, instants ISO with offset or epoch ms; `scope` = `{ procedure?, officeId?, officeLevel?, register? }` turns the permission
 *   checks on), output the snapshot: `{ state, final, channel, dossierCode, receivedAt,
 *   receivedByPostalStaff, appraisalSupplementUntil, dueAt, supplements, reschedules, controlSlip,
 *   pendingAgencies, decision, undeliverable, eventCount }` (instants `+07:00`, absent = `null`). A
 *   refused event is the error (`DOSSIER_*`). The rules are those in force at the first event.
 * - `dossier.can` — input `{ state, actor, action, at?, scope? }` (a state name, an actor
 *   `{ role }`, an action such as `received` or `resultReturned:postal`, or an event), output
 *   `{ allowed: true }`; a refusal is the error (`DOSSIER_ROLE_FORBIDDEN`, …). The rules are those
 *   in force at `at` (or the event's `at`).
 * - `dossier.paperTransferDueAt` — input `{ receivedAt, officeHours? }`, output `{ dueAt }`: by when
 *   a paper dossier received at `receivedAt` must be transferred to the competent agency (the same
 *   working day, or the start of the next one after the rulebook's `sla.paperTransferCutoff`),
 *   under the rules in force at `receivedAt` (since 0.2.0).
 *
 * @example
 * ```ts
 * import { dossierChecks } from "@motcua/conformance";
 * dossierChecks.map((c) => c.id); // ["dossier.replay", "dossier.can", "dossier.paperTransferDueAt"]
 * ```
 * @since 0.1.0
 * @category Checks
 */
export const dossierChecks: ReadonlyArray<Check> = [
  defineCheck({
    id: "dossier.replay",
    summary: "Replays a dossier's events through the lifecycle; the snapshot, or the refusal.",
    input: z.strictObject({
      events: required(),
      dueAt: optional(),
      scope: optional(),
      officeHours: officeHoursField(),
    }),
    outputKeys: DOSSIER_KEYS,
    run: ({ events, dueAt, scope, officeHours }, rulebook) => {
      const parsed = parseDossierEvents(events);
      const first = firstEventAt(parsed);
      const rules = rulesAt(rulebook, first);
      const result = replay(parsed, rules, {
        calendar: calendarFor(rulebook, first, officeHours),
        ...(dueAt === undefined ? {} : { dueAt: dueAt as InstantInput }),
        ...(scope === undefined ? { scope: false as const } : { scope: scope as never }),
      });
      if (!result.ok) throw result.error;
      return snapshotOut(result.value);
    },
  }),
  defineCheck({
    id: "dossier.can",
    summary: "Whether an actor may take an action on a dossier in a state (the refusal is the error).",
    input: z.strictObject({
      state: required(),
      actor: required(),
      action: required(),
      at: optional(),
      scope: z.record(z.string(), z.unknown()).optional(),
    }),
    outputKeys: ["allowed"],
    run: ({ state, actor, action, at, scope }, rulebook) => {
      const when = tryParseInstant(at) ?? (isRecord(action) ? tryParseInstant(action["at"]) : undefined);
      if (when === undefined && at === undefined && !isRecord(action))
        throw new MotcuaError({
          code: CONFORMANCE_INVALID_INPUT,
          path: ["input", "at"],
          vi: "dossier.can cần thời điểm (at) để chọn bộ quy tắc có hiệu lực",
          en: "dossier.can needs the instant (at) to pick the rules in force",
        });
      const rules = rulesAt(rulebook, when);
      const result = can(state as DossierStateName, actor as Actor, action as DossierAction, {
        rules,
        ...(at === undefined ? {} : { at: at as InstantInput }),
        calendar: rulebook.calendarAt(when),
        ...scope,
      });
      if (!result.ok) throw result.error;
      return { allowed: result.value };
    },
  }),
  defineCheck({
    id: "dossier.paperTransferDueAt",
    summary: "By when a paper dossier received at an instant must be transferred to the competent agency.",
    input: z.strictObject({ receivedAt: required(), officeHours: officeHoursField() }),
    outputKeys: ["dueAt"],
    run: ({ receivedAt, officeHours }, rulebook) => {
      const at = parseInstant(receivedAt as InstantInput);
      const calendar = calendarFor(rulebook, at, officeHours);
      return { dueAt: formatInstant(paperTransferDueAt(at, rulesAt(rulebook, at), calendar)) };
    },
  }),
];
