/**
 * The one error type of motcua: a stable machine `code`, a Vietnamese and an English message, and
 * the `path` of the offending field or event.
 *
 * @module
 */

/** A path into the input that caused an error, e.g. `["events", 3, "at"]`. */
export type ErrorPath = ReadonlyArray<string | number>;

/** The bilingual text of an error. */
export interface BilingualMessage {
  /** Vietnamese, with diacritics. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/** One problem found in an input; a {@link MotcuaError} carries one or more. */
export interface MotcuaIssue extends BilingualMessage {
  /** Stable machine code, e.g. `CALENDAR_INVALID_DATE`. */
  readonly code: string;
  /** Where in the input the problem is. */
  readonly path: ErrorPath;
}

/** Everything needed to build a {@link MotcuaError}. */
export interface MotcuaErrorInit extends BilingualMessage {
  /** Stable machine code, e.g. `DOSSIER_TRANSITION_FORBIDDEN`. */
  readonly code: string;
  /** Path of the offending field or event; empty for the input as a whole. */
  readonly path?: ErrorPath;
  /** All problems found, when there are several (the first is the error itself). */
  readonly issues?: ReadonlyArray<MotcuaIssue>;
  /** Machine-readable facts about the failure (the rule that refused, the limits, …). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The registered brand on `MotcuaError.prototype`, shared by every copy of `@motcua/core` in the
 * process, so `isMotcuaError` recognises errors thrown by another copy (an ESM and a CommonJS build,
 * a second install), where `instanceof` would not.
 */
const MOTCUA_ERROR_BRAND = Symbol.for("@motcua/core/MotcuaError");

const formatPath = (path: ErrorPath): string => {
  try {
    return (Array.isArray(path) ? path : []).reduce<string>((acc, key: unknown) => {
      if (typeof key === "number") return `${acc}[${key}]`;
      const k = typeof key === "string" ? key : typeof key;
      return acc === "" ? k : `${acc}.${k}`;
    }, "");
  } catch {
    return "?";
  }
};

/** A caller-supplied path, kept only when it is an array of strings and numbers. */
const cleanPath = (path: unknown): ErrorPath => {
  try {
    return Array.isArray(path) && path.every((k) => typeof k === "string" || typeof k === "number")
      ? (path as ErrorPath)
      : [];
  } catch {
    return [];
  }
};

/**
 * The error every motcua function throws (or returns) for bad input or a refused action.
 *
 * `message` is `[CODE] English (Tiếng Việt) at path`, so logs are useful in both languages.
 *
 * @example
 * ```ts
 * import { MotcuaError, isMotcuaError } from "@motcua/core";
 *
 * try {
 *   throw new MotcuaError({ code: "DEMO", vi: "Ngày không hợp lệ", en: "Invalid date", path: ["receivedAt"] });
 * } catch (e) {
 *   if (isMotcuaError(e)) console.log(e.code, e.path, e.vi);
 * }
 * ```
 * @since 0.1.0
 * @category Errors
 */
export class MotcuaError extends Error {
  /** Discriminant, for pattern matching alongside other tagged errors. */
  readonly _tag = "MotcuaError" as const;
  /** Stable machine code. */
  readonly code: string;
  /** Vietnamese message. */
  readonly vi: string;
  /** English message. */
  readonly en: string;
  /** Path of the offending field or event. */
  readonly path: ErrorPath;
  /** Every problem found (at least this error's own). */
  readonly issues: ReadonlyArray<MotcuaIssue>;
  /** Machine-readable facts about the failure. */
  readonly data: Readonly<Record<string, unknown>>;

  constructor(init: MotcuaErrorInit) {
    const path = cleanPath(init.path);
    const where = path.length > 0 ? ` at ${formatPath(path)}` : "";
    super(
      `[${init.code}] ${init.en} (${init.vi})${where}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.name = "MotcuaError";
    this.code = init.code;
    this.vi = init.vi;
    this.en = init.en;
    this.path = path;
    this.issues = init.issues ?? [{ code: init.code, vi: init.vi, en: init.en, path }];
    this.data = init.data ?? {};
  }

  /** A plain JSON view (code, messages, path, issues, data), for APIs and logs. */
  toJSON(): MotcuaIssue & { issues: ReadonlyArray<MotcuaIssue>; data: Readonly<Record<string, unknown>> } {
    return {
      code: this.code,
      vi: this.vi,
      en: this.en,
      path: this.path,
      issues: this.issues,
      data: this.data,
    };
  }
}

Object.defineProperty(MotcuaError.prototype, MOTCUA_ERROR_BRAND, { value: true, enumerable: false });

/**
 * Tells whether a value is a {@link MotcuaError} — made by this or any other copy of
 * `@motcua/core` (it checks the registered brand, not `instanceof`) — optionally with a given code.
 *
 * @example
 * ```ts
 * import { isMotcuaError } from "@motcua/core";
 * isMotcuaError(new Error("x")); // false
 * ```
 * @since 0.1.0
 * @category Errors
 */
export const isMotcuaError = (value: unknown, code?: string): value is MotcuaError => {
  if (typeof value !== "object" || value === null) return false;
  try {
    return (
      (value as Record<symbol, unknown>)[MOTCUA_ERROR_BRAND] === true &&
      (code === undefined || (value as MotcuaError).code === code)
    );
  } catch {
    return false; // a hostile object whose reads throw is not an error of ours
  }
};

/**
 * Formats a path the way error messages show it: `events[3].at`.
 *
 * @example
 * ```ts
 * import { formatErrorPath } from "@motcua/core";
 * formatErrorPath(["events", 3, "at"]); // "events[3].at"
 * ```
 * @since 0.1.0
 * @category Errors
 */
export const formatErrorPath = formatPath;
