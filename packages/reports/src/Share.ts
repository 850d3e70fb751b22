/**
 * Percentages the way the reports print them: two decimals, but never "100%" or "0%" for a share
 * that is not exactly that (the Đồng Tháp review prints 99,998% and 0,002%).
 *
 * @module
 */
import { decode, MotcuaError } from "@motcua/core";
import { REPORTS_ERRORS } from "./errors";
import { ReportCountsSchema, type ReportCounts } from "./ReportCounts";

/**
 * A share of a whole, exact and printed.
 *
 * @since 0.1.0
 * @category Shares
 */
export interface Share {
  /** The counted part. */
  readonly part: number;
  /** The whole it is a share of. */
  readonly whole: number;
  /** The printed percentage as a number (e.g. `99.998`); `null` when the whole is 0. */
  readonly percent: number | null;
  /** Decimals printed (2 unless more are needed to avoid a false 0% or 100%). */
  readonly decimals: number;
  /** The text, e.g. `"99,998%"` (Vietnamese) or `"99.998%"` (English); `"—"` when the whole is 0. */
  readonly text: string;
}

/**
 * Options of {@link computeShare}.
 *
 * @since 0.1.0
 * @category Shares
 */
export interface ShareOptions {
  /** Decimal separator: `vi` prints `12,46%` (default), `en` prints `12.46%`. */
  readonly locale?: "vi" | "en";
}

const show = (v: unknown): string => (typeof v === "number" ? String(v) : typeof v);

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;

/**
 * Computes `part / whole` as a percentage rounded half up to two decimals with exact integer
 * arithmetic, adding decimals while the rounding would print a false `0%` or `100%`. Exactly 0 and
 * exactly the whole print `0%` and `100%`. Source: seed `003_954eb8228a922e85.txt` lines 63–67.
 *
 * @example
 * ```ts
 * import { computeShare } from "@motcua/reports";
 * computeShare(29_068, 54_833).text; // "53,01%"
 * computeShare(55_081, 55_082).text; // "99,998%"
 * computeShare(1, 55_082, { locale: "en" }).text; // "0.002%"
 * ```
 * @since 0.1.0
 * @category Shares
 */
export function computeShare(part: number, whole: number, options: ShareOptions = {}): Share {
  if (!isCount(part) || !isCount(whole) || part > whole) {
    throw new MotcuaError({
      code: REPORTS_ERRORS.invalidShare,
      path: isCount(part) && part <= (isCount(whole) ? whole : Infinity) ? ["whole"] : ["part"],
      vi: `Tỷ lệ không hợp lệ: phần ${show(part)} trên tổng ${show(whole)} (cần số nguyên không âm, phần ≤ tổng)`,
      en: `Invalid share: part ${show(part)} of whole ${show(whole)} (expected non-negative integers, part ≤ whole)`,
      data: { part, whole },
    });
  }
  const comma = (typeof options === "object" && options !== null ? options.locale : undefined) !== "en";
  if (whole === 0) return { part, whole, percent: null, decimals: 0, text: "—" };
  if (part === 0) return { part, whole, percent: 0, decimals: 0, text: "0%" };
  if (part === whole) return { part, whole, percent: 100, decimals: 0, text: "100%" };
  const p = BigInt(part);
  const w = BigInt(whole);
  let decimals = 2;
  for (;;) {
    const scale = 10n ** BigInt(decimals);
    const numerator = p * 100n * scale;
    let q = numerator / w;
    if ((numerator % w) * 2n >= w) q += 1n;
    if (q !== 0n && q !== 100n * scale) {
      const integer = (q / scale).toString();
      const fraction = (q % scale).toString().padStart(decimals, "0");
      const percent = Number(`${integer}.${fraction}`);
      return { part, whole, percent, decimals, text: `${integer}${comma ? "," : "."}${fraction}%` };
    }
    decimals += 1; // terminates: 1 ≤ part < whole ≤ 2^53, so 18 decimals always separate
  }
}

/**
 * The shares a report prints for one row: channels over new dossiers, outcomes over resolved
 * ones, pending statuses over pending ones.
 *
 * @since 0.1.0
 * @category Shares
 */
export interface ReportShares {
  /** Online over new dossiers. */
  readonly online: Share;
  /** At the counter over new dossiers. */
  readonly counter: Share;
  /** Postal over new dossiers. */
  readonly postal: Share;
  /** Counter or postal (the form's column) over new dossiers. */
  readonly counterOrPostal: Share;
  /** Early over resolved. */
  readonly early: Share;
  /** On time over resolved. */
  readonly onTime: Share;
  /** Early or on time over resolved (what the reviews print). */
  readonly earlyOrOnTime: Share;
  /** Late over resolved. */
  readonly late: Share;
  /** Within deadline over pending. */
  readonly withinDeadline: Share;
  /** Overdue over pending. */
  readonly overdue: Share;
}

/**
 * Computes every share of a row (see {@link computeShare} for the rounding).
 *
 * @example
 * ```ts
 * import { computeShares, EMPTY_COUNTS } from "@motcua/reports";
 * computeShares({ ...EMPTY_COUNTS, received: 4, newlyReceived: 4, online: 1, counter: 3,
 *   resolved: 4, onTime: 4 }).online.text; // "25,00%"
 * ```
 * @since 0.1.0
 * @category Shares
 */
export function computeShares(counts: ReportCounts, options: ShareOptions = {}): ReportShares {
  const c = decode(ReportCountsSchema, counts, { code: REPORTS_ERRORS.invalidShare, path: ["counts"] });
  const s = (part: number, whole: number): Share => computeShare(part, whole, options);
  return {
    online: s(c.online, c.newlyReceived),
    counter: s(c.counter, c.newlyReceived),
    postal: s(c.postal, c.newlyReceived),
    counterOrPostal: s(c.counter + c.postal, c.newlyReceived),
    early: s(c.early, c.resolved),
    onTime: s(c.onTime, c.resolved),
    earlyOrOnTime: s(c.early + c.onTime, c.resolved),
    late: s(c.late, c.resolved),
    withinDeadline: s(c.withinDeadline, c.pending),
    overdue: s(c.overdue, c.pending),
  };
}
