/**
 * esbuild for the scripts: not a direct dependency of the root, so this takes tsup's (the one that
 * builds the packages) and types the few calls the scripts make.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { root } from "./workspace";

export interface Metafile {
  inputs: Record<string, { bytes: number }>;
  outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
}

export interface PluginBuild {
  onResolve(
    options: { filter: RegExp },
    callback: (args: { path: string; importer: string }) => { path: string; external: boolean } | undefined,
  ): void;
}

export interface Esbuild {
  version: string;
  transform(
    source: string,
    options: { loader: "ts" | "js"; format: "esm" | "cjs"; target: string },
  ): Promise<{ code: string }>;
  build(
    options: Record<string, unknown> & {
      write: false;
      metafile: true;
      plugins?: Array<{ name: string; setup(build: PluginBuild): void }>;
    },
  ): Promise<{ outputFiles: Array<{ contents: Uint8Array }>; metafile: Metafile }>;
}

export const esbuild = createRequire(createRequire(join(root, "package.json")).resolve("tsup"))(
  "esbuild",
) as Esbuild;
