/**
 * Register look-ups hoisted to the resolved scope: which handover entry governs the scope's
 * procedure at an office on a day is a pure function of the (validated, immutable) register, so
 * it is computed once per (office, day) with `findHandover` and remembered for every later event
 * and dossier replayed under the same scope, instead of once per dossier.
 */
import { findHandover, fromDayNumber, type HandoverEntry } from "@motcua/core";
import type { ResolvedScope } from "./permission";

/** Past this many remembered (office, day) answers the memory is cleared (bounded memory). */
const MAX_REMEMBERED = 4096;

/** The remembered answers of one scope; `null` records "no entry". */
export interface HandoverLookups {
  /** Office id → day number → entry. */
  readonly byOffice: Map<string, Map<number, HandoverEntry | null>>;
  size: number;
  /** The last answer, checked first (the events of a dossier mostly share an office and a day). */
  lastOfficeId: string | undefined;
  lastDay: number;
  lastEntry: HandoverEntry | undefined;
}

export const newLookups = (): HandoverLookups => ({
  byOffice: new Map(),
  size: 0,
  lastOfficeId: undefined,
  lastDay: Number.NaN,
  lastEntry: undefined,
});

/**
 * The register entry governing the scope's procedure at `officeId` on Vietnamese day `day`, or
 * undefined (civil servants operate it; also when the office or the procedure is unknown).
 * Same answer as `findHandover` with the civil date of `day`, which it calls on a miss.
 */
export function handoverAt(
  scope: ResolvedScope,
  officeId: string | undefined,
  day: number,
): HandoverEntry | undefined {
  const procedure = scope.procedure;
  if (officeId === undefined || procedure === undefined) return undefined;
  const m = scope.lookups;
  if (m.lastOfficeId === officeId && m.lastDay === day) return m.lastEntry;
  let days = m.byOffice.get(officeId);
  let found = days?.get(day);
  if (found === undefined) {
    found =
      findHandover(scope.register, {
        officeId,
        procedureCode: procedure.code,
        domain: procedure.domain,
        competentAgency: procedure.competentAgency,
        date: fromDayNumber(day),
      }) ?? null;
    if (m.size >= MAX_REMEMBERED) {
      m.byOffice.clear();
      m.size = 0;
      days = undefined;
    }
    if (days === undefined) m.byOffice.set(officeId, (days = new Map()));
    days.set(day, found);
    m.size++;
  }
  const entry = found ?? undefined;
  m.lastOfficeId = officeId;
  m.lastDay = day;
  m.lastEntry = entry;
  return entry;
}
