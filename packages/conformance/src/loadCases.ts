/**
 * Loading a case set from files and folders, as an Effect: reads YAML files concurrently, validates
 * every case, rejects duplicate ids across files and hashes the set.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import { MotcuaError } from "@motcua/core";
import { Effect } from "effect";
import {
  CONFORMANCE_CASE_INVALID,
  parseCaseFile,
  type CaseIssue,
  type LoadedCase,
  type ParseCaseFileOptions,
} from "./parseCaseFile";

/** Code for a case path that cannot be read. */
export const CONFORMANCE_CASES_UNREADABLE = "CONFORMANCE_CASES_UNREADABLE";

/**
 * A validated set of cases.
 *
 * @since 0.1.0
 * @category Loading
 */
export interface CaseSet {
  /** Every case, in file order (files sorted by path). */
  readonly cases: ReadonlyArray<LoadedCase>;
  /** The files read. */
  readonly files: ReadonlyArray<string>;
  /** `sha256:<hex>` over each file's path (relative to its root) and content, in order. */
  readonly hash: string;
}

/**
 * A case set with the issues found; usable only when `issues` is empty.
 *
 * @since 0.1.0
 * @category Loading
 */
export interface CaseSetValidation extends CaseSet {
  /** Every problem in every file. */
  readonly issues: ReadonlyArray<CaseIssue>;
}

const isCaseFile = (name: string): boolean => name.endsWith(".yaml") || name.endsWith(".yml");

const unreadable = (path: string, cause: unknown): MotcuaError =>
  new MotcuaError({
    code: CONFORMANCE_CASES_UNREADABLE,
    vi: `Không đọc được ${path}`,
    en: `Cannot read ${path}: ${cause instanceof Error ? cause.message : String(cause)}`,
    path: [path],
    cause,
  });

const listFiles = (root: string): Effect.Effect<ReadonlyArray<{ root: string; file: string }>, MotcuaError> =>
  Effect.tryPromise({
    try: async () => {
      const info = await stat(root);
      if (!info.isDirectory()) return [{ root: resolve(root, ".."), file: resolve(root) }];
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      return entries
        .filter((e) => e.isFile() && isCaseFile(e.name))
        .map((e) => ({ root: resolve(root), file: resolve(e.parentPath, e.name) }))
        .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    },
    catch: (cause) => unreadable(root, cause),
  });

/**
 * Reads and validates every `*.yaml` / `*.yml` file under the given files or folders. Fails only
 * when a path cannot be read; problems inside files come back as `issues`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { validateCases, nationalCasesDir } from "@motcua/conformance";
 * const { issues } = await Effect.runPromise(validateCases([nationalCasesDir()]));
 * ```
 * @since 0.1.0
 * @category Loading
 */
export const validateCases = (
  paths: ReadonlyArray<string>,
  options: ParseCaseFileOptions = {},
): Effect.Effect<CaseSetValidation, MotcuaError> =>
  Effect.gen(function* () {
    const listed = (yield* Effect.forEach(paths, listFiles, { concurrency: 4 })).flat();
    const texts = yield* Effect.forEach(
      listed,
      ({ root, file }) =>
        Effect.tryPromise({
          try: () => readFile(file, "utf8"),
          catch: (cause) => unreadable(file, cause),
        }).pipe(
          Effect.map((text) => ({
            display: relative(process.cwd(), file) || file,
            name: relative(root, file).split(sep).join("/"),
            text,
          })),
        ),
      { concurrency: 16 },
    );
    const hash = createHash("sha256");
    const cases: LoadedCase[] = [];
    const issues: CaseIssue[] = [];
    const firstSeen = new Map<string, LoadedCase>();
    for (const { display, name, text } of texts) {
      hash.update(`${name}\n${text}\n`);
      const parsed = parseCaseFile(text, display, options);
      issues.push(...parsed.issues);
      for (const loaded of parsed.cases) {
        const earlier = firstSeen.get(loaded.case.id);
        if (earlier !== undefined && earlier.file !== loaded.file) {
          issues.push({
            file: loaded.file,
            line: loaded.line,
            path: ["id"],
            code: CONFORMANCE_CASE_INVALID,
            en: `duplicate id "${loaded.case.id}" (first in ${earlier.file}:${earlier.line})`,
            vi: `mã "${loaded.case.id}" bị trùng (đã có ở ${earlier.file}:${earlier.line})`,
          });
          continue;
        }
        firstSeen.set(loaded.case.id, loaded);
        cases.push(loaded);
      }
    }
    return { cases, files: texts.map((t) => t.display), hash: `sha256:${hash.digest("hex")}`, issues };
  });

/**
 * Writes a case-file issue as one line: `file:line:column path — message`.
 *
 * @example
 * ```ts
 * import { formatCaseIssue } from "@motcua/conformance";
 * formatCaseIssue({ file: "a.yaml", line: 4, column: 5, path: ["cases", 0, "titel"], code: "CONFORMANCE_CASE_INVALID",
 *   en: 'unknown key "titel" — did you mean "title"?', vi: "" });
 * // 'a.yaml:4:5 cases[0].titel — unknown key "titel" — did you mean "title"?'
 * ```
 * @since 0.1.0
 * @category Loading
 */
export function formatCaseIssue(issue: CaseIssue): string {
  const where =
    issue.line === undefined
      ? issue.file
      : `${issue.file}:${issue.line}${issue.column === undefined ? "" : `:${issue.column}`}`;
  const path = issue.path.reduce<string>(
    (acc, k) => (typeof k === "number" ? `${acc}[${k}]` : acc === "" ? k : `${acc}.${k}`),
    "",
  );
  return `${where}${path === "" ? "" : ` ${path}`} — ${issue.en}`;
}

/**
 * Like {@link validateCases}, but fails with {@link CONFORMANCE_CASE_INVALID} (every issue in
 * `data.issues`) when any file has a problem: a suite with a broken case never runs half-way.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { loadCases, nationalCasesDir } from "@motcua/conformance";
 * const set = await Effect.runPromise(loadCases([nationalCasesDir()]));
 * set.cases.length > 150; // true
 * ```
 * @since 0.1.0
 * @category Loading
 */
export const loadCases = (
  paths: ReadonlyArray<string>,
  options: ParseCaseFileOptions = {},
): Effect.Effect<CaseSet, MotcuaError> =>
  Effect.flatMap(validateCases(paths, options), (v) => {
    const first = v.issues[0];
    if (first === undefined) return Effect.succeed({ cases: v.cases, files: v.files, hash: v.hash });
    return Effect.fail(
      new MotcuaError({
        code: CONFORMANCE_CASE_INVALID,
        vi: `${v.issues.length} lỗi trong tệp trường hợp; đầu tiên: ${first.file}:${first.line ?? "?"} ${first.vi}`,
        en: `${v.issues.length} problem(s) in case files; first: ${formatCaseIssue(first)}`,
        path: [first.file, ...first.path],
        data: { issues: v.issues },
      }),
    );
  });
