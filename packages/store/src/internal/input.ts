/**
 * Checks on untrusted append input, before any database work: ids, versions, batch size, text
 * PostgreSQL can store, and the applicant identity taken out of the events.
 */
import type { DossierEvent, ErrorPath } from "@motcua/core";
import { MotcuaError } from "@motcua/core";
import { ApplicantIdentitySchema, type ApplicantIdentity } from "../Applicant";
import type { Concepts } from "./concepts";
import { storeError } from "./errors";

/** Limits of one append call. */
export interface Limits {
  readonly maxBatchBytes: number;
  readonly maxBatchEvents: number;
}

/** One batch after the checks. */
export interface CheckedBatch {
  readonly dossierId: string;
  readonly expectedVersion: number;
  readonly events: ReadonlyArray<DossierEvent>;
  /** The identity attached to each event, if any (same index). */
  readonly applicants: ReadonlyArray<ApplicantIdentity | undefined>;
}

// Control characters (C0 including NUL, DEL, C1) have no place in an id.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** No lone UTF-16 surrogate (PostgreSQL stores UTF-8 only; Node ≥ 20 has `isWellFormed`). */
const wellFormed = (s: string): boolean => (s as string & { isWellFormed(): boolean }).isWellFormed();

/** Checks a dossier id: 1–128 characters, no control characters. */
export function checkId(value: unknown, path: ErrorPath): string {
  if (
    typeof value !== "string" ||
    value.length === 0 ||
    value.length > 128 ||
    CONTROL.test(value) ||
    !wellFormed(value)
  ) {
    throw storeError("STORE_INVALID_INPUT", path, {
      vi: "Mã hồ sơ phải là chuỗi 1–128 ký tự, không có ký tự điều khiển",
      en: "A dossier id must be a string of 1–128 characters without control characters",
    });
  }
  return value;
}

/** True when every string (keys included) in a JSON value can be stored by PostgreSQL. */
const storable = (value: unknown, depth = 0): boolean => {
  if (typeof value === "string") return !value.includes("\u0000") && wellFormed(value);
  if (value === null || typeof value !== "object" || depth > 64) return depth <= 64;
  if (Array.isArray(value)) return value.every((v) => storable(v, depth + 1));
  return Object.entries(value).every(([k, v]) => storable(k, depth + 1) && storable(v, depth + 1));
};

/** Checks that text can be stored by PostgreSQL (no NUL, no lone UTF-16 surrogate, depth ≤ 64). */
export function checkText(value: unknown, path: ErrorPath): void {
  if (!storable(value)) {
    throw storeError("STORE_INVALID_TEXT", path, {
      vi: "Dữ liệu chứa ký tự không lưu được (ký tự NUL hoặc mã UTF-16 hỏng) hoặc lồng quá sâu",
      en: "The data contains characters that cannot be stored (NUL or broken UTF-16) or nests too deep",
    });
  }
}

const UTF8 = new TextEncoder();

/** Checks one batch; throws the coded error of the first problem. */
export function checkBatch(
  dossierId: unknown,
  expectedVersion: unknown,
  events: unknown,
  limits: Limits,
  concepts: Concepts,
): CheckedBatch {
  const id = checkId(dossierId, ["dossierId"]);
  if (typeof expectedVersion !== "number" || !Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
    throw storeError("STORE_INVALID_INPUT", ["expectedVersion"], {
      vi: "Phiên bản mong đợi (expectedVersion) phải là số nguyên không âm",
      en: "expectedVersion must be a non-negative integer",
    });
  }
  if (!Array.isArray(events) || events.length === 0) {
    throw storeError("STORE_INVALID_INPUT", ["events"], {
      vi: "Cần một danh sách sự kiện không rỗng",
      en: "Expected a non-empty list of events",
    });
  }
  if (events.length > limits.maxBatchEvents) {
    throw storeError(
      "STORE_PAYLOAD_TOO_LARGE",
      ["events"],
      {
        vi: `Quá nhiều sự kiện trong một lần ghi (${events.length} > ${limits.maxBatchEvents})`,
        en: `Too many events in one append (${events.length} > ${limits.maxBatchEvents})`,
      },
      { events: events.length, maxBatchEvents: limits.maxBatchEvents },
    );
  }
  let json: string;
  try {
    json = JSON.stringify(events);
  } catch {
    throw storeError("STORE_INVALID_INPUT", ["events"], {
      vi: "Sự kiện không chuyển được sang JSON (vòng lặp hoặc BigInt)",
      en: "The events have no JSON form (a cycle or a BigInt)",
    });
  }
  const bytes = json.length > limits.maxBatchBytes / 3 ? UTF8.encode(json).length : json.length;
  if (bytes > limits.maxBatchBytes) {
    throw storeError(
      "STORE_PAYLOAD_TOO_LARGE",
      ["events"],
      {
        vi: `Dữ liệu một lần ghi quá lớn (${bytes} byte > ${limits.maxBatchBytes})`,
        en: `The batch is too large (${bytes} bytes > ${limits.maxBatchBytes})`,
      },
      { bytes, maxBatchBytes: limits.maxBatchBytes },
    );
  }
  checkText(events, ["events"]);
  const applicants: Array<ApplicantIdentity | undefined> = [];
  const bare = events.map((e: unknown, i) => {
    if (e === null || typeof e !== "object" || !("applicant" in e)) {
      applicants.push(undefined);
      return e;
    }
    const { applicant, ...rest } = e as { applicant: unknown };
    applicants.push(parseApplicant(applicant, ["events", i, "applicant"]));
    return rest;
  });
  return { dossierId: id, expectedVersion, events: concepts.parse(bare), applicants };
}

/** Parses an applicant identity; the error names the field and the rule, never the value. */
export function parseApplicant(value: unknown, path: ErrorPath): ApplicantIdentity {
  const r = ApplicantIdentitySchema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.map(String) ?? [];
  throw storeError(
    "STORE_INVALID_APPLICANT",
    [...path, ...field],
    {
      vi: `Thông tin người nộp hồ sơ không hợp lệ ở trường ${field.join(".") || "(toàn bộ)"} (${issue?.code ?? "invalid"})`,
      en: `Invalid applicant identity at ${field.join(".") || "(whole)"} (${issue?.code ?? "invalid"})`,
    },
    { field: field.join("."), rule: issue?.code ?? "invalid" },
  );
}

/** Prefixes an error's path (for `appendMany`: `["batches", i, …]`). */
export const withPrefix = (e: MotcuaError, prefix: ErrorPath): MotcuaError =>
  new MotcuaError({
    code: e.code,
    vi: e.vi,
    en: e.en,
    path: [...prefix, ...e.path],
    issues: e.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })),
    data: e.data,
  });
