/**
 * The plugin's build: `dist/plugin.js` (ESM), `dist/plugin.cjs` (CommonJS) and their declarations.
 * Dependencies (`@motcua/*`, zod) stay external: the host application installs them once.
 */
import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/plugin.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  outDir: "dist",
});
