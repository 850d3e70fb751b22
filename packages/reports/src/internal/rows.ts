/**
 * Row ordering shared by aggregate, merge and the exports.
 *
 * @module
 */
import type { Level } from "@motcua/core";

/** Form order of the levels. */
export const LEVEL_ORDER: Readonly<Record<Level, number>> = {
  ministry: 0,
  province: 1,
  district: 2,
  commune: 3,
};

const VIETNAMESE = new Intl.Collator("vi");

/**
 * Vietnamese alphabetical order (Đ after D, not after Z), with the locale named explicitly so the
 * host's locale plays no part; ties broken by code unit so the order is total and stable.
 */
export const compareText = (a: string, b: string): number =>
  VIETNAMESE.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** Orders rows by level, office, domain. */
export const compareRows = (
  a: { readonly level: Level; readonly officeId: string; readonly domain: string },
  b: { readonly level: Level; readonly officeId: string; readonly domain: string },
): number =>
  LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
  compareText(a.officeId, b.officeId) ||
  compareText(a.domain, b.domain);

/** The rank of each distinct value in Vietnamese order (each value collated once). */
const rankOf = (values: ReadonlyArray<string>): Map<string, number> => {
  const distinct = [...new Set(values)].sort(compareText);
  const rank = new Map<string, number>();
  for (let i = 0; i < distinct.length; i++) rank.set(distinct[i] as string, i);
  return rank;
};

/**
 * Sorts rows in form order, collating each distinct office id and domain once (30 000 rows cost
 * ~3 000 collations instead of ~450 000), then comparing integers.
 */
export function sortRows<
  R extends { readonly level: Level; readonly officeId: string; readonly domain: string },
>(rows: R[]): R[] {
  const order = formOrder(rows);
  return Array.from(order, (i) => rows[i] as R);
}

/**
 * The indexes of `rows` in form order (what {@link sortRows} sorts them into), without building an
 * object per row: each row's (level, office rank, domain rank, index) is one integer, and the
 * integers are sorted as numbers; equal rows keep their order (the index breaks ties). Past
 * `maxKey` (2⁵³ - 1, the exact doubles) it compares the ranks instead.
 */
export function formOrder(
  rows: ReadonlyArray<{ readonly level: Level; readonly officeId: string; readonly domain: string }>,
  maxKey = Number.MAX_SAFE_INTEGER,
): Uint32Array {
  const n = rows.length;
  const offices = rankOf(rows.map((r) => r.officeId));
  const domains = rankOf(rows.map((r) => r.domain));
  const officeCount = offices.size;
  const domainCount = domains.size;
  const rank = (i: number): number => {
    const r = rows[i] as (typeof rows)[number];
    return (
      (LEVEL_ORDER[r.level] * officeCount + (offices.get(r.officeId) as number)) * domainCount +
      (domains.get(r.domain) as number)
    );
  };
  const order = new Uint32Array(n);
  if (4 * officeCount * domainCount * n <= maxKey) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = rank(i) * n + i;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = (keys[i] as number) % n;
    return order;
  }
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    order[i] = i;
    ranks[i] = rank(i);
  }
  // TypedArray sort is stable: equal rows keep their order.
  return order.sort((a, b) => (ranks[a] as number) - (ranks[b] as number));
}
