/**
 * What the outside-the-workspace test (`scripts/outside.ts`) checks in the temporary app, as
 * functions: a README's first example turned into ESM and CommonJS, and the declaration check of the
 * installed packages.
 */
import { join, relative } from "node:path";
import ts from "typescript";
import { esbuild } from "./esbuild";

/** The first ```ts block of a README, or undefined. */
export function firstTsExample(readme: string): string | undefined {
  const m = /^```ts\s*\n([\s\S]*?)^```/m.exec(readme);
  return m?.[1];
}

/** ESM: the example with its types stripped. */
export const toEsm = (source: string) =>
  esbuild.transform(source, { loader: "ts", format: "esm", target: "es2022" }).then((r) => r.code);

/**
 * CommonJS: the imports stay at the top (esbuild turns them into `require`), the rest runs in an
 * async function (an example may `await` at the top level, which CommonJS has not).
 */
export async function toCjs(source: string): Promise<string> {
  const file = ts.createSourceFile("example.ts", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const imports: string[] = [];
  const body: string[] = [];
  for (const statement of file.statements)
    (ts.isImportDeclaration(statement) ? imports : body).push(statement.getFullText(file));
  const wrapped = `${imports.join("")}\n(async () => {${body.join("")}\n})().catch((error) => {\n  console.error(error);\n  process.exitCode = 1;\n});\n`;
  return (await esbuild.transform(wrapped, { loader: "ts", format: "cjs", target: "es2022" })).code;
}

/**
 * Every module our published declarations (`node_modules/@motcua/<name>/dist/*.d.ts`) import must resolve
 * to a declaration file for the consumer, under nodenext, in the mode of each file (`.d.ts` ESM,
 * `.d.cts` CommonJS). A module resolving to JavaScript only (a dependency whose `@types` package is a
 * devDependency) makes the consumer's types `any`, or TS7016 without skipLibCheck.
 */
export function undeclaredTypeImports(dir: string): string[] {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ["node"],
  };
  const problems = new Set<string>();
  const host = ts.createCompilerHost(options);
  const ours = /[\\/]node_modules[\\/]@motcua[\\/][^\\/]+[\\/]dist[\\/][^\\/]+\.d\.c?ts$/;
  const program = ts.createProgram([join(dir, "esm.ts"), join(dir, "cjs.cts")], options, host);
  // `declare module "node:stream"` and the like (from @types/node) count as declarations.
  const ambient = new Set(
    program
      .getTypeChecker()
      .getAmbientModules()
      .map((m) => m.getName().replace(/^"|"$/g, "")),
  );
  for (const file of program.getSourceFiles()) {
    if (!ours.test(file.fileName)) continue;
    const visit = (node: ts.Node): void => {
      const spec =
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined
          ? node.moduleSpecifier
          : ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)
            ? node.argument.literal
            : undefined;
      if (spec !== undefined && ts.isStringLiteral(spec) && !ambient.has(spec.text)) {
        const mode = ts.getModeForUsageLocation(file, spec, options);
        const r = ts.resolveModuleName(spec.text, file.fileName, options, host, undefined, undefined, mode);
        const ext = r.resolvedModule?.extension;
        if (ext === undefined || ![".d.ts", ".d.mts", ".d.cts"].includes(ext))
          problems.add(
            `  ${relative(dir, file.fileName)} imports "${spec.text}": ${ext === undefined ? "not found" : `only ${ext}, no declarations`}`,
          );
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return [...problems].sort();
}
