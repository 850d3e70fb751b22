/**
 * The bridge from a composed rulebook to the concept packages: its slots mapped to what
 * `@motcua/calendar`, `@motcua/sla`, `@motcua/dossier`, `@motcua/handover`, `@motcua/staffing`
 * and `@motcua/reports` take.
 *
 * @module
 */
import { makeCalendar, type CalendarOverlay, type WorkingCalendar } from "@motcua/calendar";
import type { CivilDate } from "@motcua/core";
import type { DossierRules } from "@motcua/dossier";
import type { Rulebook } from "./composeRulebook";
import { checkRulebook } from "./internal/conceptGuards";
import { assertCalendarSupported, daysOffOf, officeHoursOf } from "./internal/calendarInputs";
import { sliceOf, type SlotSlice } from "./sliceOf";

export { CONCEPT_RULE_UNSUPPORTED } from "./internal/calendarInputs";

/**
 * What the concept packages take, for the rules in force on one date.
 *
 * @example
 * ```ts
 * import { conceptInputsOf, type ConceptInputs, type Rulebook } from "@motcua/plugin-sdk";
 * declare const book: Rulebook;
 * const inputs: ConceptInputs = conceptInputsOf(book);
 * ```
 * @since 0.1.0
 * @category Concept inputs
 */
export interface ConceptInputs {
  /** The Vietnamese civil date the rules were composed for. */
  readonly asOf: CivilDate;
  /** The composed plugin rulebook the inputs come from (with provenance). */
  readonly rulebook: Rulebook;
  /**
   * `@motcua/calendar` working calendar: the national holidays and notices with the rulebook's
   * office hours and local days off as an overlay (the rules of `asOf`, applied to every date).
   * Built with `makeCalendar` on first read, then kept. For a calendar that follows the plugins'
   * rules over time, use `makeCalendar({ overlays: [calendarOverlayOf(plugins)] })`.
   */
  readonly calendar: WorkingCalendar;
  /** The `sla` slice, as `@motcua/sla`'s `computeClock` / `computeDeadline` read it (`sliceOf(rulebook, "sla")`). */
  readonly slaRules: SlotSlice<"sla">;
  /** The `sla` and `permissions` slices, as `@motcua/dossier`'s `replay` / `can` read them. */
  readonly dossierRules: DossierRules;
}

/** The rulebook's own calendar slot as an undated overlay. */
const overlayOf = (book: Rulebook): CalendarOverlay => {
  const hours = officeHoursOf(book);
  return {
    id: book.plugins.map((p) => p.id).join("+"),
    officeHours: hours === undefined ? [] : [hours],
    daysOff: daysOffOf(book),
  };
};

/**
 * Maps a composed rulebook to the concept packages' inputs.
 *
 * | slot key | becomes |
 * |---|---|
 * | `calendar.officeHours`, `localDaysOff` | `makeCalendar` overlay (office hours, local days off) |
 * | `sla.*` | `slaRules`: the slice itself (`sliceOf(book, "sla")`), no renaming |
 * | `sla.*`, `permissions.*` | `dossierRules`: `{ sla, permissions }` slices, no renaming |
 *
 * Every mapped
 * value keeps the legal reference of the plugin layer that supplied it (unverified when any layer
 * is). The handover, staffing and report rules are not translated: their concept functions read
 * `sliceOf(rulebook, "handover" | "staffing" | "reports")` directly.
 *
 * Throws a `MotcuaError` {@link CONCEPT_RULE_UNSUPPORTED} when the rulebook changes what
 * `@motcua/calendar` builds in (weekly rest, statutory holidays, compensatory day off, a week other
 * than Monday–Friday), `CONCEPT_INVALID_INPUT` for an argument that is not a composed rulebook.
 * The input is not modified.
 *
 * @example
 * ```ts
 * import { composeRulebook, conceptInputsOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { haTinh } from "@motcua/province-ha-tinh";
 * const inputs = conceptInputsOf(composeRulebook([national, haTinh], { asOf: "2021-06-01" }));
 * inputs.calendar.isWorkingDay("2021-06-01"); // true
 * ```
 * @since 0.1.0
 * @category Concept inputs
 */
export function conceptInputsOf(book: Rulebook): ConceptInputs {
  const rulebook = checkRulebook(book);
  assertCalendarSupported(rulebook);
  const overlay = overlayOf(rulebook);
  let calendar: WorkingCalendar | undefined;
  return {
    asOf: rulebook.asOf,
    rulebook,
    get calendar(): WorkingCalendar {
      return (calendar ??= makeCalendar({ overlays: [overlay] }));
    },
    slaRules: sliceOf(rulebook, "sla"),
    dossierRules: { sla: sliceOf(rulebook, "sla"), permissions: sliceOf(rulebook, "permissions") },
  };
}
