/**
 * Fast structural checks of already-parsed events and of replay options: enough that the engines
 * never crash on bad input (fuzzed with fc.anything()), without paying zod on the hot path.
 */
import {
  HandoverEntrySchema,
  LevelSchema,
  MotcuaError,
  safeDecode,
  tryParseInstant,
  type Actor,
  type DossierEvent,
  type ErrorPath,
  type HandoverRegister,
  type InstantInput,
} from "@motcua/core";
import * as z from "zod";
import type { DossierCalendar } from "../DossierCalendar";
import { EVENT_INDEX } from "./model";
import { ROLE_INDEX } from "./permission";

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
const isChannel = (v: unknown) => v === "counter" || v === "postal" || v === "online" || v === "vneid";

/** A malformed field of an event (relative path) and what it must be. */
export interface EventProblem {
  readonly field: string;
  readonly expected: string;
}

/** Every problem {@link checkEvent} can report, by code (`-code - 1`). */
const PROBLEMS: ReadonlyArray<EventProblem> = [
  { field: "", expected: "an event object" },
  { field: "id", expected: "a non-empty string" },
  { field: "type", expected: "a dossier event type" },
  { field: "at", expected: "epoch milliseconds (parse ISO strings with parseDossierEvents)" },
  { field: "actor", expected: "an actor with a known role" },
  { field: "actor.officeId", expected: "a string" },
  { field: "channel", expected: "counter | postal | online" },
  { field: "stage", expected: "receipt | appraisal" },
  { field: "items", expected: "a non-empty list of items" },
  { field: "reason", expected: "a reason" },
  { field: "dossierCode", expected: "a dossier code" },
  { field: "paper", expected: "a boolean" },
  { field: "assignee", expected: "an assignee" },
  { field: "agencies", expected: "a non-empty list of agencies" },
  { field: "mode", expected: "sequential | parallel" },
  { field: "agency", expected: "an agency id" },
  { field: "newDueAt", expected: "epoch milliseconds" },
  { field: "decision", expected: "approved | refused" },
  { field: "via", expected: "counter | postal | online | vneid" },
  { field: "attempts", expected: "a positive integer" },
  { field: "stage", expected: "transfer | resultReceipt" },
  { field: "toUnit", expected: "the competent unit's id" },
].map((p) => Object.freeze(p));

/** Problem codes returned by {@link checkEvent} (negative), named after the field. */
const P = {
  event: -1,
  id: -2,
  type: -3,
  at: -4,
  actor: -5,
  officeId: -6,
  channel: -7,
  stage: -8,
  items: -9,
  reason: -10,
  dossierCode: -11,
  paper: -12,
  assignee: -13,
  agencies: -14,
  mode: -15,
  agency: -16,
  newDueAt: -17,
  decision: -18,
  via: -19,
  attempts: -20,
  slipStage: -21,
  toUnit: -22,
} as const;

/**
 * The fields of a well-formed event that the engines read, filled in by {@link checkEvent} so each
 * is read from the event once (one holder per replay, reused for every event).
 */
export interface EventFields {
  id: string;
  at: number;
  actor: Actor;
  officeId: string | undefined;
}

export const newEventFields = (): EventFields => ({
  id: "",
  at: 0,
  actor: { role: "system" },
  officeId: undefined,
});

/** Where {@link eventProblem} lets {@link checkEvent} write the fields it does not need. */
const DISCARDED = newEventFields();

/**
 * Checks an event's shape without allocating. Returns `type + 256 × role` (the integer codes of
 * its type and its actor's role, `EVENT_INDEX` and `ROLE_INDEX`) and fills `out` when it is well
 * formed, else a negative problem code (see {@link problemOf}).
 */
export function checkEvent(e: unknown, out: EventFields): number {
  if (!isObj(e)) return P.event;
  const id = e["id"];
  if (!isStr(id)) return P.id;
  const type = e["type"];
  const t = typeof type === "string" ? EVENT_INDEX.get(type) : undefined;
  if (t === undefined) return P.type;
  const at = e["at"];
  if (!isMs(at)) return P.at;
  const actor = e["actor"];
  if (!isObj(actor)) return P.actor;
  const role = ROLE_INDEX.get(actor["role"] as string);
  if (role === undefined) return P.actor;
  const officeId = actor["officeId"];
  if (officeId !== undefined && !isStr(officeId)) return P.officeId;
  const field = fieldProblem(t, e);
  if (field !== 0) return field;
  out.id = id;
  out.at = at;
  out.actor = actor as unknown as Actor;
  out.officeId = officeId;
  return t + 256 * role;
}

/** The problem of a negative {@link checkEvent} code. */
export const problemOf = (code: number): EventProblem => PROBLEMS[-code - 1] as EventProblem;

/** Returns the offending field of an event (relative path), or undefined when it is well formed. */
export function eventProblem(e: unknown): EventProblem | undefined {
  const code = checkEvent(e, DISCARDED);
  return code >= 0 ? undefined : problemOf(code);
}

export const invalidEvent = (index: number, problem: EventProblem, value: unknown): MotcuaError => {
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

const CALENDAR_METHODS = [
  "addWorkingDayNumbers",
  "isWorkingDayNumber",
  "nextWorkingInstant",
  "endOfWorkingDay",
] as const;

/**
 * Stands in for a calendar the caller did not give: the first rule that needs working days throws
 * `DOSSIER_CALENDAR_MISSING` naming the option, instead of reading a built-in calendar.
 */
export function missingCalendar(path: ErrorPath): DossierCalendar {
  const fail = (): never => {
    throw new MotcuaError({
      code: "DOSSIER_CALENDAR_MISSING",
      path,
      vi: `Quy tắc này cần lịch làm việc: truyền ${path.join(".")} (ví dụ makeCalendar(sliceOf(rulebook, "calendar")), hoặc nationalCalendar() của @motcua/national)`,
      en: `This rule needs a working calendar: pass ${path.join(".")} (e.g. makeCalendar(sliceOf(rulebook, "calendar")), or nationalCalendar() from @motcua/national)`,
    });
  };
  return {
    addWorkingDayNumbers: fail,
    isWorkingDayNumber: fail,
    nextWorkingInstant: fail,
    endOfWorkingDay: fail,
  };
}

export function checkCalendar(calendar: unknown, path: ErrorPath): DossierCalendar | undefined {
  if (calendar === undefined) return undefined;
  if (!isObj(calendar) || CALENDAR_METHODS.some((m) => typeof calendar[m] !== "function"))
    throw invalidOptions(
      path,
      "Lịch làm việc không hợp lệ (cần một lịch từ makeCalendar của @motcua/calendar)",
      "Invalid working calendar (expected a calendar from @motcua/calendar's makeCalendar)",
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
  // The core boundary first: a throwing getter or proxy, a cycle or a BigInt is a coded refusal.
  const readable = safeDecode(z.unknown(), events, { code: "DOSSIER_INVALID_EVENT", path: ["events"] });
  if (!readable.ok) throw readable.error;
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

const T = (type: string): number => EVENT_INDEX.get(type) as number;
const SUBMITTED = T("submitted");
const SUPPLEMENT_REQUESTED = T("supplementRequested");
const REFUSED = T("refused");
const RECEIVED = T("received");
const TRANSFERRED = T("transferred");
const FORWARDED = T("forwarded");
const ASSIGNED = T("assigned");
const INTER_AGENCY_SENT = T("interAgencySent");
const INTER_AGENCY_RETURNED = T("interAgencyReturned");
const RESCHEDULED = T("rescheduled");
const STOPPED = T("stopped");
const RESOLVED = T("resolved");
const RESULT_RETURNED = T("resultReturned");
const RESULT_UNDELIVERABLE = T("resultUndeliverable");
const CONTROL_SLIP_SIGNED = T("controlSlipSigned");

/** The type-specific fields of an event of type index `t`: 0 when well formed, else a problem code. */
function fieldProblem(t: number, e: Record<string, unknown>): number {
  switch (t) {
    case SUBMITTED:
      return isChannel(e["channel"]) ? 0 : P.channel;
    case SUPPLEMENT_REQUESTED:
      if (!oneOf(e["stage"], "receipt", "appraisal")) return P.stage;
      return isStrArr(e["items"]) ? 0 : P.items;
    case REFUSED:
      if (!oneOf(e["stage"], "receipt", "appraisal")) return P.stage;
      return isStr(e["reason"]) ? 0 : P.reason;
    case RECEIVED:
      return isStr(e["dossierCode"]) ? 0 : P.dossierCode;
    case TRANSFERRED:
      return e["paper"] === undefined || typeof e["paper"] === "boolean" ? 0 : P.paper;
    case FORWARDED:
      if (!isStr(e["toUnit"])) return P.toUnit;
      return e["paper"] === undefined || typeof e["paper"] === "boolean" ? 0 : P.paper;
    case ASSIGNED:
      return isStr(e["assignee"]) ? 0 : P.assignee;
    case INTER_AGENCY_SENT:
      if (!isStrArr(e["agencies"])) return P.agencies;
      return oneOf(e["mode"], "sequential", "parallel") ? 0 : P.mode;
    case INTER_AGENCY_RETURNED:
      return isStr(e["agency"]) ? 0 : P.agency;
    case RESCHEDULED:
      if (!isMs(e["newDueAt"])) return P.newDueAt;
      return isStr(e["reason"]) ? 0 : P.reason;
    case STOPPED:
      return isStr(e["reason"]) ? 0 : P.reason;
    case RESOLVED:
      return oneOf(e["decision"], "approved", "refused") ? 0 : P.decision;
    case RESULT_RETURNED:
      return isChannel(e["via"]) ? 0 : P.via;
    case RESULT_UNDELIVERABLE:
      return Number.isInteger(e["attempts"]) && (e["attempts"] as number) >= 1 ? 0 : P.attempts;
    case CONTROL_SLIP_SIGNED:
      return oneOf(e["stage"], "transfer", "resultReceipt") ? 0 : P.slipStage;
    default:
      return 0;
  }
}
