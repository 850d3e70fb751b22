/**
 * Normalises anything thrown at the runtime edges into a coded {@link MotcuaError}.
 *
 * @internal
 */
import { MotcuaError, isMotcuaError } from "@motcua/core";

/** `error` itself when it is a MotcuaError, else a MotcuaError with `code` wrapping it. */
export function toMotcuaError(error: unknown, code: string, en: string, vi: string): MotcuaError {
  if (isMotcuaError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new MotcuaError({ code, en: `${en}: ${detail}`, vi: `${vi}: ${detail}`, cause: error });
}
