// @ts-check
/**
 * typedoc: the API reference of every published package into docs/api, warnings are errors,
 * every exported function, class, interface, type alias and variable must be documented.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const entryPoints = ["packages", "packages/provinces"].flatMap((group) =>
  existsSync(group)
    ? readdirSync(group)
        .map((name) => join(group, name, "src", "index.ts"))
        .filter((file) => existsSync(file))
    : [],
);

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  name: "motcua API",
  entryPointStrategy: "resolve",
  entryPoints,
  tsconfig: "tsconfig.docs.json",
  out: "docs/api",
  readme: "none",
  treatWarningsAsErrors: true,
  excludePrivate: true,
  excludeInternal: true,
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  requiredToBeDocumented: ["Enum", "Variable", "Function", "Class", "Interface", "TypeAlias"],
  sort: ["source-order"],
  disableGit: true,
  sourceLinkTemplate: "https://github.com/motcua/motcua/blob/main/{path}#L{line}",
};
