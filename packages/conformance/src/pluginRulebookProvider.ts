/**
 * Rulebooks from plugins: case files and the CLI name plugin ids (`national`, `ha-tinh`), the
 * provider composes those plugins with `@motcua/plugin-sdk`'s `composeRulebook` as of each case's
 * date, and the checks read the composed slots with `sliceOf`, in the concept packages' own shape.
 *
 * @module
 */
import { composeForProvince } from "@motcua/national";
import { makeCalendar, type SessionInput, type WorkingCalendar } from "@motcua/calendar";
import {
  fromDayNumber,
  tryParseCivilDate,
  tryParseInstant,
  vietnamDayNumber,
  type CivilDate,
  type InstantInput,
} from "@motcua/core";
import { composeRulebook, sliceOf, type Plugin, type Rulebook, type SlotSlice } from "@motcua/plugin-sdk";
import {
  makeCachedRulebookProvider,
  type ResolvedRulebook,
  type RulesAt,
  type RulebookProvider,
} from "./Rulebook";

/**
 * The names a plugin answers to in case files and on the command line: its id, and for a
 * province plugin its province slug (`province-ha-tinh` and `ha-tinh`).
 *
 * @example
 * ```ts
 * import { pluginAliases } from "@motcua/conformance";
 * import { haTinh } from "@motcua/province-ha-tinh";
 * pluginAliases(haTinh); // ["province-ha-tinh", "ha-tinh"]
 * ```
 * @since 0.1.0
 * @category Rulebooks
 */
export function pluginAliases(plugin: Plugin): ReadonlyArray<string> {
  const j = plugin.jurisdiction;
  const slug = j.level === "province" ? j.province : undefined;
  return slug === undefined || slug === plugin.id ? [plugin.id] : [plugin.id, slug];
}

const civilDateOf = (asOf: unknown): CivilDate | undefined => {
  if (typeof asOf === "string" && tryParseCivilDate(asOf) !== undefined) return asOf;
  const ms = tryParseInstant(asOf);
  return ms === undefined ? undefined : fromDayNumber(vietnamDayNumber(ms));
};

/** Which rule versions a calendar slice holds: equal keys give the same calendar. */
const calendarKey = (slice: SlotSlice<"calendar">): string =>
  JSON.stringify(Object.entries(slice).map(([k, r]) => [k, r.plugins, r.validity]));

/**
 * One rulebook: the plugins composed as of each date a case asks about (cached per date), and the
 * working calendar of the `calendar` slice in force then (built once per distinct slice).
 */
function resolvePlugins(ids: ReadonlyArray<string>, plugins: ReadonlyArray<Plugin>): ResolvedRulebook {
  const calendars = new Map<string, WorkingCalendar>();
  const calendarOf = (book: Rulebook, sessions?: ReadonlyArray<SessionInput>): WorkingCalendar => {
    const slice = sliceOf(book, "calendar");
    const key = `${calendarKey(slice)}${sessions === undefined ? "" : JSON.stringify(sessions)}`;
    let cal = calendars.get(key);
    if (cal === undefined) {
      cal =
        sessions === undefined
          ? makeCalendar(slice)
          : makeCalendar(slice, { overlays: [{ id: "case", officeHours: [{ sessions }] }] });
      calendars.set(key, cal);
    }
    return cal;
  };
  const byDate = new Map<CivilDate, RulesAt>();
  const inputsAt = (asOf: CivilDate | InstantInput): RulesAt => {
    const date = civilDateOf(asOf);
    const cached = date === undefined ? undefined : byDate.get(date);
    if (cached !== undefined) return cached;
    const rulebook = composeRulebook(plugins, { asOf: date ?? (asOf as string) });
    let calendar: WorkingCalendar | undefined;
    const rules: RulesAt = {
      asOf: rulebook.asOf,
      rulebook,
      get calendar(): WorkingCalendar {
        return (calendar ??= calendarOf(rulebook));
      },
      calendarWithSessions: (sessions) => calendarOf(rulebook, sessions),
      slaRules: sliceOf(rulebook, "sla"),
      dossierRules: { sla: sliceOf(rulebook, "sla"), permissions: sliceOf(rulebook, "permissions") },
    };
    byDate.set(rules.asOf, rules);
    return rules;
  };
  // A date every plugin applies on, for a case whose own date is unreadable (the library under
  // test then reports the bad value itself).
  const starts = plugins.flatMap((p) => (p.validity.validFrom === undefined ? [] : [p.validity.validFrom]));
  const anyDate = starts.sort().at(-1) ?? "2000-01-03";
  // Compose once now: a stack that cannot be composed (a province overriding a national `final`
  // rule such as the holidays) is refused before any case runs.
  inputsAt(anyDate);
  return {
    ids,
    plugins: plugins.map((p) => ({ id: p.id, version: p.version })),
    inputsAt,
    calendarAt: (at, sessions) => {
      const rules = inputsAt(civilDateOf(at) ?? anyDate);
      return sessions === undefined ? rules.calendar : rules.calendarWithSessions(sessions);
    },
    forProvince: (province, asOf) => {
      const baseline = plugins.find((p) => p.jurisdiction.level === "national");
      return composeForProvince({
        province,
        asOf,
        plugins: plugins.filter((p) => p.jurisdiction.level === "province"),
        ...(baseline === undefined ? {} : { baseline }),
      });
    },
  };
}

/**
 * A provider over the given plugins: a case's `rulebook: [national, ha-tinh]` composes those
 * plugins in order (`composeRulebook`, as of each case's own date); the checks read the composed
 * slots with `sliceOf`, and the working calendar is `makeCalendar(sliceOf(rulebook, "calendar"))`
 * of the same date. Plugins answer to their id and province slug (`canonicalId` maps either to
 * the id).
 *
 * @example
 * ```ts
 * import { pluginRulebookProvider } from "@motcua/conformance";
 * import { national } from "@motcua/national";
 * import { haTinh } from "@motcua/province-ha-tinh";
 * import { sliceOf } from "@motcua/plugin-sdk";
 * const rb = pluginRulebookProvider([national, haTinh]).resolve(["national", "ha-tinh"]);
 * sliceOf(rb.inputsAt("2021-06-01").rulebook, "staffing").minimumWorkload?.value; // { min: 15, max: 20 } (Kế hoạch 41/KH-UBND)
 * ```
 * @since 0.1.0
 * @category Rulebooks
 */
export function pluginRulebookProvider(plugins: ReadonlyArray<Plugin>): RulebookProvider {
  const byName = new Map<string, Plugin>();
  for (const p of plugins) for (const name of pluginAliases(p)) if (!byName.has(name)) byName.set(name, p);
  return makeCachedRulebookProvider(
    [...byName.keys()],
    (ids) =>
      resolvePlugins(
        ids,
        ids.map((id) => byName.get(id) as Plugin),
      ),
    (name) => byName.get(name)?.id,
  );
}
