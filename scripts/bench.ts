/**
 * `pnpm bench [filter]`: runs every `bench/*.bench.ts` of every package (or those whose path
 * contains the filter), each in its own process against TypeScript sources.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { listPackages, root, run } from "./workspace";

const filter = process.argv[2];
const files = listPackages()
  .flatMap((p) => {
    const dir = join(p.dir, "bench");
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".bench.ts"))
          .map((f) => join(dir, f))
      : [];
  })
  .filter((f) => filter === undefined || f.includes(filter));

let failures = 0;
for (const file of files) {
  console.log(`\n━━ ${relative(root, file)}`);
  const code = await run(process.execPath, [
    "--conditions=@motcua/source",
    "--expose-gc",
    "--import",
    "tsx",
    file,
  ]);
  if (code !== 0) failures++;
}
if (files.length === 0) console.log("no benchmark matched");
process.exit(failures === 0 ? 0 : 1);
