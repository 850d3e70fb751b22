/**
 * This package's version, printed by `motcua-store --version` (kept equal to package.json by a
 * test).
 *
 * @internal
 */
export const STORE_VERSION = "0.1.0";
