/** Conversions between the engine context and the public {@link DossierSnapshot}. */
import { fromDayNumber, toDayNumber, type CivilDate } from "@motcua/core";
import type { DossierSnapshot } from "../DossierSnapshot";
import { FINAL_STATES, type DossierContext, type DossierEnv, type StateName } from "./model";

/** A small direct-mapped cache of `fromDayNumber` (a pure function): replays mostly share days. */
const CACHE_SIZE = 512;
const cachedDays = new Float64Array(CACHE_SIZE).fill(Number.NaN);
const cachedDates: CivilDate[] = new Array<CivilDate>(CACHE_SIZE).fill("");

/** The civil date of a day number, as `fromDayNumber` gives it. */
const civilDateOf = (day: number): CivilDate => {
  const slot = day & (CACHE_SIZE - 1);
  if (cachedDays[slot] === day) return cachedDates[slot] as CivilDate;
  const date = fromDayNumber(day);
  cachedDays[slot] = day;
  cachedDates[slot] = date;
  return date;
};

/** Public view of the engine's context. */
export const toSnapshot = (state: StateName, c: DossierContext): DossierSnapshot => ({
  state,
  final: FINAL_STATES.has(state),
  channel: c.channel,
  dossierCode: c.dossierCode,
  receivedAt: c.receivedAt,
  receivedByPostalStaff: c.receivedByPostalStaff,
  appraisalSupplementUntil:
    c.appraisalDeadlineDay === undefined ? undefined : civilDateOf(c.appraisalDeadlineDay),
  dueAt: c.dueAt,
  supplements: { receipt: c.receiptSupplements, appraisal: c.appraisalSupplements },
  reschedules: c.reschedules,
  controlSlip: { transferSignedAt: c.transferSignedAt, resultReceiptSignedAt: c.resultReceiptSignedAt },
  pendingAgencies: c.pendingAgencies,
  decision: c.decision,
  undeliverable: c.undeliverable,
  lastEventAt: c.lastAt,
  eventCount: c.eventCount,
});

/** Engine context back from a public snapshot (for {@link can}). */
export const fromSnapshot = (s: DossierSnapshot, env: DossierEnv): DossierContext => ({
  env,
  channel: s.channel,
  dossierCode: s.dossierCode,
  receivedAt: s.receivedAt,
  receivedByPostalStaff: s.receivedByPostalStaff,
  appraisalDeadlineDay:
    s.appraisalSupplementUntil === undefined ? undefined : toDayNumber(s.appraisalSupplementUntil),
  dueAt: s.dueAt,
  receiptSupplements: s.supplements.receipt,
  appraisalSupplements: s.supplements.appraisal,
  reschedules: s.reschedules,
  transferSignedAt: s.controlSlip.transferSignedAt,
  resultReceiptSignedAt: s.controlSlip.resultReceiptSignedAt,
  pendingAgencies: s.pendingAgencies,
  decision: s.decision,
  undeliverable: s.undeliverable,
  lastAt: s.lastEventAt,
  eventCount: s.eventCount,
});
