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
import { STORE_VERSION } from "./internal/version";

const USAGE = `motcua-store — audits a motcua store's hash chains

Usage: motcua-store verify (--all | <dossierId>) | heads
         [--url postgres://… (or DATABASE_URL)] [--schema name] | [--data-dir path]
       motcua-store --help | -h | --version | -v

Exit codes: 0 verified (or heads printed), 1 a chain is broken, 2 bad usage or an unreadable store.
`;

async function main(argv: ReadonlyArray<string>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        all: { type: "boolean" },
        url: { type: "string" },
        schema: { type: "string" },
        "data-dir": { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    process.stderr.write(`motcua-store: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, id] = positionals;
  if (values.version === true) {
    process.stdout.write(`${STORE_VERSION}\n`);
    return 0;
  }
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command !== "heads" && (command !== "verify" || (values.all !== true && id === undefined))) {
    process.stderr.write(
      command === undefined ? USAGE : `motcua-store: unknown or incomplete command "${command}"\n\n${USAGE}`,
    );
    return 2;
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
