#!/usr/bin/env node
/**
 * Creates a standalone province plugin project from this template:
 *
 *   node examples/province-plugin-template/create.mjs <dir> [--name <package name>] [--tarballs <dir>]
 *
 * Copies the template (without node_modules, dist and this script) to <dir> and rewrites its
 * package.json so it installs with npm anywhere:
 *
 * - `workspace:` versions of `@motcua/*` become the published ranges of this checkout (`^0.1.0`);
 *   with `--tarballs <dir>`, `file:` paths to the `.tgz` files found there instead (and `overrides`
 *   so their own `@motcua/*` dependencies come from the same files) — for testing unpublished code;
 * - the build and test tools (tsup, TypeScript, vitest, zod, xstate, @types/node) are added as
 *   devDependencies with the versions this monorepo uses;
 * - `private` is dropped and the name is `--name` (default: the folder's name, prefixed `province-`).
 *
 * Then: `cd <dir> && npm install && npm test && npm run build && npm run conformance`.
 */
/* global console, process, URL */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const template = fileURLToPath(new URL(".", import.meta.url));
const monorepo = resolve(template, "..", "..");
/** devDependencies the copy needs besides `@motcua/conformance`; versions from the monorepo root. */
const TOOLS = ["tsup", "typescript", "vitest", "zod", "xstate", "@types/node"];
const SKIP = new Set(["node_modules", "dist", "create.mjs"]);

const usage = "usage: node create.mjs <dir> [--name <package name>] [--tarballs <dir>]";
const args = process.argv.slice(2);
const option = (flag) => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) fail(`${flag} needs a value\n${usage}`);
  args.splice(i, 2);
  return value;
};
function fail(message) {
  console.error(`create: ${message}`);
  process.exit(2);
}

const name = option("--name");
const tarballs = option("--tarballs");
if (args.length !== 1 || args[0].startsWith("--")) fail(usage);
const target = resolve(args[0]);
if (existsSync(target) && readdirSync(target).length > 0) fail(`${target} exists and is not empty`);

/** name → version of every package of the monorepo (packages/*, packages/*\/*). */
const versions = new Map();
const scan = (dir, depth) => {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === "node_modules") continue;
    const file = join(dir, entry.name, "package.json");
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, "utf8"));
      if (json.private !== true) versions.set(json.name, json.version);
    } else if (depth > 0) scan(join(dir, entry.name), depth - 1);
  }
};
scan(join(monorepo, "packages"), 1);

/** name → `file:` spec of a tarball (`npm pack`/`pnpm pack` names: `motcua-core-0.1.0.tgz`). */
const files = new Map();
if (tarballs !== undefined) {
  for (const [pkg, version] of versions) {
    const file = join(resolve(tarballs), `${pkg.replace(/^@/, "").replace("/", "-")}-${version}.tgz`);
    if (existsSync(file)) files.set(pkg, `file:${file}`);
  }
  if (files.size === 0) fail(`no tarball of a @motcua package in ${tarballs}`);
}

const spec = (pkg, range) => {
  if (!range.startsWith("workspace:")) return range;
  if (files.has(pkg)) return files.get(pkg);
  const version = versions.get(pkg);
  if (version === undefined) fail(`${pkg} is not a package of ${monorepo}`);
  const rest = range.slice("workspace:".length);
  return rest === "^" || rest === "~" ? `${rest}${version}` : rest === "*" ? version : rest;
};

cpSync(template, target, {
  recursive: true,
  filter: (src) =>
    !relative(template, src)
      .split(/[\\/]/)
      .some((part) => SKIP.has(part)),
});

const json = JSON.parse(readFileSync(join(template, "package.json"), "utf8"));
const root = JSON.parse(readFileSync(join(monorepo, "package.json"), "utf8"));
delete json.private;
json.name = name ?? basename(target).replace(/^(province-)?/, "province-");
for (const field of ["dependencies", "devDependencies"])
  for (const [pkg, range] of Object.entries(json[field] ?? {})) json[field][pkg] = spec(pkg, range);
for (const tool of TOOLS) {
  const version = root.devDependencies?.[tool];
  if (version === undefined) fail(`the monorepo's package.json has no devDependency ${tool}`);
  json.devDependencies[tool] ??= version;
}
json.devDependencies = Object.fromEntries(
  Object.entries(json.devDependencies).sort(([a], [b]) => a.localeCompare(b)),
);
if (files.size > 0) json.overrides = Object.fromEntries(files);
writeFileSync(join(target, "package.json"), `${JSON.stringify(json, null, 2)}\n`);

console.log(`created ${json.name} in ${target}
next: cd ${relative(process.cwd(), target) || "."} && npm install && npm test && npm run build && npm run conformance`);
