/**
 * Demo section: a staffing plan for a district one-stop receiving 60 dossiers a day across 4 domains,
 * under Hà Tĩnh's norms (seed 000_2e345361e98f0131.txt), with the norm behind every number.
 */
import { explainPlan, haTinh2021StaffingNorms, planStaffing } from "@motcua/staffing";
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
    haTinh2021StaffingNorms,
  );
  line("Cần trực quầy / on duty", plan.required);
  line("Tổng kể cả dự phòng / pool incl. reserve", plan.pool);
  console.log("");
  for (const row of explainPlan(plan, "vi").split("\n")) console.log(`   ${row}`);
}
