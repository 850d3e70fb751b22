/**
 * The national conformance suite through the built CLI, as QA runs it: `motcua-conformance run
 * --rulebook national` in a fresh process, startup included. The target: < 1.5 s wall.
 * Needs `pnpm build` first (the CLI and the packages it loads run from their `dist`); without it
 * the bench says so and measures nothing.
 *
 *   pnpm build && pnpm bench conformance/bench/cli
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { BenchRecorder } from "../../../scripts/bench/report";
import { listPackages, root } from "../../../scripts/workspace";

const bin = join(root, "packages/conformance/bin/motcua-conformance.js");
const unbuilt = listPackages(["packages", "packages/provinces"])
  .filter((p) => !p.private && existsSync(join(p.dir, "tsup.config.ts")))
  .filter((p) => !existsSync(join(p.dir, "dist")))
  .map((p) => p.name);
const report = new BenchRecorder();
if (unbuilt.length > 0) {
  console.log(`  not measured: run \`pnpm build\` first (no dist for ${unbuilt.join(", ")})`);
} else {
  const RUNS = 5;
  const walls: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, "run", "--rulebook", "national"], {
      cwd: root,
      encoding: "utf8",
    });
    walls.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`the CLI exited ${r.status}: ${r.stderr}`);
  }
  walls.sort((a, b) => a - b);
  const median = walls[RUNS >> 1] as number;
  console.log(
    `  national suite through the built CLI: median ${median.toFixed(0)} ms wall over ${RUNS} fresh processes (min ${(walls[0] as number).toFixed(0)} ms)`,
  );
  report.target("conformance national suite, built CLI, wall seconds", median / 1000, 1.5, "s", "max");
}
report.finish();
