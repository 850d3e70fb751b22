/**
 * Input-shape helpers for checks: keys are strict and required, values are passed through to the
 * library, which validates them with its own coded errors (that is what expectError cases test).
 *
 * @internal
 */
import { bilingual } from "@motcua/core";
import { z } from "zod";

/** A required key whose value the library itself validates. */
export const required = (): z.ZodType<unknown> =>
  z.custom<unknown>((v) => v !== undefined, {
    message: bilingual("required field is missing", "thiếu trường bắt buộc"),
  });

/** An optional key whose value the library itself validates. */
export const optional = (): z.ZodOptional<z.ZodUnknown> => z.unknown().optional();
