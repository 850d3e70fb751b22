/**
 * The store's coded errors. Messages name the field; they never quote a value the caller sent
 * (an applicant's identity could be in it).
 */
import { MotcuaError, type BilingualMessage, type ErrorPath } from "@motcua/core";
import type { StoreErrorCode } from "../StoreErrorCode";

/** Builds a store error (never carrying the offending value). */
export const storeError = (
  code: StoreErrorCode,
  path: ErrorPath,
  message: BilingualMessage,
  data: Readonly<Record<string, unknown>> = {},
): MotcuaError => new MotcuaError({ code, path, vi: message.vi, en: message.en, data });

/** PostgreSQL's SQLSTATE of an error thrown by either driver, if any. */
export const sqlState = (e: unknown): string | undefined => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
};
