/**
 * Two entries: the library (ESM + CJS, from the shared base options) and the `motcua-server` CLI
 * (ESM only, with a shebang); then the playground is built with Vite into `playground-dist`.
 */
import { defineConfig } from "tsup";
import { baseOptions } from "../../tsup.config.base";
import { buildPlayground } from "./playground/buildPlayground";

export default defineConfig([
  { ...baseOptions, entry: ["src/index.ts"], platform: "node", shims: true },
  {
    ...baseOptions,
    entry: ["src/cli.ts"],
    format: ["esm"],
    dts: false,
    clean: false,
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    onSuccess: async () => {
      await buildPlayground();
    },
  },
]);
