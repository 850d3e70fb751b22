/**
 * Fails on a dependency cycle: between workspace packages (package.json) and between modules
 * inside each package (dpdm over `src/index.ts`).
 */
import { join } from "node:path";
import { listPackages, root, run } from "./workspace";

const packages = listPackages(["packages", "packages/provinces"]);
const graph = new Map<string, string[]>();
for (const p of packages) {
  const deps = { ...p.json.dependencies, ...p.json.peerDependencies, ...p.json.devDependencies };
  graph.set(
    p.name,
    Object.keys(deps).filter((d) => d.startsWith("@motcua/")),
  );
}

const cycles: string[][] = [];
const state = new Map<string, "visiting" | "done">();
function visit(name: string, path: string[]): void {
  if (state.get(name) === "done") return;
  if (state.get(name) === "visiting") {
    cycles.push([...path.slice(path.indexOf(name)), name]);
    return;
  }
  state.set(name, "visiting");
  for (const next of graph.get(name) ?? []) visit(next, [...path, name]);
  state.set(name, "done");
}
for (const name of graph.keys()) visit(name, []);

for (const cycle of cycles) console.error(`package cycle: ${cycle.join(" → ")}`);
console.log(`${graph.size} packages, ${cycles.length} package cycles`);

const entries = packages.map((p) => join(p.rel, "src", "index.ts"));
const code = await run(join(root, "node_modules", ".bin", "dpdm"), [
  "--no-tree",
  "--no-warning",
  "--transform",
  "--exit-code",
  "circular:1",
  ...entries,
]);
process.exit(cycles.length === 0 && code === 0 ? 0 : 1);
