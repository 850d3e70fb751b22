/**
 * Which objects are rulebooks: those `composeRulebook` returned. The readers (`getRule`,
 * `ruleValue`, `sliceOf`, `explain`) check this first, so a hand-made or altered object is refused
 * with `RULEBOOK_INVALID` instead of failing somewhere inside with a raw `TypeError`. The registry
 * is shared by every copy of this package in the process (an ESM and a CommonJS build).
 *
 * @internal
 */
import { MotcuaError, previewValue } from "@motcua/core";

const REGISTRY = Symbol.for("@motcua/plugin-sdk/rulebooks");

const registry = (): WeakSet<object> => {
  const g = globalThis as unknown as Record<symbol, unknown>;
  const found = g[REGISTRY];
  if (found instanceof WeakSet) return found as WeakSet<object>;
  const made = new WeakSet<object>();
  g[REGISTRY] = made;
  return made;
};

const CATALOGUES = Symbol.for("@motcua/plugin-sdk/rulebook-catalogues");

const catalogues = (): WeakMap<object, ReadonlySet<string>> => {
  const g = globalThis as unknown as Record<symbol, unknown>;
  const found = g[CATALOGUES];
  if (found instanceof WeakMap) return found as WeakMap<object, ReadonlySet<string>>;
  const made = new WeakMap<object, ReadonlySet<string>>();
  g[CATALOGUES] = made;
  return made;
};

/**
 * Records `book` as a rulebook composed by `composeRulebook`, with the procedure codes its plugins
 * declare on any date (`procedureCodes`). @internal
 */
export const registerRulebook = <T extends object>(book: T, procedureCodes: ReadonlySet<string>): T => {
  registry().add(book);
  catalogues().set(book, procedureCodes);
  return book;
};

/** The procedure codes the plugins of a registered rulebook declare, on any date. @internal */
export const procedureCodesOf = (book: object): ReadonlySet<string> => catalogues().get(book) ?? new Set();

/** Throws `RULEBOOK_INVALID` (path `["rulebook"]`) unless `value` came from `composeRulebook`. @internal */
export function checkRulebook(value: unknown, fn: string): void {
  if (typeof value === "object" && value !== null && registry().has(value)) return;
  const got = previewValue(value);
  throw new MotcuaError({
    code: "RULEBOOK_INVALID",
    path: ["rulebook"],
    en: `${fn}: not a rulebook (use composeRulebook), received ${got}`,
    vi: `${fn}: không phải rulebook (dùng composeRulebook), nhận được ${got}`,
    data: { function: fn },
  });
}
