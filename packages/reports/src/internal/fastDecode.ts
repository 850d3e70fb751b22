/**
 * A hand-written fast path for the common case of a valid dossier summary: ~50× faster than the
 * zod schema. It is conservative: anything unusual returns `false` and the caller falls back to
 * `DossierSummarySchema`, which stays the single authority (and produces the error message).
 * A property test checks that whatever this accepts, the schema accepts with the same values.
 *
 * @module
 */
import { tryParseInstant, type Level } from "@motcua/core";
import { CHANNEL_COL, CLOSURE_CODE, type ColumnWriter } from "./columns";

const LEVELS: ReadonlySet<unknown> = new Set(["ministry", "province", "district", "commune"]);
const KEYS: ReadonlySet<string> = new Set([
  "code",
  "officeId",
  "level",
  "domain",
  "channel",
  "receivedAt",
  "dueAt",
  "completedAt",
  "closure",
]);

const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.length > 0;

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
  for (const key in x) if (!KEYS.has(key)) return false;
  const r = x as Record<string, unknown>;
  const { code, officeId, level, domain, channel, closure } = r;
  if (code !== undefined && !nonEmpty(code)) return false;
  if (!nonEmpty(officeId) || !nonEmpty(domain) || !LEVELS.has(level)) return false;
  if (channel !== "online" && channel !== "counter" && channel !== "postal" && channel !== "vneid")
    return false;
  if (closure !== undefined && closure !== "refused" && closure !== "withdrawn" && closure !== "stopped")
    return false;
  const receivedAt = tryParseInstant(r.receivedAt);
  const dueAt = tryParseInstant(r.dueAt);
  if (receivedAt === undefined || dueAt === undefined || dueAt < receivedAt) return false;
  let completedAt = Number.POSITIVE_INFINITY;
  if (r.completedAt !== undefined) {
    const c = tryParseInstant(r.completedAt);
    if (c === undefined || c < receivedAt) return false;
    completedAt = c;
  } else if (closure !== undefined) return false;
  scratch.officeId = officeId;
  scratch.level = level as Level;
  scratch.domain = domain;
  scratch.channelCol = CHANNEL_COL[channel];
  scratch.closure = closure === undefined ? CLOSURE_CODE.none : CLOSURE_CODE[closure];
  scratch.receivedAt = receivedAt;
  scratch.dueAt = dueAt;
  scratch.completedAt = completedAt;
  return true;
}

/** Checks and reads a plain, valid summary; `undefined` means "ask the schema". */
export function fastDecode(x: unknown): FastSummary | undefined {
  return check(x) ? { ...scratch } : undefined;
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
