/**
 * Small helpers to build bilingual issues and errors.
 *
 * @internal
 */
import { MotcuaError, type ErrorPath, type MotcuaIssue } from "@motcua/core";

/** Builds one coded bilingual issue. */
export const issue = (code: string, path: ErrorPath, en: string, vi: string): MotcuaIssue => ({
  code,
  path,
  en,
  vi,
});

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

/** `HH:MM` → minutes after midnight (assumes a valid `HH:MM`). */
export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** A check that flags the second and later items sharing the same `field`. */
export const uniqueBy =
  <T>(field: (item: T) => string, label: string) =>
  (value: ReadonlyArray<T>, path: ErrorPath): MotcuaIssue[] => {
    const seen = new Set<string>();
    const out: MotcuaIssue[] = [];
    value.forEach((item, i) => {
      const k = field(item);
      if (seen.has(k))
        out.push(
          issue(
            "PLUGIN_DUPLICATE_ENTRY",
            [...path, i],
            `${label} "${k}" is listed twice`,
            `${label} "${k}" bị lặp`,
          ),
        );
      seen.add(k);
    });
    return out;
  };
