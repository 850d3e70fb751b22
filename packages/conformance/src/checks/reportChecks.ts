/**
 * The report check: Biểu số 06 counts of a period from dossier summaries.
 *
 * @module
 */
import { sliceOf } from "@motcua/plugin-sdk";
import {
  type DossierSummaryInput,
  aggregate,
  computeShare,
  computeShares,
  totalCounts,
  type ReportPeriod,
  type ReportRules,
} from "@motcua/reports";
import * as z from "zod";
import { defineCheck, type Check } from "../Check";
import { inputsIfDated, isRecord, required } from "../internal/fields";

/**
 * The report check `report.aggregate` — input `{ dossiers, period }` (`dossiers` = dossier
 * summaries `{ officeId, level, domain, channel, receivedAt, dueAt, completedAt?, closure? }`,
 * `period` = `{ from, to }`, `[from, to)` at 00:00 Vietnamese time), output `{ total, rows,
 * shares }`: `total` the summed counts (received, newlyReceived, online, counter, postal,
 * carriedOver, resolved, early, onTime, late, pending, withinDeadline, overdue), `rows` one per
 * (level, officeId, domain) in report order, `shares` the Vietnamese share texts (online, postal,
 * earlyOrOnTime, late), as the rulebook's `reports` rules say: the closures' counts, the postal
 * column, the shares' decimals, honest rounding and bases (`sliceOf(rulebook, "reports")` of the
 * rules in force on `period.from`; a missing rule is `RULE_MISSING`).
 *
 *
 * And the share check `report.share` — input `{ part, whole, asOf }`, output `{ text, percent,
 * decimals }`: one share printed as the rules in force on `asOf` say (`reports.shareDecimals`,
 * `reports.honestRounding`), in Vietnamese notation (`99,998%`).
 *
 * @example
 * ```ts
 * import { reportChecks } from "@motcua/conformance";
 * reportChecks.map((c) => c.id); // ["report.aggregate", "report.share"]
 * ```
 * @since 0.1.0
 * @category Checks
 */
export const reportChecks: ReadonlyArray<Check> = [
  defineCheck({
    id: "report.aggregate",
    summary: "Biểu 06 counts (received, resolved, pending) of a period, in total and per row.",
    input: z.strictObject({ dossiers: required(), period: required() }),
    outputKeys: ["total", "rows", "shares"],
    run: ({ dossiers, period }, rulebook) => {
      const from = isRecord(period) ? period["from"] : undefined;
      const book = inputsIfDated(rulebook, from)?.rulebook;
      // An undated period has no rules in force: the empty slice lets aggregate refuse the period.
      const rules: ReportRules = book === undefined ? {} : sliceOf(book, "reports");
      const report = aggregate(dossiers as Iterable<DossierSummaryInput>, period as ReportPeriod, rules);
      const total = totalCounts(report);
      const shares = computeShares(total, rules);
      return {
        total: { ...total },
        rows: report.rows.map((r) => ({
          level: r.level,
          officeId: r.officeId,
          domain: r.domain,
          counts: { ...r.counts },
        })),
        shares: {
          online: shares.online.text,
          postal: shares.postal.text,
          earlyOrOnTime: shares.earlyOrOnTime.text,
          late: shares.late.text,
        },
      };
    },
  }),
  defineCheck({
    id: "report.share",
    summary:
      "One share printed as the rulebook says (decimals, honest rounding), e.g. 55 081 of 55 082 = 99,998%.",
    input: z.strictObject({ part: required(), whole: required(), asOf: required() }),
    outputKeys: ["text", "percent", "decimals"],
    run: ({ part, whole, asOf }, rulebook) => {
      const book = (inputsIfDated(rulebook, asOf) ?? rulebook.inputsAt(asOf as string)).rulebook;
      const share = computeShare(part as number, whole as number, sliceOf(book, "reports"));
      return { text: share.text, percent: share.percent, decimals: share.decimals };
    },
  }),
];
