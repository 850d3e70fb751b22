/**
 * Two entries: the library (ESM + CJS, from the shared base options) and the `motcua-store` CLI
 * (ESM only, with a shebang). `canonicalize` (RFC 8785, ESM only) is bundled so the CommonJS
 * build can use it.
 */
import { defineConfig } from "tsup";
import { baseOptions } from "../../tsup.config.base";

export default defineConfig([
  { ...baseOptions, entry: ["src/index.ts"], noExternal: ["canonicalize"] },
  {
    ...baseOptions,
    entry: ["src/cli.ts"],
    format: ["esm"],
    dts: false,
    clean: false,
    platform: "node",
    noExternal: ["canonicalize"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
