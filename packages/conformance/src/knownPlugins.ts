/**
 * The plugins `motcua-conformance` knows by name, and the packages they ship in. Only
 * `@motcua/national` is a dependency of this package; the province packages are optional peers,
 * imported on demand when a rulebook names them (`--rulebook national,ha-tinh`).
 *
 * @module
 */

/**
 * A plugin known by name: its id, the short names it answers to and its package.
 *
 * @since 0.2.0
 * @category Rulebooks
 */
export interface KnownPlugin {
  /** The plugin's id, as `definePlugin` gives it (`province-ha-tinh`). */
  readonly id: string;
  /** Every name it answers to, the id first (`province-ha-tinh`, `ha-tinh`). */
  readonly names: ReadonlyArray<string>;
  /** The npm package that exports it. */
  readonly packageName: string;
}

/**
 * The plugins known by name: `national` and the three province plugins. Each answers to its id
 * and to its province slug, in case files, `--rulebook` and `--plugin` alike.
 *
 * @example
 * ```ts
 * import { KNOWN_PLUGINS } from "@motcua/conformance";
 * KNOWN_PLUGINS.map((p) => p.packageName); // ["@motcua/national", "@motcua/province-ha-tinh", …]
 * ```
 * @since 0.2.0
 * @category Rulebooks
 */
export const KNOWN_PLUGINS: ReadonlyArray<KnownPlugin> = [
  { id: "national", names: ["national"], packageName: "@motcua/national" },
  {
    id: "province-ha-tinh",
    names: ["province-ha-tinh", "ha-tinh"],
    packageName: "@motcua/province-ha-tinh",
  },
  {
    id: "province-vinh-phuc",
    names: ["province-vinh-phuc", "vinh-phuc"],
    packageName: "@motcua/province-vinh-phuc",
  },
  {
    id: "province-dong-thap",
    names: ["province-dong-thap", "dong-thap"],
    packageName: "@motcua/province-dong-thap",
  },
];

/**
 * The known plugin a name (id, short id or package name) refers to.
 *
 * @example
 * ```ts
 * import { knownPlugin } from "@motcua/conformance";
 * knownPlugin("ha-tinh")?.id; // "province-ha-tinh"
 * knownPlugin("@motcua/province-ha-tinh")?.id; // "province-ha-tinh"
 * knownPlugin("hatinh"); // undefined
 * ```
 * @since 0.2.0
 * @category Rulebooks
 */
export const knownPlugin = (name: string): KnownPlugin | undefined =>
  KNOWN_PLUGINS.find((p) => p.names.includes(name) || p.packageName === name);

/**
 * Every name the known plugins answer to.
 *
 * @example
 * ```ts
 * import { knownPluginNames } from "@motcua/conformance";
 * knownPluginNames().includes("dong-thap"); // true
 * ```
 * @since 0.2.0
 * @category Rulebooks
 */
export const knownPluginNames = (): ReadonlyArray<string> => KNOWN_PLUGINS.flatMap((p) => p.names);
