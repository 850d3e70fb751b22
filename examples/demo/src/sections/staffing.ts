/**
 * Demo section: a staffing plan for a district one-stop receiving 60 dossiers a day across 4 domains,
 * under the Hà Tĩnh plugin's rules (Kế hoạch 41/KH-UBND: 1–3 domains each, at least 15–20 dossiers a
 * day each), with the rule behind every number.
 */
import { national } from "@motcua/national";
import { composeRulebook, sliceOf } from "@motcua/plugin-sdk";
import { haTinh } from "@motcua/province-ha-tinh";
import { explainPlan, planStaffing } from "@motcua/staffing";
import { heading, line } from "../print";

export function staffing(): void {
  heading(
    "Định biên nhân viên bưu điện",
    "Postal staffing for a district one-stop (60 dossiers/day, 4 domains)",
  );
  const plan = planStaffing(
    {
      officeId: "HT-DUCTHO",
      level: "district",
      volumes: [
        { domain: "Tư pháp – Hộ tịch", dossiersPerDay: 30 },
        { domain: "Đất đai", dossiersPerDay: 15 },
        { domain: "Kinh tế – Hạ tầng", dossiersPerDay: 10 },
        { domain: "Lao động – TB&XH", dossiersPerDay: 5 },
      ],
    },
    sliceOf(composeRulebook([national, haTinh], { asOf: "2021-06-01" }), "staffing"),
  );
  line("Cần trực quầy / on duty", plan.required);
  line("Khoảng cho phép / range allowed", `${plan.range.min}–${plan.range.max ?? "?"}`);
  line("Tổng kể cả dự phòng / pool incl. reserve", plan.pool);
  console.log("");
  for (const row of explainPlan(plan, "vi").split("\n")) console.log(`   ${row}`);
}
