/**
 * A writer child process for the fault tests. Modes:
 * - `batches`: appends batches of 3 `guided` events to groups of dossiers (one transaction per
 *   group), printing `ack <dossier,…> <version>` after each commit, until every dossier is at
 *   `target`; the parent kills it with SIGKILL at random moments and starts it again.
 * - `race`: for each round and dossier, reads the version and appends one event at it, printing
 *   `won <dossier> <version>` or `conflict <dossier>`; eight of them run at once.
 */
import { openStore, pgDb, pgliteDb } from "../../src";

interface Args {
  readonly mode: "batches" | "race";
  readonly url?: string;
  readonly schema?: string;
  readonly dataDir?: string;
  readonly dossiers: ReadonlyArray<string>;
  readonly group: number;
  readonly target: number;
  readonly rounds: number;
  readonly tag: string;
}

const args = JSON.parse(process.argv[2] ?? "{}") as Args;
const db =
  args.dataDir !== undefined
    ? await pgliteDb(args.dataDir)
    : pgDb({ connectionString: args.url as string, schema: args.schema as string, max: 2 });
const store = await openStore(db, { permissions: false });
const BASE = Date.parse("2026-03-02T08:00:00+07:00");
const guided = (dossierId: string, version: number, tag: string) => ({
  id: `${dossierId}-${version}-${tag}`,
  type: "guided" as const,
  at: BASE + version * 60_000,
  actor: { role: "oneStopOfficer" as const },
});
const out = (line: string) => process.stdout.write(`${line}\n`);

const versions = async (): Promise<Map<string, number>> =>
  new Map(
    (
      await db.query<{ dossier_id: string; version: number }>(
        "SELECT dossier_id, version FROM store_dossier WHERE dossier_id = ANY($1::text[])",
        [args.dossiers],
      )
    ).map((r) => [r.dossier_id, r.version]),
  );

if (args.mode === "batches") {
  for (;;) {
    const v = await versions();
    const groups: string[][] = [];
    for (let i = 0; i < args.dossiers.length; i += args.group)
      groups.push(args.dossiers.slice(i, i + args.group));
    const todo = groups.filter((g) => (v.get(g[0]!) ?? 0) < args.target);
    if (todo.length === 0) break;
    for (const g of todo) {
      const at = v.get(g[0]!) ?? 0;
      const r = await store.appendMany(
        g.map((d) => ({
          dossierId: d,
          expectedVersion: at,
          events: [1, 2, 3].map((k) => guided(d, at + k, "w")),
        })),
      );
      if (!r.ok) {
        out(`error ${r.error.code}`);
        process.exit(3);
      }
      out(`ack ${g.join(",")} ${at + 3}`);
    }
  }
  out("done");
} else {
  for (let round = 0; round < args.rounds; round++) {
    for (const d of args.dossiers) {
      const at = (await versions()).get(d) ?? 0;
      const r = await store.append(d, at, [guided(d, at + 1, args.tag)]);
      if (r.ok) out(`won ${d} ${r.value.version}`);
      else out(r.error.code === "STORE_VERSION_CONFLICT" ? `conflict ${d}` : `error ${r.error.code}`);
    }
  }
  out("done");
}
await store.close();
