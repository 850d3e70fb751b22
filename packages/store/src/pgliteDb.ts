/**
 * The embedded back end: PGlite (PostgreSQL compiled to WebAssembly), in memory or in a data
 * directory, with zero setup.
 *
 * @module
 */
import { mkdirSync } from "node:fs";
import { PGlite, types } from "@electric-sql/pglite";
import type { Db, DbQuery } from "./Db";

const parsers = { [types.INT8]: (x: string) => Number(x) };

const wrap = (q: { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }): DbQuery => ({
  async query<R>(sql: string, params: ReadonlyArray<unknown> = []) {
    return (await q.query(sql, [...params])).rows as R[];
  },
});

/**
 * Opens an embedded PGlite database: in memory when `dataDir` is omitted, else persisted in that
 * directory (created if needed; one process at a time).
 *
 * @example
 * ```ts
 * import { openStore, pgliteDb } from "@motcua/store";
 * const store = await openStore(await pgliteDb());           // in memory
 * const saved = await openStore(await pgliteDb("./data/motcua")); // on disk
 * ```
 * @since 0.2.0
 * @category Database
 */
export async function pgliteDb(dataDir?: string): Promise<Db> {
  // PGlite creates the directory itself but not its parents; `idb://`, `memory://` are not paths.
  if (dataDir !== undefined && !/^[a-z]+:\/\//.test(dataDir)) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({ ...(dataDir === undefined ? {} : { dataDir }), parsers });
  return {
    kind: "pglite",
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async exec(sql) {
      await pg.exec(sql);
    },
    close: () => pg.close(),
  };
}
