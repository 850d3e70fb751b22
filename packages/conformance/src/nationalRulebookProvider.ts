/**
 * The built-in rulebook registry: `national` maps to the concept packages' national defaults.
 * Province plugins come in through {@link RulebookProvider}s built from plugin modules.
 *
 * @module
 */
import { makeCalendar } from "@motcua/calendar";
import { makeCachedRulebookProvider, type RulebookProvider } from "./Rulebook";
import { CONFORMANCE_VERSION } from "./version";

/**
 * A provider that knows only `national`: the national working calendar (statutory holidays,
 * yearly notices, sessions 08:00–12:00 and 13:00–17:00) and the other packages' national defaults.
 *
 * @example
 * ```ts
 * import { nationalRulebookProvider } from "@motcua/conformance";
 * const rb = nationalRulebookProvider().resolve(["national"]);
 * rb.calendar.isWorkingDay("2026-02-17"); // false (Tết)
 * ```
 * @since 0.1.0
 * @category Rulebooks
 */
export function nationalRulebookProvider(): RulebookProvider {
  return makeCachedRulebookProvider(["national"], (ids) => ({
    ids,
    plugins: [{ id: "national", version: CONFORMANCE_VERSION }],
    calendar: makeCalendar(),
  }));
}
