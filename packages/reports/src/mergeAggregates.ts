/**
 * Merging aggregates: office partials into province and national totals, period partials into
 * longer periods, in any order, so hosts can compute in parallel or incrementally.
 *
 * @module
 */
import { decode, guardFunction, LevelSchema, MotcuaError } from "@motcua/core";
import * as z from "zod";
import type { Aggregate, AggregateRow } from "./Aggregate";
import { REPORTS_ERRORS } from "./errors";
import { countsFromPacked, packCounts, WIDTH } from "./internal/packed";
import { sortRows } from "./internal/rows";
import { assertIdentities, ReportCountsSchema } from "./ReportCounts";
import { ReportPeriodSchema } from "./ReportPeriod";
import { Col } from "./internal/packed";

/**
 * Zod schema of an {@link Aggregate} (shape only; {@link parseAggregate} also checks identities
 * and duplicate rows). Unknown top-level and row fields (such as the `shares` of the JSON export)
 * are dropped, so an exported JSON parses back.
 *
 * @example
 * ```ts
 * import { AggregateSchema } from "@motcua/reports";
 * AggregateSchema.safeParse({ period: { from: "2026-01-01", to: "2026-04-01" }, rows: [] }).success; // true
 * ```
 * @since 0.1.0
 * @category Schemas
 */
export const AggregateSchema = z.object({
  period: ReportPeriodSchema,
  rows: z.array(
    z.object({
      level: LevelSchema,
      officeId: z.string().min(1),
      domain: z.string().min(1),
      counts: ReportCountsSchema,
    }),
  ),
});

const keyOf = (r: { level: string; officeId: string; domain: string }): string =>
  `${r.level}\u0000${r.officeId}\u0000${r.domain}`;

/**
 * Parses an aggregate (e.g. a partial sent by another worker as JSON), checking every identity of
 * every row and that no row appears twice. Throws `REPORTS_INVALID_AGGREGATE` or
 * `REPORTS_IDENTITY_BROKEN` with the path of the bad row.
 *
 * @example
 * ```ts
 * import { aggregate, aggregateToJson, parseAggregate } from "@motcua/reports";
 * const a = aggregate([], { from: "2026-01-01", to: "2026-04-01" });
 * parseAggregate(JSON.parse(aggregateToJson(a))); // equal to a
 * ```
 * @since 0.1.0
 * @category Aggregates
 */
export const parseAggregate = guardFunction(
  "parseAggregate",
  function parseAggregate(input: unknown, path: ReadonlyArray<string | number> = []): Aggregate {
    const a = decode(AggregateSchema, input, {
      code: REPORTS_ERRORS.invalidAggregate,
      path,
      label: { en: "aggregate", vi: "Số liệu tổng hợp" },
    });
    const seen = new Set<string>();
    a.rows.forEach((row, i) => {
      assertIdentities(row.counts, [...path, "rows", i, "counts"]);
      const key = keyOf(row);
      if (seen.has(key)) {
        throw new MotcuaError({
          code: REPORTS_ERRORS.invalidAggregate,
          path: [...path, "rows", i],
          vi: `Dòng trùng lặp: cấp ${row.level}, đơn vị ${row.officeId}, lĩnh vực ${row.domain}`,
          en: `Duplicate row: level ${row.level}, office ${row.officeId}, domain ${row.domain}`,
        });
      }
      seen.add(key);
    });
    return { period: a.period, rows: a.rows };
  },
  { input: "any", path: "array?" },
);

interface Slice {
  readonly from: string;
  readonly to: string;
  readonly firstPart: number;
  readonly packed: Map<string, { row: AggregateRow; packed: Float64Array }>;
}

/**
 * Merges aggregates. Partials of the same period are added row by row (office partials into
 * province and national totals, or any split of the dossiers); partials of adjacent periods are
 * chained: carried over from the first, new and resolved summed, pending from the last. The
 * result equals a single pass over all dossiers (property-tested).
 *
 * Throws `REPORTS_MERGE_EMPTY` for no parts, `REPORTS_MERGE_GAP` when periods overlap or leave a
 * gap, and `REPORTS_MERGE_DISCONTINUOUS` when a period's carried-over count differs from the
 * previous period's pending count for a row (partials of different dossier sets).
 *
 * @example
 * ```ts
 * import { aggregate, mergeAggregates } from "@motcua/reports";
 * const q1 = aggregate([], { from: "2026-01-01", to: "2026-04-01" });
 * const q2 = aggregate([], { from: "2026-04-01", to: "2026-07-01" });
 * mergeAggregates([q2, q1]).period; // { from: "2026-01-01", to: "2026-07-01" }
 * ```
 * @since 0.1.0
 * @category Aggregates
 */
export const mergeAggregates = guardFunction(
  "mergeAggregates",
  function mergeAggregates(parts: ReadonlyArray<Aggregate>): Aggregate {
    if (!Array.isArray(parts) || parts.length === 0) {
      throw new MotcuaError({
        code: REPORTS_ERRORS.mergeEmpty,
        path: ["parts"],
        vi: "Cần ít nhất một số liệu tổng hợp để gộp",
        en: "Nothing to merge: pass at least one aggregate",
      });
    }
    // 1. Sum partials of the same period.
    const slices = new Map<string, Slice>();
    for (let i = 0; i < parts.length; i++) {
      const part = parseAggregate(parts[i], ["parts", i]); // holes of sparse arrays are refused too
      const id = `${part.period.from}/${part.period.to}`;
      let slice = slices.get(id);
      if (slice === undefined) {
        slice = { from: part.period.from, to: part.period.to, firstPart: i, packed: new Map() };
        slices.set(id, slice);
      }
      for (const row of part.rows) {
        const key = keyOf(row);
        let entry = slice.packed.get(key);
        if (entry === undefined) {
          entry = { row, packed: new Float64Array(WIDTH) };
          slice.packed.set(key, entry);
        }
        packCounts(row.counts, entry.packed, 0);
      }
    }
    // 2. Chain adjacent periods.
    const ordered = [...slices.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const first = ordered[0] as Slice;
    const chain = new Map<string, { row: AggregateRow; packed: Float64Array }>();
    for (const [key, entry] of first.packed) chain.set(key, { row: entry.row, packed: entry.packed.slice() });
    let previous = first;
    for (const slice of ordered.slice(1)) {
      if (slice.from !== previous.to) {
        const overlap = slice.from < previous.to;
        throw new MotcuaError({
          code: REPORTS_ERRORS.mergeGap,
          path: ["parts", slice.firstPart, "period"],
          vi: overlap
            ? `Kỳ ${slice.from}–${slice.to} chồng lên kỳ ${previous.from}–${previous.to}`
            : `Thiếu số liệu từ ${previous.to} đến ${slice.from} (giữa hai kỳ)`,
          en: overlap
            ? `Period ${slice.from}–${slice.to} overlaps ${previous.from}–${previous.to}`
            : `Gap between periods: nothing from ${previous.to} to ${slice.from}`,
          data: {
            previous: { from: previous.from, to: previous.to },
            next: { from: slice.from, to: slice.to },
          },
        });
      }
      const keys = new Set([...chain.keys(), ...slice.packed.keys()]);
      for (const key of keys) {
        const before = chain.get(key);
        const after = slice.packed.get(key);
        const left = before?.packed ?? new Float64Array(WIDTH);
        const right = after?.packed ?? new Float64Array(WIDTH);
        const pending = (left[Col.WithinDeadline] ?? 0) + (left[Col.Overdue] ?? 0);
        const carried = right[Col.CarriedOver] ?? 0;
        if (pending !== carried) {
          const row = (after ?? before) as { row: AggregateRow };
          throw new MotcuaError({
            code: REPORTS_ERRORS.mergeDiscontinuous,
            path: ["parts", slice.firstPart, "rows", row.row.officeId, row.row.domain],
            vi: `Không liên tục: ${row.row.officeId} / ${row.row.domain} còn ${pending} hồ sơ đang giải quyết ngày ${slice.from} nhưng kỳ sau nhận ${carried} hồ sơ kỳ trước chuyển qua`,
            en: `Discontinuous partials: ${row.row.officeId} / ${row.row.domain} has ${pending} pending at ${slice.from} but the next period carries over ${carried}`,
            data: { pending, carried, at: slice.from },
          });
        }
        const merged = new Float64Array(WIDTH);
        merged[Col.CarriedOver] = left[Col.CarriedOver] ?? 0;
        for (const c of [Col.Online, Col.Counter, Col.Postal, Col.Early, Col.OnTime, Col.Late]) {
          merged[c] = (left[c] ?? 0) + (right[c] ?? 0);
        }
        merged[Col.WithinDeadline] = right[Col.WithinDeadline] ?? 0;
        merged[Col.Overdue] = right[Col.Overdue] ?? 0;
        chain.set(key, { row: (before ?? after)!.row, packed: merged });
      }
      previous = slice;
    }
    // 3. Rows with something received, in form order.
    const rows: AggregateRow[] = [];
    for (const { row, packed } of chain.values()) {
      const counts = countsFromPacked(packed, 0);
      if (counts.received === 0) continue;
      assertIdentities(counts, ["rows", row.level, row.officeId, row.domain]);
      rows.push({ level: row.level, officeId: row.officeId, domain: row.domain, counts });
    }
    return { period: { from: first.from, to: previous.to }, rows: sortRows(rows) };
  },
  { parts: "array" },
);
