/**
 * Route validation with zod through `@motcua/core`'s `safeDecode`: a bad request becomes a coded,
 * bilingual `MotcuaError` (with the field's path) that the error handler answers as a 400 problem.
 *
 * @internal
 */
import { CONFORMANCE_INVALID_INPUT } from "@motcua/conformance";
import { MotcuaError, safeDecode } from "@motcua/core";
import type { FastifySchemaCompiler, FastifySerializerCompiler } from "fastify";
import type * as z from "zod";

/** Code for a request whose envelope (outside `input`) does not match the route. */
export const SERVER_INVALID_REQUEST = "SERVER_INVALID_REQUEST";

const labels = {
  body: { en: "request body", vi: "Nội dung yêu cầu" },
  querystring: { en: "query string", vi: "Chuỗi truy vấn" },
  params: { en: "path parameters", vi: "Tham số đường dẫn" },
  headers: { en: "request headers", vi: "Tiêu đề yêu cầu" },
} as const;

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const part = (httpPart ?? "body") as keyof typeof labels;
    const decoded = safeDecode(schema, data, {
      code: SERVER_INVALID_REQUEST,
      label: labels[part] ?? labels.body,
    });
    if (decoded.ok) return { value: decoded.value };
    const e = decoded.error;
    // A bad case input gets the code the check itself raises for it.
    const error =
      part === "body" && e.path[0] === "input"
        ? new MotcuaError({
            code: CONFORMANCE_INVALID_INPUT,
            vi: e.vi,
            en: e.en,
            path: e.path,
            issues: e.issues,
          })
        : e;
    return { error };
  };

/** Responses are built by this package; they are written as JSON without re-validation. */
export const serializerCompiler: FastifySerializerCompiler<unknown> = () => (data) => JSON.stringify(data);
