/**
 * Ingest throughput of `@motcua/store` into PostgreSQL (127.0.0.1:5432, a schema of its own,
 * dropped afterwards), then Biểu 06 in SQL against the same figure computed in JS over the same
 * rows. Every event goes through the dossier engine and the hash chain, as in production; several
 * writers run at once on their own dossiers (MOTCUA_STORE_BENCH_WRITERS, default 4).
 *
 *   pnpm bench store                                       # default size (≈ 1 minute)
 *   MOTCUA_STORE_BENCH_DOSSIERS=1000000 pnpm bench store   # the 1 M dossiers ≈ 12 M events
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { DossierEventInput } from "@motcua/core";
import { nationalRulebook } from "@motcua/national";
import { sliceOf } from "@motcua/plugin-sdk";
import { aggregate, type DossierSummaryInput } from "@motcua/reports";
import pg from "pg";
import { openStore, pgDb, type NewDossier } from "../src";

const URL = process.env["MOTCUA_TEST_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";
const N = Number(process.env["MOTCUA_STORE_BENCH_DOSSIERS"] ?? 10_000);
const CHUNK = 500;
/** Concurrent writers (each its own dossiers and pool connection), as a server with many counters. */
const WRITERS = Number(process.env["MOTCUA_STORE_BENCH_WRITERS"] ?? 4);
const schema = `motcua_bench_${randomBytes(4).toString("hex")}`;
const T0 = Date.parse("2026-03-02T08:00:00+07:00");
const officer = { role: "oneStopOfficer" } as const;
const OFFICES = Array.from({ length: 40 }, (_, i) => `O${i}`);

const dossier = (i: number): NewDossier => ({
  dossierId: `B${i}`,
  province: String(i % 4),
  officeId: OFFICES[i % OFFICES.length]!,
  level: "district",
  procedure: {
    code: `P${i % 7}`,
    domain: `Lĩnh vực ${i % 7}`,
    processingTime: { amount: 3 + (i % 5), unit: "workingDays" },
  },
});

/** Twelve events from guidance to the result handed back; receipt spread over 20 weeks. */
const events = (i: number): DossierEventInput[] => {
  const r = T0 + ((i % 100) * 7 * 24 * 3_600_000) / 5 + (i % 8) * 3_600_000;
  const m = (k: number) => r + k * 60_000;
  return [
    { id: "1", type: "guided", at: m(-30), actor: officer },
    { id: "2", type: "guided", at: m(-20), actor: officer },
    {
      id: "3",
      type: "submitted",
      at: m(-10),
      actor: { role: "applicant" },
      channel: i % 3 === 0 ? "online" : "counter",
    },
    { id: "4", type: "received", at: m(0), actor: officer, dossierCode: `C-${i}` },
    { id: "5", type: "digitised", at: m(5), actor: officer, pages: 4 },
    { id: "6", type: "transferred", at: m(10), actor: officer, paper: false },
    { id: "7", type: "assigned", at: m(20), actor: { role: "agencyLeader" }, assignee: "cv" },
    {
      id: "8",
      type: "interAgencySent",
      at: m(30),
      actor: { role: "specialist" },
      agencies: ["THUE"],
      mode: "parallel",
    },
    { id: "9", type: "interAgencyReturned", at: m(90), actor: { role: "specialist" }, agency: "THUE" },
    {
      id: "10",
      type: "resolved",
      at: m(120 + (i % 9) * 600),
      actor: { role: "agencyLeader" },
      decision: "approved",
    },
    { id: "11", type: "resultReady", at: m(130 + (i % 9) * 600), actor: { role: "clerk" } },
    { id: "12", type: "resultReturned", at: m(140 + (i % 9) * 600), actor: officer, via: "counter" },
  ].slice(0, i % 10 === 0 ? 9 : 12) as DossierEventInput[]; // one in ten still pending
};

const admin = new pg.Client({ connectionString: URL });
await admin.connect();
const db = pgDb({ connectionString: URL, schema, max: WRITERS + 1 });
const store = await openStore(db);
try {
  let eventCount = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let next = 0;
  const writer = async (): Promise<void> => {
    for (let start = next; start < N; start = next) {
      next += CHUNK;
      const ids = Array.from({ length: Math.min(CHUNK, N - start) }, (_, k) => start + k);
      const created = await store.createDossiers(ids.map(dossier));
      if (!created.ok) throw created.error;
      const batches = ids.map((i) => ({ dossierId: `B${i}`, expectedVersion: 0, events: events(i) }));
      const r = await store.appendMany(batches);
      if (!r.ok) throw r.error;
      eventCount += batches.reduce((n, b) => n + b.events.length, 0);
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(
    `ingest (${WRITERS} concurrent writers, ${CHUNK} dossiers per transaction): ${N.toLocaleString("en")} dossiers, ${eventCount.toLocaleString("en")} events in ${wall.toFixed(1)} s wall`,
  );
  console.log(
    `        ${Math.round(eventCount / wall).toLocaleString("en")} events/s (wall), ${Math.round(eventCount / cpuS).toLocaleString("en")} events per Node CPU-second; target ≥ 50,000 events/s`,
  );

  const period = { from: "2026-03-01", to: "2026-06-01" } as const;
  const s0 = performance.now();
  const sql = await store.bieu06(period);
  const sqlMs = performance.now() - s0;
  const j0 = performance.now();
  const rows = await db.query<{
    office_id: string;
    level: "district";
    domain: string;
    channel: "online" | "counter";
    received_at: number;
    due_at: number;
    completed_at: number | null;
  }>("SELECT office_id, level, domain, channel, received_at, due_at, completed_at FROM store_dossier");
  const fetchMs = performance.now() - j0;
  const summaries: DossierSummaryInput[] = rows.map((r) => ({
    officeId: r.office_id,
    level: r.level,
    domain: r.domain,
    channel: r.channel,
    receivedAt: r.received_at,
    dueAt: r.due_at,
    ...(r.completed_at === null ? {} : { completedAt: r.completed_at }),
  }));
  const js = aggregate(summaries, period, sliceOf(nationalRulebook(period.from), "reports"));
  const jsMs = performance.now() - j0;
  const same = JSON.stringify(js) === JSON.stringify(sql);
  console.log(
    `Biểu 06 (${sql.rows.length} rows): SQL GROUP BY ${sqlMs.toFixed(0)} ms; JS over the same rows ${jsMs.toFixed(0)} ms (of which fetching ${fetchMs.toFixed(0)} ms)`,
  );
  console.log(`        ratio JS / SQL = ${(jsMs / sqlMs).toFixed(1)}×; same figures: ${same}`);
  if (!same) process.exitCode = 1;
} finally {
  await store.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
}
