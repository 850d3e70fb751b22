/**
 * `aggregate`: the statistics of Biểu số 06/VPCP/KSTT for a period, per (level, office, domain).
 *
 * @module
 */
import { isMotcuaError, MotcuaError, type Level } from "@motcua/core";
import { toDossierColumns, type DossierColumns } from "./DossierColumns";
import { REPORTS_ERRORS } from "./errors";
import { CLOSURE_CODE, columnsOf, isIterable, type ColumnData } from "./internal/columns";
import { countPeriod } from "./internal/count";
import type { GroupKey } from "./internal/groups";
import { countStream } from "./internal/streamCount";
import { countsFromPacked, WIDTH } from "./internal/packed";
import { formOrder } from "./internal/rows";
import { assertIdentities, type ReportCounts } from "./ReportCounts";
import { parseReportPeriod, periodBounds, type ReportPeriod } from "./ReportPeriod";
import { checkRules, rule } from "./internal/rules";
import type { DossierSummaryInput } from "./DossierSummary";
import type { Closure, ReportRules } from "./reportsSlot";

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

/**
 * The counting rules {@link aggregate} applies, read from the `reports` slice: which closures are
 * excluded from every period (`refusedCount`, `withdrawnCount`, `stoppedCount` = `"excluded"`)
 * and whether postal dossiers are counted in the counter column (`postalColumn.internal`).
 *
 * @since 0.2.0
 * @category Aggregates
 */
export interface CountingRules {
  /** The closures left out of every period. */
  readonly excluded: ReadonlyArray<Closure>;
  /** `merged`: postal dossiers are counted in the counter column (`postal` stays 0). */
  readonly postal: "separate" | "merged";
}

/**
 * Reads the counting rules of a `reports` slice, the one reading {@link aggregate} and any other
 * Biểu 06 counter (e.g. the SQL of `@motcua/store`) share. A missing rule throws `RULE_MISSING`
 * naming it (e.g. `reports.stoppedCount`); a malformed slice `REPORTS_INVALID_RULEBOOK` naming the
 * field. The slice is not modified.
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { readCountingRules } from "@motcua/reports";
 * const rules = sliceOf(composeRulebook([national], { asOf: "2026-03-02" }), "reports");
 * readCountingRules(rules).excluded; // ["withdrawn", "stopped"]
 * ```
 * @since 0.2.0
 * @category Aggregates
 */
export function readCountingRules(rules: ReportRules): CountingRules {
  const r = checkRules(rules);
  const counts = {
    refused: rule(r, "refusedCount").value,
    withdrawn: rule(r, "withdrawnCount").value,
    stopped: rule(r, "stoppedCount").value,
  };
  const excluded = (["refused", "withdrawn", "stopped"] as const).filter((c) => counts[c] === "excluded");
  return { excluded, postal: rule(r, "postalColumn").value.internal };
}

const excludedCodes = (excluded: ReadonlyArray<Closure>): Uint8Array => {
  const codes = new Uint8Array(4);
  for (const c of excluded) codes[CLOSURE_CODE[c]] = 1;
  return codes;
};

/** `postalColumn.internal: "merged"`: postal dossiers are counted in the counter column. */
const mergePostal = (counts: ReportCounts): ReportCounts =>
  counts.postal === 0 ? counts : { ...counts, counter: counts.counter + counts.postal, postal: 0 };

/** Form order of a batch's groups, computed once per batch. */
const groupOrder = new WeakMap<ColumnData, Uint32Array>();
const orderOf = (data: ColumnData): Uint32Array => {
  let order = groupOrder.get(data);
  if (order === undefined) {
    order = formOrder(data.groups);
    groupOrder.set(data, order);
  }
  return order;
};

const rowsOf = (
  groups: ReadonlyArray<GroupKey>,
  order: Uint32Array,
  packed: Uint32Array,
  postalMerged: boolean,
): AggregateRow[] => {
  const rows: AggregateRow[] = [];
  for (const index of order) {
    const packedCounts = countsFromPacked(packed, index * WIDTH);
    const counts = postalMerged ? mergePostal(packedCounts) : packedCounts;
    if (counts.received === 0) continue;
    const g = groups[index] as GroupKey;
    // Holds by construction (each counted dossier adds one arrival and one fate); checked anyway.
    assertIdentities(counts, ["rows", g.level, g.officeId, g.domain]);
    rows.push({ level: g.level, officeId: g.officeId, domain: g.domain, counts });
  }
  return rows;
};

/**
 * Computes Biểu 06 for a period from dossier summaries or a prepared {@link DossierColumns} batch
 * (validated once, aggregated at tens of millions per second). Summaries are validated and counted
 * in one pass as the iterable yields them, so a generator or a database cursor of 10 million
 * dossiers is counted in the memory of its groups.
 *
 * Received = new (online, counter, postal) + carried over = resolved (early, on time, late) +
 * pending (within deadline, overdue), per (level, office, domain). Outcomes are judged by
 * `judgeCompletion` / `judgePending` of `@motcua/sla` against the original due instant (Thông tư
 * 01/2018/TT-VPCP Art. 13); pending is judged at 00:00 of `period.to`.
 *
 * The rules come from the `reports` slice of a composed rulebook (`sliceOf(rulebook, "reports")`):
 * `refusedCount`, `withdrawnCount` and `stoppedCount` say whether refused, withdrawn and stopped
 * dossiers count as resolved or are excluded from every period; `postalColumn.internal: "merged"`
 * counts postal dossiers in the counter column. A missing rule throws `RULE_MISSING` naming it
 * (e.g. `reports.withdrawnCount`), a malformed slice `REPORTS_INVALID_RULEBOOK` naming the field;
 * nothing falls back to a built-in value. The inputs are not modified.
 *
 * @example
 * ```ts
 * import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
 * import { national } from "@motcua/national";
 * import { aggregate } from "@motcua/reports";
 * const rules = sliceOf(composeRulebook([national], { asOf: "2022-01-01" }), "reports");
 * const report = aggregate(
 *   [{ officeId: "HCC", level: "province", domain: "Tài chính", channel: "postal",
 *      receivedAt: "2022-03-01T09:00:00+07:00", dueAt: "2022-03-08T17:00:00+07:00",
 *      completedAt: "2022-03-07T10:00:00+07:00" }],
 *   { from: "2022-01-01", to: "2022-04-01" },
 *   rules,
 * );
 * report.rows[0]?.counts.early; // 1
 * ```
 * @since 0.1.0
 * @category Aggregates
 */
export function aggregate(
  dossiers: Iterable<DossierSummaryInput> | DossierColumns,
  period: ReportPeriod,
  rules: ReportRules,
): Aggregate;
export function aggregate(
  dossiers: Iterable<unknown> | DossierColumns,
  period: ReportPeriod,
  rules: ReportRules,
): Aggregate {
  const r = checkRules(rules);
  const p = parseReportPeriod(period);
  const counting = readCountingRules(r);
  const postalMerged = counting.postal === "merged";
  const { start, end } = periodBounds(p);
  const excluded = excludedCodes(counting.excluded);
  const bounds = { from: p.from, to: p.to };
  const batch = columnsOf(dossiers);
  if (batch === undefined && isIterable(dossiers)) {
    // Objects as they come: validated and counted in one pass, nothing kept per dossier.
    let stream: ReturnType<typeof countStream>;
    try {
      stream = countStream(dossiers, start, end, excluded);
    } catch (error) {
      if (isMotcuaError(error)) throw error;
      // An iterator that throws: the caller's field, coded.
      throw new MotcuaError({
        code: REPORTS_ERRORS.invalidDossier,
        path: ["dossiers"],
        vi: "Không đọc được danh sách hồ sơ",
        en: "The dossier list cannot be read",
      });
    }
    return {
      period: bounds,
      rows: rowsOf(stream.groups, formOrder(stream.groups), stream.counts, postalMerged),
    };
  }
  const data = batch ?? columnsOf(toDossierColumns(dossiers as Iterable<DossierSummaryInput>));
  if (data === undefined) {
    throw new MotcuaError({
      code: REPORTS_ERRORS.invalidDossier,
      path: ["dossiers"],
      vi: "Danh sách hồ sơ không hợp lệ",
      en: "Invalid dossiers",
    });
  }
  const packed = countPeriod(data, start, end, excluded);
  return { period: bounds, rows: rowsOf(data.groups, orderOf(data), packed, postalMerged) };
}
