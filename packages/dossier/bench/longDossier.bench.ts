/**
 * One dossier with very many events: 10⁵ and 10⁶ `guided` events with distinct ids through
 * `replay()`. The time per event must not grow with the length (the duplicate-id check is one hash
 * lookup per event); the obvious alternative printed beside it is the former scan of every earlier
 * id, run on a length it can finish (it is quadratic: ~14 s at 10⁵ on this machine's class).
 *
 * Run from the repo root:
 *   node --conditions=@motcua/source --expose-gc --import tsx packages/dossier/bench/longDossier.bench.ts
 */
import type { DossierEvent } from "@motcua/core";
import { replay } from "@motcua/dossier";
import { baseRules as nationalDossierRules } from "../test/fixtures";

const T0 = Date.parse("2026-03-02T08:00:00+07:00");
const guided = (n: number): DossierEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `g${i}`,
    type: "guided",
    at: T0 + i,
    actor: { role: "oneStopOfficer", officeId: "HT-HCC" },
  })) as DossierEvent[];

const measure = (label: string, n: number, run: () => boolean) => {
  globalThis.gc?.();
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const ok = run();
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (!ok) throw new Error(`${label}: refused`);
  return { label, events: n, wall, cpuSeconds, perEventNs: (wall / n) * 1e9 };
};

/** The former check: each id compared with every earlier one (fingerprints first). */
const scanDuplicates = (events: ReadonlyArray<DossierEvent>): boolean => {
  const ids: string[] = [];
  for (let i = 0; i < events.length; i++) {
    const id = (events[i] as DossierEvent).id;
    for (let j = 0; j < i; j++) if (ids[j] === id) return false;
    ids.push(id);
  }
  return true;
};

const rows = [];
for (const n of [100_000, 1_000_000]) {
  const events = guided(n);
  rows.push(
    measure(
      `replay(), ${n.toLocaleString("en-US")} events`,
      n,
      () => replay(events, nationalDossierRules).ok,
    ),
  );
}
const SCAN = 30_000;
const scan = guided(SCAN);
rows.push(
  measure(`former scan of earlier ids only, ${SCAN.toLocaleString("en-US")} events`, SCAN, () =>
    scanDuplicates(scan),
  ),
);

console.log("\nOne dossier, many events (wall includes waiting for a CPU on a shared machine)\n");
console.table(
  rows.map((r) => ({
    task: r.label,
    "wall s": r.wall.toFixed(2),
    "CPU s": r.cpuSeconds.toFixed(2),
    "ns/event": Math.round(r.perEventNs).toLocaleString("en-US"),
  })),
);
const [small, large, former] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
console.log(
  `ns/event at 10⁶ ÷ at 10⁵: ${(large.perEventNs / small.perEventNs).toFixed(2)} (≈ 1 when linear); ` +
    `the former scan alone at ${SCAN.toLocaleString("en-US")} events costs ${(former.perEventNs / large.perEventNs).toFixed(1)}× ` +
    `the whole replay's time per event at 10⁶, and grows with the length.`,
);
