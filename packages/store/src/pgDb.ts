/**
 * The production back end: PostgreSQL through a `pg` pool.
 *
 * @module
 */
import pg from "pg";
import type { Db, DbQuery } from "./Db";
import { storeError } from "./internal/errors";

/** `int8` (counts, epoch milliseconds) as numbers, like the PGlite back end. */
const INT8 = 20;
const typeParser = (oid: number, format?: "text" | "binary"): ((value: string) => unknown) =>
  oid === INT8 ? Number : (pg.types.getTypeParser(oid, format ?? "text") as (value: string) => unknown);

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Options of {@link pgDb} when it opens its own pool.
 *
 * @since 0.2.0
 * @category Database
 */
export interface PgDbOptions {
  /** A `postgres://` connection string (or use the `PG*` environment variables of `pg`). */
  readonly connectionString?: string;
  /** Schema the store's tables live in (created if absent): one per province, say. Default: `public`. */
  readonly schema?: string;
  /** Pool size (default 10). */
  readonly max?: number;
}

const wrap = (q: pg.Pool | pg.PoolClient): DbQuery => ({
  async query<R>(sql: string, params: ReadonlyArray<unknown> = []) {
    return (await q.query({ text: sql, values: [...params], types: { getTypeParser: typeParser } }))
      .rows as R[];
  },
});

/**
 * Opens the store's database on PostgreSQL: pass your own `pg.Pool` (its `search_path` decides
 * the schema; it is not closed by `close()`), or options for a pool of its own.
 *
 * @example
 * ```ts
 * import pg from "pg";
 * import { openStore, pgDb } from "@motcua/store";
 * const store = await openStore(pgDb(new pg.Pool({ connectionString: process.env.DATABASE_URL })));
 * const haTinh = await openStore(pgDb({ connectionString: "postgres://postgres@127.0.0.1/motcua", schema: "p42" }));
 * ```
 * @since 0.2.0
 * @category Database
 */
export function pgDb(poolOrOptions: pg.Pool | PgDbOptions = {}): Db {
  const own = !(poolOrOptions instanceof pg.Pool);
  let pool: pg.Pool;
  if (poolOrOptions instanceof pg.Pool) pool = poolOrOptions;
  else {
    const { schema, connectionString, max } = poolOrOptions;
    if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
      throw storeError("STORE_INVALID_OPTIONS", ["schema"], {
        vi: "Tên schema không hợp lệ (chữ thường, số, gạch dưới; tối đa 63 ký tự)",
        en: "Invalid schema name (lower-case letters, digits, underscores; at most 63 characters)",
      });
    }
    pool = new pg.Pool({
      ...(connectionString === undefined ? {} : { connectionString }),
      max: max ?? 10,
      ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
    });
    if (schema !== undefined) {
      // The schema must exist before the first query resolves names in it (the name was checked
      // against SCHEMA_NAME above: an identifier cannot be a bound parameter).
      const ready = pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).then(() => undefined);
      ready.catch(() => undefined); // reported to the first caller that awaits it
      return makeDb(pool, own, () => ready);
    }
  }
  return makeDb(pool, own, async () => undefined);
}

function makeDb(pool: pg.Pool, own: boolean, ready: () => Promise<void>): Db {
  const base = wrap(pool);
  return {
    kind: "postgres",
    async query(sql, params) {
      await ready();
      return base.query(sql, params);
    },
    async transaction(fn) {
      await ready();
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const out = await fn(wrap(client));
        await client.query("COMMIT");
        return out;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async exec(sql) {
      await ready();
      await pool.query(sql);
    },
    async close() {
      if (own) await pool.end();
    },
  };
}
