/**
 * Boundary checks shared by computeDeadline and computeClock. Procedures are parsed
 * once per object (a WeakMap) and re-checked cheaply on every call, so a hot loop over a million
 * dossiers pays for zod once per procedure, and a mutated object is parsed again.
 */
import { ProcedureSchema, safeDecode, tryParseInstant, type ErrorPath, type Procedure } from "@motcua/core";
import type { WorkingCalendar } from "@motcua/calendar";
import { SLA_ERROR_CODES } from "../SlaErrorCode";
import { fail } from "./fail";

/** What the deadline arithmetic needs from a procedure. */
export interface CompiledProcedure {
  readonly procedure: Procedure;
  readonly amount: number;
  readonly unit: Procedure["processingTime"]["unit"];
  /** `sameDay.cutoff` as written, for the cheap re-check. */
  readonly cutoff: string | undefined;
  /** Cut-off in minutes after midnight. */
  readonly cutoffMinute: number | undefined;
  readonly supplementPolicy: Procedure["supplementPolicy"];
}

const procedures = new WeakMap<object, CompiledProcedure>();

/** A non-null object, whose fields can be read. */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

const stillMatches = (input: Record<string, unknown>, c: CompiledProcedure): boolean => {
  const pt = input["processingTime"];
  if (!isObject(pt) || pt["amount"] !== c.amount || pt["unit"] !== c.unit) return false;
  const sameDay = input["sameDay"];
  const cutoff = isObject(sameDay) ? sameDay["cutoff"] : sameDay;
  if (cutoff !== c.cutoff) return false;
  return (input["supplementPolicy"] ?? "restart") === c.supplementPolicy;
};

/** Parses (or finds the already-parsed form of) a procedure. */
export function compileProcedure(input: unknown, path: ErrorPath): CompiledProcedure {
  if (isObject(input)) {
    const cached = procedures.get(input);
    if (cached !== undefined && stillMatches(input, cached)) return cached;
  }
  const r = safeDecode(ProcedureSchema, input, {
    code: SLA_ERROR_CODES.invalidProcedure,
    path,
    label: { en: "procedure", vi: "Thủ tục" },
  });
  if (!r.ok) throw r.error;
  const p = r.value;
  const cutoff = p.sameDay?.cutoff;
  const compiled: CompiledProcedure = {
    procedure: p,
    amount: p.processingTime.amount,
    unit: p.processingTime.unit,
    cutoff,
    cutoffMinute:
      cutoff === undefined ? undefined : Number(cutoff.slice(0, 2)) * 60 + Number(cutoff.slice(3, 5)),
    supplementPolicy: p.supplementPolicy,
  };
  if (isObject(input)) procedures.set(input, compiled);
  return compiled;
}

const CALENDAR_METHODS = [
  "isWorkingDay",
  "isWorkingDayNumber",
  "addWorkingDayNumbers",
  "endOfWorkingDayNumber",
  "nextWorkingInstant",
  "addWorkingMinutes",
  "workingMinutesBetween",
  "sameTimeOnWorkingDay",
  "endOfWorkingDay",
  "sessionsOn",
  "explain",
] as const;

const calendars = new WeakSet<object>();

/** Checks that a value looks like a `WorkingCalendar` (methods present). */
export function checkCalendar(input: unknown, path: ErrorPath): WorkingCalendar {
  if (isObject(input)) {
    if (calendars.has(input)) return input as unknown as WorkingCalendar;
    let missing: string[];
    try {
      missing = CALENDAR_METHODS.filter((m) => typeof input[m] !== "function");
    } catch {
      // A getter or proxy that throws: not a calendar either.
      missing = [...CALENDAR_METHODS];
    }
    if (missing.length === 0) {
      calendars.add(input);
      return input as unknown as WorkingCalendar;
    }
    return fail(
      SLA_ERROR_CODES.invalidCalendar,
      path,
      `Lịch làm việc không hợp lệ: thiếu ${missing.join(", ")} (dùng makeCalendar của @motcua/calendar)`,
      `Invalid working calendar: missing ${missing.join(", ")} (use makeCalendar from @motcua/calendar)`,
      { missing },
    );
  }
  return fail(
    SLA_ERROR_CODES.invalidCalendar,
    path,
    "Lịch làm việc không hợp lệ (dùng makeCalendar của @motcua/calendar)",
    "Invalid working calendar (use makeCalendar from @motcua/calendar)",
  );
}

/** Parses an instant input to epoch ms with this package's error code. */
export function toInstant(input: unknown, path: ErrorPath): number {
  const ms =
    typeof input === "number" && Number.isFinite(input) && Math.abs(input) <= 8.64e15
      ? input
      : tryParseInstant(input);
  if (ms === undefined) {
    const shown =
      typeof input === "string" || typeof input === "number" ? JSON.stringify(input) : typeof input;
    return fail(
      SLA_ERROR_CODES.invalidInstant,
      path,
      `Thời điểm không hợp lệ: ${shown} (cần ISO 8601 có múi giờ, ví dụ 2026-02-12T09:00:00+07:00, hoặc mili giây epoch)`,
      `Invalid instant: ${shown} (expected ISO 8601 with an offset, e.g. 2026-02-12T09:00:00+07:00, or epoch milliseconds)`,
    );
  }
  return ms;
}
