/**
 * The two back ends every store test runs against: PGlite in memory, and the real PostgreSQL of
 * the machine (127.0.0.1:5432, trust auth) in a schema of its own, dropped afterwards. When
 * PostgreSQL cannot be reached the PostgreSQL suites are skipped, with the reason in their name.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { pgDb, pgliteDb, type Db } from "../../src";

/** Where the tests find PostgreSQL (override with MOTCUA_TEST_PG). */
export const PG_URL = process.env["MOTCUA_TEST_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";

async function probe(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Why PostgreSQL is unavailable, or undefined when it is there. */
export const pgUnavailable = await probe();

/** A fresh schema name for one test run. */
export const freshSchema = (prefix = "t"): string => `motcua_${prefix}_${randomBytes(6).toString("hex")}`;

/** Runs SQL on the test database directly (outside the store: tampering, cleanup). */
export async function rawPg<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops a test schema. */
export const dropSchema = (schema: string): Promise<void> =>
  rawPg(async (c) => {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

/** One back end: how to open a fresh database and how to clean up after it. */
export interface Backend {
  readonly name: string;
  readonly skip: boolean;
  open(): Promise<{ db: Db; schema?: string; cleanup: () => Promise<void> }>;
}

export const backends: ReadonlyArray<Backend> = [
  {
    name: "PGlite (in memory)",
    skip: false,
    async open() {
      const db = await pgliteDb();
      return { db, cleanup: async () => undefined };
    },
  },
  {
    name:
      pgUnavailable === undefined
        ? "PostgreSQL (127.0.0.1:5432)"
        : `PostgreSQL — SKIPPED: not reachable at ${PG_URL} (${pgUnavailable})`,
    skip: pgUnavailable !== undefined,
    async open() {
      const schema = freshSchema();
      const db = pgDb({ connectionString: PG_URL, schema, max: 4 });
      return { db, schema, cleanup: () => dropSchema(schema) };
    },
  },
];
