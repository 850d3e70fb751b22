/**
 * A short, never-throwing text for any value, for error messages: the values users pass by
 * mistake are often the ones that make `JSON.stringify` or `String` throw.
 *
 * @module
 */

const MAX_PREVIEW = 60;

const clip = (text: string): string => (text.length > MAX_PREVIEW ? `${text.slice(0, MAX_PREVIEW)}…` : text);

/**
 * Writes any value for an error message, without ever throwing: strings quoted (cut at 60
 * characters), `NaN`, `Infinity` and `-0` as such (not `null` as JSON would), BigInt with its
 * `n`, objects as `{…}` and arrays as `[…length]` (they may be cyclic, huge or hostile).
 *
 * @example
 * ```ts
 * import { previewValue } from "@motcua/core";
 * previewValue(Number.NaN); // "NaN"
 * previewValue(10n); // "10n"
 * previewValue("2026-02-30"); // "\"2026-02-30\""
 * previewValue([1, 2]); // "[…2]"
 * ```
 * @since 0.2.0
 * @category Errors
 */
export function previewValue(value: unknown): string {
  try {
    switch (typeof value) {
      case "string":
        return JSON.stringify(clip(value));
      case "number":
        return Object.is(value, -0) ? "-0" : String(value);
      case "bigint":
        return `${clip(value.toString())}n`;
      case "boolean":
      case "undefined":
        return String(value);
      case "symbol":
        return clip(Symbol.prototype.toString.call(value));
      case "function":
        return "function";
      default:
        if (value === null) return "null";
        return Array.isArray(value) ? `[…${value.length}]` : "{…}";
    }
  } catch {
    return "?";
  }
}
