/**
 * Writes `schema/case-file.schema.json` from the zod schema of the case format.
 * Run from the repository root: `node --conditions=@motcua/source --import tsx packages/conformance/write-schema.ts`.
 * A test fails when the file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { caseFileJsonSchema } from "@motcua/conformance";

const target = fileURLToPath(new URL("./schema/case-file.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(caseFileJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
