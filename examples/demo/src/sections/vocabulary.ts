/** Demo section: the core vocabulary parses a postal dossier and refuses bad input with a bilingual error. */
import {
  decode,
  DossierEventSchema,
  formatInstant,
  isMotcuaError,
  levelExistsOn,
  safeDecode,
} from "@motcua/core";
import { heading, line, note } from "../print";

export function vocabulary(): void {
  heading("Hồ sơ qua bưu điện", "A postal dossier, as events");
  const events = [
    {
      id: "e1",
      type: "submitted",
      at: "2026-02-10T10:15:00+07:00",
      actor: { role: "applicant" },
      channel: "postal",
    },
    { id: "e2", type: "postalHandedOver", at: "2026-02-12T08:40:00+07:00", actor: { role: "postalStaff" } },
    {
      id: "e3",
      type: "received",
      at: "2026-02-12T09:00:00+07:00",
      actor: { role: "postalStaff", officeId: "HT-HCC" },
      dossierCode: "HT-HCC-260212-0001",
    },
  ].map((e, i) => decode(DossierEventSchema, e, { path: ["events", i] }));
  for (const e of events) line(e.type, `${formatInstant(e.at)}  (${e.actor.role})`);
  note("Inbound postal transit (10/2 → 12/2) is not processing time: the clock starts at `received`.");
  line("District level exists on 2025-07-01?", levelExistsOn("district", "2025-07-01"));

  const bad = safeDecode(DossierEventSchema, {
    id: "e4",
    type: "received",
    at: "2026-02-12T09:00:00",
    actor: { role: "postalStaff" },
    dossierCode: "HT-HCC-260212-0002",
  });
  if (!bad.ok && isMotcuaError(bad.error)) {
    line("Bad input refused", bad.error.code);
    line("  vi", bad.error.vi);
    line("  en", bad.error.en);
    line("  field", bad.error.path.join("."));
  }
}
