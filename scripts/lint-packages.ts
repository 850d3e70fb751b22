/** Checks the published shape of every public package with publint and arethetypeswrong. */
import { join } from "node:path";
import { listPackages, root, run } from "./workspace";

const bin = (name: string) => join(root, "node_modules", ".bin", name);
let failures = 0;
for (const pkg of listPackages(["packages", "packages/provinces"]).filter((p) => !p.private)) {
  const publint = await run(bin("publint"), ["--strict", "--level", "suggestion", "--pack", "npm"], {
    cwd: pkg.dir,
  });
  const attw = await run(bin("attw"), ["--pack", ".", "--format", "table-flipped", "--quiet"], {
    cwd: pkg.dir,
  });
  const ok = publint === 0 && attw === 0;
  console.log(`${ok ? "✓" : "✗"} ${pkg.name}`);
  if (!ok) failures++;
}
process.exit(failures === 0 ? 0 : 1);
