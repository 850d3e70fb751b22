/**
 * Writes `openapi.json` (for Java/.NET/PHP client generators) from the routes' zod schemas.
 * Run from the repository root: `node --conditions=@motcua/source --import tsx packages/server/write-openapi.ts`
 * (or `pnpm --filter @motcua/server openapi`). A test fails when the file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openApiDocument } from "@motcua/server";

const target = fileURLToPath(new URL("./openapi.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
console.log(`wrote ${target}`);
