/**
 * Boundary checks of the concept-input bridge: plugin stacks, rulebooks and overlay ids.
 *
 * @internal
 */
import { MotcuaError, type ErrorPath } from "@motcua/core";
import type { Rulebook } from "../composeRulebook";
import { safeLoadPlugin, type Plugin } from "../definePlugin";

/** Code for an argument of the bridge that is not what it should be. */
export const CONCEPT_INVALID_INPUT = "CONCEPT_INVALID_INPUT";

const invalid = (path: ErrorPath, en: string, vi: string): MotcuaError =>
  new MotcuaError({ code: CONCEPT_INVALID_INPUT, path, en, vi });

/** The plugins, loaded (plugin inputs are validated); `COMPOSE_INVALID_PLUGINS` or a `PLUGIN_*` code. */
export function loadPlugins(plugins: unknown): ReadonlyArray<Plugin> {
  if (!Array.isArray(plugins))
    throw new MotcuaError({
      code: "COMPOSE_INVALID_PLUGINS",
      path: ["plugins"],
      en: "plugins must be an array",
      vi: "plugins phải là một mảng",
    });
  return plugins.map((p: unknown, i) => {
    const r = safeLoadPlugin(p);
    if (r.ok) return r.value;
    throw new MotcuaError({
      code: r.error.code,
      vi: r.error.vi,
      en: r.error.en,
      path: ["plugins", i, ...r.error.path],
      issues: r.error.issues,
      data: r.error.data,
    });
  });
}

/** An optional overlay id: a non-empty string. */
export function checkId(id: unknown): string | undefined {
  if (id === undefined || (typeof id === "string" && id.length > 0)) return id;
  throw invalid(
    ["id"],
    "the overlay id must be a non-empty string",
    "id của lớp lịch phải là chuỗi khác rỗng",
  );
}

/** A rulebook made by `composeRulebook` (the fields the bridge reads). */
export function checkRulebook(book: unknown): Rulebook {
  const b = book as Partial<Rulebook> | null;
  if (
    typeof b !== "object" ||
    b === null ||
    typeof b.asOf !== "string" ||
    !(b.rules instanceof Map) ||
    !Array.isArray(b.plugins) ||
    typeof b.jurisdiction !== "object" ||
    b.jurisdiction === null
  )
    throw invalid(
      ["rulebook"],
      "expected a rulebook made by composeRulebook",
      "cần một bộ quy tắc do composeRulebook tạo ra",
    );
  return b as Rulebook;
}
