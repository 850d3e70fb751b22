/**
 * The legal deadline (ngày hẹn trả) of a dossier from its valid-receipt instant: the appointment
 * printed on the receipt slip (form 01, Nghị định 61/2018/NĐ-CP Art. 17).
 *
 * @module
 */
import {
  formatInstant,
  isMotcuaError,
  MotcuaError,
  type InstantInput,
  type ProcedureInput,
  type Procedure,
} from "@motcua/core";
import type { WorkingCalendar } from "@motcua/calendar";
import type { SlaRules } from "./slaSlot";
import { deadlineRulesOf } from "./internal/clockRules";
import { dueAt } from "./internal/deadline";
import { checkCalendar, compileProcedure, toInstant } from "./internal/inputs";

/**
 * The due instant (epoch ms) of a dossier of `procedure` received at `receivedAt`.
 *
 * The clock starts at the valid-receipt instant (for a postal dossier, the handover record signed
 * at the agency, so inbound transit never counts); receipt outside working time starts at the
 * next working instant. Then, by the procedure's unit:
 *
 * - `workingDays` N: the same wall-clock time on the N-th working day after the receipt day
 *   (rule `sla.workingDayCount: "workingHours"`: N × `sla.workingDayHours` working hours instead,
 *   deployed practice);
 * - `workingHours` N: N working hours over the office's sessions (the earliest instant they have
 *   elapsed, which may be a session end such as 17:00);
 * - `calendarDays` N: the end of the office day N calendar days after the receipt day, or of the
 *   next working day if that day is not one (Bộ luật Dân sự 2015 Art. 147–148);
 * - amount 0 days (same-day): the end of the receipt day's last session (0 working hours: the start itself);
 * - `sameDay.cutoff` (e.g. `15:00`, Nghị định 23/2015/NĐ-CP Art. 7): a receipt strictly after the
 *   cut-off counts from the start of the next working day.
 *
 * `rules` is the rulebook's `sla` slice (`sliceOf(rulebook, "sla")` in `@motcua/plugin-sdk`):
 * the function reads `sla.workingDayCount` (and `sla.workingDayHours` when it counts hours).
 *
 * Throws a `MotcuaError` (`SLA_INVALID_PROCEDURE`, `SLA_INVALID_INSTANT`, `SLA_INVALID_CALENDAR`,
 * `SLA_INVALID_POLICY`, `RULE_MISSING` naming the absent rule, or the calendar's
 * `CALENDAR_OUT_OF_RANGE`) on bad input. Parsed procedures and slices are cached per object, so
 * calling it in a loop is cheap.
 *
 * @example
 * ```ts
 * import { formatInstant } from "@motcua/core";
 * import { nationalCalendar, nationalRulebook } from "@motcua/national";
 * import { sliceOf } from "@motcua/plugin-sdk";
 * import { computeDeadline } from "@motcua/sla";
 *
 * const calendar = nationalCalendar();
 * const rules = sliceOf(nationalRulebook("2026-02-12"), "sla");
 * const procedure = { code: "1.001234", processingTime: { amount: 3, unit: "workingDays" } } as const;
 * const due = computeDeadline(procedure, "2026-02-12T09:00:00+07:00", calendar, rules);
 * formatInstant(due); // "2026-02-24T09:00:00+07:00" (Tết 16–20/2 and the weekends skipped)
 * ```
 * @since 0.1.0
 * @category Deadline
 */
export function computeDeadline(
  procedure: ProcedureInput | Procedure,
  receivedAt: InstantInput,
  calendar: WorkingCalendar,
  rules: SlaRules,
): number {
  const p = compileProcedure(procedure, ["procedure"]);
  const t = toInstant(receivedAt, ["receivedAt"]);
  const cal = checkCalendar(calendar, ["calendar"]);
  const pol = deadlineRulesOf(rules, ["rules"]);
  try {
    return dueAt(p, t, cal, pol);
  } catch (e) {
    // The calendar names its own parameters and may show epoch ms; the caller's field is receivedAt.
    if (isMotcuaError(e, "CALENDAR_OUT_OF_RANGE")) throw outsideCalendar(e, t);
    throw e;
  }
}

const outsideCalendar = (e: MotcuaError, receivedAt: number): MotcuaError => {
  const { fromYear, toYear } = e.data as { fromYear?: number; toYear?: number };
  const years = `${String(fromYear)}–${String(toYear)}`;
  const iso = formatInstant(receivedAt);
  return new MotcuaError({
    code: e.code,
    path: ["receivedAt"],
    vi: `Hạn xử lý của hồ sơ nhận lúc ${iso} nằm ngoài phạm vi của lịch làm việc (năm ${years})`,
    en: `The deadline of a dossier received at ${iso} falls outside the working calendar's range (years ${years})`,
    data: { ...e.data, receivedAt: iso },
    cause: e,
  });
};
