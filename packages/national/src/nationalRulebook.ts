/**
 * The national baseline composed alone, for a developer who wants the national rules without
 * composing plugins.
 *
 * @module
 */
import type { CivilDate } from "@motcua/core";
import { composeRulebook, type Rulebook } from "@motcua/plugin-sdk";
import { national } from "./national";

/**
 * The rulebook of the national baseline alone as of `asOf` (a civil date or an instant):
 * `composeRulebook([national], { asOf })`. Read a concept's rules with `sliceOf(book, slot)`.
 *
 * @example
 * ```ts
 * import { nationalRulebook } from "@motcua/national";
 * import { sliceOf } from "@motcua/plugin-sdk";
 * sliceOf(nationalRulebook("2024-06-03"), "sla").reschedulesMax?.value; // 1
 * ```
 * @since 0.2.0
 * @category Plugins
 */
export function nationalRulebook(asOf: CivilDate | string | number): Rulebook {
  return composeRulebook([national], { asOf });
}
