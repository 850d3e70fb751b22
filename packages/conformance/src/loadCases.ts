/**
 * Loading a case set from files and folders, as an Effect: reads YAML files concurrently, validates
 * every case, rejects duplicate ids across files and hashes the set.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { MotcuaError } from "@motcua/core";
import { Effect } from "effect";
import { CASE_FILE_LIMITS, CONFORMANCE_CASE_ENCODING, CONFORMANCE_CASE_TOO_LARGE } from "./caseFileLimits";
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
 * Code for a symbolic link in a `--cases` folder that points outside every folder given (links
 * inside them are followed).
 *
 * @since 0.2.0
 */
export const CONFORMANCE_CASES_SYMLINK_OUTSIDE = "CONFORMANCE_CASES_SYMLINK_OUTSIDE";

/**
 * Code for a case path that is not a regular file or folder (a FIFO, a socket, a device): reading
 * one could block the run forever.
 *
 * @since 0.2.0
 */
export const CONFORMANCE_CASES_NOT_REGULAR = "CONFORMANCE_CASES_NOT_REGULAR";

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

const isCaseFile = (name: string): boolean => /\.ya?ml$/i.test(name);

const unreadable = (path: string, cause: unknown): MotcuaError =>
  new MotcuaError({
    code: CONFORMANCE_CASES_UNREADABLE,
    vi: `Không đọc được ${path}`,
    en: `Cannot read ${path}: ${cause instanceof Error ? cause.message : String(cause)}`,
    path: [path],
    cause,
  });

const refuse = (code: string, path: string, en: string, vi: string): MotcuaError =>
  new MotcuaError({ code, vi: `${path}: ${vi}`, en: `${path}: ${en}`, path: [path], data: { path } });

const kindOf = (info: { isFIFO(): boolean; isSocket(): boolean }): string =>
  info.isFIFO() ? "a FIFO" : info.isSocket() ? "a socket" : "a device or special file";

const within = (path: string, roots: ReadonlyArray<string>): boolean =>
  roots.some((root) => path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`));

type Listed = { root: string; file: string };

/**
 * The case files under the given paths, sorted. A folder is walked by hand: a link inside the
 * given folders is followed, a link outside them, a FIFO or other special file is refused.
 */
async function listAll(paths: ReadonlyArray<string>): Promise<ReadonlyArray<Listed>> {
  const roots: Array<{ given: string; real: string }> = [];
  for (const given of paths) {
    const abs = resolve(given);
    try {
      roots.push({ given: abs, real: await realpath(abs) });
    } catch (cause) {
      throw unreadable(given, cause);
    }
  }
  const realRoots = roots.map((r) => r.real);
  const out: Listed[] = [];
  const seenDirs = new Set<string>();
  const walk = async (root: string, dir: string): Promise<void> => {
    const real = await realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = await realpath(path);
        } catch (cause) {
          throw unreadable(path, cause);
        }
        if (!within(target, realRoots))
          throw refuse(
            CONFORMANCE_CASES_SYMLINK_OUTSIDE,
            path,
            `a symbolic link to ${target}, outside the folders given: pass that folder with --cases, or copy the file`,
            `liên kết tượng trưng tới ${target}, nằm ngoài các thư mục đã cho`,
          );
        const t = await stat(target);
        if (t.isDirectory()) {
          await walk(root, path);
          continue;
        }
        if (!isCaseFile(entry.name)) continue;
        if (!t.isFile())
          throw refuse(
            CONFORMANCE_CASES_NOT_REGULAR,
            path,
            `links to ${kindOf(t)}, not a file`,
            "không phải tệp thường",
          );
        out.push({ root, file: path });
        continue;
      }
      if (entry.isDirectory()) {
        await walk(root, path);
        continue;
      }
      if (!isCaseFile(entry.name)) continue;
      if (!entry.isFile())
        throw refuse(
          CONFORMANCE_CASES_NOT_REGULAR,
          path,
          `is ${kindOf(entry)}, not a file`,
          "không phải tệp thường",
        );
      out.push({ root, file: path });
    }
  };
  for (const { given } of roots) {
    let info;
    try {
      info = await stat(given);
    } catch (cause) {
      throw unreadable(given, cause);
    }
    if (info.isDirectory()) {
      try {
        await walk(given, given);
      } catch (cause) {
        if (cause instanceof MotcuaError) throw cause;
        throw unreadable(given, cause);
      }
    } else if (info.isFile()) out.push({ root: resolve(given, ".."), file: given });
    else
      throw refuse(
        CONFORMANCE_CASES_NOT_REGULAR,
        given,
        `is ${kindOf(info)}, not a file or folder`,
        "không phải tệp hay thư mục thường",
      );
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** A file's text, read strictly: a regular file (checked on the open handle), within the size limit, valid UTF-8. */
async function readCaseText(file: string): Promise<{ text: string } | { issue: Omit<CaseIssue, "file"> }> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile())
      throw refuse(
        CONFORMANCE_CASES_NOT_REGULAR,
        file,
        `is ${kindOf(info)}, not a file`,
        "không phải tệp thường",
      );
    if (info.size > CASE_FILE_LIMITS.maxBytes)
      return {
        issue: {
          path: [],
          code: CONFORMANCE_CASE_TOO_LARGE,
          en: `the file has ${info.size} bytes, more than the ${CASE_FILE_LIMITS.maxBytes} allowed: split it`,
          vi: `tệp có ${info.size} byte, quá giới hạn ${CASE_FILE_LIMITS.maxBytes}: hãy tách nhỏ`,
        },
      };
    const bytes = await handle.readFile();
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
    } catch {
      return {
        issue: {
          path: [],
          code: CONFORMANCE_CASE_ENCODING,
          en: "the file is not valid UTF-8 (save it as UTF-8)",
          vi: "tệp không phải UTF-8 hợp lệ (hãy lưu dưới dạng UTF-8)",
        },
      };
    }
  } finally {
    await handle.close();
  }
}

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
    const listed = yield* Effect.tryPromise({
      try: () => listAll(paths),
      catch: (cause) => (cause instanceof MotcuaError ? cause : unreadable(paths.join(", "), cause)),
    });
    const texts = yield* Effect.forEach(
      listed,
      ({ root, file }) =>
        Effect.tryPromise({
          try: () => readCaseText(file),
          catch: (cause) => (cause instanceof MotcuaError ? cause : unreadable(file, cause)),
        }).pipe(
          Effect.map((read) => ({
            display: relative(process.cwd(), file) || file,
            name: relative(root, file).split(sep).join("/"),
            ...read,
          })),
        ),
      { concurrency: 16 },
    );
    const hash = createHash("sha256");
    const cases: LoadedCase[] = [];
    const issues: CaseIssue[] = [];
    const firstSeen = new Map<string, LoadedCase>();
    for (const read of texts) {
      const { display, name } = read;
      if ("issue" in read) {
        hash.update(`${name}\n`);
        issues.push({ file: display, ...read.issue });
        continue;
      }
      const text = read.text;
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
