/**
 * `planStaffing` (all needs, reserve, qualifications, explanation) against the rule of thumb it
 * replaces: `Math.ceil(dossiers / 15)` employees (Kế hoạch 41/KH-UBND III.3.1.1). The ratio is
 * the price of an explained, validated plan.
 *
 * Run: node --conditions=@motcua/source --expose-gc --import tsx packages/staffing/bench/planStaffing.bench.ts
 */
import { Bench } from "tinybench";
import {
  decodeStaffingNorms,
  haTinh2021StaffingNorms,
  planStaffing,
  vinhPhuc2025StaffingNorms,
  type NormValue,
} from "@motcua/staffing";

const district = {
  level: "district",
  volumes: [
    { domain: "Tư pháp", dossiersPerDay: 30, pagesPerDossier: 6 },
    { domain: "Đất đai", dossiersPerDay: 15, pagesPerDossier: 12 },
    { domain: "Kinh tế – Hạ tầng", dossiersPerDay: 10, pagesPerDossier: 10 },
    { domain: "Lao động – TB&XH", dossiersPerDay: 5, pagesPerDossier: 8 },
  ],
};
const placeholder = { document: "Quyết định 2133/QĐ-BTTTT", verified: false, note: "bench placeholder" };
const v = (value: number): NormValue => ({ value, source: placeholder, verified: false });
const withActivity = {
  ...vinhPhuc2025StaffingNorms,
  activityMinutes: { guidance: v(5), receipt: v(10), digitisationPerPage: v(0.5), return: v(5) },
  workingMinutesPerDay: v(480),
};

let sink = 0;
const bench = new Bench({ time: 1000, warmup: true });
bench
  .add("rule of thumb ⌈dossiers ÷ 15⌉", () => {
    let total = 0;
    for (const x of district.volumes) total += x.dossiersPerDay;
    sink += Math.ceil(total / 15);
  })
  .add("planStaffing (Hà Tĩnh norms)", () => {
    sink += planStaffing(district, haTinh2021StaffingNorms).pool;
  })
  .add("planStaffing (Vĩnh Phúc + activity model)", () => {
    sink += planStaffing(district, withActivity).pool;
  })
  .add("decodeStaffingNorms alone (Hà Tĩnh)", () => {
    sink += decodeStaffingNorms(haTinh2021StaffingNorms).qualifications.length;
  });

await bench.run();

const hz = (name: string): number => {
  const r = bench.tasks.find((x) => x.name === name)?.result as
    { throughput?: { mean?: number } } | undefined;
  return r?.throughput?.mean ?? 0;
};
const ours = hz("planStaffing (Hà Tĩnh norms)");
console.table(
  bench.tasks.map((t) => ({
    task: t.name,
    "ops/s": Math.round(hz(t.name)).toLocaleString("en-US"),
    "planStaffing (HT) ÷ this": (ours / hz(t.name)).toFixed(ours / hz(t.name) < 0.01 ? 4 : 2),
  })),
);
console.log(`(checksum ${sink % 1000})`);
