/**
 * Checks the published shape of every public package with publint and arethetypeswrong, two
 * packages at a time (each tool packs its own package folder, so two folders never collide).
 */
import { join } from "node:path";
import { listPackages, root, run, type WorkspacePackage } from "./workspace";

const bin = (name: string) => join(root, "node_modules", ".bin", name);

async function check(pkg: WorkspacePackage): Promise<boolean> {
  const publint = await run(bin("publint"), ["--strict", "--level", "suggestion", "--pack", "npm"], {
    cwd: pkg.dir,
  });
  const attw = await run(bin("attw"), ["--pack", ".", "--format", "table-flipped", "--quiet"], {
    cwd: pkg.dir,
  });
  const ok = publint === 0 && attw === 0;
  console.log(`${ok ? "✓" : "✗"} ${pkg.name}`);
  return ok;
}

const queue = listPackages(["packages", "packages/provinces"]).filter((p) => !p.private);
let failures = 0;
const lane = async (): Promise<void> => {
  for (let pkg = queue.shift(); pkg !== undefined; pkg = queue.shift()) if (!(await check(pkg))) failures++;
};
await Promise.all([lane(), lane()]);
process.exit(failures === 0 ? 0 : 1);
