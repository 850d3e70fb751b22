/**
 * `planStaffing` (all needs, reserve, qualifications, explanation) against the rule of thumb it
 * replaces: `Math.ceil(dossiers / 15)` employees (read off Kế hoạch 41/KH-UBND L312-L314). The
 * ratio is the price of an explained, validated plan. The rules are the test fixtures.
 *
 * Run: node --conditions=@motcua/source --expose-gc --import tsx packages/staffing/bench/planStaffing.bench.ts
 */
import { Bench } from "tinybench";
import { planStaffing, type StaffingInput } from "@motcua/staffing";
import { activityRules, manyDomainsRules, workloadRules } from "../test/fixtures";

const district = {
  level: "district",
  volumes: [
    { domain: "Tư pháp", dossiersPerDay: 30, pagesPerDossier: 6 },
    { domain: "Đất đai", dossiersPerDay: 15, pagesPerDossier: 12 },
    { domain: "Kinh tế – Hạ tầng", dossiersPerDay: 10, pagesPerDossier: 10 },
    { domain: "Lao động – TB&XH", dossiersPerDay: 5, pagesPerDossier: 8 },
  ],
} satisfies StaffingInput;
const haTinhRules = workloadRules; // shaped like Hà Tĩnh's plan (its plugin holds the real figures)
const withActivity = { ...manyDomainsRules, ...activityRules };

let sink = 0;
const bench = new Bench({ time: 1000, warmup: true });
bench
  .add("rule of thumb ⌈dossiers ÷ 15⌉", () => {
    let total = 0;
    for (const x of district.volumes) total += x.dossiersPerDay;
    sink += Math.ceil(total / 15);
  })
  .add("planStaffing (Hà Tĩnh rules)", () => {
    sink += planStaffing(district, haTinhRules).pool;
  })
  .add("planStaffing (many domains + activity model)", () => {
    sink += planStaffing(district, withActivity).pool;
  });

await bench.run();

const hz = (name: string): number => {
  const r = bench.tasks.find((x) => x.name === name)?.result as
    { throughput?: { mean?: number } } | undefined;
  return r?.throughput?.mean ?? 0;
};
const ours = hz("planStaffing (Hà Tĩnh rules)");
console.table(
  bench.tasks.map((t) => ({
    task: t.name,
    "ops/s": Math.round(hz(t.name)).toLocaleString("en-US"),
    "planStaffing (HT) ÷ this": (ours / hz(t.name)).toFixed(ours / hz(t.name) < 0.01 ? 4 : 2),
  })),
);
console.log(`(checksum ${sink % 1000})`);
