/**
 * The append transaction: lock the dossiers (`SELECT … FOR UPDATE`, in id order so concurrent
 * multi-dossier appends cannot deadlock), answer replays of stored events, check the expected
 * versions, validate each whole event list, then insert every row with one statement per table.
 * Nothing is written until everything is checked; a refusal writes nothing.
 */
import { randomUUID } from "node:crypto";
import { isMotcuaError, type DossierEvent, type Level, type MotcuaError, type Procedure } from "@motcua/core";
import canonicalize from "canonicalize";
import type { DbQuery } from "../Db";
import type { ApplicantIdentity } from "../Applicant";
import { linkHash } from "./chain";
import type { Concepts, DossierFacts, Projection } from "./concepts";
import { sqlState, storeError } from "./errors";
import type { CheckedBatch } from "./input";

/** The answer to one appended batch. */
export interface BatchReceipt {
  readonly dossierId: string;
  readonly status: "appended" | "duplicate";
  readonly version: number;
  readonly head: string;
  readonly eventIds: ReadonlyArray<string>;
}

interface DossierRow {
  dossier_id: string;
  office_id: string;
  level: Level;
  domain: string;
  procedure: Procedure;
  version: number;
  head: string;
}

interface EventRow {
  dossier_id: string;
  event_id: string;
  event: DossierEvent;
}

/** Thrown inside the transaction to roll it back with a coded answer. */
class Refusal {
  constructor(readonly error: MotcuaError) {}
}

const same = (a: unknown, b: unknown): boolean => canonicalize(a) === canonicalize(b);

/** Maps what the append transaction threw to its coded answer (or rethrows a database failure). */
export function refusalOf(e: unknown, batches: ReadonlyArray<CheckedBatch>): MotcuaError {
  if (e instanceof Refusal) return e.error;
  if (isMotcuaError(e)) return e;
  if (sqlState(e) === "23505") {
    // A unique (dossier_id, version) or (dossier_id, event_id) violation: another writer won.
    return conflict(batches[0]?.dossierId ?? "", undefined, undefined, ["expectedVersion"]);
  }
  throw e;
}

const conflict = (
  dossierId: string,
  expected: number | undefined,
  actual: number | undefined,
  path: ReadonlyArray<string | number>,
) =>
  storeError(
    "STORE_VERSION_CONFLICT",
    path,
    {
      vi: `Hồ sơ ${dossierId} đã được ghi bởi người khác (phiên bản mong đợi ${expected ?? "?"}, hiện tại ${actual ?? "?"}): đọc lại rồi thử lại`,
      en: `Dossier ${dossierId} was written by someone else (expected version ${expected ?? "?"}, now ${actual ?? "?"}): re-read and retry`,
    },
    { dossierId, expectedVersion: expected, actualVersion: actual },
  );

/** Runs the append of `batches` (already checked) in `tx`; throws to roll everything back. */
export async function appendInTx(
  tx: DbQuery,
  batches: ReadonlyArray<CheckedBatch>,
  concepts: Concepts,
  recordedAt: number,
): Promise<BatchReceipt[]> {
  const ids = batches.map((b) => b.dossierId);
  const locked = await tx.query<DossierRow>(
    "SELECT dossier_id, office_id, level, domain, procedure, version, head FROM store_dossier WHERE dossier_id = ANY($1::text[]) ORDER BY dossier_id FOR UPDATE",
    [ids],
  );
  const byId = new Map(locked.map((d) => [d.dossier_id, d]));
  const withHistory = locked.filter((d) => d.version > 0).map((d) => d.dossier_id);
  const history = new Map<string, DossierEvent[]>();
  if (withHistory.length > 0) {
    const rows = await tx.query<EventRow>(
      "SELECT dossier_id, event_id, event FROM store_event WHERE dossier_id = ANY($1::text[]) ORDER BY dossier_id, version",
      [withHistory],
    );
    for (const r of rows) {
      const list = history.get(r.dossier_id) ?? [];
      list.push(r.event);
      history.set(r.dossier_id, list);
    }
  }

  const receipts: BatchReceipt[] = [];
  const ev: {
    d: string[];
    v: number[];
    id: string[];
    e: string[];
    a: Array<string | null>;
    r: number[];
    p: string[];
    h: string[];
  } = {
    d: [],
    v: [],
    id: [],
    e: [],
    a: [],
    r: [],
    p: [],
    h: [],
  };
  const ap: { ref: string[]; identity: string[] } = { ref: [], identity: [] };
  const up: { d: string[]; expected: number[]; v: number[]; head: string[]; proj: Projection[] } = {
    d: [],
    expected: [],
    v: [],
    head: [],
    proj: [],
  };

  batches.forEach((batch, b) => {
    const path = batches.length === 1 ? [] : ["batches", b];
    const dossier = byId.get(batch.dossierId);
    if (dossier === undefined) {
      throw new Refusal(
        storeError(
          "STORE_UNKNOWN_DOSSIER",
          [...path, "dossierId"],
          {
            vi: `Không có hồ sơ ${batch.dossierId}: tạo hồ sơ (createDossier) trước khi ghi sự kiện`,
            en: `No dossier ${batch.dossierId}: create it (createDossier) before appending events`,
          },
          { dossierId: batch.dossierId },
        ),
      );
    }
    const stored = history.get(batch.dossierId) ?? [];
    const storedById = new Map(stored.map((e) => [e.id, e]));
    const seen = batch.events.map((e) => storedById.get(e.id));
    const known = seen.filter((e) => e !== undefined).length;
    if (known > 0) {
      const i = seen.findIndex((s, k) => s !== undefined && !same(s, batch.events[k]));
      if (i >= 0) {
        throw new Refusal(
          storeError(
            "STORE_EVENT_ID_REUSED",
            [...path, "events", i, "id"],
            {
              vi: `Mã sự kiện ${batch.events[i]?.id ?? ""} đã được lưu với nội dung khác`,
              en: `Event id ${batch.events[i]?.id ?? ""} is already stored with other content`,
            },
            { dossierId: batch.dossierId, eventId: batch.events[i]?.id },
          ),
        );
      }
      if (known < batch.events.length) {
        const k = seen.findIndex((s) => s === undefined);
        throw new Refusal(
          storeError(
            "STORE_BATCH_PARTLY_STORED",
            [...path, "events", k],
            {
              vi: "Lô sự kiện trộn lẫn sự kiện đã lưu và sự kiện mới: gửi lại đúng lô cũ, hoặc chỉ các sự kiện mới",
              en: "The batch mixes stored and new events: resend the stored batch as it was, or the new events only",
            },
            { dossierId: batch.dossierId, stored: known, total: batch.events.length },
          ),
        );
      }
      receipts.push({
        dossierId: batch.dossierId,
        status: "duplicate",
        version: dossier.version,
        head: dossier.head,
        eventIds: batch.events.map((e) => e.id),
      });
      return;
    }
    if (dossier.version !== batch.expectedVersion) {
      throw new Refusal(
        conflict(batch.dossierId, batch.expectedVersion, dossier.version, [...path, "expectedVersion"]),
      );
    }
    const all = [...stored, ...batch.events];
    const facts: DossierFacts = {
      officeId: dossier.office_id,
      level: dossier.level,
      domain: dossier.domain,
      procedure: dossier.procedure,
    };
    const replayed = concepts.validate(all, facts);
    if (!replayed.ok) {
      const e = replayed.error;
      // The engine's path is into the whole list; make it point into this batch.
      // A stored event refused (the rules in force changed) keeps its place in the stored list.
      const index = typeof e.path[1] === "number" ? e.path[1] : undefined;
      const inBatch = index !== undefined && index >= stored.length;
      throw new Refusal(
        storeError(
          e.code as never,
          inBatch ? [...path, "events", index - stored.length, ...e.path.slice(2)] : [...path, ...e.path],
          { vi: e.vi, en: e.en },
          { ...e.data, dossierId: batch.dossierId, ...(inBatch ? {} : { storedEvents: stored.length }) },
        ),
      );
    }
    const proj = concepts.project(all, replayed.value, facts);
    let prev = dossier.head;
    batch.events.forEach((event, i) => {
      const version = dossier.version + i + 1;
      const identity: ApplicantIdentity | undefined = batch.applicants[i];
      let ref: string | null = null;
      if (identity !== undefined) {
        ref = randomUUID();
        ap.ref.push(ref);
        ap.identity.push(JSON.stringify(identity));
      }
      const hash = linkHash(prev, { dossierId: batch.dossierId, event, applicantRef: ref, recordedAt });
      ev.d.push(batch.dossierId);
      ev.v.push(version);
      ev.id.push(event.id);
      ev.e.push(JSON.stringify(event));
      ev.a.push(ref);
      ev.r.push(recordedAt);
      ev.p.push(prev);
      ev.h.push(hash);
      prev = hash;
    });
    const version = dossier.version + batch.events.length;
    up.d.push(batch.dossierId);
    up.expected.push(dossier.version);
    up.v.push(version);
    up.head.push(prev);
    up.proj.push(proj);
    receipts.push({
      dossierId: batch.dossierId,
      status: "appended",
      version,
      head: prev,
      eventIds: batch.events.map((e) => e.id),
    });
  });

  if (ap.ref.length > 0) {
    await tx.query(
      "INSERT INTO store_applicant (ref, identity) SELECT * FROM unnest($1::text[], $2::jsonb[])",
      [ap.ref, ap.identity],
    );
  }
  if (ev.d.length > 0) {
    await tx.query(
      `INSERT INTO store_event (dossier_id, version, event_id, event, applicant_ref, recorded_at, prev_hash, hash)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::jsonb[], $5::text[], $6::int8[], $7::text[], $8::text[])`,
      [ev.d, ev.v, ev.id, ev.e, ev.a, ev.r, ev.p, ev.h],
    );
    const updated = await tx.query<{ dossier_id: string }>(
      `UPDATE store_dossier AS d SET version = u.version, head = u.head, state = u.state, channel = u.channel,
         received_at = u.received_at, due_at = u.due_at, completed_at = u.completed_at, closure = u.closure
       FROM unnest($1::text[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int8[], $8::int8[], $9::int8[], $10::text[])
         AS u(dossier_id, expected, version, head, state, channel, received_at, due_at, completed_at, closure)
       WHERE d.dossier_id = u.dossier_id AND d.version = u.expected
       RETURNING d.dossier_id`,
      [
        up.d,
        up.expected,
        up.v,
        up.head,
        up.proj.map((p) => p.state),
        up.proj.map((p) => p.channel),
        up.proj.map((p) => p.receivedAt),
        up.proj.map((p) => p.dueAt),
        up.proj.map((p) => p.completedAt),
        up.proj.map((p) => p.closure),
      ],
    );
    if (updated.length !== up.d.length) {
      const moved = up.d.find((d) => !updated.some((u) => u.dossier_id === d)) ?? "";
      throw new Refusal(conflict(moved, undefined, undefined, ["expectedVersion"]));
    }
  }
  return receipts;
}
