/**
 * Small helpers to build bilingual issues and errors.
 *
 * @internal
 */
import { MotcuaError, slotIssue as issue, type MotcuaIssue } from "@motcua/core";

export { slotIssue as issue, uniqueBy } from "@motcua/core";

/** Turns a non-empty list of issues into one error (the first issue is the error itself). */
export function errorOf(
  issues: ReadonlyArray<MotcuaIssue>,
  data: Readonly<Record<string, unknown>> = {},
  prefix?: { readonly en: string; readonly vi: string },
): MotcuaError {
  const first = issues[0] ?? issue("PLUGIN_INVALID", [], "Invalid plugin", "Plugin không hợp lệ");
  return new MotcuaError({
    code: first.code,
    path: first.path,
    en: prefix === undefined ? first.en : `${prefix.en}: ${first.en}`,
    vi: prefix === undefined ? first.vi : `${prefix.vi}: ${first.vi}`,
    issues,
    data,
  });
}
