/**
 * `aggregate`: the statistics of Biểu số 06/VPCP/KSTT for a period, per (level, office, domain).
 *
 * @module
 */
import { MotcuaError, type Level } from "@motcua/core";
import { toDossierColumns, type DossierColumns } from "./DossierColumns";
import { REPORTS_ERRORS } from "./errors";
import { CLOSURE_CODE, columnsOf, type ColumnData } from "./internal/columns";
import { countPeriod } from "./internal/count";
import { countsFromPacked, WIDTH } from "./internal/packed";
import { sortRows } from "./internal/rows";
import { assertIdentities, type ReportCounts } from "./ReportCounts";
import { parseReportPeriod, periodBounds, type ReportPeriod } from "./ReportPeriod";
import { NATIONAL_REPORT_RULEBOOK, parseReportRulebook, type ReportRulebook } from "./ReportRulebook";

/**
 * One row of an {@link Aggregate}: the counts of one domain at one office.
 *
 * @since 0.1.0
 * @category Aggregates
 */
export interface AggregateRow {
  /** Level of the office (the form groups rows by level). */
  readonly level: Level;
  /** Office id. */
  readonly officeId: string;
  /** Domain (lĩnh vực). */
  readonly domain: string;
  /** The thirteen figures of the row. */
  readonly counts: ReportCounts;
}

/**
 * The mergeable statistics of a period: rows sorted by level (ministry, province, district,
 * commune), office id and domain; rows where nothing was received are left out.
 *
 * @since 0.1.0
 * @category Aggregates
 */
export interface Aggregate {
  /** The period `[from, to)`. */
  readonly period: ReportPeriod;
  /** One row per (level, office, domain) with at least one dossier received. */
  readonly rows: ReadonlyArray<AggregateRow>;
}

const excludedClosures = (rulebook: ReportRulebook): Uint8Array => {
  const excluded = new Uint8Array(4);
  excluded[CLOSURE_CODE.refused] = rulebook.closures.refused.count === "excluded" ? 1 : 0;
  excluded[CLOSURE_CODE.withdrawn] = rulebook.closures.withdrawn.count === "excluded" ? 1 : 0;
  excluded[CLOSURE_CODE.stopped] = rulebook.closures.stopped.count === "excluded" ? 1 : 0;
  return excluded;
};

/** Form order of a batch's groups, computed once per batch (collation is the costly part). */
const groupOrder = new WeakMap<ColumnData, Uint32Array>();
const orderOf = (data: ColumnData): Uint32Array => {
  let order = groupOrder.get(data);
  if (order === undefined) {
    order = Uint32Array.from(sortRows(data.groups.map((g, index) => ({ ...g, index }))).map((g) => g.index));
    groupOrder.set(data, order);
  }
  return order;
};

const rowsOf = (data: ColumnData, packed: Uint32Array): AggregateRow[] => {
  const rows: AggregateRow[] = [];
  for (const index of orderOf(data)) {
    const counts = countsFromPacked(packed, index * WIDTH);
    if (counts.received === 0) continue;
    const g = data.groups[index] as ColumnData["groups"][number];
    // Holds by construction (each counted dossier adds one arrival and one fate); checked anyway.
    assertIdentities(counts, ["rows", g.level, g.officeId, g.domain]);
    rows.push({ level: g.level, officeId: g.officeId, domain: g.domain, counts });
  }
  return rows;
};

/**
 * Computes Biểu 06 for a period from dossier summaries (validated here) or a prepared
 * {@link DossierColumns} batch (validated once, aggregated at tens of millions per second).
 *
 * Received = new (online, counter, postal) + carried over = resolved (early, on time, late) +
 * pending (within deadline, overdue), per (level, office, domain). Outcomes are judged by
 * `judgeCompletion` / `judgePending` of `@motcua/sla` against the original due instant (Thông tư
 * 01/2018/TT-VPCP Art. 13); pending is judged at 00:00 of `period.to`. Refused, withdrawn and
 * stopped dossiers count as the rulebook says (national baseline: {@link NATIONAL_REPORT_RULEBOOK}).
 *
 * @example
 * ```ts
 * import { aggregate } from "@motcua/reports";
 * const report = aggregate(
 *   [{ officeId: "DT-HCC", level: "province", domain: "Tài chính", channel: "postal",
 *      receivedAt: "2022-03-01T09:00:00+07:00", dueAt: "2022-03-08T17:00:00+07:00",
 *      completedAt: "2022-03-07T10:00:00+07:00" }],
 *   { from: "2022-01-01", to: "2022-04-01" },
 * );
 * report.rows[0]?.counts.early; // 1
 * ```
 * @since 0.1.0
 * @category Aggregates
 */
export function aggregate(
  dossiers: Iterable<unknown> | DossierColumns,
  period: ReportPeriod,
  rulebook: ReportRulebook = NATIONAL_REPORT_RULEBOOK,
): Aggregate {
  const p = parseReportPeriod(period);
  const rb = rulebook === NATIONAL_REPORT_RULEBOOK ? rulebook : parseReportRulebook(rulebook);
  const data = columnsOf(dossiers) ?? columnsOf(toDossierColumns(dossiers as Iterable<unknown>));
  if (data === undefined) {
    throw new MotcuaError({
      code: REPORTS_ERRORS.invalidDossier,
      path: ["dossiers"],
      vi: "Danh sách hồ sơ không hợp lệ",
      en: "Invalid dossiers",
    });
  }
  const { start, end } = periodBounds(p);
  const packed = countPeriod(data, start, end, excludedClosures(rb));
  return { period: { from: p.from, to: p.to }, rows: rowsOf(data, packed) };
}
