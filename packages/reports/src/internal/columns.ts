/**
 * The columnar store behind {@link DossierColumns}: one typed array per field, groups interned
 * once, so counting 10 million dossiers touches only numbers.
 *
 * @module
 */
import type { Level } from "@motcua/core";
import { GroupIndex, type GroupKey } from "./groups";
import { Col } from "./packed";

export type { GroupKey } from "./groups";

/** Closure codes stored per dossier. */
export const CLOSURE_CODE = { none: 0, refused: 1, withdrawn: 2, stopped: 3 } as const;

/**
 * Counter column of each channel. Biểu 06 has no VNeID column: a dossier filed through VNeID (a
 * channel from Nghị định 367/2025/NĐ-CP, start date not read) is counted as online, since it is
 * filed electronically through the national identity app — a reading, unverified.
 */
export const CHANNEL_COL = {
  online: Col.Online,
  counter: Col.Counter,
  postal: Col.Postal,
  vneid: Col.Online,
} as const;

/** The raw columns (completedAt is +Infinity while pending). */
export interface ColumnData {
  readonly length: number;
  readonly groups: ReadonlyArray<GroupKey>;
  readonly group: Uint32Array;
  readonly channelCol: Uint8Array;
  readonly closure: Uint8Array;
  readonly receivedAt: Float64Array;
  readonly dueAt: Float64Array;
  readonly completedAt: Float64Array;
}

/** Appends already-validated rows; grows by doubling. */
export class ColumnWriter {
  #length = 0;
  #capacity: number;
  readonly #groups = new GroupIndex();
  #group: Uint32Array;
  #channelCol: Uint8Array;
  #closure: Uint8Array;
  #receivedAt: Float64Array;
  #dueAt: Float64Array;
  #completedAt: Float64Array;

  constructor(capacity = 1024) {
    this.#capacity = Math.max(16, Math.floor(capacity));
    this.#group = new Uint32Array(this.#capacity);
    this.#channelCol = new Uint8Array(this.#capacity);
    this.#closure = new Uint8Array(this.#capacity);
    this.#receivedAt = new Float64Array(this.#capacity);
    this.#dueAt = new Float64Array(this.#capacity);
    this.#completedAt = new Float64Array(this.#capacity);
  }

  get length(): number {
    return this.#length;
  }

  /** Index of a group, interning it on first sight. */
  groupOf(level: Level, officeId: string, domain: string): number {
    return this.#groups.groupOf(level, officeId, domain);
  }

  #grow(): void {
    const capacity = this.#capacity * 2;
    const grow = <T extends Uint32Array | Uint8Array | Float64Array>(from: T, make: (n: number) => T): T => {
      const to = make(capacity);
      to.set(from);
      return to;
    };
    this.#group = grow(this.#group, (n) => new Uint32Array(n));
    this.#channelCol = grow(this.#channelCol, (n) => new Uint8Array(n));
    this.#closure = grow(this.#closure, (n) => new Uint8Array(n));
    this.#receivedAt = grow(this.#receivedAt, (n) => new Float64Array(n));
    this.#dueAt = grow(this.#dueAt, (n) => new Float64Array(n));
    this.#completedAt = grow(this.#completedAt, (n) => new Float64Array(n));
    this.#capacity = capacity;
  }

  /** Appends one validated row. */
  push(
    group: number,
    channelCol: number,
    closure: number,
    receivedAt: number,
    dueAt: number,
    completedAt: number,
  ): void {
    if (this.#length === this.#capacity) this.#grow();
    const i = this.#length++;
    this.#group[i] = group;
    this.#channelCol[i] = channelCol;
    this.#closure[i] = closure;
    this.#receivedAt[i] = receivedAt;
    this.#dueAt[i] = dueAt;
    this.#completedAt[i] = completedAt;
  }

  /** Freezes the columns (trimmed copies), leaving the writer usable. */
  finish(): ColumnData {
    const n = this.#length;
    return {
      length: n,
      groups: Object.freeze(this.#groups.keys.slice()),
      group: this.#group.slice(0, n),
      channelCol: this.#channelCol.slice(0, n),
      closure: this.#closure.slice(0, n),
      receivedAt: this.#receivedAt.slice(0, n),
      dueAt: this.#dueAt.slice(0, n),
      completedAt: this.#completedAt.slice(0, n),
    };
  }
}

const registry = new WeakMap<object, ColumnData>();

/** Attaches column data to its public handle. */
export const attachColumns = (handle: object, data: ColumnData): void => {
  registry.set(handle, data);
};

/** The column data of a public handle, if it is one. */
export const columnsOf = (handle: unknown): ColumnData | undefined =>
  typeof handle === "object" && handle !== null ? registry.get(handle) : undefined;

/** Whether `value` is an iterable the reports can read (a throwing proxy or getter is not). */
export const isIterable = (value: unknown): value is Iterable<unknown> => {
  try {
    return (
      typeof value === "object" &&
      value !== null &&
      typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function"
    );
  } catch {
    // A proxy or getter that throws: not a list of dossiers this function can read.
    return false;
  }
};
