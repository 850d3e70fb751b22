/**
 * The rulebook seam: case files name plugin ids (`rulebook: [national, ha-tinh]`); a
 * {@link RulebookProvider} turns those ids into the resolved rules the checks run against.
 *
 * @module
 */
import type { SessionInput, WorkingCalendar } from "@motcua/calendar";
import { MotcuaError, type CivilDate, type InstantInput } from "@motcua/core";
import { suggest } from "./internal/closest";
import type { DossierRules } from "@motcua/dossier";
import type { Rulebook, SlotSlice } from "@motcua/plugin-sdk";

/** Code for a rulebook id no provider knows. */
export const CONFORMANCE_UNKNOWN_RULEBOOK = "CONFORMANCE_UNKNOWN_RULEBOOK";

/**
 * A plugin's identity, as recorded in results files.
 *
 * @since 0.1.0
 * @category Rulebooks
 */
export interface PluginInfo {
  /** Plugin id as the plugin SDK defines it, e.g. `national`, `ha-tinh`. */
  readonly id: string;
  /** The plugin's version. */
  readonly version: string;
}

/**
 * The rules a check runs against: the composition of the named plugins.
 *
 * @since 0.1.0
 * @category Rulebooks
 */
export interface ResolvedRulebook {
  /** The plugin ids composed, in order. */
  readonly ids: ReadonlyArray<string>;
  /** Each plugin's id and version, in order. */
  readonly plugins: ReadonlyArray<PluginInfo>;
  /**
   * The rules in force on a date or instant (the rulebook composed as of it); throws the
   * composition's `COMPOSE_*` error (e.g. a jurisdiction that had ended).
   */
  readonly inputsAt: (asOf: CivilDate | InstantInput) => RulesAt;
  /**
   * The working calendar of the rules in force on `at` (a date or instant; when it cannot be
   * read, a date every plugin applies on, so the calendar reports the bad value itself), with
   * `sessions` in place of the rulebook's office hours when given (cases that state the sessions
   * they assume hold for every province).
   */
  readonly calendarAt: (at: unknown, sessions?: ReadonlyArray<SessionInput>) => WorkingCalendar;
  /**
   * The rulebook of an office of `province` (a slug of either era) on `asOf`: `composeForProvince`
   * of `@motcua/national` over this rulebook's national and province plugins (a province with no
   * known plugin gets the national baseline; a former province after 1/7/2025 its successor).
   * Absent on rulebooks that cannot answer it (then the `jurisdiction.*` checks are unsupported).
   */
  readonly forProvince?: (province: string, asOf: CivilDate | InstantInput) => Rulebook;
}

/**
 * The rules in force on one date, as the checks read them: the composed rulebook, its working
 * calendar and the slices the sla and dossier checks pass on unchanged.
 *
 * @since 0.2.0
 * @category Rulebooks
 */
export interface RulesAt {
  /** The Vietnamese civil date the rules were composed for. */
  readonly asOf: CivilDate;
  /** The composed rulebook. */
  readonly rulebook: Rulebook;
  /** `makeCalendar(sliceOf(rulebook, "calendar"))`, built on first read. */
  readonly calendar: WorkingCalendar;
  /** The same calendar with these office sessions in place of the rulebook's. */
  readonly calendarWithSessions: (sessions: ReadonlyArray<SessionInput>) => WorkingCalendar;
  /** `sliceOf(rulebook, "sla")`. */
  readonly slaRules: SlotSlice<"sla">;
  /** `{ sla, permissions }` slices, as `@motcua/dossier` reads them. */
  readonly dossierRules: DossierRules;
}

/**
 * Resolves plugin id lists into rulebooks.
 *
 * @since 0.1.0
 * @category Rulebooks
 */
export interface RulebookProvider {
  /** Plugin ids this provider knows. */
  readonly knownIds: ReadonlyArray<string>;
  /** The rulebook of `ids` composed in order; throws {@link CONFORMANCE_UNKNOWN_RULEBOOK}. */
  readonly resolve: (ids: ReadonlyArray<string>) => ResolvedRulebook;
  /**
   * The plugin id a name stands for (`ha-tinh` → `province-ha-tinh`), or `undefined` for an
   * unknown name. Absent: every known name is its own id. The runner compares rulebooks by these
   * ids, so a short id and a full id select the same cases.
   *
   * @since 0.2.0
   */
  readonly canonicalId?: (name: string) => string | undefined;
}

/**
 * The error for an unknown rulebook id, with the closest known id as a suggestion.
 *
 * @example
 * ```ts
 * import { unknownRulebookError } from "@motcua/conformance";
 * unknownRulebookError("nationl", ["national"]).en; // 'Unknown rulebook "nationl" (did you mean "national"?)'
 * ```
 * @since 0.1.0
 * @category Rulebooks
 */
export function unknownRulebookError(id: string, known: ReadonlyArray<string>): MotcuaError {
  const guess = suggest(id, known);
  const hintEn = guess === undefined ? `known: ${known.join(", ") || "none"}` : `did you mean "${guess}"?`;
  const hintVi = guess === undefined ? `đã biết: ${known.join(", ") || "không có"}` : `có phải "${guess}"?`;
  return new MotcuaError({
    code: CONFORMANCE_UNKNOWN_RULEBOOK,
    vi: `Không biết bộ quy tắc "${id}" (${hintVi})`,
    en: `Unknown rulebook "${id}" (${hintEn})`,
    path: ["rulebook"],
    data: { id, known, ...(guess === undefined ? {} : { suggestion: guess }) },
  });
}

/**
 * Wraps a resolver so each distinct id list is resolved once (calendars are precomputed indexes
 * and are worth sharing across cases).
 *
 * @example
 * ```ts
 * import { makeCachedRulebookProvider, nationalRulebookProvider } from "@motcua/conformance";
 * const national = nationalRulebookProvider();
 * const provider = makeCachedRulebookProvider(["baseline"], () => national.resolve(["national"]));
 * ```
 * `canonicalId` (since 0.2.0) maps a name to the plugin id it stands for.
 * @since 0.1.0
 * @category Rulebooks
 */
export function makeCachedRulebookProvider(
  knownIds: ReadonlyArray<string>,
  resolve: (ids: ReadonlyArray<string>) => ResolvedRulebook,
  canonicalId?: (name: string) => string | undefined,
): RulebookProvider {
  const cache = new Map<string, ResolvedRulebook>();
  return {
    knownIds,
    ...(canonicalId === undefined ? {} : { canonicalId }),
    resolve: (ids) => {
      for (const id of ids) if (!knownIds.includes(id)) throw unknownRulebookError(id, knownIds);
      const key = ids.join("\u0000");
      let rulebook = cache.get(key);
      if (rulebook === undefined) {
        rulebook = resolve(ids);
        cache.set(key, rulebook);
      }
      return rulebook;
    },
  };
}
