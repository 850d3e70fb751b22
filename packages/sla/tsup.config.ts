import { defineConfig } from "tsup";
import { baseOptions } from "../../tsup.config.base";

/** The public entry, and `@motcua/sla/unguarded` (internal to motcua: the outcome rule unchecked). */
export default defineConfig({ ...baseOptions, entry: ["src/index.ts", "src/unguarded.ts"] });
