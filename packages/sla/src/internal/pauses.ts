/**
 * Bookkeeping of the intervals the clock does not run. Overlapping reasons (a supplement and a
 * financial obligation at once) make one interval, from the first opening to the last closing.
 */
import type { WorkingCalendar } from "@motcua/calendar";
import type { PauseReason } from "../SlaClock";

/** A pause as the walk records it. */
export interface RawPause {
  readonly from: number;
  to: number | null;
  readonly reasons: PauseReason[];
  restart: boolean;
  readonly eventIds: string[];
}

/**
 * Moves a due instant past a pause [from, resume): the working time that remained at `from` is
 * kept from `resume` on, and the result is never earlier than `due` (a pause never shortens).
 */
export const shiftDue = (cal: WorkingCalendar, due: number, from: number, resume: number): number => {
  if (due <= from) return due;
  const moved = cal.addWorkingMinutes(resume, cal.workingMinutesBetween(from, due));
  return moved > due ? moved : due;
};

/** The open pause (if any) and the closed ones. */
export class PauseBook {
  private readonly open = new Set<PauseReason>();
  /** The interval being recorded, if the clock is paused. */
  current: RawPause | undefined;
  /** Closed intervals, in order. */
  readonly closed: RawPause[] = [];

  /** Whether `reason` currently holds the clock. */
  has(reason: PauseReason): boolean {
    return this.open.has(reason);
  }

  /** Opens `reason`; returns `true` when this starts a new interval. */
  add(reason: PauseReason, at: number, id: string, restart: boolean): boolean {
    const fresh = this.current === undefined;
    const cur = this.current ?? { from: at, to: null, reasons: [], restart: false, eventIds: [] };
    this.current = cur;
    this.open.add(reason);
    if (!cur.reasons.includes(reason)) cur.reasons.push(reason);
    if (restart) cur.restart = true;
    cur.eventIds.push(id);
    return fresh;
  }

  /** Closes `reason`; returns the interval when it was the last one holding the clock. */
  remove(reason: PauseReason, at: number, id: string): RawPause | undefined {
    if (!this.open.has(reason) || this.current === undefined) return undefined;
    this.open.delete(reason);
    this.current.eventIds.push(id);
    return this.open.size === 0 ? this.closeAll(at) : undefined;
  }

  /** Closes the current interval whatever holds it (completion, stop). */
  closeAll(at: number): RawPause | undefined {
    const cur = this.current;
    if (cur === undefined) return undefined;
    cur.to = at;
    this.closed.push(cur);
    this.current = undefined;
    this.open.clear();
    return cur;
  }
}
