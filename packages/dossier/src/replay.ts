/**
 * Replay: a dossier is its list of events; its state is a pure function of the events and the
 * rulebook. The fast engine uses the transition table compiled from the xstate chart; the
 * reference engine runs xstate's own `transition()`; both give the same answers (tested).
 *
 * @module
 */
import {
  decode,
  DossierEventSchema,
  err,
  isMotcuaError,
  MotcuaError,
  type DossierEvent,
  type HandoverRegister,
  type InstantInput,
  type Level,
  type Result,
} from "@motcua/core";
import * as z from "zod";
import type { DossierCalendar } from "./DossierCalendar";
import type { DossierRules } from "./DossierRules";
import type { DossierSnapshot } from "./DossierSnapshot";
import { replayTable, replayXstate, type Setup } from "./internal/engine";
import { resolveSetup } from "./internal/setup";

/**
 * The procedure facts the permission checks read (a `Procedure` of `@motcua/core` fits).
 *
 * @example
 * ```ts
 * import type { DossierScopeProcedure } from "@motcua/dossier";
 * const p: DossierScopeProcedure = { code: "2.000908", domain: "Tư pháp", requiresPersonalPresence: false };
 * ```
 * @since 0.1.0
 * @category Permissions
 */
export interface DossierScopeProcedure {
  /** National procedure code. */
  readonly code: string;
  /** Domain (lĩnh vực), matched against `domain` handover scopes. */
  readonly domain?: string | undefined;
  /** Competent agency id, matched against `department` handover scopes. */
  readonly competentAgency?: string | undefined;
  /** Channels it may be filed through. */
  readonly channels?: ReadonlyArray<string> | undefined;
  /** The applicant must appear in person: never through the postal channel. */
  readonly requiresPersonalPresence?: boolean | undefined;
  /**
   * The unit whose procedure it is (a commune, the province or a provincial agency id), matched
   * against the receiving office's `officeUnit` where receipt is limited to one's own unit.
   */
  readonly competentUnit?: string | undefined;
  /** The province of that unit (a slug), matched against `officeProvince` where receipt spans the province. */
  readonly province?: string | undefined;
}

/**
 * Where a dossier is handled, for the permission checks: the procedure, the one-stop unit, its
 * level, and the handover register that says what postal staff operate there.
 *
 * @since 0.1.0
 * @category Permissions
 */
export interface DossierScope {
  /** The procedure (a `Procedure` from `@motcua/core` fits). */
  readonly procedure?: DossierScopeProcedure;
  /** The one-stop unit handling the dossier (used when the actor names no office). */
  readonly officeId?: string;
  /** The unit's level (postal staff only support at the levels the rulebook names). */
  readonly officeLevel?: Level;
  /** The unit the receiving office belongs to (a commune, the province…), for `permissions.receiptAcrossBoundaries`. */
  readonly officeUnit?: string;
  /** The province of the receiving office (a slug), for `permissions.receiptAcrossBoundaries`. */
  readonly officeProvince?: string;
  /** The handover register (`@motcua/handover` writes it); none means nothing is handed over. */
  readonly register?: HandoverRegister;
}

/**
 * Options of {@link replay}.
 *
 * @since 0.1.0
 * @category Replay
 */
export interface ReplayOptions {
  /**
   * Working calendar for the rules that count working days (the 3-working-day appraisal window,
   * the reschedule notice). No default: a replay that reaches such a rule without one throws
   * `DOSSIER_CALENDAR_MISSING`.
   */
  readonly calendar?: DossierCalendar;
  /** The appointed return instant of form 01 (computed by `@motcua/sla`), for the reschedule and refusal limits. */
  readonly dueAt?: InstantInput;
  /** Permission scope; `false` checks the lifecycle only (no actor rules). Default: `{}`. */
  readonly scope?: DossierScope | false;
}

const NO_OPTIONS: ReplayOptions = Object.freeze({});

/** Resolves the setup (cached per rules and options objects), then runs an engine: no closure per call. */
const withSetup = (
  rules: unknown,
  options: unknown,
  run: (events: unknown, setup: Setup) => Result<DossierSnapshot>,
  events: unknown,
): Result<DossierSnapshot> => {
  let setup: Setup;
  try {
    setup = resolveSetup(rules, options);
  } catch (x) {
    return err(
      isMotcuaError(x)
        ? x
        : new MotcuaError({
            code: "DOSSIER_INVALID_OPTIONS",
            vi: "Tuỳ chọn không hợp lệ",
            en: "Invalid options",
            cause: x,
          }),
    );
  }
  return run(events, setup);
};

/**
 * Replays a dossier's events against the rulebook and returns its state, or the coded refusal of
 * the first event that breaks a rule (path `["events", i]`, `data.rule` = the legal reference of
 * the plugin rule that refused). Events must be parsed (`at` in epoch ms, see
 * {@link parseDossierEvents}); inputs are never mutated.
 *
 * `rules` is the composed rulebook's `sla` and `permissions` slices ({@link DossierRules}); the
 * lifecycle limits are read through `@motcua/sla`'s `eventRulesOf`, the functions the clock calls
 * too. A rule the replay needs and the slices lack is a `RULE_MISSING` error naming it
 * (`sla.reschedulesMax`, `permissions.roles`, …); the permission rules are read only when the
 * replay has a scope.
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { replay } from "@motcua/dossier";
 * const book = composeRulebook([national], { asOf: "2026-02-12" });
 * const rules = { sla: sliceOf(book, "sla"), permissions: sliceOf(book, "permissions") };
 * const officer = { role: "oneStopOfficer" } as const;
 * const r = replay([
 *   { id: "1", type: "submitted", at: 1770861000000, actor: { role: "applicant" }, channel: "counter" },
 *   { id: "2", type: "received", at: 1770861600000, actor: officer, dossierCode: "H23-260212-0001" },
 * ], rules);
 * if (r.ok) r.value.state; // "received"
 * ```
 * @since 0.1.0
 * @category Replay
 */
export function replay(
  events: ReadonlyArray<DossierEvent>,
  rules: DossierRules,
  options: ReplayOptions = NO_OPTIONS,
): Result<DossierSnapshot> {
  return withSetup(rules, options, replayTable, events);
}

/**
 * Same as {@link replay}, but runs xstate's own `transition()` on {@link dossierMachine} event by
 * event: the reference the fast engine is proven against (about 100× slower).
 *
 * @example
 * ```ts
 * import { replayWithXstate, type DossierRules } from "@motcua/dossier";
 * declare const rules: DossierRules;
 * replayWithXstate([], rules).ok; // true (state "new")
 * ```
 * @since 0.1.0
 * @category Replay
 */
export function replayWithXstate(
  events: ReadonlyArray<DossierEvent>,
  rules: DossierRules,
  options: ReplayOptions = NO_OPTIONS,
): Result<DossierSnapshot> {
  return withSetup(rules, options, replayXstate, events);
}

const EventsSchema = z.array(DossierEventSchema);

/**
 * Parses untrusted events (ISO instants allowed) into `DossierEvent`s for {@link replay},
 * throwing `DOSSIER_INVALID_EVENT` naming the offending event and field.
 *
 * @example
 * ```ts
 * import { parseDossierEvents } from "@motcua/dossier";
 * const [e] = parseDossierEvents([{ id: "1", type: "guided", at: "2026-02-12T08:30:00+07:00", actor: { role: "postalStaff" } }]);
 * e?.at; // 1770859800000
 * ```
 * @since 0.1.0
 * @category Replay
 */
export function parseDossierEvents(input: unknown): ReadonlyArray<DossierEvent> {
  return decode(EventsSchema, input, {
    code: "DOSSIER_INVALID_EVENT",
    path: ["events"],
    label: { en: "dossier event", vi: "Sự kiện hồ sơ" },
  });
}
