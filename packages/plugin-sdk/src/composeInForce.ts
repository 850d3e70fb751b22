/**
 * Composing only the plugins in force on a date: ended jurisdictions without a successor in the
 * stack drop out instead of failing the composition.
 *
 * @module
 */
import type { CivilDate } from "@motcua/core";
import { composeRulebook, toAsOfDate, type Rulebook } from "./composeRulebook";
import type { Plugin } from "./definePlugin";
import { loadPlugins } from "./internal/conceptGuards";

const inForce = (p: Plugin, d: CivilDate): boolean =>
  (p.validity.validFrom === undefined || p.validity.validFrom <= d) &&
  (p.validity.validTo === undefined || d <= p.validity.validTo);

/**
 * Composes the plugins whose own validity covers `date` (a civil date `YYYY-MM-DD`, or an instant
 * read in Vietnamese time), or `undefined` when none does. Unlike {@link composeRulebook}, a
 * plugin that has not started or has ended is left out rather than refused, so a stack can be
 * walked across its whole history (as {@link calendarOverlayOf} does). Throws a `MotcuaError`:
 * `COMPOSE_INVALID_PLUGINS`, `COMPOSE_INVALID_AS_OF`, a `PLUGIN_*` code for an invalid plugin, or
 * what `composeRulebook` throws for the plugins kept.
 *
 * @example
 * ```ts
 * import { composeInForce, definePlugin } from "@motcua/plugin-sdk";
 * const ref = { document: "Nghị định 61/2018/NĐ-CP", article: "18", verified: true };
 * const base = definePlugin({ id: "national", name: "Quốc gia", version: "0.1.0", jurisdiction: { level: "national" },
 *   legalBasis: [ref], rules: { sla: { paperTransferCutoff: { value: "15:00", legalRef: ref } } } });
 * composeInForce([base], "2025-03-01")?.rules.get("sla.paperTransferCutoff")?.value; // "15:00"
 * ```
 * @since 0.1.0
 * @category Concept inputs
 */
export function composeInForce(
  plugins: ReadonlyArray<Plugin>,
  date: CivilDate | string | number,
): Rulebook | undefined {
  const loaded = loadPlugins(plugins);
  const day = toAsOfDate(date);
  const active = loaded.filter((p) => inForce(p, day));
  return active.length === 0 ? undefined : composeRulebook(active, { asOf: day });
}
