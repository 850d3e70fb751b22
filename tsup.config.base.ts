/**
 * The one tsup configuration every published package builds with:
 * ESM + CJS + declarations from `src/index.ts`, dependencies external.
 */
import { defineConfig, type Options } from "tsup";

export const baseOptions: Options = {
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  splitting: false,
  outDir: "dist",
};

export default defineConfig(baseOptions);
