/**
 * Demo section: a dossier received at a Hà Tĩnh counter by postal staff, its appointment (ngày hẹn
 * trả) computed across Tết 2026 and explained line by line with the legal source of each.
 */
import { citeLegalRef, formatInstant } from "@motcua/core";
import { makeCalendar } from "@motcua/calendar";
import { national } from "@motcua/national";
import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
import { haTinh } from "@motcua/province-ha-tinh";
import { computeClock, computeDeadline } from "@motcua/sla";
import { heading, line, note } from "../print";

const postal = { role: "postalStaff", officeId: "HT-HCC" } as const;

/** The dossier used by the appointment and permission sections. */
export const receivedDossier = {
  procedure: {
    code: "1.004227",
    name: "Cấp Giấy chứng nhận đủ điều kiện kinh doanh (ví dụ)",
    domain: "Công Thương",
    competentAgency: "SCT",
    processingTime: { amount: 3, unit: "workingDays" },
  },
  events: [
    {
      id: "e1",
      type: "submitted",
      at: "2026-02-12T08:45:00+07:00",
      actor: { role: "applicant" },
      channel: "counter",
    },
    { id: "e2", type: "guided", at: "2026-02-12T08:50:00+07:00", actor: postal },
    {
      id: "e3",
      type: "received",
      at: "2026-02-12T09:00:00+07:00",
      actor: postal,
      dossierCode: "HT-HCC-260212-0001",
    },
  ],
} as const;

/** The rules in force on the receipt day: the national baseline with Hà Tĩnh's plugin on top. */
export const rulebook = composeRulebook([national, haTinh], { asOf: "2026-02-12" });

/** The working calendar of those rules: national holidays and notices, Hà Tĩnh's office hours if it sets any. */
export const calendar = makeCalendar(sliceOf(rulebook, "calendar"));

export function appointment(): void {
  heading("Hẹn trả kết quả qua Tết", "An appointment computed across Tết 2026, and explained");
  const { procedure, events } = receivedDossier;
  const sla = sliceOf(rulebook, "sla");
  const due = computeDeadline(procedure, "2026-02-12T09:00:00+07:00", calendar, sla);
  line("Thủ tục / procedure", `${procedure.code} — ${procedure.processingTime.amount} ngày làm việc`);
  line("Tiếp nhận / received (nhân viên bưu điện)", "Thứ Năm 12/02/2026 09:00");
  line("Ngày hẹn trả / appointed return", formatInstant(due));

  const clock = computeClock(events, procedure, calendar, sla, "2026-02-23T09:00:00+07:00");
  line("Trạng thái ngày 23/02 09:00 / status", `${clock.status}, ${clock.pending ?? "?"}`);
  line(
    "Đã dùng / used (working minutes)",
    `${clock.elapsedMinutes} of ${clock.elapsedMinutes + clock.remainingMinutes}`,
  );
  console.log("\n  Giải trình / explanation:");
  for (const entry of clock.explain) {
    const source = entry.legalRef === undefined ? "" : `  ← ${citeLegalRef(entry.legalRef)}`;
    console.log(`   ${formatInstant(entry.at).slice(0, 16).replace("T", " ")}  ${entry.vi}${source}`);
  }
  note("Tết 16–20/02/2026 and both weekends are skipped; the due time keeps the 09:00 wall-clock time.");
}
