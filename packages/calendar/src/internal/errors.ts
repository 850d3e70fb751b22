/** Builders of the calendar's coded bilingual errors. @internal */
import { MotcuaError, type ErrorPath, previewValue } from "@motcua/core";
import { CalendarErrorCode } from "../CalendarError";

/** A value for a message, bounded: small JSON as is, anything large, cyclic or hostile by kind. */
export const show = (value: unknown): string => {
  if (typeof value === "object" && value !== null) return previewValue(value);
  try {
    const s = typeof value === "bigint" ? `${value}n` : JSON.stringify(value);
    return s === undefined ? String(typeof value) : s.length > 80 ? `${s.slice(0, 77)}...` : s;
  } catch {
    return typeof value;
  }
};

export const invalidDate = (value: unknown, path: ErrorPath): MotcuaError =>
  new MotcuaError({
    code: CalendarErrorCode.INVALID_DATE,
    path,
    vi: `Ngày không hợp lệ: ${show(value)} (cần dạng YYYY-MM-DD có thật)`,
    en: `Invalid date: ${show(value)} (expected a real YYYY-MM-DD date)`,
    data: { value: typeof value === "string" ? value : show(value) },
  });

export const invalidInstant = (value: unknown, path: ErrorPath): MotcuaError =>
  new MotcuaError({
    code: CalendarErrorCode.INVALID_INSTANT,
    path,
    vi: `Thời điểm không hợp lệ: ${show(value)} (cần ISO 8601 có múi giờ, ví dụ 2026-02-12T09:00:00+07:00, mili giây epoch hoặc Date)`,
    en: `Invalid instant: ${show(value)} (expected ISO 8601 with an offset, e.g. 2026-02-12T09:00:00+07:00, epoch milliseconds or a Date)`,
  });

export const invalidNumber = (value: unknown, path: ErrorPath, integer: boolean): MotcuaError =>
  new MotcuaError({
    code: CalendarErrorCode.INVALID_NUMBER,
    path,
    vi: `Số không hợp lệ: ${show(value)} (cần ${integer ? "một số nguyên" : "một số hữu hạn"})`,
    en: `Invalid number: ${show(value)} (expected ${integer ? "a safe integer" : "a finite number"})`,
  });

export const outOfRange = (what: string, fromYear: number, toYear: number, path: ErrorPath): MotcuaError =>
  new MotcuaError({
    code: CalendarErrorCode.OUT_OF_RANGE,
    path,
    vi: `${what} nằm ngoài phạm vi của lịch (năm ${fromYear}–${toYear})`,
    en: `${what} is outside the calendar's range (years ${fromYear}–${toYear})`,
    data: { fromYear, toYear },
  });

export const notWorkingDay = (date: string, path: ErrorPath): MotcuaError =>
  new MotcuaError({
    code: CalendarErrorCode.NOT_WORKING_DAY,
    path,
    vi: `${date} không phải ngày làm việc`,
    en: `${date} is not a working day`,
    data: { date },
  });
