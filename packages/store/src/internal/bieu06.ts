/**
 * Biểu số 06/VPCP/KSTT in SQL: one GROUP BY over the dossiers' projection (kept by the append
 * transaction from the events), counting exactly as `@motcua/reports` does:
 * - the counting rules are the `reports` slice's, read by `readCountingRules` of `@motcua/reports`
 *   (the closures it excludes, postal apart or in the counter column);
 * - a dossier counts when its closure is not excluded, it was received before the period's end
 *   and not completed before its start;
 * - carried over if received before the start, else new on its channel;
 * - resolved if completed before the end: late after the due instant, early on an earlier
 *   Vietnamese day (UTC+7, integer day numbers: no time zone setting involved), else on time;
 * - otherwise pending at the end: within deadline iff due ≥ end.
 */
import type { AggregateRow, CountingRules, ReportCounts } from "@motcua/reports";
import type { Level } from "@motcua/core";
import type { DbQuery } from "../Db";

const DAY = "86400000";
const VN = "25200000"; // UTC+7 in ms
const day = (col: string) => `floor((${col} + ${VN})::float8 / ${DAY})`;

const DONE = "(completed_at IS NOT NULL AND completed_at < $2)";
const OPEN = "(completed_at IS NULL OR completed_at >= $2)";

/**
 * The statement; `$1` start, `$2` end, `$3` excluded closures, `$4`/`$5` office / province
 * filters, `$6` postal dossiers counted in the counter column.
 */
export const BIEU06_SQL = `
SELECT level, office_id, domain,
  count(*) FILTER (WHERE received_at >= $1 AND channel IN ('online', 'vneid')) AS online, -- VNeID counts as online (Biểu 06 has no column of its own)
  count(*) FILTER (WHERE received_at >= $1 AND (channel = 'counter' OR ($6::boolean AND channel = 'postal'))) AS counter,
  count(*) FILTER (WHERE received_at >= $1 AND channel = 'postal' AND NOT $6::boolean) AS postal,
  count(*) FILTER (WHERE received_at < $1)                           AS carried_over,
  count(*) FILTER (WHERE ${DONE} AND completed_at > due_at)          AS late,
  count(*) FILTER (WHERE ${DONE} AND completed_at <= due_at AND ${day("completed_at")} < ${day("due_at")}) AS early,
  count(*) FILTER (WHERE ${DONE} AND completed_at <= due_at AND ${day("completed_at")} >= ${day("due_at")}) AS on_time,
  count(*) FILTER (WHERE ${OPEN} AND due_at >= $2)                   AS within_deadline,
  count(*) FILTER (WHERE ${OPEN} AND due_at < $2)                    AS overdue
FROM store_dossier
WHERE received_at IS NOT NULL AND received_at < $2
  AND (completed_at IS NULL OR completed_at >= $1)
  AND (closure IS NULL OR NOT (closure = ANY($3::text[])))
  AND ($4::text IS NULL OR office_id = $4)
  AND ($5::text IS NULL OR province = $5)
GROUP BY level, office_id, domain`;

interface Row {
  level: Level;
  office_id: string;
  domain: string;
  online: number;
  counter: number;
  postal: number;
  carried_over: number;
  late: number;
  early: number;
  on_time: number;
  within_deadline: number;
  overdue: number;
}

/** Runs the statement and returns the rows in the shape of `@motcua/reports` (unsorted). */
export async function bieu06Rows(
  q: DbQuery,
  start: number,
  end: number,
  counting: CountingRules,
  filter: { readonly officeId?: string; readonly province?: string },
): Promise<AggregateRow[]> {
  const rows = await q.query<Row>(BIEU06_SQL, [
    start,
    end,
    counting.excluded,
    filter.officeId ?? null,
    filter.province ?? null,
    counting.postal === "merged",
  ]);
  return rows.map((r) => {
    const newlyReceived = r.online + r.counter + r.postal;
    const resolved = r.early + r.on_time + r.late;
    const pending = r.within_deadline + r.overdue;
    const counts: ReportCounts = {
      received: newlyReceived + r.carried_over,
      newlyReceived,
      online: r.online,
      counter: r.counter,
      postal: r.postal,
      carriedOver: r.carried_over,
      resolved,
      early: r.early,
      onTime: r.on_time,
      late: r.late,
      pending,
      withinDeadline: r.within_deadline,
      overdue: r.overdue,
    };
    return { level: r.level, officeId: r.office_id, domain: r.domain, counts };
  });
}
