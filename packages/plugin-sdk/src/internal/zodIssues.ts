/**
 * Parses with a zod schema and turns the issues into coded bilingual issues, with a "did you
 * mean" suggestion for every unknown key (the valid keys are read from the schema itself).
 *
 * @internal
 */
import type * as z from "zod";
import { safeParse } from "zod/mini";
import { closestMatch, safeDecode, type ErrorPath, type MotcuaIssue } from "@motcua/core";
import { issue } from "./issues";

interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly element?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly options?: ReadonlyArray<z.core.$ZodType>;
  readonly in?: z.core.$ZodType;
}

const defOf = (schema: z.core.$ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object keys a schema accepts at `path` (union of all branches), or `[]` when unknown. */
export function keysAt(schema: z.core.$ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
    case "readonly":
    case "prefault":
      return def.innerType === undefined ? [] : keysAt(def.innerType, path);
    case "pipe":
      return def.in === undefined ? [] : keysAt(def.in, path);
    case "union":
      return (def.options ?? []).flatMap((o) => keysAt(o, path));
    case "array": {
      if (path.length === 0 || def.element === undefined) return [];
      return keysAt(def.element, path.slice(1));
    }
    case "object": {
      const shape = def.shape ?? {};
      if (path.length === 0) return Object.keys(shape);
      const next = shape[String(path[0])];
      return next === undefined ? [] : keysAt(next, path.slice(1));
    }
    default:
      return [];
  }
}

/** Names an unknown key, with the closest valid key when there is a plausible one. */
export function unknownKeyIssue(
  key: string,
  path: ErrorPath,
  candidates: ReadonlyArray<string>,
): MotcuaIssue {
  const suggestion = closestMatch(key, candidates);
  const hint = suggestion === undefined ? "" : ` — did you mean "${suggestion}"?`;
  const hintVi = suggestion === undefined ? "" : ` — có phải ý bạn là "${suggestion}"?`;
  return issue(
    "PLUGIN_UNKNOWN_KEY",
    [...path, key],
    `unknown key "${key}"${hint}`,
    `khóa không tồn tại "${key}"${hintVi}`,
  );
}

/**
 * Issues listed for one input: a plugin with 10,000 broken items would otherwise get a "did you
 * mean" suggestion (an edit-distance search) for each of them.
 */
export const MAX_LISTED_ISSUES = 200;

/** Parses `input`; on failure returns the issues (code `PLUGIN_INVALID`, or `PLUGIN_UNKNOWN_KEY`). */
export function parseWith<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  path: ErrorPath,
  code = "PLUGIN_INVALID",
): { ok: true; value: z.output<S> } | { ok: false; issues: MotcuaIssue[] } {
  const decoded = safeDecode(schema, input, { code, path });
  if (decoded.ok) return { ok: true, value: decoded.value };
  const raw = safeParse(schema, input);
  const rawIssues = raw.success ? [] : raw.error.issues;
  const out: MotcuaIssue[] = [];
  const all = decoded.error.issues;
  for (let i = 0; i < all.length && out.length < MAX_LISTED_ISSUES; i++) {
    const r = rawIssues[i];
    if (r !== undefined && r.code === "unrecognized_keys") {
      const where = r.path.map((k) => (typeof k === "symbol" ? String(k) : k));
      const candidates = keysAt(schema, r.path);
      for (const key of r.keys) out.push(unknownKeyIssue(key, [...path, ...where], candidates));
    } else out.push(all[i] as MotcuaIssue);
    if (out.length >= MAX_LISTED_ISSUES && i < all.length - 1)
      out.push(
        issue(
          code,
          [...path],
          `and ${all.length - i - 1} more problems (only the first ${MAX_LISTED_ISSUES} are listed)`,
          `và ${all.length - i - 1} lỗi khác (chỉ liệt kê ${MAX_LISTED_ISSUES} lỗi đầu)`,
        ),
      );
  }
  return { ok: false, issues: out };
}
