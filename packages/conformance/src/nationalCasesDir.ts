/**
 * Where the national cases ship inside the package.
 *
 * @module
 */
import { fileURLToPath } from "node:url";

/**
 * Absolute path of the `cases/` folder shipped with this package (the national suite).
 *
 * @example
 * ```ts
 * import { nationalCasesDir } from "@motcua/conformance";
 * nationalCasesDir().endsWith("cases"); // true
 * ```
 * @since 0.1.0
 * @category Loading
 */
export const nationalCasesDir = (): string => fileURLToPath(new URL("../cases", import.meta.url));
