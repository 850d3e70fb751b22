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

/** The running state of a pass: one dossier at a time through {@link StreamCounter.add}. */
class StreamCounter {
  readonly groups = new GroupIndex();
  counts: Uint32Array = new Uint32Array(1024 * WIDTH);
  readonly #start: number;
  readonly #end: number;
  readonly #excluded: Uint8Array;

  constructor(start: number, end: number, excluded: Uint8Array) {
    this.#start = start;
    this.#end = end;
    this.#excluded = excluded;
  }

  /** Validates and counts dossier number `index`. */
  add(x: unknown, index: number): void {
    // A small body with one countRow call site, so it inlines and no number is boxed per dossier.
    const d = readFast(x) ?? readSlow(x, index);
    const group = this.groups.groupOf(d.level, d.officeId, d.domain);
    if (group * WIDTH >= this.counts.length) this.counts = grown(this.counts);
    countRow(
      this.counts,
      group * WIDTH,
      d.channelCol,
      d.closure,
      d.receivedAt,
      d.dueAt,
      d.completedAt,
      this.#start,
      this.#end,
      this.#excluded,
    );
  }

  /** The counters so far, trimmed to the groups seen. */
  result(): StreamCounts {
    const keys = this.groups.keys;
    return { groups: keys, counts: this.counts.subarray(0, keys.length * WIDTH) };
  }
}

/** The built-in array iteration, as this module found it: what for…of over an array would run. */
const arrayValues: unknown = Array.prototype[Symbol.iterator];
const arrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]()) as { next: unknown };
const arrayIteratorNext: unknown = arrayIteratorPrototype.next;

/** Whether for…of over `x` would run the built-in array iterator (its own or a patched one: no). */
const iteratesAsArray = (x: unknown, method: unknown): x is ReadonlyArray<unknown> =>
  Array.isArray(x) && method === arrayValues && arrayIteratorPrototype.next === arrayIteratorNext;

/**
 * Validates and counts each dossier of `dossiers` for `[start, end)`; throws
 * `REPORTS_INVALID_DOSSIER` at the first bad one, with the path `["dossiers", index, field]`,
 * exactly as `toDossierColumns` would.
 *
 * It reads `dossiers` exactly as for…of would, without for…of's cost (an iterator result object
 * per dossier): an array that for…of would walk with the built-in iterator is indexed (the same
 * reads of `length` and of each index, holes included); any other iterable is driven by hand, and
 * closed (`return()`) when a dossier is refused, not when the iterator itself fails.
 */
export function countStream(
  dossiers: Iterable<unknown>,
  start: number,
  end: number,
  excluded: Uint8Array,
): StreamCounts {
  const counter = new StreamCounter(start, end, excluded);
  const method: unknown = dossiers[Symbol.iterator];
  if (iteratesAsArray(dossiers, method)) {
    // `length` is read before each element, as the array iterator reads it.
    for (let i = 0; i < dossiers.length; i++) counter.add(dossiers[i], i);
    return counter.result();
  }
  // GetIterator, then IteratorStep / IteratorValue / IteratorClose as for…of runs them.
  const iterator = (method as () => Iterator<unknown>).call(dossiers);
  if (typeof iterator !== "object" || iterator === null) throw new TypeError("not an iterator");
  const next = iterator.next;
  for (let index = 0; ; index++) {
    const step = next.call(iterator);
    if (typeof step !== "object" || step === null) throw new TypeError("not an iterator result");
    if (step.done) break;
    const x = step.value;
    try {
      counter.add(x, index);
    } catch (error) {
      close(iterator);
      throw error;
    }
  }
  return counter.result();
}

/** IteratorClose after a throw: `return()` is called if there is one; the first error wins. */
function close(iterator: Iterator<unknown>): void {
  try {
    const ret = iterator.return;
    if (ret !== undefined && ret !== null) ret.call(iterator);
  } catch {
    // The error that stopped the loop is the one reported.
  }
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
