/**
 * The national baseline alone.
 *
 * @module
 */
import { national } from "@motcua/national";
import { pluginRulebookProvider } from "./pluginRulebookProvider";
import type { RulebookProvider } from "./Rulebook";

/**
 * A provider that knows only `national` (`@motcua/national`): the national working calendar
 * (statutory holidays, yearly notices) with the national plugin's office hours, and the national
 * policy, dossier rules, handover (no authority: the provinces supply them), staffing and reports.
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
  return pluginRulebookProvider([national]);
}
