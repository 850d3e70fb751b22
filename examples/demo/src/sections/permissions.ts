/**
 * Demo section: the same Hà Tĩnh dossier replayed from its events, then a postal employee trying to
 * approve it — refused with a coded, bilingual reason naming the rule and its source.
 */
import type { HandoverRegister } from "@motcua/core";
import { can, parseDossierEvents, replay, type DossierRules } from "@motcua/dossier";
import { sliceOf } from "@motcua/plugin-sdk";
import { heading, line } from "../print";
import { calendar, receivedDossier, rulebook } from "./appointment";

// Kế hoạch 41/KH-UBND (UBND tỉnh Hà Tĩnh, 18/02/2021): Sở Công Thương's whole procedure set is handled
// by postal staff at the province HCC centre from 22/02/2021.
export const register: HandoverRegister = [
  {
    officeId: "HT-HCC",
    scope: { kind: "department", agencyId: "SCT" },
    mode: "replace",
    since: "2021-02-22",
    decision: {
      document: "Kế hoạch 41/KH-UBND",
      issuer: "UBND tỉnh Hà Tĩnh",
      issued: "2021-02-18",
      verified: true,
    },
  },
];

export function permissions(): void {
  heading("Ai được làm gì", "Who may do what: a forbidden action, refused with its reason");
  const { procedure } = receivedDossier;
  const scope = { officeId: "HT-HCC", procedure, register } as const;
  // The Hà Tĩnh rulebook's slices, as the plugins supply them.
  const rules: DossierRules = {
    sla: sliceOf(rulebook, "sla"),
    permissions: sliceOf(rulebook, "permissions"),
  };
  const received = replay(parseDossierEvents(receivedDossier.events), rules, { scope, calendar });
  if (!received.ok) throw received.error;
  line("Trạng thái sau khi tiếp nhận / state", received.value.state);
  const at = "2026-02-12T10:00:00+07:00";
  const transfer = can(received.value, { role: "postalStaff" }, "transferred", { ...scope, rules, at });
  line(
    "Bưu điện chuyển hồ sơ / postal staff transfer",
    transfer.ok ? "được phép / allowed" : transfer.error.code,
  );

  const events = parseDossierEvents([
    ...receivedDossier.events,
    { id: "e4", type: "transferred", at, actor: { role: "postalStaff", officeId: "HT-HCC" }, paper: false },
    {
      id: "e5",
      type: "assigned",
      at: "2026-02-13T08:30:00+07:00",
      actor: { role: "agencyLeader" },
      assignee: "cv-07",
    },
  ]);
  const replayed = replay(events, rules, { scope, calendar });
  if (!replayed.ok) throw replayed.error;
  line("Trạng thái sau khi phân công / state", replayed.value.state);

  const approve = can(replayed.value, { role: "postalStaff" }, "resolved", {
    ...scope,
    rules,
    calendar,
    at: "2026-02-23T10:00:00+07:00",
  });
  if (approve.ok) throw new Error("postal staff must never approve");
  line("Bưu điện phê duyệt / postal staff approve", approve.error.code);
  line("  vi", approve.error.vi);
  line("  en", approve.error.en);
}
