/**
 * The plugins the rules service serves by default: the national baseline and every province
 * plugin motcua publishes.
 *
 * @module
 */
import { national } from "@motcua/national";
import type { Plugin } from "@motcua/plugin-sdk";
import { dongThap } from "@motcua/province-dong-thap";
import { haTinh } from "@motcua/province-ha-tinh";
import { vinhPhuc } from "@motcua/province-vinh-phuc";

/**
 * The national baseline and the province plugins the server resolves rulebooks from, unless
 * `makeRulebookCache({ plugins })` is given others.
 *
 * @example
 * ```ts
 * import { SERVER_PLUGINS } from "@motcua/server";
 * SERVER_PLUGINS.map((p) => p.id); // ["national", "province-ha-tinh", "province-vinh-phuc", "province-dong-thap"]
 * ```
 * @since 0.2.0
 * @category Rulebooks
 */
export const SERVER_PLUGINS: ReadonlyArray<Plugin> = Object.freeze([national, haTinh, vinhPhuc, dongThap]);
