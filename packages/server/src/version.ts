/**
 * The package version, reported by `/healthz` and the adapter protocol's `info`.
 *
 * @module
 */

/**
 * The version of `@motcua/server` (kept equal to package.json by a test).
 *
 * @example
 * ```ts
 * import { SERVER_VERSION } from "@motcua/server";
 * SERVER_VERSION; // "0.1.0"
 * ```
 * @since 0.2.0
 * @category Server
 */
export const SERVER_VERSION = "0.1.0";
