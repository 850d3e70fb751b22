/**
 * The one database door of the store: a tiny interface both back ends implement (PGlite embedded,
 * PostgreSQL through `pg`), so the migrations and queries are the same SQL everywhere.
 *
 * @module
 */

/**
 * Something that runs one parameterised SQL statement: the database itself, or a transaction.
 * Parameters are always passed apart from the text (`$1`, `$2`, …); the store never builds SQL
 * from values.
 *
 * @example
 * ```ts
 * import type { DbQuery } from "@motcua/store";
 * const count = async (q: DbQuery) => (await q.query<{ n: number }>("SELECT count(*)::int AS n FROM store_dossier", []))[0]?.n;
 * ```
 * @since 0.2.0
 * @category Database
 */
export interface DbQuery {
  /** Runs one statement with its parameters and returns the rows (`int8` columns as numbers). */
  query<R = Record<string, unknown>>(sql: string, params?: ReadonlyArray<unknown>): Promise<R[]>;
}

/**
 * The database the store runs on: {@link pgliteDb} (embedded, the default) or {@link pgDb}
 * (PostgreSQL through a `pg` pool). Implement it to run the store on another PostgreSQL driver.
 *
 * @example
 * ```ts
 * import { pgliteDb, type Db } from "@motcua/store";
 * const db: Db = await pgliteDb(); // in memory
 * await db.transaction(async (tx) => tx.query("SELECT 1"));
 * await db.close();
 * ```
 * @since 0.2.0
 * @category Database
 */
export interface Db extends DbQuery {
  /** `"pglite"` or `"postgres"`, for messages and tests only: the SQL is the same. */
  readonly kind: "pglite" | "postgres";
  /**
   * Runs `fn` in one transaction (`BEGIN` … `COMMIT`), rolled back when `fn` throws: all or nothing.
   */
  transaction<T>(fn: (tx: DbQuery) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations only). */
  exec(sql: string): Promise<void>;
  /** Releases the connection(s) this object opened (a pool passed in by the caller is left open). */
  close(): Promise<void>;
}
