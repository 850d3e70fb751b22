import { MotcuaError, type ErrorPath } from "@motcua/core";
import type { SlaErrorCode } from "../SlaErrorCode";

/** Throws a bilingual coded error of this package. */
export const fail = (
  code: SlaErrorCode,
  path: ErrorPath,
  vi: string,
  en: string,
  data?: Readonly<Record<string, unknown>>,
): never => {
  throw new MotcuaError(data === undefined ? { code, path, vi, en } : { code, path, vi, en, data });
};
