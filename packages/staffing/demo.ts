/**
 * Demo: staffing a district one-stop that receives 60 dossiers a day across 4 domains.
 *
 * Run from the repository root:
 *   node --conditions=@motcua/source --import tsx packages/staffing/demo.ts
 *
 * The activity minutes below are NOT the Quyết định 2133/QĐ-BTTTT figures (we do not have them):
 * they are placeholders a province plugin must replace, and every line that uses them is flagged
 * unverified in the explanation.
 */
import type { LegalRef } from "@motcua/core";
import {
  dongThap2022StaffingReference,
  explainPlan,
  haTinh2021StaffingNorms,
  planStaffing,
  vinhPhuc2025StaffingNorms,
  type NormValue,
  type StaffingNorms,
} from "@motcua/staffing";

const district = {
  officeId: "DEMO-HUYEN",
  level: "district",
  civilServantsAtCounter: 5,
  volumes: [
    { domain: "Tư pháp – Hộ tịch, Chứng thực", dossiersPerDay: 30, pagesPerDossier: 6 },
    { domain: "Đất đai", dossiersPerDay: 15, pagesPerDossier: 12 },
    { domain: "Kinh tế – Hạ tầng", dossiersPerDay: 10, pagesPerDossier: 10 },
    { domain: "Lao động – Thương binh và Xã hội", dossiersPerDay: 5, pagesPerDossier: 8 },
  ],
} as const;

// Where the activity-time figures come from: a placeholder standing in for Quyết định 2133/QĐ-BTTTT.
const placeholder2133: LegalRef = {
  document: "Quyết định 2133/QĐ-BTTTT",
  issued: "2024-12-05",
  verified: false,
  note: "Demo placeholder: the norm figures of 2133/QĐ-BTTTT are not in our sources; a province plugin must supply them.",
};
const minutes = (value: number): NormValue => ({ value, source: placeholder2133, verified: false });
const activityModel: Partial<StaffingNorms> = {
  activityMinutes: {
    guidance: minutes(5),
    receipt: minutes(10),
    digitisationPerPage: minutes(0.5),
    return: minutes(5),
  },
  workingMinutesPerDay: {
    value: 480,
    source: {
      document: "Bộ luật Lao động 2019",
      article: "105",
      verified: false,
      note: "«không quá 08 giờ trong 01 ngày» is a maximum; using all 8 hours as counter time is our assumption.",
    },
    verified: false,
  },
};

const scenarios: Array<[string, unknown]> = [
  [
    "Hà Tĩnh 2021 (Kế hoạch 41/KH-UBND)",
    { ...haTinh2021StaffingNorms, civilServantsFreed: dongThap2022StaffingReference.civilServantsFreed },
  ],
  [
    "Vĩnh Phúc 2025 (Kế hoạch 60/KH-UBND) + activity model (placeholder for 2133/QĐ-BTTTT)",
    { ...vinhPhuc2025StaffingNorms, ...activityModel },
  ],
];

for (const [title, norms] of scenarios) {
  const plan = planStaffing(district, norms);
  console.log(`\n=== ${title}: ${plan.required} on duty, pool ${plan.pool} (driven by ${plan.drivenBy}) ===`);
  console.log(explainPlan(plan, "vi"));
}

try {
  planStaffing(district, vinhPhuc2025StaffingNorms);
} catch (e) {
  console.log(`\nVĩnh Phúc norms alone: ${(e as Error).message}`);
}
