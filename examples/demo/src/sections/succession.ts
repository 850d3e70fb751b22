/**
 * Demo section: a dossier received in 2026 at an office of former Vĩnh Phúc, which merged into Phú
 * Thọ on 1/7/2025 (Nghị quyết 202/2025/QH15): it is judged by Phú Thọ's rulebook — the national
 * baseline, since no Phú Thọ rules are known — never by Vĩnh Phúc's plan, and never an error.
 */
import { formatInstant } from "@motcua/core";
import { parseDossierEvents, replay, toControlSlip, toReceiptSlip } from "@motcua/dossier";
import { composeForProvince, nationalCalendar } from "@motcua/national";
import { explain, sliceOf } from "@motcua/plugin-sdk";
import { vinhPhuc } from "@motcua/province-vinh-phuc";
import { computeDeadline } from "@motcua/sla";
import { makeCalendar } from "@motcua/calendar";
import { heading, line } from "../print";

export function succession(): void {
  heading(
    "Hồ sơ tại văn phòng Vĩnh Phúc cũ, năm 2026",
    "A dossier at a former Vĩnh Phúc office, received in 2026",
  );
  const receivedAt = "2026-03-02T09:00:00+07:00";
  const book = composeForProvince({ province: "vinh-phuc", asOf: receivedAt, plugins: [vinhPhuc] });
  line(
    "Tỉnh áp dụng / province applied",
    `${book.jurisdiction.level === "province" ? book.jurisdiction.province : "?"}`,
  );
  line(
    "Kế thừa / succession",
    book.succession.map((s) => `${s.from} → ${s.to} (đến hết ${s.lastDay})`).join("; "),
  );
  const due = computeDeadline(
    { code: "1.000001", processingTime: { amount: 3, unit: "workingDays" } },
    receivedAt,
    nationalCalendar(),
    sliceOf(book, "sla"),
  );
  line("Hẹn trả (3 ngày làm việc) / due", formatInstant(due));
  // Filed through VNeID (Nghị định 367/2025), received and transferred: the papers carry the
  // numbers of Thông tư 03/2025 (the control slip is Mẫu 06 since 1/7/2025, Mẫu 05 before).
  const events = parseDossierEvents([
    {
      id: "e1",
      type: "submitted",
      channel: "vneid",
      at: "2026-03-02T08:40:00+07:00",
      actor: { role: "applicant" },
    },
    {
      id: "e2",
      type: "received",
      at: receivedAt,
      actor: { role: "oneStopOfficer" },
      dossierCode: "PT-HCC-260302-0001",
    },
    { id: "e3", type: "transferred", at: "2026-03-02T10:00:00+07:00", actor: { role: "oneStopOfficer" } },
  ]);
  const rules = { sla: sliceOf(book, "sla"), permissions: sliceOf(book, "permissions") };
  const calendar = makeCalendar(sliceOf(book, "calendar"));
  const scope = {
    officeId: "PT-HCC",
    officeLevel: "province" as const,
    procedure: { code: "1.000001" },
    register: [],
  };
  const r = replay(events, rules, { calendar, dueAt: due, scope });
  line("Kênh nộp / channel", r.ok ? `${r.value.channel ?? "?"} → ${r.value.state}` : r.error.en);
  const forms = sliceOf(book, "forms");
  const slip = toReceiptSlip(events, { procedure: { code: "1.000001" }, dueAt: due }, forms);
  const control = toControlSlip(events, { rules, calendar, forms });
  line("Giấy tiếp nhận / receipt slip", `Mẫu ${slip.form} ${slip.formName} (${slip.legalRef.document})`);
  line("Phiếu kiểm soát / control slip", `Mẫu ${control.form} ${control.formName}`);
  for (const row of explain(book, "sla.paperTransferCutoff").split("\n").slice(-2)) console.log(`   ${row}`);
}
