/**
 * Interning of the form's row groups (level, office, domain) to dense indexes, in order of first
 * appearance, without building a string per row.
 *
 * @module
 */
import type { Level } from "@motcua/core";

/** A row group of the form: (level, office, domain). */
export interface GroupKey {
  readonly level: Level;
  readonly officeId: string;
  readonly domain: string;
}

/** A level's two-bit slot in the group index. */
const levelSlot = (level: Level): number => {
  switch (level) {
    case "ministry":
      return 0;
    case "province":
      return 1;
    case "district":
      return 2;
    default:
      return 3;
  }
};

const keyOf = (level: Level, officeId: string, domain: string): string =>
  JSON.stringify([level, officeId, domain]);

/** Dense indexes of row groups, in order of first appearance. */
export class GroupIndex {
  readonly #keys: GroupKey[] = [];
  /** officeId → dense office number. */
  readonly #offices = new Map<string, number>();
  /** domain → dense domain number. */
  readonly #domains = new Map<string, number>();
  /**
   * `[office × #domainCap + domain]` → `4 × group index + level slot` of the group first seen
   * for that pair (-1: none). A flat table instead of a map per office: no string building and
   * no hash probe per row beyond the two above. An office reports at one level, so a second
   * level for the same pair is rare and goes to `#otherLevels`.
   */
  #table = new Int32Array(64 * 16).fill(-1);
  #officeCap = 64;
  #domainCap = 16;
  /**
   * Groups keyed by all three: the rare (office, domain) pairs seen at a second level, and every
   * group once the table would pass `maxCells` (many offices × many domains: sparse mode).
   */
  readonly #byKey = new Map<string, number>();
  readonly #maxCells: number;
  #sparse = false;
  /** The last office looked up: rows often come grouped by office. */
  #lastOffice: string | undefined;
  #lastOfficeNumber = 0;

  /** `maxCells` bounds the flat table (default 2²⁴ cells, 64 MB); past it, groups are hashed by key. */
  constructor(maxCells = 2 ** 24) {
    this.#maxCells = maxCells;
  }

  /** The groups seen so far, by index (do not mutate). */
  get keys(): ReadonlyArray<GroupKey> {
    return this.#keys;
  }

  /** Index of a group, interning it on first sight. */
  groupOf(level: Level, officeId: string, domain: string): number {
    if (this.#sparse) return this.#atKey(level, officeId, domain);
    let office = this.#lastOfficeNumber;
    if (officeId !== this.#lastOffice) {
      office = this.#numberOf(this.#offices, officeId);
      this.#lastOffice = officeId;
      this.#lastOfficeNumber = office;
    }
    const domainNumber = this.#numberOf(this.#domains, domain);
    if (office >= this.#officeCap || domainNumber >= this.#domainCap) {
      if (!this.#grow(office, domainNumber)) return this.#atKey(level, officeId, domain);
    }
    const cell = office * this.#domainCap + domainNumber;
    const packed = this.#table[cell] as number;
    const slot = levelSlot(level);
    if (packed < 0) {
      const added = this.#add(level, officeId, domain);
      this.#table[cell] = added * 4 + slot;
      return added;
    }
    return (packed & 3) === slot ? packed >>> 2 : this.#atKey(level, officeId, domain);
  }

  #numberOf(numbers: Map<string, number>, key: string): number {
    let n = numbers.get(key);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(key, n);
    }
    return n;
  }

  /** Grows the table to hold the cell; `false` (and sparse mode from now on) past `maxCells`. */
  #grow(office: number, domain: number): boolean {
    let officeCap = this.#officeCap;
    let domainCap = this.#domainCap;
    while (office >= officeCap) officeCap *= 2;
    while (domain >= domainCap) domainCap *= 2;
    if (officeCap * domainCap > this.#maxCells) {
      this.#sparse = true;
      this.#keys.forEach((g, index) => this.#byKey.set(keyOf(g.level, g.officeId, g.domain), index));
      this.#table = new Int32Array(0);
      return false;
    }
    const table = new Int32Array(officeCap * domainCap).fill(-1);
    for (let o = 0; o < this.#officeCap; o++)
      table.set(this.#table.subarray(o * this.#domainCap, (o + 1) * this.#domainCap), o * domainCap);
    this.#table = table;
    this.#officeCap = officeCap;
    this.#domainCap = domainCap;
    return true;
  }

  #add(level: Level, officeId: string, domain: string): number {
    this.#keys.push({ level, officeId, domain });
    return this.#keys.length - 1;
  }

  #atKey(level: Level, officeId: string, domain: string): number {
    const key = keyOf(level, officeId, domain);
    let index = this.#byKey.get(key);
    if (index === undefined) {
      index = this.#add(level, officeId, domain);
      this.#byKey.set(key, index);
    }
    return index;
  }
}
