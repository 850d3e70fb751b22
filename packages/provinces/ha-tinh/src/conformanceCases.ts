/**
 * Where this plugin's conformance cases ship: the package's `cases/` folder.
 *
 * @module
 */

/**
 * The conformance case files of the Hà Tĩnh plugin (format `motcua-conformance/1`), as paths
 * **relative to the module that exports them** (`src/index.ts` or `dist/index.js`: both one folder
 * below the package root, so `../cases` is the package's `cases/` folder). `motcua-conformance`
 * resolves them against the module's URL when it loads the plugin (`--rulebook national,ha-tinh` or
 * `--plugin @motcua/province-ha-tinh`). Plain strings, so this module pulls no Node built-in into a
 * browser bundle.
 *
 * @example
 * ```ts
 * import { conformanceCases } from "@motcua/province-ha-tinh";
 * conformanceCases; // ["../cases"]
 * ```
 * @since 0.2.0
 * @category Cases
 */
export const conformanceCases: ReadonlyArray<string> = ["../cases"];
