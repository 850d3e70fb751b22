/**
 * Versions recorded in results files.
 *
 * @module
 */

/**
 * This package's version (kept equal to package.json by a test).
 *
 * @example
 * ```ts
 * import { CONFORMANCE_VERSION } from "@motcua/conformance";
 * CONFORMANCE_VERSION; // "0.1.0"
 * ```
 * @since 0.1.0
 * @category Results
 */
export const CONFORMANCE_VERSION = "0.1.0";
