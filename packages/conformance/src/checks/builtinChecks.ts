/**
 * Every check this package registers.
 *
 * @module
 */
import { makeCheckRegistry, type CheckRegistry } from "../Check";
import { calendarChecks } from "./calendarChecks";
import { slaChecks } from "./slaChecks";

/**
 * The registry of all built-in checks (calendar, sla, …), what `motcua-conformance` runs with.
 *
 * @example
 * ```ts
 * import { builtinChecks } from "@motcua/conformance";
 * builtinChecks.has("calendar.lunarToSolar"); // true
 * ```
 * @since 0.1.0
 * @category Checks
 */
export const builtinChecks: CheckRegistry = makeCheckRegistry([...calendarChecks, ...slaChecks]);
