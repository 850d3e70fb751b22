/**
 * The outside-the-workspace test: what a user gets from npm, checked from a folder outside the
 * repository (under `os.tmpdir()`), with npm, without tsx and without the `@motcua/source` condition.
 *
 * 1. pack every public package (`workspace:` ranges rewritten to versions, as `pnpm pack` does);
 * 2. install the tarballs with npm into a temporary app, with the peers the packages declare (that
 *    each package declares the peers of its own dependencies is checked in `scripts/test/peers.test.ts`);
 * 3. run each package's command (`bin`) with `--version` from `node_modules/.bin`, and each package
 *    README's first ```ts example as ESM (`.mjs`) and as CommonJS (`.cjs`);
 * 4. typecheck a file importing every package under `moduleResolution` `nodenext` (ESM and CJS) and
 *    `bundler`;
 * 5. create a plugin from `examples/province-plugin-template` (its `create.mjs`, `@motcua/*` pointed
 *    at the tarballs), `npm install`, `npm test` (builds first), `npm run conformance` on its `dist`:
 *    0 failures and every one of its own cases passed.
 *
 * Needs `pnpm build` first (it packs the `dist` folders). Run alone:
 * `node --import tsx scripts/outside.ts` (`MOTCUA_OUTSIDE_KEEP=1` keeps the temp folder).
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ts from "typescript";
import { firstTsExample, toCjs, toEsm, undeclaredTypeImports } from "./outsideChecks";
import { listPackages, root, type WorkspacePackage } from "./workspace";

const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const template = join(root, "examples", "province-plugin-template");

class StepError extends Error {}

interface Result {
  code: number;
  output: string;
}

/**
 * The environment of every child: no npm/pnpm settings of the calling package manager, no
 * NODE_OPTIONS (no tsx loader, no custom condition): what a user's shell has.
 */
const cleanEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/^(npm_|pnpm_|NODE_OPTIONS$|NODE_PATH$|INIT_CWD$)/i.test(key)) env[key] = value;
  return {
    ...env,
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
    npm_config_loglevel: "error",
  };
};

/** Runs a command, capturing its output (printed only when it fails). */
function exec(cmd: string, args: ReadonlyArray<string>, cwd: string, timeoutMs = 240_000): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: cleanEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      output += `\n(killed after ${timeoutMs / 1000}s)`;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

async function must(what: string, cmd: string, args: ReadonlyArray<string>, cwd: string, timeoutMs?: number) {
  const r = await exec(cmd, args, cwd, timeoutMs);
  if (r.code !== 0)
    throw new StepError(
      `${what} failed (exit ${r.code}): ${cmd} ${args.join(" ")} in ${cwd}\n${r.output.trim()}`,
    );
  return r.output;
}

/** Runs `tasks` with at most `width` at a time (the machine may have two cores). */
async function pool<T, R>(
  items: ReadonlyArray<T>,
  width: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i]!);
      }
    }),
  );
  return results;
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const tarballName = (pkg: { name: string; version: string }) =>
  `${pkg.name.replace(/^@/, "").replace("/", "-")}-${pkg.version}.tgz`;

// ---------------------------------------------------------------------------------------------

const packages = listPackages(["packages", "packages/provinces"]).filter((p) => !p.private);
const versionOf = new Map(
  packages.map((p) => [
    p.name,
    (JSON.parse(readFileSync(join(p.dir, "package.json"), "utf8")) as { version: string }).version,
  ]),
);

/** `workspace:^` → `^1.2.3`, `workspace:~` → `~1.2.3`, `workspace:*` → `1.2.3`, `workspace:<range>` → range. */
function publishedRange(name: string, range: string): string {
  if (!range.startsWith("workspace:")) return range;
  const version = versionOf.get(name);
  if (version === undefined)
    throw new StepError(`pack: ${name} (a workspace: dependency) is not a public package`);
  const rest = range.slice("workspace:".length);
  return rest === "^" || rest === "~" ? `${rest}${version}` : rest === "*" ? version : rest;
}

/** Packs one package from a staged copy whose package.json has the published ranges. */
async function pack(pkg: WorkspacePackage, stage: string, dest: string): Promise<Record<string, unknown>> {
  if (!existsSync(join(pkg.dir, "dist")))
    throw new StepError(`pack: ${pkg.name} has no dist (run the build first)`);
  const dir = join(stage, pkg.name.replace("/", "__"));
  cpSync(pkg.dir, dir, {
    recursive: true,
    filter: (src) => !relative(pkg.dir, src).split(/[\\/]/).includes("node_modules"),
  });
  const json = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Record<string, unknown>;
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"]) {
    const deps = json[field] as Record<string, string> | undefined;
    for (const [name, range] of Object.entries(deps ?? {})) deps![name] = publishedRange(name, range);
  }
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(json, null, 2)}\n`);
  await must(`pack ${pkg.name}`, npm, ["pack", "--ignore-scripts", "--pack-destination", dest], dir);
  const file = join(dest, tarballName(json as { name: string; version: string }));
  if (!existsSync(file)) throw new StepError(`pack: ${pkg.name} did not produce ${file}`);
  return json;
}

interface Phase {
  name: string;
  seconds: number;
  detail: string;
}

export async function outside(): Promise<number> {
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), "motcua-outside-"));
  const phases: Phase[] = [];
  const phase = async (name: string, body: () => Promise<string>) => {
    const t = performance.now();
    console.log(`  … ${name}`);
    const detail = await body();
    phases.push({ name, seconds: (performance.now() - t) / 1000, detail });
    console.log(
      `  ✓ ${name} (${((performance.now() - t) / 1000).toFixed(1)}s)${detail === "" ? "" : `: ${detail}`}`,
    );
  };
  let ok = false;
  try {
    const packs = join(work, "packs");
    const app = join(work, "app");
    mkdirSync(packs);
    mkdirSync(app);
    const rootJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    };
    const packed: Array<Record<string, unknown> & { name: string; version: string }> = [];

    await phase(`pack ${packages.length} public packages`, async () => {
      const stage = join(work, "stage");
      packed.push(...((await pool(packages, 3, (p) => pack(p, stage, packs))) as typeof packed));
      rmSync(stage, { recursive: true, force: true });
      return readdirSync(packs).join(", ");
    });

    // The peers the packages declare (not ours, not optional), at the versions the monorepo tests with.
    const peers = new Map<string, string>();
    for (const json of packed) {
      const meta = (json["peerDependenciesMeta"] ?? {}) as Record<string, { optional?: boolean }>;
      for (const [name, range] of Object.entries((json["peerDependencies"] ?? {}) as Record<string, string>))
        if (!versionOf.has(name) && meta[name]?.optional !== true)
          peers.set(name, rootJson.devDependencies[name] ?? range);
    }
    const files = Object.fromEntries(packed.map((p) => [p.name, `file:${join(packs, tarballName(p))}`]));

    await phase("npm install (tarballs + peers) in a temp app", async () => {
      const types = rootJson.devDependencies["@types/node"] ?? "^20.0.0";
      const appJson = {
        name: "motcua-outside-app",
        private: true,
        type: "module",
        dependencies: { ...files, ...Object.fromEntries(peers) },
        devDependencies: { "@types/node": types },
        // The tarballs' own @motcua/* dependencies come from the tarballs, never from the registry.
        overrides: files,
      };
      writeFileSync(join(app, "package.json"), `${JSON.stringify(appJson, null, 2)}\n`);
      await must("npm install", npm, ["install", "--prefer-offline", "--no-audit", "--no-fund"], app);
      return `peers ${[...peers].map(([n, v]) => `${n}@${v}`).join(", ")}`;
    });

    await phase("each package's command: --version from node_modules/.bin", async () => {
      const bins = packed.flatMap((p) => Object.keys((p["bin"] ?? {}) as Record<string, string>));
      for (const name of bins) {
        const out = await must(
          `${name} --version`,
          join(app, "node_modules", ".bin", name),
          ["--version"],
          app,
        );
        if (!/^\d+\.\d+\.\d+\s*$/.test(out))
          throw new StepError(`${name} --version printed ${JSON.stringify(out)}`);
      }
      return bins.join(", ");
    });

    await phase("README examples (first ```ts block) as ESM and as CommonJS", async () => {
      const dir = join(app, "readme");
      const cwd = join(app, "scratch");
      mkdirSync(dir);
      mkdirSync(cwd);
      const jobs: Array<{ pkg: string; file: string }> = [];
      const without: string[] = [];
      for (const pkg of packages) {
        const readme = join(pkg.dir, "README.md");
        const example = existsSync(readme) ? firstTsExample(readFileSync(readme, "utf8")) : undefined;
        if (example === undefined) {
          without.push(pkg.name);
          continue;
        }
        const slug = pkg.name.replace(/^@/, "").replace("/", "-");
        writeFileSync(join(dir, `${slug}.mjs`), await toEsm(example));
        writeFileSync(join(dir, `${slug}.cjs`), await toCjs(example));
        jobs.push(
          { pkg: pkg.name, file: join(dir, `${slug}.mjs`) },
          { pkg: pkg.name, file: join(dir, `${slug}.cjs`) },
        );
      }
      if (without.length > 0)
        throw new StepError(`README examples: no \`\`\`ts example in the README of ${without.join(", ")}`);
      const results = await pool(jobs, 2, async (job) => ({
        ...job,
        ...(await exec(process.execPath, [job.file], cwd, 60_000)),
      }));
      const failed = results.filter((r) => r.code !== 0);
      if (failed.length > 0)
        throw new StepError(
          `README examples: ${failed.length} of ${results.length} threw:\n${failed
            .map((r) => `--- ${r.pkg} (${relative(app, r.file)}, exit ${r.code})\n${r.output.trim()}`)
            .join("\n")}`,
        );
      return `${jobs.length / 2} packages × (mjs, cjs) ran`;
    });

    await phase("typecheck an import of every package (nodenext ESM + CJS, bundler)", async () => {
      const dir = join(app, "types");
      mkdirSync(dir);
      const imports = packages.map((p, i) => `import * as m${i} from "${p.name}";`).join("\n");
      const uses = `\nexport const modules = [${packages.map((_, i) => `m${i}`).join(", ")}];\n`;
      writeFileSync(join(dir, "esm.ts"), imports + uses);
      writeFileSync(join(dir, "cjs.cts"), imports + uses);
      // skipLibCheck: checking every installed .d.ts (fastify, effect, …) takes minutes on two cores;
      // what our declarations import is checked below instead (undeclaredTypeImports).
      const base = { target: "ES2022", strict: true, noEmit: true, types: ["node"], skipLibCheck: true };
      const configs = {
        nodenext: {
          compilerOptions: { ...base, module: "nodenext", moduleResolution: "nodenext" },
          files: ["esm.ts", "cjs.cts"],
        },
        bundler: {
          compilerOptions: { ...base, module: "esnext", moduleResolution: "bundler" },
          files: ["esm.ts"],
        },
      };
      for (const [name, config] of Object.entries(configs))
        writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
      await pool(Object.keys(configs), 2, (name) =>
        must(
          `typecheck (moduleResolution ${name})`,
          process.execPath,
          [tsc, "-p", `tsconfig.${name}.json`],
          dir,
        ),
      );
      const untyped = undeclaredTypeImports(dir);
      if (untyped.length > 0)
        throw new StepError(
          `typecheck: published declarations import modules that have no types for a consumer (with skipLibCheck: false, TS7016 "implicitly has an 'any' type"; move the @types package to dependencies):\n${untyped.join("\n")}`,
        );
      return `${packages.length} packages, TypeScript ${ts.version}`;
    });

    await phase(
      "province plugin template: create, npm install, npm test (builds), npm run conformance",
      async () => {
        const plugin = join(work, "province-mau");
        await must(
          "create the plugin project",
          process.execPath,
          [join(template, "create.mjs"), plugin, "--tarballs", packs],
          work,
        );
        const json = JSON.parse(readFileSync(join(plugin, "package.json"), "utf8")) as Record<
          string,
          Record<string, string>
        >;
        const leftover = ["dependencies", "devDependencies"].flatMap((f) =>
          Object.entries(json[f] ?? {}).filter(([, v]) => v.startsWith("workspace:")),
        );
        if (leftover.length > 0)
          throw new StepError(`template: workspace: ranges left in the copy: ${leftover.join(", ")}`);
        await must(
          "template: npm install",
          npm,
          ["install", "--prefer-offline", "--no-audit", "--no-fund"],
          plugin,
        );
        const tests = await must("template: npm test", npm, ["test"], plugin);
        for (const out of ["plugin.js", "plugin.cjs", "plugin.d.ts"])
          if (!existsSync(join(plugin, "dist", out)))
            throw new StepError(`template: the build made no dist/${out}`);
        const report = join(work, "conformance.json");
        const conformance = await exec(
          npm,
          ["run", "conformance", "--", "--reporter", "json", "--out", report],
          plugin,
        );
        if (conformance.code !== 0 || !existsSync(report))
          throw new StepError(
            `template: npm run conformance failed (exit ${conformance.code})\n${conformance.output.trim()}`,
          );
        const results = JSON.parse(readFileSync(report, "utf8")) as {
          counts: { passed: number; failed: number };
          problems: unknown[];
          cases: ReadonlyArray<{ id: string; status: string }>;
        };
        // The expected cases: every id in the template's cases folder.
        const own = readdirSync(join(template, "cases"))
          .filter((f) => /\.ya?ml$/.test(f))
          .flatMap((f) =>
            [...readFileSync(join(template, "cases", f), "utf8").matchAll(/^\s*-\s+id:\s*(\S+)/gm)].map(
              (m) => m[1]!,
            ),
          );
        const passed = new Set(results.cases.filter((c) => c.status === "passed").map((c) => c.id));
        const missing = own.filter((id) => !passed.has(id));
        if (
          results.counts.failed !== 0 ||
          results.problems.length > 0 ||
          own.length === 0 ||
          missing.length > 0
        )
          throw new StepError(
            `template: conformance on dist: ${results.counts.failed} failed, problems ${JSON.stringify(results.problems)}, own cases not passed: ${missing.join(", ") || "none"} (of ${own.length})`,
          );
        const vitest =
          /Tests\s+(\d+) passed/.exec(
            tests.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), ""),
          )?.[1] ?? "?";
        return `npm test ${vitest} passed; conformance ${results.counts.passed} passed, 0 failed, ${own.length}/${own.length} own cases`;
      },
    );
    ok = true;
  } catch (error) {
    console.error(`✗ outside: ${error instanceof StepError ? error.message : (error as Error).stack}`);
  } finally {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\noutside-the-workspace test: ${ok ? "passed" : "FAILED"} in ${seconds}s`);
    for (const p of phases) console.log(`  ${p.seconds.toFixed(1).padStart(6)}s  ${p.name}`);
    if (process.env["MOTCUA_OUTSIDE_KEEP"] === "1" || !ok) console.log(`  (kept ${work})`);
    else rmSync(work, { recursive: true, force: true });
  }
  return ok ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(await outside());
