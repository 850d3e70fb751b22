/**
 * One pass over dossier objects as they are read (an array, a generator, a database cursor's
 * rows): each is validated and counted at once, so nothing per dossier is kept. Memory is that of
 * the groups; 10 million dossiers cost what 10 thousand do.
 *
 * @module
 */
import { CLOSURE_CODE, CHANNEL_COL } from "./columns";
import { countRow } from "./count";
import { readFast, type FastSummary } from "./fastDecode";
import { GroupIndex, type GroupKey } from "./groups";
import { WIDTH } from "./packed";
import { parseDossierSummary } from "../DossierSummary";

/** The counters of a streamed pass and the groups they belong to. */
export interface StreamCounts {
  readonly groups: ReadonlyArray<GroupKey>;
  readonly counts: Uint32Array;
}

/**
 * Validates and counts each dossier of `dossiers` for `[start, end)`; throws
 * `REPORTS_INVALID_DOSSIER` at the first bad one, with the path `["dossiers", index, field]`,
 * exactly as `toDossierColumns` would.
 */
export function countStream(
  dossiers: Iterable<unknown>,
  start: number,
  end: number,
  excluded: Uint8Array,
): StreamCounts {
  const groups = new GroupIndex();
  let counts: Uint32Array = new Uint32Array(1024 * WIDTH);
  let index = 0;
  for (const x of dossiers) {
    // A small loop body with one countRow call site, so it inlines and no number is boxed per dossier.
    const d = readFast(x) ?? readSlow(x, index);
    const group = groups.groupOf(d.level, d.officeId, d.domain);
    if (group * WIDTH >= counts.length) counts = grown(counts);
    countRow(
      counts,
      group * WIDTH,
      d.channelCol,
      d.closure,
      d.receivedAt,
      d.dueAt,
      d.completedAt,
      start,
      end,
      excluded,
    );
    index++;
  }
  return { groups: groups.keys, counts: counts.subarray(0, groups.keys.length * WIDTH) };
}

/** The schema is the authority: it reads what the fast path declines to judge, or throws. */
function readSlow(x: unknown, index: number): FastSummary {
  const d = parseDossierSummary(x, ["dossiers", index]);
  return {
    officeId: d.officeId,
    level: d.level,
    domain: d.domain,
    channelCol: CHANNEL_COL[d.channel],
    closure: d.closure === undefined ? CLOSURE_CODE.none : CLOSURE_CODE[d.closure],
    receivedAt: d.receivedAt,
    dueAt: d.dueAt,
    completedAt: d.completedAt ?? Number.POSITIVE_INFINITY,
  };
}

const grown = (counts: Uint32Array): Uint32Array => {
  const next = new Uint32Array(counts.length * 2);
  next.set(counts);
  return next;
};
