/**
 * Percentages the way the rulebook says reports print them: `reports.shareDecimals` decimals,
 * and with `reports.honestRounding` never "100%" or "0%" for a share that is not exactly that;
 * channel and outcome shares over the wholes of `reports.shareBases`.
 *
 * @module
 */
import { decode, MotcuaError } from "@motcua/core";
import { REPORTS_ERRORS } from "./errors";
import { checkRules, rule } from "./internal/rules";
import { ReportCountsSchema, type ReportCounts } from "./ReportCounts";
import type { ReportRules } from "./reportsSlot";

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
  /**
   * Decimals printed: `reports.shareDecimals`, more when honest rounding needs them to avoid a
   * false 0% or 100%, 0 for exactly 0% and 100%.
   */
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

/** Rounds half up with exact integer arithmetic; adds decimals while a false 0% / 100% shows. */
const formatShare = (
  part: number,
  whole: number,
  decimals: number,
  honest: boolean,
  comma: boolean,
): Share => {
  if (whole === 0) return { part, whole, percent: null, decimals: 0, text: "—" };
  if (part === 0) return { part, whole, percent: 0, decimals: 0, text: "0%" };
  if (part === whole) return { part, whole, percent: 100, decimals: 0, text: "100%" };
  const p = BigInt(part);
  const w = BigInt(whole);
  for (let d = decimals; ; d++) {
    const scale = 10n ** BigInt(d);
    const numerator = p * 100n * scale;
    let q = numerator / w;
    if ((numerator % w) * 2n >= w) q += 1n;
    // terminates: 1 ≤ part < whole ≤ 2^53, so 18 decimals always separate
    if (!honest || (q !== 0n && q !== 100n * scale)) {
      const integer = (q / scale).toString();
      const fraction = d === 0 ? "" : (q % scale).toString().padStart(d, "0");
      const percent = Number(d === 0 ? integer : `${integer}.${fraction}`);
      const text = d === 0 ? `${integer}%` : `${integer}${comma ? "," : "."}${fraction}%`;
      return { part, whole, percent, decimals: d, text };
    }
  }
};

const checkShare = (part: number, whole: number): void => {
  if (!isCount(part) || !isCount(whole) || part > whole) {
    throw new MotcuaError({
      code: REPORTS_ERRORS.invalidShare,
      path: isCount(part) && part <= (isCount(whole) ? whole : Infinity) ? ["whole"] : ["part"],
      vi: `Tỷ lệ không hợp lệ: phần ${show(part)} trên tổng ${show(whole)} (cần số nguyên không âm, phần ≤ tổng)`,
      en: `Invalid share: part ${show(part)} of whole ${show(whole)} (expected non-negative integers, part ≤ whole)`,
      data: { part, whole },
    });
  }
};

const commaOf = (options: unknown): boolean =>
  (typeof options === "object" && options !== null ? (options as ShareOptions).locale : undefined) !== "en";

/**
 * Computes `part / whole` as a percentage rounded half up to `reports.shareDecimals` decimals
 * with exact integer arithmetic; when `reports.honestRounding` is `true`, adds decimals while the
 * rounding would print a false `0%` or `100%`. Exactly 0 and exactly the whole print `0%` and
 * `100%`. Both rules come from the `reports` slice (`sliceOf(rulebook, "reports")`): a missing one
 * throws `RULE_MISSING` naming it, a malformed slice `REPORTS_INVALID_RULEBOOK`.
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { computeShare } from "@motcua/reports";
 * const rules = sliceOf(composeRulebook([national], { asOf: "2022-06-30" }), "reports");
 * computeShare(29_068, 54_833, rules).text; // "53,01%"
 * computeShare(55_081, 55_082, rules).text; // "99,998%"
 * computeShare(1, 55_082, rules, { locale: "en" }).text; // "0.002%"
 * ```
 * @since 0.1.0
 * @category Shares
 */
export function computeShare(
  part: number,
  whole: number,
  rules: ReportRules,
  options: ShareOptions = {},
): Share {
  checkShare(part, whole);
  const r = checkRules(rules);
  const decimals = rule(r, "shareDecimals").value;
  const honest = rule(r, "honestRounding").value;
  return formatShare(part, whole, decimals, honest, commaOf(options));
}

/**
 * The shares a report prints for one row: channels over new (or received) dossiers, outcomes over
 * resolved (or received) ones as `reports.shareBases` says, pending statuses over pending ones.
 *
 * @since 0.1.0
 * @category Shares
 */
export interface ReportShares {
  /** Online over the channel base. */
  readonly online: Share;
  /** At the counter over the channel base. */
  readonly counter: Share;
  /** Postal over the channel base. */
  readonly postal: Share;
  /** Counter or postal (the form's column) over the channel base. */
  readonly counterOrPostal: Share;
  /** Early over the outcome base. */
  readonly early: Share;
  /** On time over the outcome base. */
  readonly onTime: Share;
  /** Early or on time over the outcome base (what the reviews print). */
  readonly earlyOrOnTime: Share;
  /** Late over the outcome base. */
  readonly late: Share;
  /** Within deadline over pending. */
  readonly withinDeadline: Share;
  /** Overdue over pending. */
  readonly overdue: Share;
}

/**
 * Computes every share of a row with the `reports` slice's `shareDecimals`, `honestRounding` and
 * `shareBases` (see {@link computeShare} for the rounding). Channel shares are over new dossiers
 * (`channel: "new"`) or all received ones (`"received"`); outcome shares over resolved dossiers
 * (`outcome: "resolved"`) or all received ones. A missing rule throws `RULE_MISSING` naming it.
 * The counts are not modified.
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { computeShares, EMPTY_COUNTS } from "@motcua/reports";
 * const rules = sliceOf(composeRulebook([national], { asOf: "2026-03-02" }), "reports");
 * computeShares({ ...EMPTY_COUNTS, received: 4, newlyReceived: 4, online: 1, counter: 3,
 *   resolved: 4, onTime: 4 }, rules).online.text; // "25,00%"
 * ```
 * @since 0.1.0
 * @category Shares
 */
export function computeShares(
  counts: ReportCounts,
  rules: ReportRules,
  options: ShareOptions = {},
): ReportShares {
  const c = decode(ReportCountsSchema, counts, { code: REPORTS_ERRORS.invalidShare, path: ["counts"] });
  const r = checkRules(rules);
  const decimals = rule(r, "shareDecimals").value;
  const honest = rule(r, "honestRounding").value;
  const bases = rule(r, "shareBases").value;
  const comma = commaOf(options);
  const channelWhole = bases.channel === "new" ? c.newlyReceived : c.received;
  const outcomeWhole = bases.outcome === "resolved" ? c.resolved : c.received;
  const s = (part: number, whole: number): Share => {
    checkShare(part, whole);
    return formatShare(part, whole, decimals, honest, comma);
  };
  return {
    online: s(c.online, channelWhole),
    counter: s(c.counter, channelWhole),
    postal: s(c.postal, channelWhole),
    counterOrPostal: s(c.counter + c.postal, channelWhole),
    early: s(c.early, outcomeWhole),
    onTime: s(c.onTime, outcomeWhole),
    earlyOrOnTime: s(c.early + c.onTime, outcomeWhole),
    late: s(c.late, outcomeWhole),
    withinDeadline: s(c.withinDeadline, c.pending),
    overdue: s(c.overdue, c.pending),
  };
}
