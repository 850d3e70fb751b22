/**
 * A validated, columnar batch of dossier summaries: build it once, aggregate it over as many
 * periods as needed at tens of millions of dossiers per second.
 *
 * @module
 */
import { MotcuaError, type Level } from "@motcua/core";
import { REPORTS_ERRORS } from "./errors";
import { parseDossierSummary, type DossierSummary, type DossierSummaryInput } from "./DossierSummary";
import { appendFast } from "./internal/fastDecode";
import {
  attachColumns,
  CHANNEL_COL,
  CLOSURE_CODE,
  columnsOf,
  ColumnWriter,
  isIterable,
} from "./internal/columns";

/**
 * The row groups of a batch: one per (level, office, domain) seen.
 *
 * @since 0.1.0
 * @category Dossiers
 */
export interface DossierGroup {
  /** Level of the office. */
  readonly level: Level;
  /** Office id. */
  readonly officeId: string;
  /** Domain (lĩnh vực). */
  readonly domain: string;
}

/**
 * An immutable columnar batch of validated dossiers (typed arrays inside, not exposed), made by
 * {@link toDossierColumns} or a {@link DossierColumnsBuilder}. Pass it to `aggregate` as often
 * as needed: validation happened once.
 *
 * @example
 * ```ts
 * import { toDossierColumns, aggregate } from "@motcua/reports";
 * const columns = toDossierColumns([]);
 * aggregate(columns, { from: "2026-01-01", to: "2026-04-01" }).rows.length; // 0
 * ```
 * @since 0.1.0
 * @category Dossiers
 */
export interface DossierColumns {
  /** Number of dossiers. */
  readonly length: number;
  /** Row groups in order of first appearance. */
  readonly groups: ReadonlyArray<DossierGroup>;
}

const makeColumns = (writer: ColumnWriter): DossierColumns => {
  const data = writer.finish();
  const handle: DossierColumns = Object.freeze({ length: data.length, groups: data.groups });
  attachColumns(handle, data);
  return handle;
};

/**
 * Accumulates dossiers one by one (each validated at once), then builds {@link DossierColumns}.
 *
 * @example
 * ```ts
 * import { DossierColumnsBuilder } from "@motcua/reports";
 * const builder = new DossierColumnsBuilder();
 * builder.add({ officeId: "DT-HCC", level: "province", domain: "Tài chính", channel: "online",
 *   receivedAt: "2022-03-01T09:00:00+07:00", dueAt: "2022-03-08T17:00:00+07:00" });
 * builder.build().length; // 1
 * ```
 * @since 0.1.0
 * @category Dossiers
 */
export class DossierColumnsBuilder {
  readonly #writer: ColumnWriter;

  /**
   * Starts an empty batch; `capacity` is a size hint, trusted up to 2^20 dossiers (about 30 MB of
   * columns): beyond that the columns grow by doubling as dossiers are added, so a hint of 10^9
   * does not reserve gigabytes up front.
   */
  constructor(capacity?: number) {
    this.#writer = new ColumnWriter(
      typeof capacity === "number" && Number.isFinite(capacity) ? Math.min(capacity, 2 ** 20) : 1024,
    );
  }

  /** Number of dossiers added so far. */
  get length(): number {
    return this.#writer.length;
  }

  /**
   * Validates and appends one dossier summary; throws `REPORTS_INVALID_DOSSIER` with the path
   * `["dossiers", index, field]` and leaves the batch unchanged on bad input.
   */
  add(input: unknown): this {
    if (appendFast(this.#writer, input)) return this;
    const d = parseDossierSummary(input, ["dossiers", this.#writer.length]);
    this.#append(d);
    return this;
  }

  #append(d: DossierSummary): void {
    const w = this.#writer;
    w.push(
      w.groupOf(d.level, d.officeId, d.domain),
      CHANNEL_COL[d.channel],
      d.closure === undefined ? CLOSURE_CODE.none : CLOSURE_CODE[d.closure],
      d.receivedAt,
      d.dueAt,
      d.completedAt ?? Number.POSITIVE_INFINITY,
    );
  }

  /** Builds the immutable batch (the builder may keep adding afterwards). */
  build(): DossierColumns {
    return makeColumns(this.#writer);
  }
}

/**
 * Validates dossier summaries and stores them as columns; throws `REPORTS_INVALID_DOSSIER` naming
 * the first bad dossier and field. The input is never mutated.
 *
 * @example
 * ```ts
 * import { toDossierColumns } from "@motcua/reports";
 * const columns = toDossierColumns([{ officeId: "H-TB", level: "district", domain: "Tư pháp",
 *   channel: "counter", receivedAt: "2022-03-01T09:00:00+07:00", dueAt: "2022-03-01T17:00:00+07:00",
 *   completedAt: "2022-03-01T15:00:00+07:00" }]);
 * columns.groups; // [{ level: "district", officeId: "H-TB", domain: "Tư pháp" }]
 * ```
 * @since 0.1.0
 * @category Dossiers
 */
export function toDossierColumns(dossiers: Iterable<DossierSummaryInput> | DossierColumns): DossierColumns;
export function toDossierColumns(dossiers: Iterable<unknown> | DossierColumns): DossierColumns {
  if (columnsOf(dossiers) !== undefined) return dossiers as DossierColumns;
  if (!isIterable(dossiers)) {
    throw new MotcuaError({
      code: REPORTS_ERRORS.invalidDossier,
      path: ["dossiers"],
      vi: "Danh sách hồ sơ phải là một mảng (hoặc iterable) các hồ sơ",
      en: "dossiers must be an array (or iterable) of dossier summaries",
    });
  }
  const builder = new DossierColumnsBuilder(Array.isArray(dossiers) ? dossiers.length : undefined);
  for (const d of dossiers) builder.add(d);
  return builder.build();
}
