/**
 * Faults, bounded: writer processes killed with SIGKILL in the middle of their batches, many
 * times; eight writer processes racing on the same dossiers. Each run uses a PostgreSQL schema of
 * its own, dropped afterwards; PGlite with a data directory of its own, removed afterwards.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, pgDb, pgliteDb, type Db } from "../src";
import { bundle } from "./support/bundle";
import { dropSchema, freshSchema, PG_URL, pgUnavailable } from "./support/backends";
import { dossier } from "./support/dossiers";

let writer = "";
let cli = "";
beforeAll(async () => {
  const [w, c] = await bundle(["test/support/writer.ts", "src/cli.ts"]);
  writer = w as string;
  cli = c as string;
});

/** A seeded generator (mulberry32): the kill points are random but reproducible. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

interface Run {
  readonly lines: string[];
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** Starts a child; `killAfterAcks` kills it with SIGKILL once it has printed that many acks. */
function start(args: object, killAfterAcks?: number): { child: ChildProcess; done: Promise<Run> } {
  const child = spawn(process.execPath, [writer, JSON.stringify(args)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: string[] = [];
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    for (const line of parts) {
      lines.push(line);
      if (killAfterAcks !== undefined && lines.filter((l) => l.startsWith("ack")).length >= killAfterAcks) {
        child.kill("SIGKILL");
      }
    }
  });
  const done = new Promise<Run>((resolve) =>
    child.on("close", (code, signal) => resolve({ lines, code, signal })),
  );
  return { child, done };
}

const runCli = (args: ReadonlyArray<string>): Promise<{ code: number | null; out: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString("utf8")));
    child.on("close", (code) => resolve({ code, out }));
  });

interface Target {
  readonly name: string;
  readonly skip: boolean;
  readonly kills: number;
  setup(): Promise<{
    args: object;
    cliArgs: string[];
    open: () => Promise<Db>;
    cleanup: () => Promise<void>;
  }>;
}

const targets: Target[] = [
  {
    name:
      pgUnavailable === undefined
        ? "PostgreSQL (127.0.0.1:5432)"
        : `PostgreSQL — SKIPPED: not reachable at ${PG_URL} (${pgUnavailable})`,
    skip: pgUnavailable !== undefined,
    kills: 20,
    async setup() {
      const schema = freshSchema("kill");
      return {
        args: { url: PG_URL, schema },
        cliArgs: ["--url", PG_URL, "--schema", schema],
        open: async () => pgDb({ connectionString: PG_URL, schema, max: 2 }),
        cleanup: () => dropSchema(schema),
      };
    },
  },
  {
    name: "PGlite (data directory)",
    skip: false,
    kills: 3,
    async setup() {
      const dir = mkdtempSync(join(tmpdir(), "motcua-store-kill-"));
      const dataDir = join(dir, "db");
      return {
        args: { dataDir },
        cliArgs: ["--data-dir", dataDir],
        open: () => pgliteDb(dataDir),
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
];

for (const target of targets) {
  describe.skipIf(target.skip)(`kill -9 of a writer on ${target.name}`, () => {
    let env: Awaited<ReturnType<Target["setup"]>>;
    afterAll(async () => env?.cleanup());

    it(`${target.kills} SIGKILLs mid-batch: no partial batch, every ack stored, verify --all passes`, async () => {
      env = await target.setup();
      const ids = Array.from({ length: 24 }, (_, i) => `K${String(i).padStart(2, "0")}`);
      {
        const db = await env.open();
        const store = await openStore(db);
        expect((await store.createDossiers(ids.map((id) => dossier(id)))).ok).toBe(true);
        await store.close();
      }
      const args = { ...env.args, mode: "batches", dossiers: ids, group: 4, target: 30, rounds: 0, tag: "w" };
      const next = random(16);
      const acked = new Map<string, number>();
      let killed = 0;
      for (let k = 0; k < target.kills; k++) {
        const run = await start(args, 1 + Math.floor(next() * 3)).done;
        if (run.signal === "SIGKILL") killed++;
        for (const line of run.lines) {
          const m = /^ack (\S+) (\d+)$/.exec(line);
          if (m) for (const d of m[1]!.split(",")) acked.set(d, Math.max(acked.get(d) ?? 0, Number(m[2])));
        }
        expect(run.lines.filter((l) => l.startsWith("error"))).toEqual([]);
      }
      expect(killed).toBeGreaterThan(target.kills / 2);
      const db = await env.open();
      try {
        const rows = await db.query<{ dossier_id: string; version: number; n: number }>(
          `SELECT d.dossier_id, d.version, (SELECT count(*)::int FROM store_event e WHERE e.dossier_id = d.dossier_id) AS n
           FROM store_dossier d ORDER BY d.dossier_id`,
        );
        for (const r of rows) {
          expect(r.n, r.dossier_id).toBe(r.version); // nothing beyond the head, nothing missing
          expect(r.version % 3, r.dossier_id).toBe(0); // whole batches only
          expect(r.version, r.dossier_id).toBeGreaterThanOrEqual(acked.get(r.dossier_id) ?? 0); // every ack is there
        }
        // A transaction covered a group of 4 dossiers: they moved together or not at all.
        for (let g = 0; g < ids.length; g += 4) {
          expect(new Set(rows.slice(g, g + 4).map((r) => r.version)).size).toBe(1);
        }
        expect([...acked.values()].some((v) => v > 0)).toBe(true);
      } finally {
        await db.close();
      }
      const verify = await runCli(["verify", "--all", ...env.cliArgs]);
      expect(verify.out).toContain(`verify: ${ids.length} dossiers checked, 0 broken`);
      expect(verify.code).toBe(0);
    }, 240_000);
  });
}

describe.skipIf(pgUnavailable !== undefined)(
  pgUnavailable === undefined
    ? "eight concurrent writers on PostgreSQL"
    : `eight concurrent writers on PostgreSQL — SKIPPED: not reachable at ${PG_URL} (${pgUnavailable})`,
  () => {
    const schema = freshSchema("race");
    afterAll(() => dropSchema(schema));

    it("each version is won exactly once, the others get STORE_VERSION_CONFLICT, nothing duplicated or lost", async () => {
      const ids = ["C1", "C2", "C3"];
      {
        const store = await openStore(pgDb({ connectionString: PG_URL, schema, max: 2 }));
        expect((await store.createDossiers(ids.map((id) => dossier(id)))).ok).toBe(true);
        await store.close();
      }
      const rounds = 4;
      const runs = await Promise.all(
        Array.from(
          { length: 8 },
          (_, w) =>
            start({
              url: PG_URL,
              schema,
              mode: "race",
              dossiers: ids,
              group: 1,
              target: 0,
              rounds,
              tag: `p${w}`,
            }).done,
        ),
      );
      const lines = runs.flatMap((r, w) => r.lines.map((l) => ({ w, l })));
      expect(lines.filter((x) => x.l.startsWith("error"))).toEqual([]);
      expect(runs.every((r) => r.code === 0)).toBe(true);
      const store = await openStore(pgDb({ connectionString: PG_URL, schema, max: 2 }));
      try {
        for (const d of ids) {
          const won = lines
            .filter((x) => x.l.startsWith(`won ${d} `))
            .map((x) => ({ w: x.w, v: Number(x.l.split(" ")[2]) }));
          const conflicts = lines.filter((x) => x.l === `conflict ${d}`).length;
          expect(won.length + conflicts).toBe(8 * rounds);
          const events = await store.events(d);
          if (!events.ok) throw events.error;
          // Versions 1..n, each won by exactly one writer, whose event is the one stored there.
          expect(won.map((x) => x.v).sort((a, b) => a - b)).toEqual(events.value.map((e) => e.version));
          for (const x of won) expect(events.value[x.v - 1]?.event.id).toBe(`${d}-${x.v}-p${x.w}`);
          expect(new Set(events.value.map((e) => e.event.id)).size).toBe(events.value.length);
          expect(conflicts).toBeGreaterThan(0);
          expect((await store.verify(d)).ok).toBe(true);
        }
      } finally {
        await store.close();
      }
    });
  },
);
