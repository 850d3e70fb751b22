/**
 * The report check: Biểu số 06 counts of a period from dossier summaries.
 *
 * @module
 */
import { aggregate, computeShares, totalCounts, type ReportPeriod } from "@motcua/reports";
import * as z from "zod";
import { defineCheck, type Check } from "../Check";
import { required } from "../internal/fields";

/**
 * The report check `report.aggregate` — input `{ dossiers, period }` (`dossiers` = dossier
 * summaries `{ officeId, level, domain, channel, receivedAt, dueAt, completedAt?, closure? }`,
 * `period` = `{ from, to }`, `[from, to)` at 00:00 Vietnamese time), output `{ total, rows,
 * shares }`: `total` the summed counts (received, newlyReceived, online, counter, postal,
 * carriedOver, resolved, early, onTime, late, pending, withinDeadline, overdue), `rows` one per
 * (level, officeId, domain) in report order, `shares` the Vietnamese share texts (online, postal,
 * earlyOrOnTime, late; channel shares over new dossiers, outcome shares over resolved ones).
 *
 * @example
 * ```ts
 * import { reportChecks } from "@motcua/conformance";
 * reportChecks.map((c) => c.id); // ["report.aggregate"]
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
      void rulebook;
      const report = aggregate(dossiers as Iterable<unknown>, period as ReportPeriod);
      const total = totalCounts(report);
      const shares = computeShares(total);
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
];
