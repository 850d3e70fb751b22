/**
 * Fast structural checks of already-parsed events and of replay options: enough that the engines
 * never crash on bad input (fuzzed with fc.anything()), without paying zod on the hot path.
 */
import {
  ActorRoleSchema,
  HandoverEntrySchema,
  LevelSchema,
  MotcuaError,
  safeDecode,
  tryParseInstant,
  type DossierEvent,
  type ErrorPath,
  type HandoverRegister,
  type InstantInput,
} from "@motcua/core";
import { z } from "zod";
import type { DossierCalendar } from "../DossierCalendar";
import { DossierRulesSchema, type DossierRules } from "../DossierRules";
import { EVENT_INDEX } from "./model";

const ROLES: ReadonlySet<unknown> = new Set(ActorRoleSchema.options);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isStr = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const isMs = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= 8.64e15;
const isStrArr = (v: unknown): boolean => {
  if (!Array.isArray(v) || v.length === 0) return false;
  for (const x of v) if (!isStr(x)) return false;
  return true;
};
const oneOf = (v: unknown, a: string, b: string, c?: string) =>
  v === a || v === b || (c !== undefined && v === c);
const isChannel = (v: unknown) => v === "counter" || v === "postal" || v === "online";

/** Returns the offending field of an event (relative path), or undefined when it is well formed. */
export function eventProblem(e: unknown): { field: string; expected: string } | undefined {
  if (!isObj(e)) return { field: "", expected: "an event object" };
  if (!isStr(e["id"])) return { field: "id", expected: "a non-empty string" };
  const type = e["type"];
  if (typeof type !== "string" || !EVENT_INDEX.has(type))
    return { field: "type", expected: "a dossier event type" };
  if (!isMs(e["at"]))
    return { field: "at", expected: "epoch milliseconds (parse ISO strings with parseDossierEvents)" };
  const actor = e["actor"];
  if (!isObj(actor) || !ROLES.has(actor["role"]))
    return { field: "actor", expected: "an actor with a known role" };
  if (actor["officeId"] !== undefined && !isStr(actor["officeId"]))
    return { field: "actor.officeId", expected: "a string" };
  return NEEDS_FIELDS[EVENT_INDEX.get(type) as number] === true ? fieldProblem(type, e) : undefined;
}

export const invalidEvent = (
  index: number,
  problem: { field: string; expected: string },
  value: unknown,
): MotcuaError => {
  const path: ErrorPath =
    problem.field === "" ? ["events", index] : ["events", index, ...problem.field.split(".")];
  return new MotcuaError({
    code: "DOSSIER_INVALID_EVENT",
    path,
    vi: `Sự kiện #${index} không hợp lệ: trường "${problem.field || "(sự kiện)"}" cần ${problem.expected}`,
    en: `Event #${index} is invalid: "${problem.field || "(event)"}" must be ${problem.expected}`,
    data: { eventIndex: index, field: problem.field, value: safeJson(value) },
  });
};

const safeJson = (v: unknown): unknown =>
  v === null || ["string", "number", "boolean"].includes(typeof v) ? v : typeof v;

export const invalidOptions = (path: ErrorPath, vi: string, en: string): MotcuaError =>
  new MotcuaError({ code: "DOSSIER_INVALID_OPTIONS", path, vi, en });

const validatedRules = new WeakSet<object>();

/** Validates a rulebook once per object (cached), throwing DOSSIER_INVALID_RULES. */
export function checkRules(rules: unknown): DossierRules {
  if (isObj(rules) && validatedRules.has(rules)) return rules as unknown as DossierRules;
  const r = safeDecode(DossierRulesSchema, rules, {
    code: "DOSSIER_INVALID_RULES",
    path: ["rules"],
    label: { en: "dossier rulebook", vi: "Bộ quy tắc hồ sơ" },
  });
  if (!r.ok) throw r.error;
  validatedRules.add(rules as object);
  return rules as DossierRules;
}

const CALENDAR_METHODS = [
  "addWorkingDayNumbers",
  "isWorkingDayNumber",
  "nextWorkingInstant",
  "endOfWorkingDay",
] as const;

export function checkCalendar(calendar: unknown, path: ErrorPath): DossierCalendar | undefined {
  if (calendar === undefined) return undefined;
  if (!isObj(calendar) || CALENDAR_METHODS.some((m) => typeof calendar[m] !== "function"))
    throw invalidOptions(
      path,
      "Lịch làm việc không hợp lệ (cần makeCalendar() của @motcua/calendar)",
      "Invalid working calendar (expected makeCalendar() from @motcua/calendar)",
    );
  return calendar as unknown as DossierCalendar;
}

export function checkInstant(value: unknown, path: ErrorPath): number | undefined {
  if (value === undefined) return undefined;
  const ms = tryParseInstant(value);
  if (ms === undefined)
    throw invalidOptions(
      path,
      "Thời điểm không hợp lệ (cần ISO 8601 có múi giờ hoặc mili giây)",
      "Invalid instant (expected ISO 8601 with an offset, or epoch ms)",
    );
  return ms;
}

const validatedRegisters = new WeakSet<object>();
const RegisterSchema = z.array(HandoverEntrySchema);

export function checkRegister(register: unknown, path: ErrorPath): HandoverRegister {
  if (register === undefined) return [];
  if (isObj(register) && validatedRegisters.has(register)) return register as unknown as HandoverRegister;
  const r = safeDecode(RegisterSchema, register, {
    code: "DOSSIER_INVALID_OPTIONS",
    path,
    label: { en: "handover register", vi: "Sổ chuyển giao" },
  });
  if (!r.ok) throw r.error;
  validatedRegisters.add(register as object);
  return register as HandoverRegister;
}

export const checkLevel = (level: unknown, path: ErrorPath) => {
  if (level === undefined) return undefined;
  const r = LevelSchema.safeParse(level);
  if (!r.success) throw invalidOptions(path, "Cấp hành chính không hợp lệ", "Invalid administrative level");
  return r.data;
};

export { isObj, isStr };
export type { InstantInput };

/** Validates the events' shape (not the lifecycle: use `replay` for that). */
export function checkedEvents(events: unknown): ReadonlyArray<DossierEvent> {
  if (!Array.isArray(events))
    throw new MotcuaError({
      code: "DOSSIER_INVALID_EVENT",
      path: ["events"],
      vi: "Danh sách sự kiện phải là một mảng",
      en: "The events must be an array",
    });
  for (let i = 0; i < events.length; i++) {
    const p = eventProblem(events[i]);
    if (p !== undefined) throw invalidEvent(i, p, events[i]);
  }
  return events as ReadonlyArray<DossierEvent>;
}

type Problem = { field: string; expected: string } | undefined;

/** Event types with fields of their own to check. */
const NEEDS_FIELDS: ReadonlyArray<boolean> = [...EVENT_INDEX.keys()].map(
  (t) =>
    ![
      "guided",
      "postalHandedOver",
      "supplementReceived",
      "digitised",
      "financialObligationRequested",
      "financialObligationMet",
      "withdrawn",
      "resultReady",
    ].includes(t),
);

function fieldProblem(type: string, e: Record<string, unknown>): Problem {
  switch (type) {
    case "submitted":
      return isChannel(e["channel"])
        ? undefined
        : { field: "channel", expected: "counter | postal | online" };
    case "supplementRequested":
      if (!oneOf(e["stage"], "receipt", "appraisal"))
        return { field: "stage", expected: "receipt | appraisal" };
      return isStrArr(e["items"]) ? undefined : { field: "items", expected: "a non-empty list of items" };
    case "refused":
      if (!oneOf(e["stage"], "receipt", "appraisal"))
        return { field: "stage", expected: "receipt | appraisal" };
      return isStr(e["reason"]) ? undefined : { field: "reason", expected: "a reason" };
    case "received":
      return isStr(e["dossierCode"]) ? undefined : { field: "dossierCode", expected: "a dossier code" };
    case "transferred":
      return e["paper"] === undefined || typeof e["paper"] === "boolean"
        ? undefined
        : { field: "paper", expected: "a boolean" };
    case "assigned":
      return isStr(e["assignee"]) ? undefined : { field: "assignee", expected: "an assignee" };
    case "interAgencySent":
      if (!isStrArr(e["agencies"])) return { field: "agencies", expected: "a non-empty list of agencies" };
      return oneOf(e["mode"], "sequential", "parallel")
        ? undefined
        : { field: "mode", expected: "sequential | parallel" };
    case "interAgencyReturned":
      return isStr(e["agency"]) ? undefined : { field: "agency", expected: "an agency id" };
    case "rescheduled":
      if (!isMs(e["newDueAt"])) return { field: "newDueAt", expected: "epoch milliseconds" };
      return isStr(e["reason"]) ? undefined : { field: "reason", expected: "a reason" };
    case "stopped":
      return isStr(e["reason"]) ? undefined : { field: "reason", expected: "a reason" };
    case "resolved":
      return oneOf(e["decision"], "approved", "refused")
        ? undefined
        : { field: "decision", expected: "approved | refused" };
    case "resultReturned":
      return isChannel(e["via"]) ? undefined : { field: "via", expected: "counter | postal | online" };
    case "resultUndeliverable":
      return Number.isInteger(e["attempts"]) && (e["attempts"] as number) >= 1
        ? undefined
        : { field: "attempts", expected: "a positive integer" };
    case "controlSlipSigned":
      return oneOf(e["stage"], "transfer", "resultReceipt")
        ? undefined
        : { field: "stage", expected: "transfer | resultReceipt" };
    default:
      return undefined;
  }
}
