/**
 * `openStore`: the dossier event store over a {@link Db}.
 *
 * @module
 */
import {
  decode,
  err,
  isMotcuaError,
  LevelSchema,
  ok,
  ProcedureSchema,
  parseInstant,
  type DossierEvent,
  type InstantInput,
  type Level,
  type MotcuaError,
  type Procedure,
  type Result,
} from "@motcua/core";
import { parseReportPeriod, periodBounds } from "@motcua/reports";
import canonicalize from "canonicalize";
import * as z from "zod";
import type { ApplicantIdentity, ApplicantRecord } from "./Applicant";
import type { Db } from "./Db";
import type { DossierStore } from "./DossierStore";
import { appendInTx, refusalOf } from "./internal/append";
import { bieu06Rows } from "./internal/bieu06";
import { genesisHash } from "./internal/chain";
import { makeConcepts, type ConceptOptions } from "./internal/concepts";
import { storeError } from "./internal/errors";
import { checkBatch, checkId, checkText, withPrefix, type CheckedBatch } from "./internal/input";
import { migrate } from "./internal/schema";
import { DOSSIER_COLUMNS, verifyIds, type VerifyDossierRow } from "./internal/verify";
import type { DossierRecord, NewDossier, StoredEvent, StoreOptions } from "./Store";

const NewDossierSchema = z
  .object({
    dossierId: z.string(),
    province: z.string().min(1).max(64),
    officeId: z.string().min(1).max(128),
    level: LevelSchema,
    procedure: ProcedureSchema,
    domain: z.string().min(1).max(200).optional(),
  })
  .strict();

interface Registered {
  readonly row: VerifyDossierRow & { level: Level; procedure: Procedure };
}

const recordOf = (d: Registered["row"]): DossierRecord => ({
  dossierId: d.dossier_id,
  province: d.province,
  officeId: d.office_id,
  level: d.level,
  domain: d.domain,
  procedure: d.procedure,
  version: d.version,
  head: d.head,
});

const attempt = <A>(f: () => A): Result<A> => {
  try {
    return ok(f());
  } catch (e) {
    if (isMotcuaError(e)) return err(e);
    throw e;
  }
};

/**
 * Opens the dossier store on a database (PGlite or PostgreSQL), running its migrations first.
 *
 * @example
 * ```ts
 * import { openStore, pgliteDb } from "@motcua/store";
 * const store = await openStore(await pgliteDb());
 * await store.createDossier({ dossierId: "D1", province: "42", officeId: "HT-HCC", level: "province",
 *   procedure: { code: "1.001234", domain: "Công Thương", processingTime: { amount: 3, unit: "workingDays" } } });
 * const r = await store.append("D1", 0, [
 *   { id: "e1", type: "submitted", at: "2026-02-12T08:50:00+07:00", actor: { role: "applicant" }, channel: "counter",
 *     applicant: { fullName: "Nguyễn Văn A" } },
 *   { id: "e2", type: "received", at: "2026-02-12T09:00:00+07:00", actor: { role: "oneStopOfficer" }, dossierCode: "H42-260212-0001" },
 * ]);
 * if (r.ok) r.value.version; // 2
 * ```
 * @since 0.2.0
 * @category Store
 */
export async function openStore(db: Db, options: StoreOptions = {}): Promise<DossierStore> {
  const concepts = makeConcepts(options as ConceptOptions);
  const limits = {
    maxBatchBytes: options.maxBatchBytes ?? 262_144,
    maxBatchEvents: options.maxBatchEvents ?? 1000,
  };
  for (const key of ["maxBatchBytes", "maxBatchEvents"] as const) {
    if (!Number.isSafeInteger(limits[key]) || limits[key] < 1) {
      throw storeError("STORE_INVALID_OPTIONS", [key], {
        vi: `${key} phải là số nguyên dương`,
        en: `${key} must be a positive integer`,
      });
    }
  }
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => undefined);
  await migrate(db, now);

  const instant = (value: InstantInput | undefined, path: string): Result<number> =>
    value === undefined ? ok(now()) : attempt(() => parseInstant(value, [path]));

  const refuse = <A>(e: MotcuaError): Result<A> => {
    log({ kind: "refused", code: e.code, path: e.path });
    return err(e);
  };

  const loadDossier = async (id: string): Promise<Result<Registered["row"]>> => {
    const rows = await db.query<Registered["row"]>(
      `SELECT ${DOSSIER_COLUMNS} FROM store_dossier WHERE dossier_id = $1`,
      [id],
    );
    const row = rows[0];
    return row === undefined
      ? err(
          storeError(
            "STORE_UNKNOWN_DOSSIER",
            ["dossierId"],
            {
              vi: `Không có hồ sơ ${id}`,
              en: `No dossier ${id}`,
            },
            { dossierId: id },
          ),
        )
      : ok(row);
  };

  const loadEvents = async (id: string): Promise<StoredEvent[]> =>
    (
      await db.query<{
        version: number;
        event: DossierEvent;
        applicant_ref: string | null;
        recorded_at: number;
        hash: string;
      }>(
        "SELECT version, event, applicant_ref, recorded_at, hash FROM store_event WHERE dossier_id = $1 ORDER BY version",
        [id],
      )
    ).map((r) => ({
      version: r.version,
      event: r.event,
      applicantRef: r.applicant_ref,
      recordedAt: r.recorded_at,
      hash: r.hash,
    }));

  const createDossiers = async (input: ReadonlyArray<NewDossier>): Promise<Result<DossierRecord[]>> => {
    const parsed: Array<Omit<DossierRecord, "version" | "head"> & { genesis: string; createdAt: number }> =
      [];
    const createdAt = now();
    for (const [i, raw] of input.entries()) {
      const path = input.length === 1 ? [] : ["dossiers", i];
      const r = attempt(() => {
        const d = decode(NewDossierSchema, raw, {
          code: "STORE_INVALID_DOSSIER",
          path,
          label: { en: "dossier", vi: "Hồ sơ" },
        });
        const dossierId = checkId(d.dossierId, [...path, "dossierId"]);
        const domain = d.domain ?? d.procedure.domain;
        if (domain === undefined) {
          throw storeError("STORE_INVALID_DOSSIER", [...path, "domain"], {
            vi: "Cần lĩnh vực (domain) của hồ sơ hoặc của thủ tục",
            en: "The dossier's or its procedure's domain is required",
          });
        }
        checkText(d, path);
        const facts = {
          dossierId,
          province: d.province,
          officeId: d.officeId,
          level: d.level,
          domain,
          procedure: d.procedure,
        };
        return { ...facts, createdAt, genesis: genesisHash({ ...facts, createdAt }) };
      });
      if (!r.ok) return refuse(r.error);
      parsed.push(r.value);
    }
    const ids = parsed.map((d) => d.dossierId);
    if (new Set(ids).size !== ids.length) {
      return refuse(
        storeError("STORE_INVALID_INPUT", ["dossiers"], {
          vi: "Trùng mã hồ sơ trong cùng một lần tạo",
          en: "The same dossier id twice in one call",
        }),
      );
    }
    const rows = await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO store_dossier (dossier_id, province, office_id, level, domain, procedure, created_at, genesis, head)
         SELECT d, p, o, l, m, pr, c, g, g FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::int8[], $8::text[])
           AS u(d, p, o, l, m, pr, c, g)
         ON CONFLICT (dossier_id) DO NOTHING`,
        [
          ids,
          parsed.map((d) => d.province),
          parsed.map((d) => d.officeId),
          parsed.map((d) => d.level),
          parsed.map((d) => d.domain),
          parsed.map((d) => JSON.stringify(d.procedure)),
          parsed.map((d) => d.createdAt),
          parsed.map((d) => d.genesis),
        ],
      );
      return tx.query<Registered["row"]>(
        `SELECT ${DOSSIER_COLUMNS} FROM store_dossier WHERE dossier_id = ANY($1::text[])`,
        [ids],
      );
    });
    const byId = new Map(rows.map((r) => [r.dossier_id, r]));
    const out: DossierRecord[] = [];
    for (const [i, d] of parsed.entries()) {
      const row = byId.get(d.dossierId) as Registered["row"];
      const same =
        row.province === d.province &&
        row.office_id === d.officeId &&
        row.level === d.level &&
        row.domain === d.domain &&
        canonicalize(row.procedure) === canonicalize(JSON.parse(JSON.stringify(d.procedure)));
      if (!same) {
        return refuse(
          storeError(
            "STORE_DOSSIER_EXISTS",
            [...(parsed.length === 1 ? [] : ["dossiers", i]), "dossierId"],
            {
              vi: `Hồ sơ ${d.dossierId} đã có với thông tin khác`,
              en: `Dossier ${d.dossierId} already exists with other facts`,
            },
            { dossierId: d.dossierId },
          ),
        );
      }
      out.push(recordOf(row));
    }
    return ok(out);
  };

  const appendMany: DossierStore["appendMany"] = async (input) => {
    const single = input.length === 1;
    const checked: CheckedBatch[] = [];
    if (!Array.isArray(input) || input.length === 0) {
      return refuse(
        storeError("STORE_INVALID_INPUT", ["batches"], {
          vi: "Cần ít nhất một lô sự kiện",
          en: "Expected at least one batch",
        }),
      );
    }
    for (const [i, b] of input.entries()) {
      const r = attempt(() => checkBatch(b?.dossierId, b?.expectedVersion, b?.events, limits, concepts));
      if (!r.ok) return refuse(single ? r.error : withPrefix(r.error, ["batches", i]));
      checked.push(r.value);
    }
    if (new Set(checked.map((b) => b.dossierId)).size !== checked.length) {
      return refuse(
        storeError("STORE_INVALID_INPUT", ["batches"], {
          vi: "Trùng hồ sơ giữa các lô: gộp thành một lô",
          en: "The same dossier in two batches: merge them",
        }),
      );
    }
    const recordedAt = now();
    let receipts;
    try {
      receipts = await db.transaction((tx) => appendInTx(tx, checked, concepts, recordedAt));
    } catch (e) {
      return refuse(refusalOf(e, checked));
    }
    for (const r of receipts) {
      log(
        r.status === "appended"
          ? { kind: "appended", dossierId: r.dossierId, version: r.version, events: r.eventIds.length }
          : { kind: "duplicate", dossierId: r.dossierId, version: r.version },
      );
    }
    return ok(receipts);
  };

  const store: DossierStore = {
    db,
    async createDossier(dossier) {
      const r = await createDossiers([dossier]);
      return r.ok ? ok(r.value[0] as DossierRecord) : r;
    },
    createDossiers,
    async append(dossierId, expectedVersion, events) {
      const r = await appendMany([{ dossierId, expectedVersion, events }]);
      return r.ok ? ok(r.value[0]!) : r;
    },
    appendMany,

    async events(dossierId, asOf) {
      const d = await loadDossier(dossierId);
      if (!d.ok) return d;
      const events = await loadEvents(dossierId);
      if (asOf === undefined) return ok(events);
      const t = instant(asOf, "asOf");
      return t.ok ? ok(events.filter((e) => e.event.at <= t.value)) : t;
    },

    async read(dossierId, asOf) {
      const t = instant(asOf, "asOf");
      if (!t.ok) return t;
      const d = await loadDossier(dossierId);
      if (!d.ok) return d;
      const events = (await loadEvents(dossierId)).filter((e) => e.event.at <= t.value);
      const list = events.map((e) => e.event);
      const facts = {
        officeId: d.value.office_id,
        level: d.value.level,
        domain: d.value.domain,
        procedure: d.value.procedure,
      };
      const snapshot = concepts.validate(list, facts);
      if (!snapshot.ok) return snapshot;
      const clock = concepts.clock(list, facts, t.value);
      if (clock !== undefined && !clock.ok) return clock;
      return ok({
        dossier: recordOf(d.value),
        asOf: t.value,
        events,
        snapshot: snapshot.value,
        clock: clock?.value,
      });
    },

    async pendingAt(officeId, asOf, only) {
      const t = instant(asOf, "asOf");
      if (!t.ok) return t;
      const id = attempt(() => checkId(officeId, ["officeId"]));
      if (!id.ok) return id;
      const candidates = await db.query<Registered["row"]>(
        `SELECT ${DOSSIER_COLUMNS} FROM store_dossier WHERE office_id = $1 AND received_at <= $2 AND (completed_at IS NULL OR completed_at > $2) ORDER BY dossier_id`,
        [officeId, t.value],
      );
      const events = await db.query<{ dossier_id: string; event: DossierEvent }>(
        "SELECT dossier_id, event FROM store_event WHERE dossier_id = ANY($1::text[]) ORDER BY dossier_id, version",
        [candidates.map((c) => c.dossier_id)],
      );
      const by = new Map<string, DossierEvent[]>();
      for (const e of events) by.set(e.dossier_id, [...(by.get(e.dossier_id) ?? []), e.event]);
      const out = [];
      for (const c of candidates) {
        const list = (by.get(c.dossier_id) ?? []).filter((e) => e.at <= t.value);
        const facts = { officeId: c.office_id, level: c.level, domain: c.domain, procedure: c.procedure };
        const clock = concepts.clock(list, facts, t.value);
        if (clock === undefined) continue;
        if (!clock.ok) return clock;
        const pending = clock.value.pending;
        if (pending === null || (only === "overdue" && pending !== "overdue")) continue;
        const snapshot = concepts.validate(list, facts);
        out.push({
          dossierId: c.dossier_id,
          state: snapshot.ok ? snapshot.value.state : "unknown",
          pending,
          dueAt: clock.value.due.judged,
          remainingMinutes: clock.value.remainingMinutes,
        });
      }
      return ok(out);
    },

    async verify(dossierId, anchor) {
      const [v] = await verifyIds(
        db,
        [dossierId],
        anchor === undefined ? undefined : new Map([[dossierId, anchor]]),
      );
      return (
        v ?? {
          ok: false,
          dossierId,
          problem: {
            kind: "removed",
            version: 0,
            vi: `Không có hồ sơ ${dossierId}`,
            en: `No dossier ${dossierId}`,
          },
        }
      );
    },

    async verifyAll() {
      let checked = 0;
      const failures = [];
      let after = "";
      for (;;) {
        const page = await db.query<{ dossier_id: string }>(
          "SELECT dossier_id FROM store_dossier WHERE dossier_id > $1 ORDER BY dossier_id LIMIT 500",
          [after],
        );
        if (page.length === 0) break;
        for (const v of await verifyIds(
          db,
          page.map((p) => p.dossier_id),
        )) {
          checked++;
          if (!v.ok) failures.push(v);
        }
        after = page[page.length - 1]!.dossier_id;
      }
      return { checked, failures };
    },

    async heads() {
      const rows = await db.query<{ dossier_id: string; version: number; head: string }>(
        "SELECT dossier_id, version, head FROM store_dossier ORDER BY dossier_id",
      );
      return rows.map((r) => ({ dossierId: r.dossier_id, version: r.version, hash: r.head }));
    },

    async bieu06(period, scope = {}) {
      const p = parseReportPeriod(period);
      const { start, end } = periodBounds(p);
      const filter =
        "officeId" in scope
          ? { officeId: scope.officeId }
          : "province" in scope
            ? { province: scope.province }
            : {};
      return concepts.toAggregate(p, await bieu06Rows(db, start, end, concepts.countingRules(p), filter));
    },

    async applicant(ref) {
      const rows = await db.query<{
        ref: string;
        identity: ApplicantIdentity | null;
        erased_at: number | null;
      }>("SELECT ref, identity, erased_at FROM store_applicant WHERE ref = $1", [
        typeof ref === "string" ? ref : "",
      ]);
      const row = rows[0];
      if (row === undefined) {
        return err(
          storeError("STORE_APPLICANT_NOT_FOUND", ["ref"], {
            vi: "Không có người nộp với mã tham chiếu này",
            en: "No applicant with this reference",
          }),
        );
      }
      const record: ApplicantRecord =
        row.identity === null || row.erased_at !== null
          ? { ref: row.ref, erased: true, erasedAt: row.erased_at ?? 0 }
          : { ref: row.ref, erased: false, identity: row.identity };
      return ok(record);
    },

    async eraseApplicant(ref) {
      const erasedAt = now();
      const rows = await db.query<{ ref: string; erased_at: number }>(
        "UPDATE store_applicant SET identity = NULL, erased_at = coalesce(erased_at, $2) WHERE ref = $1 RETURNING ref, erased_at",
        [typeof ref === "string" ? ref : "", erasedAt],
      );
      const row = rows[0];
      if (row === undefined) {
        return err(
          storeError("STORE_APPLICANT_NOT_FOUND", ["ref"], {
            vi: "Không có người nộp với mã tham chiếu này",
            en: "No applicant with this reference",
          }),
        );
      }
      log({ kind: "erased", ref: row.ref });
      return ok({ ref: row.ref, erased: true, erasedAt: row.erased_at });
    },

    close: () => db.close(),
  };
  return store;
}
