/**
 * The packed layout of counters: nine independent counters per group in one Float64Array, so the
 * counting loop touches only typed arrays. Totals are derived, so identities hold by construction.
 *
 * @module
 */
import type { ReportCounts } from "../ReportCounts";

/** Index of each independent counter in a packed row (internal layout, 9 per group). */
export const Col = {
  CarriedOver: 0,
  Online: 1,
  Counter: 2,
  Postal: 3,
  Early: 4,
  OnTime: 5,
  Late: 6,
  WithinDeadline: 7,
  Overdue: 8,
} as const;

/** Counters per group in a packed array. */
export const WIDTH = 9;

/** Builds the full row from the nine independent counters at `offset` of a packed array. */
export const countsFromPacked = (packed: ArrayLike<number>, offset: number): ReportCounts => {
  const carriedOver = packed[offset + Col.CarriedOver] ?? 0;
  const online = packed[offset + Col.Online] ?? 0;
  const counter = packed[offset + Col.Counter] ?? 0;
  const postal = packed[offset + Col.Postal] ?? 0;
  const early = packed[offset + Col.Early] ?? 0;
  const onTime = packed[offset + Col.OnTime] ?? 0;
  const late = packed[offset + Col.Late] ?? 0;
  const withinDeadline = packed[offset + Col.WithinDeadline] ?? 0;
  const overdue = packed[offset + Col.Overdue] ?? 0;
  const newlyReceived = online + counter + postal;
  return {
    received: newlyReceived + carriedOver,
    newlyReceived,
    online,
    counter,
    postal,
    carriedOver,
    resolved: early + onTime + late,
    early,
    onTime,
    late,
    pending: withinDeadline + overdue,
    withinDeadline,
    overdue,
  };
};

/** Writes the nine independent counters of `counts` into a packed array at `offset`. */
export const packCounts = (counts: ReportCounts, into: Float64Array, offset: number, sign = 1): void => {
  into[offset + Col.CarriedOver] = (into[offset + Col.CarriedOver] ?? 0) + sign * counts.carriedOver;
  into[offset + Col.Online] = (into[offset + Col.Online] ?? 0) + sign * counts.online;
  into[offset + Col.Counter] = (into[offset + Col.Counter] ?? 0) + sign * counts.counter;
  into[offset + Col.Postal] = (into[offset + Col.Postal] ?? 0) + sign * counts.postal;
  into[offset + Col.Early] = (into[offset + Col.Early] ?? 0) + sign * counts.early;
  into[offset + Col.OnTime] = (into[offset + Col.OnTime] ?? 0) + sign * counts.onTime;
  into[offset + Col.Late] = (into[offset + Col.Late] ?? 0) + sign * counts.late;
  into[offset + Col.WithinDeadline] = (into[offset + Col.WithinDeadline] ?? 0) + sign * counts.withinDeadline;
  into[offset + Col.Overdue] = (into[offset + Col.Overdue] ?? 0) + sign * counts.overdue;
};
