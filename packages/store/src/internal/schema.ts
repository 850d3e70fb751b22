/**
 * The migrations: plain PostgreSQL, the same on PGlite and on a server. Each step runs once, in
 * order, recorded in `store_migration`; a database migrated by a newer store is refused.
 */
import type { Db } from "../Db";
import { storeError } from "./errors";

const STEPS: ReadonlyArray<string> = [
  `
  CREATE TABLE store_dossier (
    dossier_id   text PRIMARY KEY,
    province     text NOT NULL,
    office_id    text NOT NULL,
    level        text NOT NULL,
    domain       text NOT NULL,
    procedure    jsonb NOT NULL,
    created_at   bigint NOT NULL,
    genesis      text NOT NULL,
    version      integer NOT NULL DEFAULT 0 CHECK (version >= 0),
    head         text NOT NULL,
    state        text NOT NULL DEFAULT 'new',
    channel      text,
    received_at  bigint,
    due_at       bigint,
    completed_at bigint,
    closure      text
  );
  CREATE INDEX store_dossier_office ON store_dossier (office_id, received_at);
  CREATE INDEX store_dossier_province ON store_dossier (province, received_at);

  CREATE TABLE store_applicant (
    ref       text PRIMARY KEY,
    identity  jsonb,
    erased_at bigint
  );

  CREATE TABLE store_event (
    dossier_id    text NOT NULL REFERENCES store_dossier (dossier_id),
    version       integer NOT NULL CHECK (version >= 1),
    event_id      text NOT NULL,
    event         jsonb NOT NULL,
    applicant_ref text REFERENCES store_applicant (ref),
    recorded_at   bigint NOT NULL,
    prev_hash     text NOT NULL,
    hash          text NOT NULL,
    PRIMARY KEY (dossier_id, version),
    UNIQUE (dossier_id, event_id)
  );

  -- Append-only: rows are never updated or deleted through the store's role. A superuser can
  -- still disable this; the hash chain is what makes such a change visible.
  CREATE FUNCTION store_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'store_event is append-only' USING ERRCODE = '55000';
  END $$;
  CREATE TRIGGER store_event_append_only BEFORE UPDATE OR DELETE ON store_event
    FOR EACH ROW EXECUTE FUNCTION store_event_append_only();
  `,
];

/** The schema version this store writes. */
export const SCHEMA_VERSION = STEPS.length;

/** Brings the database to {@link SCHEMA_VERSION}; concurrent openers wait on one lock. */
export async function migrate(db: Db, now: () => number): Promise<void> {
  await db.exec(
    "CREATE TABLE IF NOT EXISTS store_migration (version integer PRIMARY KEY, applied_at bigint NOT NULL)",
  );
  await db.transaction(async (tx) => {
    // One migrator at a time (several processes may open the same database at once).
    await tx.query("LOCK TABLE store_migration IN EXCLUSIVE MODE");
    const rows = await tx.query<{ v: number | null }>("SELECT max(version) AS v FROM store_migration");
    const current = rows[0]?.v ?? 0;
    if (current > SCHEMA_VERSION) {
      throw storeError(
        "STORE_SCHEMA_NEWER",
        [],
        {
          vi: `Cơ sở dữ liệu đã được nâng cấp bởi phiên bản mới hơn (lược đồ ${current} > ${SCHEMA_VERSION})`,
          en: `The database was migrated by a newer store (schema ${current} > ${SCHEMA_VERSION})`,
        },
        { current, supported: SCHEMA_VERSION },
      );
    }
    for (let v = current + 1; v <= SCHEMA_VERSION; v++) {
      for (const statement of splitStatements(STEPS[v - 1] as string)) await tx.query(statement);
      await tx.query("INSERT INTO store_migration (version, applied_at) VALUES ($1, $2)", [v, now()]);
    }
  });
}

/** Splits a migration into statements on `;` at line ends, keeping `$$ … $$` bodies whole. */
function splitStatements(script: string): string[] {
  const out: string[] = [];
  let current = "";
  let inBody = false;
  for (const line of script.split("\n")) {
    if (line.trim().startsWith("--")) continue;
    current += `${line}\n`;
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inBody = !inBody;
    if (!inBody && line.trimEnd().endsWith(";")) {
      out.push(current.trim());
      current = "";
    }
  }
  if (current.trim() !== "") out.push(current.trim());
  return out;
}
