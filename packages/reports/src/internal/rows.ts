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

/**
 * Sorts rows in form order, collating each distinct office id and domain once (30 000 rows cost
 * ~3 000 collations instead of ~450 000), then comparing integers.
 */
export function sortRows<
  R extends { readonly level: Level; readonly officeId: string; readonly domain: string },
>(rows: R[]): R[] {
  const rank = (values: Iterable<string>): Map<string, number> =>
    new Map([...new Set(values)].sort(compareText).map((v, i) => [v, i]));
  const offices = rank(rows.map((r) => r.officeId));
  const domains = rank(rows.map((r) => r.domain));
  const key = (r: R): [number, number, number] => [
    LEVEL_ORDER[r.level],
    offices.get(r.officeId) as number,
    domains.get(r.domain) as number,
  ];
  return rows
    .map((r) => ({ r, k: key(r) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2])
    .map(({ r }) => r);
}
