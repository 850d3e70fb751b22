import { defineConfig } from "vitest/config";
import { projects } from "./vitest.workspace.ts";

export default defineConfig({
  test: {
    projects,
    // Timings belong in `pnpm bench`; tests assert answers only.
    testTimeout: 60_000,
  },
});
