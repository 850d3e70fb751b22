/**
 * Every check this package registers.
 *
 * @module
 */
import { makeCheckRegistry, type CheckRegistry } from "../Check";
import { calendarChecks } from "./calendarChecks";
import { dossierChecks } from "./dossierChecks";
import { formChecks } from "./formChecks";
import { jurisdictionChecks } from "./jurisdictionChecks";
import { handoverChecks } from "./handoverChecks";
import { reportChecks } from "./reportChecks";
import { slaChecks } from "./slaChecks";
import { staffingChecks } from "./staffingChecks";

/**
 * The registry of all built-in checks (calendar, sla, dossier, forms, handover, staffing, report, jurisdiction), what
 * `motcua-conformance` runs with.
 *
 * @example
 * ```ts
 * import { builtinChecks } from "@motcua/conformance";
 * builtinChecks.has("handover.decide"); // true
 * ```
 * @since 0.1.0
 * @category Checks
 */
export const builtinChecks: CheckRegistry = makeCheckRegistry([
  ...calendarChecks,
  ...slaChecks,
  ...dossierChecks,
  ...formChecks,
  ...handoverChecks,
  ...staffingChecks,
  ...reportChecks,
  ...jurisdictionChecks,
]);
