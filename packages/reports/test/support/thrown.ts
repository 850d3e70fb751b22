/** The coded error `f` throws; anything else thrown is rethrown, and no throw fails the test. */
import { isMotcuaError, type MotcuaError } from "@motcua/core";

export const thrown = (f: () => unknown): MotcuaError => {
  try {
    f();
  } catch (e) {
    if (isMotcuaError(e)) return e;
    throw e;
  }
  throw new Error("expected a MotcuaError");
};
