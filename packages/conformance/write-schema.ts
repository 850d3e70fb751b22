/**
 * Writes the published JSON Schemas from their zod schemas: `schema/case-file.schema.json` (the
 * case format) and `schema/adapter-info.json`, `schema/adapter-request.json`,
 * `schema/adapter-response.json` (the adapter protocol `motcua-adapter/1`).
 * Run from the repository root: `node --conditions=@motcua/source --import tsx packages/conformance/write-schema.ts`.
 * A test fails when a file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { adapterJsonSchemas, caseFileJsonSchema } from "@motcua/conformance";

const adapter = adapterJsonSchemas();
const files: Array<[string, unknown]> = [
  ["case-file.schema.json", caseFileJsonSchema()],
  ["adapter-info.json", adapter.info],
  ["adapter-request.json", adapter.request],
  ["adapter-response.json", adapter.response],
];
for (const [name, schema] of files) {
  const target = fileURLToPath(new URL(`./schema/${name}`, import.meta.url));
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target}`);
}
