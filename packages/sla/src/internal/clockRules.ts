/**
 * The `sla` slice compiled for the deadline arithmetic and the clock, once per slice object.
 */
import type { ErrorPath, LegalRef } from "@motcua/core";
import { eventRulesOf, type EventRules } from "../eventRules";
import type { SlaRules } from "../slaSlot";
import { checkSlice, optionalRule, rule } from "./rules";

/** What the deadline arithmetic reads. */
export interface DeadlineRules {
  /** N working days: same wall-clock time on the N-th working day, or N × `hoursPerDay` hours. */
  readonly workingDays: "sameWallClock" | "workingHours";
  /** Hours of one working day (`sla.workingDayHours`, read only for `workingHours`). */
  readonly hoursPerDay: number | undefined;
}

/** What the clock reads. */
export interface ClockRules extends DeadlineRules {
  readonly events: EventRules;
  /** `sla.supplementPolicy`, or undefined: the procedure's own `supplementPolicy`. */
  readonly supplement: "restart" | "pause" | undefined;
  readonly supplementRef: LegalRef | undefined;
  readonly judgeAgainst: "original" | "rescheduled";
  readonly judgeRef: LegalRef;
  readonly financialObligation: "pause" | "count";
  readonly financialRef: LegalRef;
  readonly warningThresholds: ReadonlyArray<number>;
}

const deadlines = new WeakMap<object, DeadlineRules>();
const clocks = new WeakMap<object, ClockRules>();

/** The deadline rules of a slice (`sla.workingDayCount`, and `sla.workingDayHours` when it counts hours). */
export function deadlineRulesOf(input: unknown, path: ErrorPath): DeadlineRules {
  const slice = checkSlice(input, path);
  const hit = deadlines.get(slice);
  if (hit !== undefined) return hit;
  const workingDays = rule(slice, "workingDayCount", path).value;
  const hoursPerDay = workingDays === "workingHours" ? rule(slice, "workingDayHours", path).value : undefined;
  const out: DeadlineRules = Object.freeze({ workingDays, hoursPerDay });
  deadlines.set(slice, out);
  return out;
}

/** The clock rules of a slice: the deadline rules, the event rules, judgement and warnings. */
export function clockRulesOf(input: unknown, path: ErrorPath): ClockRules {
  const slice: SlaRules = checkSlice(input, path);
  const hit = clocks.get(slice);
  if (hit !== undefined) return hit;
  const deadline = deadlineRulesOf(slice, path);
  const events = eventRulesOf(slice, path);
  const supplement = optionalRule(slice, "supplementPolicy", path);
  const judge = rule(slice, "lateJudgedAgainst", path);
  const financial = rule(slice, "financialObligation", path);
  const out: ClockRules = Object.freeze({
    ...deadline,
    events,
    supplement: supplement?.value,
    supplementRef: supplement?.legalRef,
    judgeAgainst: judge.value,
    judgeRef: judge.legalRef,
    financialObligation: financial.value,
    financialRef: financial.legalRef,
    warningThresholds: rule(slice, "warningThresholds", path).value,
  });
  clocks.set(slice, out);
  return out;
}
