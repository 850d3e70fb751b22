/**
 * RFC 9457 problem documents from errors: a `MotcuaError` keeps its code, messages and path;
 * Fastify's own errors (unreadable JSON, oversized body, unknown route) get coded, bilingual
 * equivalents; anything else is an internal error whose message is never shown.
 *
 * @module
 */
import { isMotcuaError } from "@motcua/core";
import { STATUS_CODES } from "node:http";
import type { Problem } from "./schemas";

/**
 * The media type of problem documents (RFC 9457).
 *
 * @example
 * ```ts
 * import { PROBLEM_CONTENT_TYPE } from "@motcua/server";
 * PROBLEM_CONTENT_TYPE; // "application/problem+json"
 * ```
 * @since 0.2.0
 * @category Errors
 */
export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Server error codes, each with its status and bilingual message. */
const KNOWN: Readonly<Record<string, { status: number; code: string; vi: string; en: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: "SERVER_BODY_TOO_LARGE",
    vi: "Nội dung yêu cầu quá lớn",
    en: "The request body is too large",
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: "SERVER_INVALID_JSON",
    vi: "Nội dung yêu cầu không phải JSON hợp lệ",
    en: "The request body is not valid JSON",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: "SERVER_INVALID_JSON",
    vi: "Nội dung yêu cầu JSON bị trống",
    en: "The JSON request body is empty",
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: "SERVER_UNSUPPORTED_MEDIA_TYPE",
    vi: "Chỉ nhận nội dung application/json",
    en: "Only application/json bodies are accepted",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: "SERVER_INVALID_CONTENT_LENGTH",
    vi: "Content-Length không khớp với nội dung",
    en: "Content-Length does not match the body",
  },
  FST_ERR_CTP_INVALID_TYPE: {
    status: 400,
    code: "SERVER_INVALID_CONTENT_TYPE",
    vi: "Tiêu đề Content-Type không hợp lệ",
    en: "The Content-Type header is invalid",
  },
  FST_ERR_BAD_URL: {
    status: 400,
    code: "SERVER_BAD_URL",
    vi: "Đường dẫn yêu cầu không hợp lệ",
    en: "The request URL is invalid",
  },
  FST_ERR_ASYNC_CONSTRAINT: {
    status: 400,
    code: "SERVER_BAD_REQUEST",
    vi: "Yêu cầu không hợp lệ",
    en: "Bad request",
  },
};

/**
 * Options of {@link problemOf}.
 *
 * @since 0.2.0
 * @category Errors
 */
export interface ProblemOptions {
  /** The request path, reported as `instance`. */
  readonly instance?: string;
  /** Status for a `MotcuaError` (default 400: bad input). */
  readonly status?: number;
}

/**
 * Builds the problem document of an error.
 *
 * @example
 * ```ts
 * import { MotcuaError } from "@motcua/core";
 * import { problemOf } from "@motcua/server";
 * const p = problemOf(new MotcuaError({ code: "X", vi: "lỗi", en: "error", path: ["input"] }));
 * p.status; // 400
 * p.type; // "urn:motcua:error:X"
 * ```
 * @since 0.2.0
 * @category Errors
 */
export function problemOf(error: unknown, options: ProblemOptions = {}): Problem {
  const base = (status: number, code: string, vi: string, en: string, path: Problem["path"]): Problem => ({
    type: `urn:motcua:error:${code}`,
    title: STATUS_CODES[status] ?? "Error",
    status,
    detail: en,
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    code,
    vi,
    en,
    path,
  });
  if (isMotcuaError(error)) {
    const status = options.status ?? statusOf(error) ?? 400;
    return base(status, error.code, error.vi, error.en, [...error.path]);
  }
  const fastifyCode =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const known = typeof fastifyCode === "string" ? KNOWN[fastifyCode] : undefined;
  if (known !== undefined) return base(known.status, known.code, known.vi, known.en, []);
  const status = statusOf(error);
  if (status !== undefined && status >= 400 && status < 500)
    return base(status, "SERVER_BAD_REQUEST", "Yêu cầu không hợp lệ", "Bad request", []);
  return base(500, "SERVER_INTERNAL", "Lỗi nội bộ của máy chủ", "Internal server error", []);
}

const statusOf = (error: unknown): number | undefined => {
  const s =
    typeof error === "object" && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof s === "number" && Number.isInteger(s) && s >= 400 && s <= 599 ? s : undefined;
};
