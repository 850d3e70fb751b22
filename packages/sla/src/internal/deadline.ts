/**
 * The deadline arithmetic, on already-checked inputs. One calendar call per unit, so a deadline
 * costs what the calendar's O(1) index costs.
 */
import { vietnamDayNumber, vietnamInstant } from "@motcua/core";
import type { WorkingCalendar } from "@motcua/calendar";
import type { DeadlineRules } from "./clockRules";
import type { CompiledProcedure } from "./inputs";

/** A period's start and due instant. */
export interface Period {
  /** Where the clock starts: the receipt instant moved to working time (and past the cut-off). */
  readonly start: number;
  /** The due instant. */
  readonly due: number;
  /** `true` when the receipt came after the same-day cut-off and counts from the next working day. */
  readonly afterCutoff: boolean;
}

/** Whether the last {@link startInstant} moved the start past the same-day cut-off. */
let afterCutoffFlag = false;

/**
 * Start of the clock: the next working instant, moved to the next working day after the cut-off
 * (and `afterCutoffFlag` set), without allocating.
 */
function startInstant(p: CompiledProcedure, receivedAt: number, cal: WorkingCalendar): number {
  afterCutoffFlag = false;
  const start = cal.nextWorkingInstant(receivedAt);
  if (p.cutoffMinute !== undefined) {
    const day = vietnamDayNumber(start);
    if (start > vietnamInstant(day, p.cutoffMinute)) {
      // Nghị định 23/2015 Art. 7: received after the cut-off → handled as from the next working day.
      afterCutoffFlag = true;
      return cal.nextWorkingInstant(cal.endOfWorkingDayNumber(day));
    }
  }
  return start;
}

/** Start of the clock and whether the receipt came after the same-day cut-off. */
export function startOf(
  p: CompiledProcedure,
  receivedAt: number,
  cal: WorkingCalendar,
): { start: number; afterCutoff: boolean } {
  const start = startInstant(p, receivedAt, cal);
  return { start, afterCutoff: afterCutoffFlag };
}

/** The due instant of a period starting at `start` (already a working instant). */
export function dueFrom(
  p: CompiledProcedure,
  start: number,
  cal: WorkingCalendar,
  policy: DeadlineRules,
): number {
  const n = p.amount;
  // Same-day procedures: amount 0 in days is due at the end of the (effective) receipt day.
  if (n === 0 && p.unit !== "workingHours") return cal.endOfWorkingDayNumber(vietnamDayNumber(start));
  switch (p.unit) {
    case "workingDays":
      return policy.workingDays === "workingHours"
        ? cal.addWorkingMinutes(start, n * (policy.hoursPerDay as number) * 60)
        : cal.sameTimeOnWorkingDay(start, n);
    case "workingHours":
      return cal.addWorkingMinutes(start, n * 60);
    case "calendarDays": {
      // Bộ luật Dân sự 2015 Art. 147–148: the period ends with its last day; if that day is a
      // weekly rest day or a holiday, at the end of the next working day.
      let day = vietnamDayNumber(start) + n;
      if (!cal.isWorkingDayNumber(day)) day = cal.addWorkingDayNumbers(day, 1);
      return cal.endOfWorkingDayNumber(day);
    }
  }
}

/** Start and due instant of a period whose dossier was received at `receivedAt`. */
export function periodFrom(
  p: CompiledProcedure,
  receivedAt: number,
  cal: WorkingCalendar,
  policy: DeadlineRules,
): Period {
  const { start, afterCutoff } = startOf(p, receivedAt, cal);
  return { start, due: dueFrom(p, start, cal, policy), afterCutoff };
}

/** The due instant alone (the hot path of `computeDeadline`: nothing is allocated). */
export function dueAt(
  p: CompiledProcedure,
  receivedAt: number,
  cal: WorkingCalendar,
  policy: DeadlineRules,
): number {
  return dueFrom(p, startInstant(p, receivedAt, cal), cal, policy);
}
