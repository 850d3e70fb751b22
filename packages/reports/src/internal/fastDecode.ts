/**
 * A hand-written fast path for the common case of a valid dossier summary: ~50× faster than the
 * zod schema. It is conservative: anything unusual returns `false` and the caller falls back to
 * `DossierSummarySchema`, which stays the single authority (and produces the error message).
 * Property tests check that it accepts exactly the plain objects the schema accepts, with the
 * same values; class instances and other prototypes always go to the schema.
 *
 * @module
 */
import { MAX_INSTANT_MS, MIN_INSTANT_MS, tryParseInstant, type Level } from "@motcua/core";
import { CHANNEL_COL, CLOSURE_CODE, type ColumnWriter } from "./columns";

/*
 * The checks below are the schema's shape written as switches (a `Set` lookup per key costs ~3×
 * more). They are kept equal to `DossierSummarySchema` by a test that compares them with the
 * schema's keys and enum options, and a property test that the fast path and the schema accept
 * exactly the same plain objects with the same values.
 */

/** Whether `key` is a key of `DossierSummarySchema` (strict: any other key is refused). */
export function isSummaryKey(key: string): boolean {
  switch (key) {
    case "code":
    case "officeId":
    case "level":
    case "domain":
    case "channel":
    case "receivedAt":
    case "dueAt":
    case "completedAt":
    case "closure":
      return true;
    default:
      return false;
  }
}

/** Whether `v` is an option of `LevelSchema`. */
export function isLevel(v: unknown): v is Level {
  switch (v) {
    case "ministry":
    case "province":
    case "district":
    case "commune":
      return true;
    default:
      return false;
  }
}

/** The counter column of a `ChannelSchema` option, or -1 for anything else. */
export function channelColumn(v: unknown): number {
  switch (v) {
    case "online":
      return CHANNEL_COL.online;
    case "counter":
      return CHANNEL_COL.counter;
    case "postal":
      return CHANNEL_COL.postal;
    case "vneid":
      return CHANNEL_COL.vneid;
    default:
      return -1;
  }
}

/** The stored code of a `ClosureSchema` option (`none` for `undefined`), or -1 for anything else. */
export function closureCode(v: unknown): number {
  switch (v) {
    case undefined:
      return CLOSURE_CODE.none;
    case "refused":
      return CLOSURE_CODE.refused;
    case "withdrawn":
      return CLOSURE_CODE.withdrawn;
    case "stopped":
      return CLOSURE_CODE.stopped;
    default:
      return -1;
  }
}

const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.length > 0;

/**
 * `tryParseInstant` with `NaN` for "not an instant": a function returning `number | undefined`
 * boxes every double it returns (a heap allocation per call); one returning only numbers does not.
 * Epoch milliseconds are checked inline, exactly as `tryParseInstant` checks them.
 */
const instantMs = (v: unknown): number => {
  if (typeof v === "number")
    return Number.isInteger(v) && v >= MIN_INSTANT_MS && v <= MAX_INSTANT_MS ? v : Number.NaN;
  return tryParseInstant(v) ?? Number.NaN;
};

/** +Infinity (pending) for an open dossier; `NaN` (refused) for a closed one without completedAt. */
const pendingUntil = (closure: number): number =>
  closure === CLOSURE_CODE.none ? Number.POSITIVE_INFINITY : Number.NaN;

/** The completion instant `v` of a dossier received at `receivedAt`; `NaN` when it is refused. */
const completion = (v: unknown, receivedAt: number, closure: number): number => {
  if (v === undefined) return pendingUntil(closure);
  const c = instantMs(v);
  // NaN fails every comparison: `receivedAt <= c` refuses it as well as a completion before receipt.
  return receivedAt <= c ? c : Number.NaN;
};

/** Parsed fields of a summary that passed the fast checks. */
export interface FastSummary {
  readonly officeId: string;
  readonly level: Level;
  readonly domain: string;
  readonly channelCol: number;
  readonly closure: number;
  readonly receivedAt: number;
  readonly dueAt: number;
  readonly completedAt: number;
}

interface Scratch {
  officeId: string;
  level: Level;
  domain: string;
  channelCol: number;
  closure: number;
  receivedAt: number;
  dueAt: number;
  completedAt: number;
}

/** Reused between calls, so the fast path allocates nothing per dossier. */
const scratch: Scratch = {
  officeId: "",
  level: "province",
  domain: "",
  channelCol: 0,
  closure: 0,
  receivedAt: 0,
  dueAt: 0,
  completedAt: 0,
};

/** Checks a plain, valid summary into `scratch`; `false` means "ask the schema". */
function check(x: unknown): boolean {
  if (typeof x !== "object" || x === null) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return false;
  // for-in also sees inherited enumerable keys: any unknown one sends the row to the schema.
  let listed = false;
  for (const key in x) {
    if (!isSummaryKey(key)) return false;
    if (key === "completedAt") listed = true;
  }
  const r = x as Record<string, unknown>;
  const { code, officeId, level, domain } = r;
  if (code !== undefined && !nonEmpty(code)) return false;
  if (!nonEmpty(officeId) || !nonEmpty(domain) || !isLevel(level)) return false;
  const channelCol = channelColumn(r.channel);
  const closure = closureCode(r.closure);
  if (channelCol < 0 || closure < 0) return false;
  const receivedAt = instantMs(r.receivedAt);
  const dueAt = instantMs(r.dueAt);
  // NaN fails every comparison: `!(a <= b)` refuses it as well as a reversed pair.
  if (!(receivedAt <= dueAt)) return false;
  // The same read on both sides, split by whether for-in listed the key: each read site then sees
  // objects that all have a number there, or all none, and reads a number without boxing it (one
  // site reading both kinds boxes each number it reads).
  let completedAt: number;
  if (listed) completedAt = completion(r.completedAt, receivedAt, closure);
  else {
    const v = r.completedAt;
    completedAt = v === undefined ? pendingUntil(closure) : completion(v, receivedAt, closure);
  }
  if (Number.isNaN(completedAt)) return false;
  scratch.officeId = officeId;
  scratch.level = level;
  scratch.domain = domain;
  scratch.channelCol = channelCol;
  scratch.closure = closure;
  scratch.receivedAt = receivedAt;
  scratch.dueAt = dueAt;
  scratch.completedAt = completedAt;
  return true;
}

/** Checks and reads a plain, valid summary; `undefined` means "ask the schema". */
export function fastDecode(x: unknown): FastSummary | undefined {
  return check(x) ? { ...scratch } : undefined;
}

/**
 * Like {@link fastDecode} without the copy: the object returned is shared and overwritten by the
 * next call, for loops that read it at once.
 */
export function readFast(x: unknown): FastSummary | undefined {
  return check(x) ? scratch : undefined;
}

/** Appends a summary through the fast path; `false` when it must go through the schema. */
export function appendFast(w: ColumnWriter, x: unknown): boolean {
  if (!check(x)) return false;
  const d = scratch;
  w.push(
    w.groupOf(d.level, d.officeId, d.domain),
    d.channelCol,
    d.closure,
    d.receivedAt,
    d.dueAt,
    d.completedAt,
  );
  return true;
}
