/**
 * The `calendar` slot of a plugin stack as a `@motcua/calendar` overlay, over time: the rulebook is
 * composed at every date where a calendar rule or a plugin starts or ends, and each span's office
 * hours and local days off become dated overlay entries.
 *
 * @internal
 */
import type { CalendarOverlay, OfficeHours as CalendarOfficeHours } from "@motcua/calendar";
import { fromDayNumber, MotcuaError, toDayNumber, type CivilDate, type LegalRef } from "@motcua/core";
import {
  composeRulebook,
  type LocalDayOff,
  type OfficeHours,
  type Plugin,
  type Rulebook,
} from "@motcua/plugin-sdk";
import { CONFORMANCE_RULE_UNSUPPORTED } from "../Rulebook";
import { sourced } from "./ruleRef";

/** Calendar rules the national calendar builds in: a plugin may not change them (yet). */
const BUILT_IN = ["weeklyRestDays", "statutoryHolidays", "compensatoryDayOff"] as const;
const WEEKDAYS = "1,2,3,4,5";
const FIRST_DAY: CivilDate = "1995-01-01";

const nextDay = (d: CivilDate): CivilDate => fromDayNumber(toDayNumber(d) + 1);

const unsupported = (path: string, plugin: string, en: string, vi: string): MotcuaError =>
  new MotcuaError({
    code: CONFORMANCE_RULE_UNSUPPORTED,
    path: ["rulebook", ...path.split(".")],
    en: `${path} of "${plugin}": ${en}`,
    vi: `${path} của "${plugin}": ${vi}`,
    data: { path, plugin },
  });

/** Throws when a composed rulebook changes what the national calendar builds in. @internal */
export function assertCalendarSupported(book: Rulebook): void {
  for (const key of BUILT_IN) {
    const rule = book.rules.get(`calendar.${key}`);
    const other = rule?.provenance.find((s) => s.level !== "national");
    if (other !== undefined)
      throw unsupported(
        `calendar.${key}`,
        other.plugin,
        "@motcua/calendar builds the national holidays and weekly rest in; a province cannot change them",
        "@motcua/calendar đã có sẵn ngày nghỉ lễ và nghỉ hằng tuần quốc gia; tỉnh không thay đổi được",
      );
  }
  const hours = sourced<OfficeHours>(book, "calendar", "officeHours");
  if (hours !== undefined && [...hours.value.weekdays].sort().join(",") !== WEEKDAYS)
    throw unsupported(
      "calendar.officeHours",
      hours.plugins[hours.plugins.length - 1] ?? "?",
      `working weekdays ${hours.value.weekdays.join(",")} are not Monday–Friday, which @motcua/calendar assumes`,
      `ngày làm việc trong tuần ${hours.value.weekdays.join(",")} khác thứ Hai–thứ Sáu mà @motcua/calendar dùng`,
    );
}

const inForce = (p: Plugin, d: CivilDate): boolean =>
  (p.validity.validFrom === undefined || p.validity.validFrom <= d) &&
  (p.validity.validTo === undefined || d <= p.validity.validTo);

/** Composes the plugins in force on `date` (ended jurisdictions without a successor drop out). @internal */
export const composeInForce = (plugins: ReadonlyArray<Plugin>, date: CivilDate): Rulebook | undefined => {
  const active = plugins.filter((p) => inForce(p, date));
  return active.length === 0 ? undefined : composeRulebook(active, { asOf: date });
};

/**
 * The overlay of a plugin stack: office hours and local days off per span of constant rules.
 * Throws {@link CONFORMANCE_RULE_UNSUPPORTED} for calendar rules `@motcua/calendar` cannot apply,
 * or the composition's own `COMPOSE_*` error.
 *
 * @internal
 */
export function calendarOverlayOf(plugins: ReadonlyArray<Plugin>, id: string): CalendarOverlay {
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
  const daysOff: Array<{ date: CivilDate; name: string; legalRef: LegalRef }> = [];
  starts.forEach((start, i) => {
    const next = starts[i + 1];
    const end = next === undefined ? undefined : fromDayNumber(toDayNumber(next) - 1);
    const book = composeInForce(plugins, start);
    if (book === undefined) return;
    assertCalendarSupported(book);
    const hours = sourced<OfficeHours>(book, "calendar", "officeHours");
    if (hours !== undefined)
      officeHours.push({
        sessions: hours.value.sessions,
        ...(i === 0 ? {} : { validFrom: start }),
        ...(end === undefined ? {} : { validTo: end }),
        legalRef: hours.legalRef,
      });
    const local = sourced<ReadonlyArray<LocalDayOff>>(book, "calendar", "localDaysOff");
    for (const d of local?.value ?? [])
      if (d.date >= start && (end === undefined || d.date <= end))
        daysOff.push({
          date: d.date,
          name: d.name,
          legalRef: local?.legalRef ?? { document: "?", verified: false },
        });
  });
  return { id, officeHours, daysOff };
}
