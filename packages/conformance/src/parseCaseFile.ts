/**
 * Reads one YAML case file into validated cases, or into issues that each name the file, the line
 * and column, the path, and for a typo the closest valid key.
 *
 * @module
 */
import { LegalRefSchema, formatErrorPath } from "@motcua/core";
import { suggest } from "./internal/closest";
import { LineCounter, parseDocument } from "yaml";
import * as z from "zod";
import {
  CaseListFileSchema,
  CaseSchema,
  SingleCaseFileSchema,
  SUITE_VERSION,
  type ConformanceCase,
} from "./CaseFile";
import type { CheckRegistry } from "./Check";
import { describeIssue } from "./internal/describeIssue";
import { locate } from "./internal/yamlLocation";
import {
  CASE_FILE_LIMITS,
  CONFORMANCE_CASE_FORBIDDEN_KEY,
  CONFORMANCE_CASE_TOO_DEEP,
  CONFORMANCE_CASE_TOO_LARGE,
  shapeProblem,
} from "./caseFileLimits";

/** Code of every problem found in a case file. */
export const CONFORMANCE_CASE_INVALID = "CONFORMANCE_CASE_INVALID";

/**
 * One problem in a case file, located in the text.
 *
 * @since 0.1.0
 * @category Loading
 */
export interface CaseIssue {
  /** The file, as given to the loader. */
  readonly file: string;
  /** 1-based line, when the position is known. */
  readonly line?: number;
  /** 1-based column, when the position is known. */
  readonly column?: number;
  /** Path inside the file, e.g. `["cases", 3, "expect"]`. */
  readonly path: ReadonlyArray<string | number>;
  /** Always {@link CONFORMANCE_CASE_INVALID}. */
  readonly code: string;
  /** English message. */
  readonly en: string;
  /** Vietnamese message. */
  readonly vi: string;
  /** The closest valid key or name, for a typo. */
  readonly suggestion?: string;
}

/**
 * A validated case and where it was read.
 *
 * @since 0.1.0
 * @category Loading
 */
export interface LoadedCase {
  /** The case as written. */
  readonly case: ConformanceCase;
  /** The file it came from. */
  readonly file: string;
  /** 1-based line of the case in the file. */
  readonly line: number;
  /** The area: the first segment of the id (`calendar`, `sla`, …). */
  readonly area: string;
}

/**
 * What {@link parseCaseFile} returns: the valid cases and every issue (the file is usable only
 * when `issues` is empty).
 *
 * @since 0.1.0
 * @category Loading
 */
export interface ParsedCaseFile {
  /** Cases that passed every check. */
  readonly cases: ReadonlyArray<LoadedCase>;
  /** Problems, in file order. */
  readonly issues: ReadonlyArray<CaseIssue>;
}

/**
 * What {@link parseCaseFile} checks beyond the format itself.
 *
 * @since 0.1.0
 * @category Loading
 */
export interface ParseCaseFileOptions {
  /** Registered checks: unknown check names, input keys and expect keys become issues. */
  readonly checks?: CheckRegistry;
  /** Known plugin ids: unknown rulebook ids become issues. */
  readonly knownRulebooks?: ReadonlyArray<string>;
}

type Path = ReadonlyArray<string | number>;
type ZodIssue = z.core.$ZodIssue;

const keysOf = (schema: { readonly shape: Record<string, unknown> }): ReadonlyArray<string> =>
  Object.keys(schema.shape);
const CASE_KEYS = Object.keys(SingleCaseFileSchema.shape).filter((k) => k !== "suite");
const LIST_FILE_KEYS = keysOf(CaseListFileSchema);
const SINGLE_FILE_KEYS = Object.keys(SingleCaseFileSchema.shape);
const LEGAL_REF_KEYS = keysOf(LegalRefSchema);

/** Valid keys of the object at `path` in a case file, for "did you mean" hints. */
function validKeysAt(path: Path, single: boolean): ReadonlyArray<string> {
  const inCase = single ? path : path.slice(2);
  if (!single && path.length === 0) return LIST_FILE_KEYS;
  if (single && path.length === 0) return SINGLE_FILE_KEYS;
  if (inCase.length === 0) return CASE_KEYS;
  const [head] = inCase;
  if (head === "expectError") return ["code"];
  if (head === "skip") return ["reason"];
  if (head === "source") return LEGAL_REF_KEYS;
  return [];
}

/** The branch of a failed union worth reporting: the one that got furthest. */
function flatten(issue: ZodIssue): ReadonlyArray<ZodIssue> {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
  const branches = issue.errors.map((branch) =>
    branch.map((i) => ({ ...i, path: [...issue.path, ...i.path] }) as ZodIssue),
  );
  const score = (branch: ReadonlyArray<ZodIssue>): number =>
    branch.every((i) => i.path.length === issue.path.length && i.code === "invalid_type")
      ? 1e6
      : branch.length;
  const best = branches.reduce((a, b) => (score(b) < score(a) ? b : a));
  return best.flatMap(flatten);
}

/** The value at `path` inside `root`, or `undefined`. */
function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Whether the key at the end of `path` is absent from its parent object. */
function isAbsent(root: unknown, path: Path): boolean {
  if (path.length === 0) return root === undefined;
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  return (
    typeof parent === "object" &&
    parent !== null &&
    !Array.isArray(parent) &&
    !Object.prototype.hasOwnProperty.call(parent, String(key))
  );
}

const toPath = (path: ReadonlyArray<PropertyKey>): Array<string | number> =>
  path.map((k) => (typeof k === "symbol" ? String(k) : k));

/**
 * Parses and validates a case file. Never throws: YAML syntax errors, format errors, unknown checks,
 * typo'd keys, empty expectations and duplicate ids all come back as located issues.
 *
 * @example
 * ```ts
 * import { parseCaseFile } from "@motcua/conformance";
 * const { issues } = parseCaseFile("suite: motcua-conformance/1\ncases:\n  - id: a.b\n    titel: x\n", "a.yaml");
 * issues[0]?.line; // 4
 * issues[0]?.suggestion; // "title"
 * ```
 * @since 0.1.0
 * @category Loading
 */
export function parseCaseFile(
  text: string,
  file: string,
  options: ParseCaseFileOptions = {},
): ParsedCaseFile {
  try {
    return parseUnguarded(text, file, options);
  } catch (e) {
    // The YAML reader or a schema ran out of stack (a hostile nesting): still a coded issue.
    const deep = e instanceof RangeError;
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return {
      cases: [],
      issues: [
        {
          file,
          path: [],
          code: deep ? CONFORMANCE_CASE_TOO_DEEP : CONFORMANCE_CASE_INVALID,
          en: deep
            ? `the file is nested too deeply to read (${detail})`
            : `the file could not be read (${detail})`,
          vi: deep ? "tệp lồng quá sâu, không đọc được" : "không đọc được tệp",
        },
      ],
    };
  }
}

function parseUnguarded(text: string, file: string, options: ParseCaseFileOptions): ParsedCaseFile {
  const counter = new LineCounter();
  const issues: CaseIssue[] = [];
  const doc = parseDocument(typeof text === "string" ? text : "", {
    lineCounter: counter,
    uniqueKeys: true,
    prettyErrors: false,
  });

  const at = (path: Path, preferKey = false): { line?: number; column?: number } => {
    const pos = locate(doc, counter, path, preferKey);
    return pos === undefined ? {} : { line: pos.line, column: pos.column };
  };
  const push = (
    path: Path,
    en: string,
    vi: string,
    extra: { preferKey?: boolean; suggestion?: string | undefined; code?: string } = {},
  ) => {
    const hint = extra.suggestion === undefined ? "" : ` — did you mean "${extra.suggestion}"?`;
    const hintVi = extra.suggestion === undefined ? "" : ` — có phải "${extra.suggestion}"?`;
    issues.push({
      file,
      ...at(path, extra.preferKey ?? false),
      path: [...path],
      code: extra.code ?? CONFORMANCE_CASE_INVALID,
      en: `${en}${hint}`,
      vi: `${vi}${hintVi}`,
      ...(extra.suggestion === undefined ? {} : { suggestion: extra.suggestion }),
    });
  };

  if (typeof text !== "string") {
    push([], "case file text must be a string", "nội dung tệp phải là chuỗi");
    return { cases: [], issues };
  }
  if (text.length > CASE_FILE_LIMITS.maxBytes) {
    push(
      [],
      `the file is larger than ${CASE_FILE_LIMITS.maxBytes} bytes: split it`,
      `tệp lớn hơn ${CASE_FILE_LIMITS.maxBytes} byte: hãy tách nhỏ`,
      { code: CONFORMANCE_CASE_TOO_LARGE },
    );
    return { cases: [], issues };
  }
  for (const error of doc.errors) {
    const pos = counter.linePos(error.pos[0]);
    issues.push({
      file,
      line: pos.line,
      column: pos.col,
      path: [],
      // The YAML reader reports a stack overflow (hostile nesting) as a syntax error.
      code: /call stack/i.test(error.message) ? CONFORMANCE_CASE_TOO_DEEP : CONFORMANCE_CASE_INVALID,
      en: `YAML syntax error: ${error.message.split("\n")[0] ?? error.code}`,
      vi: `Lỗi cú pháp YAML: ${error.message.split("\n")[0] ?? error.code}`,
    });
  }
  if (issues.length > 0) return { cases: [], issues };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    push([], `YAML could not be read: ${e instanceof Error ? e.message : String(e)}`, "Không đọc được YAML");
    return { cases: [], issues };
  }
  const bad = shapeProblem(data);
  if (bad !== undefined) {
    const where = formatErrorPath(bad.path);
    if (bad.kind === "depth")
      push(
        bad.path.slice(0, 8),
        `nested more than ${CASE_FILE_LIMITS.maxDepth} levels deep (at ${where.slice(0, 80)}…)`,
        `lồng quá ${CASE_FILE_LIMITS.maxDepth} cấp`,
        { code: CONFORMANCE_CASE_TOO_DEEP },
      );
    else
      push(
        bad.path,
        `${where}: the key "${String(bad.path.at(-1))}" is not allowed (it could be dropped or change an object's prototype, so what is under it would never be checked)`,
        `${where}: không được dùng khóa "${String(bad.path.at(-1))}"`,
        { code: CONFORMANCE_CASE_FORBIDDEN_KEY },
      );
    return { cases: [], issues };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    push(
      [],
      `a case file is a mapping with "suite" and "cases" (or one case)`,
      `tệp phải là một ánh xạ có "suite" và "cases" (hoặc một trường hợp)`,
    );
    return { cases: [], issues };
  }
  const record = data as Record<string, unknown>;
  const single = !("cases" in record) && ("id" in record || "check" in record);
  if (record["suite"] !== SUITE_VERSION) {
    push(
      ["suite"],
      record["suite"] === undefined
        ? `missing "suite: ${SUITE_VERSION}"`
        : `unsupported suite ${JSON.stringify(record["suite"])}, expected "${SUITE_VERSION}"`,
      record["suite"] === undefined
        ? `thiếu "suite: ${SUITE_VERSION}"`
        : `phiên bản bộ kiểm thử không hỗ trợ, cần "${SUITE_VERSION}"`,
    );
  }

  const reportZod = (error: z.ZodError, prefix: Path): void => {
    const flat = error.issues
      .flatMap(flatten)
      .map((issue) => ({ issue, path: [...prefix, ...toPath(issue.path)] }));
    // A missing key next to an unknown key that is its near-spelling is one mistake: report the typo.
    const typos = new Set<string>();
    for (const { issue, path } of flat) {
      if (issue.code !== "unrecognized_keys") continue;
      for (const key of issue.keys) {
        const guess = suggest(key, validKeysAt(path, single));
        if (guess !== undefined) typos.add(formatErrorPath([...path, guess]));
      }
    }
    for (const { issue, path } of flat) {
      if (path.length === 1 && path[0] === "suite") continue; // reported above, more clearly
      if (issue.code === "unrecognized_keys") {
        const valid = validKeysAt(path, single);
        for (const key of issue.keys) {
          push([...path, key], `unknown key "${key}"`, `khóa không hợp lệ "${key}"`, {
            preferKey: true,
            suggestion: suggest(key, valid),
          });
        }
        continue;
      }
      const missing = isAbsent(data, path);
      if (missing && typos.has(formatErrorPath(path))) continue;
      const typoedAssertion = ["expect", "expectError"].some((k) => typos.has(formatErrorPath([...path, k])));
      if (issue.code === "custom" && typoedAssertion) continue;
      const where = formatErrorPath(path);
      const { en, vi } = describeIssue(issue, missing);
      push(path, `${where === "" ? "file" : where}: ${en}`, `${where === "" ? "tệp" : where}: ${vi}`);
    }
  };

  const list: Array<{ c: ConformanceCase; base: Path }> = [];
  if (single) {
    const parsed = SingleCaseFileSchema.safeParse(data);
    if (parsed.success) list.push({ c: stripSuite(parsed.data), base: [] });
    else reportZod(parsed.error, []);
  } else {
    const envelope = CaseListFileSchema.extend({ cases: z.array(z.unknown()).min(1) }).safeParse(data);
    if (!envelope.success) reportZod(envelope.error, []);
    const items = Array.isArray(record["cases"]) ? (record["cases"] as ReadonlyArray<unknown>) : [];
    items.forEach((item, index) => {
      const parsed = CaseSchema.safeParse(item);
      if (parsed.success) list.push({ c: parsed.data, base: ["cases", index] });
      else reportZod(parsed.error, ["cases", index]);
    });
  }

  const cases: LoadedCase[] = [];
  const seen = new Map<string, number>();
  const fileValid = issues.length === 0;
  for (const { c, base } of list) {
    const before = issues.length;
    const index = base[1] ?? 0;
    const firstIndex = seen.get(c.id);
    if (firstIndex !== undefined) {
      push(
        [...base, "id"],
        `duplicate id "${c.id}" (also case ${firstIndex})`,
        `mã "${c.id}" bị trùng (trường hợp ${firstIndex})`,
      );
    } else seen.set(c.id, typeof index === "number" ? index : 0);
    checkAgainstRegistry(c, base, options, push);
    if (fileValid && issues.length === before) {
      cases.push({ case: c, file, line: at(base).line ?? 1, area: c.id.split(".")[0] ?? c.id });
    }
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { cases: issues.length === 0 ? cases : [], issues };
}

function stripSuite(value: { readonly suite: string } & ConformanceCase): ConformanceCase {
  const { suite: _suite, ...rest } = value;
  return rest;
}

type Push = (
  path: Path,
  en: string,
  vi: string,
  extra?: { preferKey?: boolean; suggestion?: string | undefined },
) => void;

function checkAgainstRegistry(
  c: ConformanceCase,
  base: Path,
  options: ParseCaseFileOptions,
  push: Push,
): void {
  const known = options.knownRulebooks;
  if (known !== undefined) {
    c.rulebook.forEach((id, i) => {
      if (!known.includes(id)) {
        push([...base, "rulebook", i], `unknown rulebook "${id}"`, `bộ quy tắc không rõ "${id}"`, {
          suggestion: suggest(id, known),
        });
      }
    });
  }
  const checks = options.checks;
  if (checks === undefined) return;
  const check = checks.get(c.check);
  if (check === undefined) {
    push([...base, "check"], `unknown check "${c.check}"`, `kiểm tra không rõ "${c.check}"`, {
      suggestion: suggest(c.check, checks.keys()),
    });
    return;
  }
  const shape = check.input.safeParse(c.input);
  if (!shape.success) {
    const flat = shape.error.issues.flatMap(flatten).map((issue) => ({ issue, path: toPath(issue.path) }));
    const typos = new Set<string>();
    for (const { issue, path } of flat) {
      if (issue.code !== "unrecognized_keys") continue;
      for (const key of issue.keys) {
        const guess = suggest(key, inputKeysAt(check.input, path));
        if (guess !== undefined) typos.add(formatErrorPath([...path, guess]));
      }
    }
    for (const { issue, path } of flat) {
      if (issue.code === "unrecognized_keys") {
        const inputKeys = inputKeysAt(check.input, path);
        for (const key of issue.keys) {
          push(
            [...base, "input", ...path, key],
            `unknown input key "${key}" for ${c.check}`,
            `khóa đầu vào không hợp lệ "${key}" cho ${c.check}`,
            {
              preferKey: true,
              suggestion: suggest(key, inputKeys),
            },
          );
        }
        continue;
      }
      const missing = isAbsent(c.input, path);
      if (missing && typos.has(formatErrorPath(path))) continue;
      // A wrong value may be the point of an expectError case; a missing or misspelt key never is.
      if (c.expectError !== undefined && !missing) continue;
      const { en, vi } = describeIssue(issue, missing);
      push(
        [...base, "input", ...path],
        `input.${formatErrorPath(path)}: ${en}`,
        `input.${formatErrorPath(path)}: ${vi}`,
      );
    }
  }
  if (c.expect !== undefined) {
    for (const key of Object.keys(c.expect)) {
      if (!check.outputKeys.includes(key)) {
        push(
          [...base, "expect", key],
          `${c.check} has no output "${key}" (outputs: ${check.outputKeys.join(", ")})`,
          `${c.check} không có kết quả "${key}"`,
          {
            preferKey: true,
            suggestion: suggest(key, check.outputKeys),
          },
        );
      }
    }
  }
}

/** The keys a (possibly nested) strict object schema accepts at `path`. */
function inputKeysAt(schema: z.ZodType, path: Path): ReadonlyArray<string> {
  let current: unknown = schema;
  for (const segment of path) {
    const shape = shapeOf(current);
    if (shape === undefined || typeof segment !== "string") return [];
    current = shape[segment];
  }
  return Object.keys(shapeOf(current) ?? {});
}

function shapeOf(schema: unknown): Record<string, unknown> | undefined {
  let s = schema as
    | { shape?: Record<string, unknown>; unwrap?: () => unknown; def?: { innerType?: unknown; in?: unknown } }
    | undefined;
  for (let i = 0; i < 5 && s !== undefined; i++) {
    if (s.shape !== undefined && typeof s.shape === "object") return s.shape;
    const next = s.def?.innerType ?? s.def?.in;
    s = next as typeof s;
  }
  return undefined;
}
