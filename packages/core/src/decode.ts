/**
 * Parses untrusted input at a public boundary with a zod schema and turns every zod issue into a
 * bilingual, coded {@link MotcuaIssue} that names the offending field.
 *
 * @module
 */
import type * as z from "zod/mini";
import { safeParse } from "zod/mini";
import { findHostile, HOSTILE_TEXT } from "./internal/inputGuard";
import { MotcuaError, type MotcuaIssue } from "./MotcuaError";
import { closestMatch } from "./closestMatch";
import { previewValue } from "./previewValue";
import { err, ok, type Result } from "./Result";
import { guardFunction } from "./guardFunction";

/** Code for input that does not match a motcua schema. */
export const INVALID_INPUT = "INVALID_INPUT";

type ZodIssue = z.core.$ZodIssue;

/** At most this many accepted values are listed in a message (the rest are counted). */
const LISTED_VALUES = 30;

const showValue = (v: unknown): string => (typeof v === "string" ? `"${v}"` : String(v));

/**
 * "expected one of …" for an enumeration, a literal or a discriminated union's tag: the value
 * received, the accepted values, and the closest of them when the received value is a near miss.
 */
function oneOf(values: ReadonlyArray<unknown>, input: unknown): { vi: string; en: string } {
  const listed = values.slice(0, LISTED_VALUES).map(showValue).join(", ");
  const more = values.length > LISTED_VALUES ? ` (+${values.length - LISTED_VALUES})` : "";
  const strings = values.filter((v): v is string => typeof v === "string");
  const hint = typeof input === "string" ? closestMatch(input, strings) : undefined;
  const tail = hint === undefined ? "" : `; did you mean "${hint}"?`;
  const tailVi = hint === undefined ? "" : `; có phải ý bạn là "${hint}"?`;
  if (input === undefined)
    return {
      vi: `Thiếu trường bắt buộc, cần một trong: ${listed}${more}`,
      en: `Required field is missing, expected one of: ${listed}${more}`,
    };
  const received = previewValue(input);
  return {
    vi: `Giá trị ${received} không hợp lệ, cần một trong: ${listed}${more}${tailVi}`,
    en: `Invalid value ${received}, expected one of: ${listed}${more}${tail}`,
  };
}

/** The value a failed union was given: a discriminated union's tag, or the value itself. */
function unionInput(issue: z.core.$ZodIssueInvalidUnion): unknown {
  const { discriminator } = issue as { discriminator?: unknown };
  const input: unknown = issue.input;
  if (typeof discriminator !== "string") return input;
  return typeof input === "object" && input !== null && Object.hasOwn(input, discriminator)
    ? (input as Record<string, unknown>)[discriminator]
    : undefined;
}

/** The accepted values of a failed union, when they are all literals; otherwise `undefined`. */
function unionValues(issue: z.core.$ZodIssueInvalidUnion): ReadonlyArray<unknown> | undefined {
  const { options: tagged, discriminator } = issue as { options?: unknown; discriminator?: unknown };
  if (typeof discriminator === "string" && Array.isArray(tagged)) return tagged;
  const branches = issue.errors;
  if (branches.length === 0) return undefined;
  const values: unknown[] = [];
  for (const branch of branches) {
    const only = branch.length === 1 ? branch[0] : undefined;
    if (only?.code !== "invalid_value" || only.path.length > 0) return undefined;
    values.push(...only.values);
  }
  return values;
}

const describe = (issue: ZodIssue): { vi: string; en: string } => {
  switch (issue.code) {
    case "invalid_type": {
      // zod 4 leaves `input` out of issues unless asked (`reportInput`, which safeDecode sets), so
      // an absent field is told from a wrong one by the value itself.
      if (issue.input === undefined) return { vi: "Thiếu trường bắt buộc", en: "Required field is missing" };
      const received = previewValue(issue.input);
      if (issue.expected === "int")
        return {
          vi: `Cần số nguyên, nhận được ${received}`,
          en: `Expected a whole number, received ${received}`,
        };
      return {
        vi: `Sai kiểu dữ liệu: cần ${issue.expected}, nhận được ${received}`,
        en: `Wrong type: expected ${issue.expected}, received ${received}`,
      };
    }
    case "invalid_value":
      return oneOf(issue.values, issue.input);
    case "unrecognized_keys":
      return {
        vi: `Trường không được hỗ trợ: ${issue.keys.join(", ")}`,
        en: `Unknown field(s): ${issue.keys.join(", ")}`,
      };
    case "too_small":
      return {
        vi: `Giá trị quá nhỏ (tối thiểu ${String(issue.minimum)})`,
        en: `Too small (minimum ${String(issue.minimum)})`,
      };
    case "too_big":
      return {
        vi: `Giá trị quá lớn (tối đa ${String(issue.maximum)})`,
        en: `Too big (maximum ${String(issue.maximum)})`,
      };
    case "invalid_format":
      return { vi: `Sai định dạng (${issue.format})`, en: `Invalid format (${issue.format})` };
    case "invalid_union": {
      // A discriminated union names its accepted tags; a union of literals has one invalid_value
      // per branch: either way, the accepted values with a "did you mean".
      const values = unionValues(issue);
      if (values !== undefined) return oneOf(values, unionInput(issue));
      return { vi: "Không khớp với dạng nào được chấp nhận", en: "Matches none of the accepted shapes" };
    }
    case "not_multiple_of":
      return {
        vi: `Cần là bội số của ${String(issue.divisor)}`,
        en: `Expected a multiple of ${String(issue.divisor)}`,
      };
    case "invalid_key":
      return { vi: "Khóa không hợp lệ", en: "Invalid key" };
    case "invalid_element":
      return { vi: "Phần tử không hợp lệ", en: "Invalid element" };
    default: {
      // Custom refinements carry "English | Tiếng Việt" in their message (see `bilingual`).
      const [en, vi] = splitBilingual(issue.message);
      return { vi, en };
    }
  }
};

const SEPARATOR = " ¦ ";

/**
 * Builds a refinement message that {@link decode} splits into English and Vietnamese.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { bilingual } from "@motcua/core";
 * z.number().refine((n) => n > 0, { message: bilingual("must be positive", "phải là số dương") });
 * ```
 * @since 0.1.0
 * @category Errors
 */
export const bilingual = guardFunction("bilingual", (en: string, vi: string): string => {
  // A Date would be written in the host's zone: only strings are accepted.
  if (typeof en !== "string" || typeof vi !== "string")
    throw new TypeError("bilingual(en, vi) takes two strings");
  return `${en}${SEPARATOR}${vi}`;
});

const splitBilingual = (message: string): [string, string] => {
  const at = message.indexOf(SEPARATOR);
  return at < 0 ? [message, message] : [message.slice(0, at), message.slice(at + SEPARATOR.length)];
};

const toPath = (path: ReadonlyArray<PropertyKey>): Array<string | number> =>
  path.map((k) => (typeof k === "symbol" ? String(k) : k));

/** Options of {@link decode}. */
export interface DecodeOptions {
  /** The error code to use (default {@link INVALID_INPUT}). */
  readonly code?: string;
  /** Path prefix, e.g. `["plugin", "province-x"]`, prepended to every issue path. */
  readonly path?: ReadonlyArray<string | number>;
  /** What is being parsed, for the message (e.g. "procedure" / "thủ tục"). */
  readonly label?: { readonly en: string; readonly vi: string };
}

/**
 * Parses `input` with `schema`, returning a {@link Result} with a bilingual coded error; never
 * throws. Before zod sees it, the input is walked once (linear time) and refused with the same
 * code, naming the place, when it holds a cycle, more than 100 levels of nesting, a BigInt, a
 * property whose getter or proxy throws, a `length`/`size` that is an object, an array with holes
 * or more than ten million items: values that make a schema library throw instead of reporting.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { safeDecode } from "@motcua/core";
 * const r = safeDecode(z.object({ n: z.number() }), { n: "x" });
 * if (!r.ok) console.log(r.error.path); // ["n"]
 * ```
 * @since 0.1.0
 * @category Parsing
 */
export function safeDecode<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options: DecodeOptions = {},
): Result<z.output<S>> {
  try {
    return decodeGuarded(schema, input, options ?? {});
  } catch (cause) {
    // Options that cannot be read (a proxy, a getter) are the caller's bug, still coded.
    return err(
      new MotcuaError({
        code: INVALID_INPUT,
        vi: "Không đọc được lược đồ hoặc tùy chọn giải mã",
        en: "The schema or the decode options cannot be read",
        cause,
      }),
    );
  }
}

function decodeGuarded<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options: DecodeOptions,
): Result<z.output<S>> {
  const code = typeof options.code === "string" ? options.code : INVALID_INPUT;
  const prefix = Array.isArray(options.path) ? options.path : [];
  const label = options.label;
  const refuse = (
    path: ReadonlyArray<string | number>,
    text: { vi: string; en: string },
    data: object,
    cause?: unknown,
  ) =>
    err(
      new MotcuaError({
        code,
        path,
        vi: label ? `${label.vi} không hợp lệ: ${text.vi}` : text.vi,
        en: label ? `Invalid ${label.en}: ${text.en}` : text.en,
        data: { ...data },
        ...(cause === undefined ? {} : { cause }),
      }),
    );
  const hostile = findHostile(input);
  if (hostile)
    return refuse([...prefix, ...hostile.path], HOSTILE_TEXT[hostile.reason], { reason: hostile.reason });
  let parsed: ReturnType<typeof safeParse<S>>;
  try {
    parsed = safeParse(schema, input, { reportInput: true });
  } catch (cause) {
    // A refinement that throws a coded error keeps it; anything else (a proxy that lied to the
    // walk, a getter that throws only the second time) is still a coded refusal, never a crash.
    if (cause instanceof MotcuaError) return err(cause);
    return refuse(prefix, HOSTILE_TEXT.unreadable, { reason: "unreadable" }, cause);
  }
  if (parsed.success) return ok(parsed.data);
  const issues: MotcuaIssue[] = parsed.error.issues.map((issue) => ({
    code,
    path: [...prefix, ...toPath(issue.path)],
    ...describe(issue),
  }));
  const first = issues[0] ?? { code, path: prefix, vi: "Dữ liệu không hợp lệ", en: "Invalid input" };
  return err(
    new MotcuaError({
      code,
      path: first.path,
      vi: label ? `${label.vi} không hợp lệ: ${first.vi}` : first.vi,
      en: label ? `Invalid ${label.en}: ${first.en}` : first.en,
      issues,
    }),
  );
}

/**
 * Parses `input` with `schema`, throwing a bilingual coded {@link MotcuaError} on failure.
 * The input is never mutated.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { decode } from "@motcua/core";
 * const n = decode(z.number().int(), 3); // 3
 * ```
 * @since 0.1.0
 * @category Parsing
 */
export function decode<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options: DecodeOptions = {},
): z.output<S> {
  const result = safeDecode(schema, input, options);
  if (!result.ok) throw result.error;
  return result.value;
}
