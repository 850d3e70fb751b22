/** `npm test`: RuleTester and the conformance suite (which runs a few hundred cases: generous time limits). */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
