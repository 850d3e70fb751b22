/**
 * Builds the playground (index.html + src/main.ts + src/style.css) with Vite into static files:
 * relative asset URLs, nothing fetched from a CDN at run time.
 */
import { fileURLToPath } from "node:url";
import { build } from "vite";

/** The playground's source folder. */
export const playgroundRoot = fileURLToPath(new URL(".", import.meta.url));

/** Where the package build writes it (served by the server at `/`). */
export const playgroundDist = fileURLToPath(new URL("../playground-dist", import.meta.url));

/** Builds the playground into `outDir` (default {@link playgroundDist}). */
export async function buildPlayground(outDir: string = playgroundDist): Promise<string> {
  await build({
    root: playgroundRoot,
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: { outDir, emptyOutDir: true, target: "es2022", sourcemap: false },
  });
  return outDir;
}
