/**
 * The browser bundle budget: bundles the built `dist` of the packages a browser app needs (with their
 * dependencies, zod included) for `platform: "browser"`, minified, and checks that
 *
 * - the bundle of all of them together is at most {@link BUDGET_GZIP} bytes gzipped;
 * - none of their browser entry points reaches a Node built-in (`node:*`, `fs`, `path`, …).
 *
 * Prints min and gzip sizes per package (each bundled alone, with its dependencies) and for the total,
 * and what dominates the total (from esbuild's metafile). Needs `pnpm build` first.
 * Run alone: `node --import tsx scripts/size.ts`.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { esbuild, type Metafile } from "./esbuild";
import { listPackages, root } from "./workspace";

/** The browser packages and their budget (gzipped, all of them in one bundle). */
export const BROWSER_PACKAGES = ["@motcua/core", "@motcua/calendar", "@motcua/sla"];
export const BUDGET_GZIP = 50 * 1024;
/**
 * What the gate fails above: the budget itself. core, calendar and sla build their schemas with
 * `zod/mini` (the classic `zod` API alone, with its JSON Schema processors, was over half of the
 * 55.6 KB the bundle weighed before), so the 50 KB budget is met and enforced.
 */
export const CEILING_GZIP = BUDGET_GZIP;

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

interface Measured {
  min: number;
  gzip: number;
  metafile: Metafile;
  builtins: Array<{ path: string; importer: string }>;
}

/** Where a bundled file comes from: the package name (workspace packages by folder, others from node_modules). */
function owner(input: string): string {
  const parts = input.split(/[\\/]/);
  const nm = parts.lastIndexOf("node_modules");
  if (nm >= 0) return parts[nm + 1]?.startsWith("@") ? `${parts[nm + 1]}/${parts[nm + 2]}` : parts[nm + 1]!;
  const pkg = listPackages(["packages", "packages/provinces"]).find((p) =>
    join(root, input).startsWith(p.dir + sep),
  );
  return pkg?.name ?? input;
}

/** A temp folder whose node_modules links the workspace packages, so the bundle resolves their `dist`. */
function linkDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "motcua-size-"));
  for (const p of listPackages(["packages", "packages/provinces"]).filter((p) => !p.private)) {
    mkdirSync(dirname(join(dir, "node_modules", p.name)), { recursive: true });
    symlinkSync(p.dir, join(dir, "node_modules", p.name), "dir");
  }
  return dir;
}

async function measure(names: ReadonlyArray<string>, resolveDir: string): Promise<Measured> {
  const found: Measured["builtins"] = [];
  const result = await esbuild.build({
    stdin: {
      // Namespaces keep every export: the worst case, nothing is shaken off by the entry itself.
      contents: names.map((n, i) => `export * as p${i} from ${JSON.stringify(n)};`).join("\n"),
      resolveDir,
      loader: "js",
    },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    // Never the source condition: the published `dist` is what a browser app gets.
    conditions: [],
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        name: "node-builtins",
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (!builtins.has(args.path)) return undefined;
            found.push({ path: args.path, importer: relative(root, args.importer) });
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  const code = result.outputFiles[0]!.contents;
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    metafile: result.metafile,
    builtins: found,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function checkSize(): Promise<number> {
  const dir = linkDir();
  try {
    let failed = false;
    const rows: Array<[string, number, number]> = [];
    for (const name of BROWSER_PACKAGES) {
      const m = await measure([name], dir);
      rows.push([name, m.min, m.gzip]);
      for (const b of m.builtins) {
        console.error(
          `✗ ${name}: its browser entry reaches the Node built-in "${b.path}" (from ${b.importer})`,
        );
        failed = true;
      }
    }
    const total = await measure(BROWSER_PACKAGES, dir);
    rows.push([`total (${BROWSER_PACKAGES.length} packages, one bundle)`, total.min, total.gzip]);
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(
      `${"bundle (dist, platform browser, minified)".padEnd(width)}  ${"min".padStart(9)}  ${"gzip".padStart(9)}`,
    );
    for (const [name, min, gzip] of rows)
      console.log(`${name.padEnd(width)}  ${kb(min).padStart(9)}  ${kb(gzip).padStart(9)}`);

    // What the total is made of (minified bytes in the output, by package and by file).
    const output = Object.values(total.metafile.outputs)[0]!;
    const byOwner = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs))
      byOwner.set(owner(input), (byOwner.get(owner(input)) ?? 0) + bytesInOutput);
    console.log("\nminified bytes of the total, by package:");
    for (const [name, bytes] of [...byOwner].sort((a, b) => b[1] - a[1]))
      console.log(
        `  ${name.padEnd(width)}  ${kb(bytes).padStart(9)}  ${((bytes / total.min) * 100).toFixed(0).padStart(3)}%`,
      );
    const largest = Object.entries(output.inputs)
      .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
      .slice(0, 5);
    console.log("largest files:");
    for (const [input, { bytesInOutput }] of largest)
      console.log(`  ${kb(bytesInOutput).padStart(9)}  ${input}`);

    const top = [...byOwner].sort((a, b) => b[1] - a[1])[0] ?? ["?", 0];
    if (total.gzip > CEILING_GZIP) {
      console.error(
        `✗ the browser bundle of ${BROWSER_PACKAGES.join(", ")} is ${kb(total.gzip)} gzipped, over the ${kb(BUDGET_GZIP)} budget; the largest part is ${top[0]} (${kb(top[1])} minified, ${((top[1] / total.min) * 100).toFixed(0)}%)`,
      );
      failed = true;
    } else
      console.log(
        `✓ ${kb(total.gzip)} gzipped ≤ ${kb(BUDGET_GZIP)}; no Node built-in in the browser entries`,
      );
    return failed ? 1 : 0;
  } catch (error) {
    console.error(`✗ size: could not bundle (did the build run?): ${(error as Error).message}`);
    return 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(await checkSize());
