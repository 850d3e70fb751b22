/**
 * `motcua-store`: audits a store from the command line.
 *
 * - `motcua-store verify --all` verifies every dossier's hash chain and prints the first altered,
 *   removed or reordered event of each broken one (exit code 1 when any is broken);
 * - `motcua-store verify <dossierId>` verifies one;
 * - `motcua-store heads` prints every chain head as JSON lines, for anchoring elsewhere.
 *
 * The database: `--url postgres://…` (or `DATABASE_URL`) with `--schema name`, or
 * `--data-dir path` for an embedded PGlite directory.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { openStore } from "./openStore";
import { pgDb } from "./pgDb";
import { pgliteDb } from "./pgliteDb";

const USAGE = `usage: motcua-store verify (--all | <dossierId>) | heads
  [--url postgres://… (or DATABASE_URL)] [--schema name] | [--data-dir path]`;

async function main(argv: ReadonlyArray<string>): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      all: { type: "boolean" },
      url: { type: "string" },
      schema: { type: "string" },
      "data-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, id] = positionals;
  if (values.help === true || command === undefined) {
    console.log(USAGE);
    return command === undefined && values.help !== true ? 2 : 0;
  }
  const url = values.url ?? process.env["DATABASE_URL"];
  const dataDir = values["data-dir"];
  const db =
    dataDir !== undefined
      ? await pgliteDb(dataDir)
      : pgDb({
          ...(url === undefined ? {} : { connectionString: url }),
          ...(values.schema === undefined ? {} : { schema: values.schema }),
          max: 2,
        });
  const store = await openStore(db);
  try {
    if (command === "heads") {
      for (const h of await store.heads()) console.log(JSON.stringify(h));
      return 0;
    }
    if (command !== "verify" || (values.all !== true && id === undefined)) {
      console.error(USAGE);
      return 2;
    }
    if (values.all !== true) {
      const v = await store.verify(id as string);
      console.log(
        v.ok
          ? `ok ${v.dossierId} version ${v.version} head ${v.head}`
          : `BROKEN ${v.dossierId}: ${v.problem.kind} at version ${v.problem.version} — ${v.problem.en} (${v.problem.vi})`,
      );
      return v.ok ? 0 : 1;
    }
    const { checked, failures } = await store.verifyAll();
    for (const f of failures) {
      if (!f.ok) {
        console.log(
          `BROKEN ${f.dossierId}: ${f.problem.kind} at version ${f.problem.version}${f.problem.eventId === undefined ? "" : ` (event ${f.problem.eventId})`} — ${f.problem.en} (${f.problem.vi})`,
        );
      }
    }
    console.log(`verify: ${checked} dossiers checked, ${failures.length} broken`);
    return failures.length === 0 ? 0 : 1;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 2;
  },
);
