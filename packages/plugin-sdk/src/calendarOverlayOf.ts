/**
 * The `calendar` slot of a plugin stack as a `@motcua/calendar` overlay, over time.
 *
 * @module
 */
import type { CalendarOverlay, OfficeHours as CalendarOfficeHours } from "@motcua/calendar";
import { fromDayNumber, toDayNumber, type CivilDate } from "@motcua/core";
import { composeInForce } from "./composeInForce";
import type { Plugin } from "./definePlugin";
import { checkId, loadPlugins } from "./internal/conceptGuards";
import {
  assertCalendarSupported,
  daysOffOf,
  officeHoursOf,
  type DayOffEntry,
} from "./internal/calendarInputs";

const FIRST_DAY: CivilDate = "1995-01-01";

const nextDay = (d: CivilDate): CivilDate => fromDayNumber(toDayNumber(d) + 1);

/**
 * The overlay of a plugin stack for `makeCalendar`, over its whole history: the stack is composed
 * ({@link composeInForce}) at every date where a calendar rule or a plugin starts or ends, and
 * each span's office hours (`calendar.officeHours`) and local days off (`calendar.localDaysOff`)
 * become dated overlay entries with their legal references.
 *
 * Throws a `MotcuaError`: {@link CONCEPT_RULE_UNSUPPORTED} when a plugin changes what
 * `@motcua/calendar` builds in (weekly rest, statutory holidays, compensatory day off, a week other
 * than Monday–Friday), `CONCEPT_INVALID_INPUT` for an `id` that is not a non-empty string, or the
 * composition's own `COMPOSE_*` / `PLUGIN_*` error.
 *
 * @param stack - the stack, national first (as for `composeRulebook`).
 * @param id - the overlay's id (default: the plugin ids joined with `+`).
 * @example
 * ```ts
 * import { makeCalendar } from "@motcua/calendar";
 * import { calendarOverlayOf, definePlugin } from "@motcua/plugin-sdk";
 * const ref = { document: "Quyết định 1/QĐ-UBND", verified: false };
 * const base = definePlugin({ id: "national", name: "Quốc gia", version: "0.1.0", jurisdiction: { level: "national" },
 *   legalBasis: [ref], rules: { calendar: { officeHours: { value: { weekdays: [1, 2, 3, 4, 5],
 *   sessions: [{ start: "08:00", end: "12:00" }, { start: "13:00", end: "17:00" }] }, legalRef: ref } } } });
 * const calendar = makeCalendar({ overlays: [calendarOverlayOf([base])] });
 * calendar.nextWorkingInstant("2026-02-13T18:00:00+07:00"); // Monday 23/2 (after Tết) 08:00
 * ```
 * @since 0.1.0
 * @category Concept inputs
 */
export function calendarOverlayOf(stack: ReadonlyArray<Plugin>, id?: string): CalendarOverlay {
  const plugins = loadPlugins(stack);
  const overlayId = checkId(id);
  const cuts = new Set<CivilDate>([FIRST_DAY]);
  for (const p of plugins) {
    if (p.validity.validFrom !== undefined) cuts.add(p.validity.validFrom);
    if (p.validity.validTo !== undefined) cuts.add(nextDay(p.validity.validTo));
    for (const r of p.rules) {
      if (r.slot !== "calendar") continue;
      if (r.validity.validFrom !== undefined) cuts.add(r.validity.validFrom);
      if (r.validity.validTo !== undefined) cuts.add(nextDay(r.validity.validTo));
    }
  }
  const starts = [...cuts].filter((d) => d >= FIRST_DAY).sort();
  const officeHours: CalendarOfficeHours[] = [];
  const daysOff: DayOffEntry[] = [];
  starts.forEach((start, i) => {
    const next = starts[i + 1];
    const end = next === undefined ? undefined : fromDayNumber(toDayNumber(next) - 1);
    const book = composeInForce(plugins, start);
    if (book === undefined) return;
    assertCalendarSupported(book);
    const hours = officeHoursOf(book, {
      ...(i === 0 ? {} : { validFrom: start }),
      ...(end === undefined ? {} : { validTo: end }),
    });
    if (hours !== undefined) officeHours.push(hours);
    for (const day of daysOffOf(book, start, end)) daysOff.push(day);
  });
  return { id: overlayId ?? plugins.map((p) => p.id).join("+"), officeHours, daysOff };
}
