/**
 * Two entries: the library (ESM + CJS, from the shared base options) and the `motcua-conformance`
 * CLI (ESM only, with a shebang).
 */
import { defineConfig } from "tsup";
import { baseOptions } from "../../tsup.config.base";

export default defineConfig([
  { ...baseOptions, entry: ["src/index.ts"] },
  {
    ...baseOptions,
    entry: ["src/cli.ts"],
    format: ["esm"],
    dts: false,
    clean: false,
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
