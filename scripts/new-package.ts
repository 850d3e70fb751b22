/**
 * `node --import tsx scripts/new-package.ts <dir> <description> [deps...] [--peer=a,b]`:
 * writes a package.json and tsup config following the template of packages/core.
 */
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { root } from "./workspace";

const [dirArg, description, ...rest] = process.argv.slice(2);
if (dirArg === undefined || description === undefined)
  throw new Error("usage: new-package <dir> <description> [deps] [--peer=a,b]");
const dir = join(root, dirArg);
const peers = (
  rest
    .find((a) => a.startsWith("--peer="))
    ?.slice(7)
    .split(",") ?? []
).filter(Boolean);
const deps = rest.filter((a) => !a.startsWith("--"));
const slug = dirArg.split("/").at(-1) as string;
const name = dirArg.includes("provinces/") ? `@motcua/province-${slug}` : `@motcua/${slug}`;
const versions: Record<string, string> = { zod: "^4.1.0", xstate: "^5.20.0", effect: "^4.0.0" };
const devVersions: Record<string, string> = { zod: "^4.6.7", xstate: "^5.33.3", effect: "4.1.0" };
const up = relative(dir, root);
const pkg = {
  name,
  version: "0.1.0",
  description,
  license: "MIT",
  type: "module",
  sideEffects: false,
  keywords: ["vietnam", "one-stop", "mot-cua", "administrative-procedure"],
  repository: { type: "git", url: "git+https://github.com/motcua/motcua.git", directory: dirArg },
  engines: { node: ">=20.12" },
  main: "./dist/index.cjs",
  module: "./dist/index.js",
  types: "./dist/index.d.cts",
  exports: {
    ".": {
      "@motcua/source": "./src/index.ts",
      import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
      require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
    },
    "./internal/*": null,
    "./package.json": "./package.json",
  },
  files: ["dist", "src", "README.md"],
  scripts: { build: "tsup" },
  ...(deps.length > 0 ? { dependencies: Object.fromEntries(deps.map((d) => [d, "workspace:^"])) } : {}),
  ...(peers.length > 0
    ? {
        peerDependencies: Object.fromEntries(peers.map((p) => [p, versions[p] ?? "*"])),
        devDependencies: Object.fromEntries(peers.map((p) => [p, devVersions[p] ?? "*"])),
      }
    : {}),
};
mkdirSync(join(dir, "src", "internal"), { recursive: true });
mkdirSync(join(dir, "test"), { recursive: true });
writeFileSync(join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
if (!existsSync(join(dir, "tsup.config.ts")))
  writeFileSync(join(dir, "tsup.config.ts"), `export { default } from "${up}/tsup.config.base";\n`);
console.log(`${name} → ${dirArg}`);
