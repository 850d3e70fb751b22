/**
 * The store's contract, run against both back ends (PGlite in memory, PostgreSQL in a fresh schema).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Db, type DossierStore } from "../src";
import { backends } from "./support/backends";
import { dossier, lifecycle } from "./support/dossiers";

const count = async (db: Db, table: string): Promise<number> =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

for (const backend of backends) {
  describe.skipIf(backend.skip)(`store on ${backend.name}`, () => {
    let store: DossierStore;
    let cleanup: () => Promise<void>;
    const logs: unknown[] = [];
    let clock = Date.parse("2026-02-12T09:00:00+07:00");

    beforeAll(async () => {
      const opened = await backend.open();
      cleanup = opened.cleanup;
      store = await openStore(opened.db, { now: () => clock++, log: (e) => logs.push(e) });
    });
    afterAll(async () => {
      await store?.close();
      await cleanup?.();
    });

    it("registers a dossier once; the same facts again are a no-op, other facts are refused", async () => {
      const a = await store.createDossier(dossier("A"));
      expect(a.ok && a.value.version).toBe(0);
      expect((await store.createDossier(dossier("A"))).ok).toBe(true);
      const other = await store.createDossier(dossier("A", "OTHER-OFFICE"));
      expect(!other.ok && other.error.code).toBe("STORE_DOSSIER_EXISTS");
      const bad = await store.createDossier({ ...dossier("B"), level: "village" as never });
      expect(!bad.ok && bad.error.code).toBe("STORE_INVALID_DOSSIER");
    });

    it("appends, answers a replayed batch as a duplicate, and refuses a stale version with STORE_VERSION_CONFLICT", async () => {
      const ev = lifecycle();
      const first = await store.append("A", 0, ev.slice(0, 3));
      expect(first.ok && first.value).toMatchObject({ status: "appended", version: 3 });
      const again = await store.append("A", 0, ev.slice(0, 3));
      expect(again.ok && again.value).toMatchObject({ status: "duplicate", version: 3 });
      const stale = await store.append("A", 2, ev.slice(3));
      expect(!stale.ok && stale.error.code).toBe("STORE_VERSION_CONFLICT");
      expect(!stale.ok && stale.error.data).toMatchObject({ expectedVersion: 2, actualVersion: 3 });
      const rest = await store.append("A", 3, ev.slice(3));
      expect(rest.ok && rest.value.version).toBe(6);
      expect(await count(store.db, "store_event WHERE dossier_id = 'A'")).toBe(6);
    });

    it("refuses a reused event id with other content, and a batch mixing stored and new events", async () => {
      await store.createDossier(dossier("R"));
      const ev = lifecycle("r");
      expect((await store.append("R", 0, ev.slice(0, 2))).ok).toBe(true);
      const changed = await store.append("R", 2, [{ ...ev[0]!, at: "2026-02-12T08:51:00+07:00" }]);
      expect(!changed.ok && changed.error.code).toBe("STORE_EVENT_ID_REUSED");
      const mixed = await store.append("R", 2, ev.slice(1, 3));
      expect(!mixed.ok && mixed.error.code).toBe("STORE_BATCH_PARTLY_STORED");
    });

    it("refuses an event the lifecycle forbids, storing nothing of the batch", async () => {
      await store.createDossier(dossier("F"));
      const ev = lifecycle("f");
      const before = await count(store.db, "store_event");
      // resultReady straight after receipt: the engine refuses the third event; the first two go too.
      const r = await store.append("F", 0, [ev[0]!, ev[1]!, ev[5]!]);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toMatch(/^DOSSIER_/);
      expect(!r.ok && r.error.path).toEqual(["events", 2]);
      expect(await count(store.db, "store_event")).toBe(before);
      const d = await store.read("F");
      expect(d.ok && d.value.dossier.version).toBe(0);
    });

    it("refuses out-of-order instants, unknown dossiers, malformed and huge batches with coded errors", async () => {
      await store.createDossier(dossier("X"));
      const ev = lifecycle("x");
      const before = await count(store.db, "store_event");
      const cases: Array<[string, Promise<{ ok: boolean; error?: { code: string } }>]> = [
        [
          "DOSSIER_EVENT_OUT_OF_ORDER",
          store.append("X", 0, [ev[0]!, { ...ev[1]!, at: "2026-02-12T08:00:00+07:00" }]),
        ],
        ["STORE_UNKNOWN_DOSSIER", store.append("nobody", 0, ev.slice(0, 1))],
        ["DOSSIER_INVALID_EVENT", store.append("X", 0, [{ id: "z", type: "teleported" } as never])],
        ["STORE_INVALID_INPUT", store.append("X", -1, ev.slice(0, 1))],
        ["STORE_INVALID_INPUT", store.append("", 0, ev.slice(0, 1))],
        ["STORE_INVALID_INPUT", store.append("X", 0, [])],
        ["STORE_PAYLOAD_TOO_LARGE", store.append("X", 0, [{ ...ev[0]!, id: "y".repeat(300_000) }])],
        ["STORE_INVALID_TEXT", store.append("X", 0, [{ ...ev[0]!, id: "nul\u0000" }])],
        ["STORE_INVALID_TEXT", store.append("X", 0, [{ ...ev[0]!, id: "half\ud800" }])],
      ];
      for (const [code, p] of cases) {
        const r = await p;
        expect(r.ok, code).toBe(false);
        expect(r.error?.code).toBe(code);
      }
      expect(await count(store.db, "store_event")).toBe(before);
    });

    it("stores SQL-ish strings as plain data (every statement is parameterised)", async () => {
      const id = "D'); DROP TABLE store_event; --";
      expect((await store.createDossier(dossier(id))).ok).toBe(true);
      const ev = lifecycle("q");
      const r = await store.append(id, 0, [{ ...ev[0]!, id: "1' OR '1'='1" }]);
      expect(r.ok).toBe(true);
      const read = await store.events(id);
      expect(read.ok && read.value[0]?.event.id).toBe("1' OR '1'='1");
      expect(await count(store.db, "store_event")).toBeGreaterThan(0);
    });

    it("reads events, state and the deadline clock as of an instant, and lists pending and overdue dossiers", async () => {
      const mid = await store.read("A", "2026-02-12T10:00:00+07:00");
      expect(mid.ok && mid.value.events.length).toBe(4);
      expect(mid.ok && mid.value.snapshot.state).toBe("processing");
      expect(mid.ok && mid.value.clock?.pending).toBe("withinDeadline");
      const done = await store.read("A", "2026-03-01T00:00:00+07:00");
      expect(done.ok && done.value.clock?.outcome).toBe("early");
      await store.createDossier(dossier("P"));
      expect((await store.append("P", 0, lifecycle("p").slice(0, 4))).ok).toBe(true);
      const pending = await store.pendingAt("HT-HCC", "2026-02-20T10:00:00+07:00");
      expect(pending.ok && pending.value.map((p) => [p.dossierId, p.pending])).toContainEqual([
        "P",
        "withinDeadline",
      ]);
      expect(pending.ok && pending.value.some((p) => p.dossierId === "A")).toBe(false);
      const overdue = await store.pendingAt("HT-HCC", "2026-02-25T10:00:00+07:00", "overdue");
      expect(overdue.ok && overdue.value.map((p) => p.dossierId)).toContain("P");
      const bad = await store.read("A", "yesterday");
      expect(!bad.ok && bad.error.code).toMatch(/INSTANT/);
    });

    it("keeps the applicant apart: erasure keeps the chain valid; errors and logs never carry the identity", async () => {
      await store.createDossier(dossier("G"));
      const ev = lifecycle("g");
      const identity = { fullName: "Trần Thị Bí Mật", idNumber: "042199012345", phone: "0912000111" };
      const r = await store.append("G", 0, [{ ...ev[0]!, applicant: identity }, ev[1]!]);
      expect(r.ok).toBe(true);
      const events = await store.events("G");
      const ref = events.ok ? events.value[0]?.applicantRef : undefined;
      expect(typeof ref).toBe("string");
      expect(JSON.stringify(events)).not.toContain("Bí Mật");
      const before = await store.applicant(ref!);
      expect(before.ok && !before.value.erased && before.value.identity.fullName).toBe(identity.fullName);
      expect((await store.eraseApplicant(ref!)).ok).toBe(true);
      const after = await store.applicant(ref!);
      expect(after.ok && after.value.erased).toBe(true);
      expect(JSON.stringify(await store.db.query("SELECT * FROM store_applicant"))).not.toContain(
        "042199012345",
      );
      expect((await store.verify("G")).ok).toBe(true);
      // Refusals with an identity attached: bad identity, forbidden event, conflict.
      const refusals = [
        await store.append("G", 0, [{ ...ev[2]!, applicant: identity }]),
        await store.append("G", 2, [{ ...ev[5]!, applicant: identity }]),
        await store.append("G", 2, [{ ...ev[2]!, applicant: { ...identity, phone: "" } }]),
        await store.append("G", 2, [
          { ...ev[2]!, applicant: { ...identity, secret: identity.idNumber } as never },
        ]),
      ];
      for (const x of refusals) {
        expect(x.ok).toBe(false);
        const text = JSON.stringify(x) + String(!x.ok && x.error.message);
        for (const v of Object.values(identity)) expect(text).not.toContain(v);
      }
      expect(refusals.map((x) => !x.ok && x.error.code).slice(2)).toEqual([
        "STORE_INVALID_APPLICANT",
        "STORE_INVALID_APPLICANT",
      ]);
      const logged = JSON.stringify(logs);
      for (const v of Object.values(identity)) expect(logged).not.toContain(v);
    });

    it("catches a row tampered with raw SQL, a removed row and a reordered chain", async () => {
      expect((await store.verify("A")).ok).toBe(true);
      const heads = await store.heads();
      const anchor = heads.find((h) => h.dossierId === "A")!;
      expect(anchor.version).toBe(6);
      await store.db.transaction(async (tx) => {
        await tx.query("ALTER TABLE store_event DISABLE TRIGGER store_event_append_only");
        await tx.query(
          `UPDATE store_event SET event = jsonb_set(event, '{decision}', '"refused"') WHERE dossier_id = 'A' AND version = 5`,
        );
        await tx.query("ALTER TABLE store_event ENABLE TRIGGER store_event_append_only");
      });
      const altered = await store.verify("A");
      expect(!altered.ok && altered.problem).toMatchObject({ kind: "altered", version: 5, eventId: "e5" });
      const all = await store.verifyAll();
      expect(all.failures.map((f) => f.dossierId)).toEqual(["A"]);

      const reorder = async (sql: string) =>
        store.db.transaction(async (tx) => {
          await tx.query("ALTER TABLE store_event DISABLE TRIGGER store_event_append_only");
          await tx.query(sql);
          await tx.query("ALTER TABLE store_event ENABLE TRIGGER store_event_append_only");
        });
      await reorder("UPDATE store_event SET version = 1000 WHERE dossier_id = 'R' AND version = 1");
      await reorder("UPDATE store_event SET version = 1 WHERE dossier_id = 'R' AND version = 2");
      await reorder("UPDATE store_event SET version = 2 WHERE dossier_id = 'R' AND version = 1000");
      const swapped = await store.verify("R");
      expect(!swapped.ok && swapped.problem.kind).toBe("reordered");
      await reorder("DELETE FROM store_event WHERE dossier_id = 'P' AND version = 2");
      const removed = await store.verify("P");
      expect(!removed.ok && removed.problem).toMatchObject({ kind: "removed", version: 2 });
      // The append-only trigger refuses plain updates.
      await expect(store.db.query("DELETE FROM store_event WHERE dossier_id = 'G'")).rejects.toThrow(
        /append-only/,
      );
    });
  });
}
