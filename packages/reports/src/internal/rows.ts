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
