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

/** Checks and reads a plain, valid summary; `undefined` means "ask the schema". */
export function fastDecode(x: unknown): FastSummary | undefined {
  if (typeof x !== "object" || x === null) return undefined;
  const proto: unknown = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return undefined;
  for (const key of Object.keys(x)) if (!KEYS.has(key)) return undefined;
  const r = x as Record<string, unknown>;
  const { code, officeId, level, domain, channel, closure } = r;
  if (code !== undefined && !nonEmpty(code)) return undefined;
  if (!nonEmpty(officeId) || !nonEmpty(domain) || !LEVELS.has(level)) return undefined;
  if (channel !== "online" && channel !== "counter" && channel !== "postal") return undefined;
  if (closure !== undefined && closure !== "refused" && closure !== "withdrawn" && closure !== "stopped") {
    return undefined;
  }
  const receivedAt = tryParseInstant(r.receivedAt);
  const dueAt = tryParseInstant(r.dueAt);
  if (receivedAt === undefined || dueAt === undefined || dueAt < receivedAt) return undefined;
  let completedAt = Number.POSITIVE_INFINITY;
  if (r.completedAt !== undefined) {
    const c = tryParseInstant(r.completedAt);
    if (c === undefined || c < receivedAt) return undefined;
    completedAt = c;
  } else if (closure !== undefined) return undefined;
  return {
    officeId,
    level: level as Level,
    domain,
    channelCol: CHANNEL_COL[channel],
    closure: closure === undefined ? CLOSURE_CODE.none : CLOSURE_CODE[closure],
    receivedAt,
    dueAt,
    completedAt,
  };
}

/** Appends a summary through the fast path; `false` when it must go through the schema. */
export function appendFast(w: ColumnWriter, x: unknown): boolean {
  const d = fastDecode(x);
  if (d === undefined) return false;
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
