/**
 * The errors both replay engines return, built only when an event is refused (never on the
 * success path): malformed list, out-of-order or duplicate events, lifecycle and permission
 * refusals, and a failing calendar.
 */
import { isMotcuaError, MotcuaError, type DossierEvent } from "@motcua/core";
import { actionOf, type DossierAction } from "../DossierAction";
import type { CompiledRules } from "./compiled";
import type { LifecycleReason, StateName } from "./model";
import type { Denial } from "./permission";
import { refusal } from "./reasons";

export const notAList = (): MotcuaError =>
  new MotcuaError({
    code: "DOSSIER_INVALID_EVENT",
    path: ["events"],
    vi: "Danh sách sự kiện phải là một mảng",
    en: "The events must be an array",
  });

export const wrapFailure = (x: unknown): MotcuaError =>
  isMotcuaError(x)
    ? x
    : new MotcuaError({
        code: "DOSSIER_CALENDAR_FAILED",
        vi: "Lịch làm việc gặp lỗi khi tính thời hạn",
        en: "The working calendar failed while computing a time limit",
        cause: x,
      });

/** Event `i` is earlier than the last accepted event. */
export const outOfOrder = (i: number, ev: DossierEvent, previousAt: number): MotcuaError =>
  new MotcuaError({
    code: "DOSSIER_EVENT_OUT_OF_ORDER",
    path: ["events", i, "at"],
    vi: `Sự kiện #${i} [${ev.id}] xảy ra trước sự kiện liền trước: các sự kiện phải theo thứ tự thời gian`,
    en: `Event #${i} [${ev.id}] is earlier than the previous event: events must be in time order`,
    data: { eventIndex: i, eventId: ev.id, at: ev.at, previousAt },
  });

/** Event `i` reuses the id of event `j`. */
export const duplicateId = (i: number, ev: DossierEvent, j: number): MotcuaError =>
  new MotcuaError({
    code: "DOSSIER_DUPLICATE_EVENT_ID",
    path: ["events", i, "id"],
    vi: `Mã sự kiện "${ev.id}" bị trùng (sự kiện #${j} và #${i})`,
    en: `Duplicate event id "${ev.id}" (events #${j} and #${i})`,
    data: { eventIndex: i, eventId: ev.id, firstIndex: j },
  });

/** The chart refuses event `i` in `state`. */
export const lifecycleRefusal = (
  rules: CompiledRules,
  i: number,
  e: DossierEvent,
  state: StateName,
  code: LifecycleReason,
): MotcuaError =>
  refusal({
    code,
    path: ["events", i],
    index: i,
    eventId: e.id,
    eventType: e.type,
    action: actionOf(e as DossierEvent & { stage?: string; via?: string }),
    state,
    rules,
  });

/** The actor of event `i` may not perform `action`. */
export const permissionRefusal = (
  rules: CompiledRules,
  i: number,
  e: DossierEvent,
  state: StateName,
  action: DossierAction,
  denial: Denial,
): MotcuaError =>
  refusal({
    code: denial.code,
    path: ["events", i, denial.field ?? "actor"],
    index: i,
    eventId: e.id,
    eventType: e.type,
    action,
    state,
    role: e.actor.role,
    rules,
    ...(denial.data === undefined ? {} : { data: denial.data }),
  });
