/**
 * Walks a dossier's chain from the genesis and reports the first break.
 */
import type { DbQuery } from "../Db";
import type { ChainHead, ChainProblem, ChainVerification } from "../Verification";
import { genesisHash, linkHash } from "./chain";

/** The dossier row columns `verify` reads. */
export interface VerifyDossierRow {
  dossier_id: string;
  province: string;
  office_id: string;
  level: string;
  domain: string;
  procedure: unknown;
  created_at: number;
  genesis: string;
  version: number;
  head: string;
}

/** The event row columns `verify` reads. */
export interface VerifyEventRow {
  dossier_id: string;
  version: number;
  event_id: string;
  event: unknown;
  applicant_ref: string | null;
  recorded_at: number;
  prev_hash: string;
  hash: string;
}

export const DOSSIER_COLUMNS =
  "dossier_id, province, office_id, level, domain, procedure, created_at, genesis, version, head";
export const EVENT_COLUMNS =
  "dossier_id, version, event_id, event, applicant_ref, recorded_at, prev_hash, hash";

const problem = (
  kind: ChainProblem["kind"],
  version: number,
  eventId: string | undefined,
  vi: string,
  en: string,
): ChainProblem => ({
  kind,
  version,
  ...(eventId === undefined ? {} : { eventId }),
  vi,
  en,
});

/** Verifies one dossier given its rows (events in version order). */
export function verifyRows(
  d: VerifyDossierRow,
  events: ReadonlyArray<VerifyEventRow>,
  anchor?: ChainHead,
): ChainVerification {
  const fail = (p: ChainProblem): ChainVerification => ({ ok: false, dossierId: d.dossier_id, problem: p });
  const genesis = genesisHash({
    dossierId: d.dossier_id,
    province: d.province,
    officeId: d.office_id,
    level: d.level,
    domain: d.domain,
    procedure: d.procedure,
    createdAt: d.created_at,
  });
  if (genesis !== d.genesis) {
    return fail(
      problem(
        "altered",
        0,
        undefined,
        "Thông tin đăng ký hồ sơ đã bị sửa",
        "The dossier's registration was altered",
      ),
    );
  }
  const hashes = new Set(events.map((e) => e.hash));
  let prev = d.genesis;
  let expected = 1;
  for (const e of events) {
    if (e.version !== expected) {
      return fail(
        problem(
          "removed",
          expected,
          undefined,
          `Thiếu sự kiện phiên bản ${expected}`,
          `The event at version ${expected} is missing`,
        ),
      );
    }
    const recomputed = linkHash(e.prev_hash, {
      dossierId: d.dossier_id,
      event: e.event,
      applicantRef: e.applicant_ref,
      recordedAt: e.recorded_at,
    });
    if (recomputed !== e.hash) {
      return fail(
        problem(
          "altered",
          e.version,
          e.event_id,
          `Sự kiện phiên bản ${e.version} đã bị sửa`,
          `The event at version ${e.version} was altered`,
        ),
      );
    }
    if (e.prev_hash !== prev) {
      return hashes.has(e.prev_hash) || e.prev_hash === d.genesis
        ? fail(
            problem(
              "reordered",
              e.version,
              e.event_id,
              `Sự kiện phiên bản ${e.version} đã bị đổi thứ tự`,
              `The event at version ${e.version} was moved (reordered)`,
            ),
          )
        : fail(
            problem(
              "removed",
              e.version,
              e.event_id,
              `Mất sự kiện ngay trước phiên bản ${e.version}`,
              `An event just before version ${e.version} was removed`,
            ),
          );
    }
    prev = e.hash;
    expected++;
  }
  if (events.length !== d.version || prev !== d.head) {
    return fail(
      problem(
        "removed",
        events.length + 1,
        undefined,
        `Mất sự kiện từ phiên bản ${events.length + 1} (đầu chuỗi là ${d.version})`,
        `Events from version ${events.length + 1} were removed (the head is at ${d.version})`,
      ),
    );
  }
  if (anchor !== undefined) {
    const held = anchor.version === 0 ? d.genesis : events[anchor.version - 1]?.hash;
    if (held === undefined) {
      return fail(
        problem(
          "removed",
          anchor.version,
          undefined,
          `Mất sự kiện đã neo ở phiên bản ${anchor.version}`,
          `The anchored event at version ${anchor.version} is gone`,
        ),
      );
    }
    if (held !== anchor.hash) {
      return fail(
        problem(
          "altered",
          anchor.version,
          events[anchor.version - 1]?.event_id,
          `Chuỗi không còn khớp với mốc neo ở phiên bản ${anchor.version}`,
          `The chain no longer matches its anchor at version ${anchor.version}`,
        ),
      );
    }
  }
  return { ok: true, dossierId: d.dossier_id, version: d.version, head: d.head };
}

/** Verifies the dossiers whose ids are given (events read in one query). */
export async function verifyIds(
  q: DbQuery,
  ids: ReadonlyArray<string>,
  anchors?: ReadonlyMap<string, ChainHead>,
): Promise<ChainVerification[]> {
  const dossiers = await q.query<VerifyDossierRow>(
    `SELECT ${DOSSIER_COLUMNS} FROM store_dossier WHERE dossier_id = ANY($1::text[]) ORDER BY dossier_id`,
    [ids],
  );
  const events = await q.query<VerifyEventRow>(
    `SELECT ${EVENT_COLUMNS} FROM store_event WHERE dossier_id = ANY($1::text[]) ORDER BY dossier_id, version`,
    [ids],
  );
  const by = new Map<string, VerifyEventRow[]>();
  for (const e of events) {
    const list = by.get(e.dossier_id) ?? [];
    list.push(e);
    by.set(e.dossier_id, list);
  }
  return dossiers.map((d) => verifyRows(d, by.get(d.dossier_id) ?? [], anchors?.get(d.dossier_id)));
}
