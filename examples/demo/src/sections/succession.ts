/**
 * Demo section: a dossier received in 2026 at an office of former Vĩnh Phúc, which merged into Phú
 * Thọ on 1/7/2025 (Nghị quyết 202/2025/QH15): it is judged by Phú Thọ's rulebook — the national
 * baseline, since no Phú Thọ rules are known — never by Vĩnh Phúc's plan, and never an error.
 */
import { formatInstant } from "@motcua/core";
import { composeForProvince, nationalCalendar } from "@motcua/national";
import { explain, sliceOf } from "@motcua/plugin-sdk";
import { vinhPhuc } from "@motcua/province-vinh-phuc";
import { computeDeadline } from "@motcua/sla";
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
  for (const row of explain(book, "sla.paperTransferCutoff").split("\n").slice(-2)) console.log(`   ${row}`);
}
