/** `pnpm build`: builds every published package with tsup (two at a time, dependencies first). */
import { join } from "node:path";
import { listPackages, root, run } from "./workspace";

const packages = listPackages(["packages", "packages/provinces"]).filter((p) => !p.private);
const byName = new Map(packages.map((p) => [p.name, p]));
const done = new Set<string>();
const deps = (name: string) =>
  Object.keys({ ...byName.get(name)?.json.dependencies }).filter((d) => byName.has(d));

let failed = false;
while (done.size < packages.length && !failed) {
  const ready = packages.filter((p) => !done.has(p.name) && deps(p.name).every((d) => done.has(d)));
  if (ready.length === 0) throw new Error("dependency cycle between packages");
  for (let i = 0; i < ready.length; i += 2) {
    const batch = ready.slice(i, i + 2);
    const codes = await Promise.all(
      batch.map((p) => run(join(root, "node_modules", ".bin", "tsup"), ["--silent"], { cwd: p.dir })),
    );
    codes.forEach((code, j) => {
      const p = batch[j]!;
      console.log(`${code === 0 ? "✓" : "✗"} ${p.name}`);
      if (code !== 0) failed = true;
      done.add(p.name);
    });
  }
}
process.exit(failed ? 1 : 0);
