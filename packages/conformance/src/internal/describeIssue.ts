/**
 * Bilingual one-line descriptions of zod issues for case-file errors (the same wording as
 * `@motcua/core`'s decode, plus the offending value where it helps).
 *
 * @internal
 */
import type * as z from "zod";

const SEPARATOR = " ¦ ";

/** English and Vietnamese text of one zod issue; `missing` when the value at its path is absent. */
export function describeIssue(issue: z.core.$ZodIssue, missing: boolean): { en: string; vi: string } {
  if (missing) return { en: "required field is missing", vi: "thiếu trường bắt buộc" };
  switch (issue.code) {
    case "invalid_type":
      return missing
        ? { en: "required field is missing", vi: "thiếu trường bắt buộc" }
        : { en: `wrong type, expected ${issue.expected}`, vi: `sai kiểu dữ liệu, cần ${issue.expected}` };
    case "invalid_value":
      return {
        en: `invalid value, expected one of: ${issue.values.map(String).join(", ")}`,
        vi: `giá trị không hợp lệ, cần một trong: ${issue.values.map(String).join(", ")}`,
      };
    case "too_small":
      return {
        en: `too small (minimum ${String(issue.minimum)})`,
        vi: `quá nhỏ (tối thiểu ${String(issue.minimum)})`,
      };
    case "too_big":
      return {
        en: `too big (maximum ${String(issue.maximum)})`,
        vi: `quá lớn (tối đa ${String(issue.maximum)})`,
      };
    case "invalid_format":
      return { en: `invalid format (${issue.format})`, vi: `sai định dạng (${issue.format})` };
    default: {
      const at = issue.message.indexOf(SEPARATOR);
      return at < 0
        ? { en: issue.message, vi: issue.message }
        : { en: issue.message.slice(0, at), vi: issue.message.slice(at + SEPARATOR.length) };
    }
  }
}
