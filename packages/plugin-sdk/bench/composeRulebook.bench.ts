/**
 * composeRulebook (validated plugins, per-date versions, provenance; test fixtures: a baseline and
 * a province overlay) against the obvious
 * alternative: a plain nested spread of two rule objects with no validity, no provenance, no checks.
 *
 * node --conditions=@motcua/source --expose-gc --import tsx packages/plugin-sdk/bench/composeRulebook.bench.ts
 */
import { Bench } from "tinybench";
import { composeRulebook, explain } from "@motcua/plugin-sdk";
import { national, province as haTinh } from "../test/fixtures";

const plain = (p: typeof national): Record<string, Record<string, unknown>> => {
  const out: Record<string, Record<string, unknown>> = {};
  for (const r of p.rules) (out[r.slot] ??= {})[r.key] = r.value;
  return out;
};
const a = plain(national);
const b = plain(haTinh);
const naive = (): Record<string, Record<string, unknown>> => {
  const out: Record<string, Record<string, unknown>> = {};
  for (const slot of new Set([...Object.keys(a), ...Object.keys(b)])) out[slot] = { ...a[slot], ...b[slot] };
  return out;
};
const book = composeRulebook([national, haTinh], { asOf: "2021-03-01" });

const bench = new Bench({ time: 500 });
bench
  .add("composeRulebook([national, province])", () =>
    composeRulebook([national, haTinh], { asOf: "2021-03-01" }),
  )
  .add("naive nested spread (no validity, no provenance)", naive)
  .add("explain(book, path)", () => explain(book, "sla.paperTransferCutoff"))
  .add("book.rules.get(path) (lookup)", () => book.rules.get("sla.paperTransferCutoff"));
await bench.run();
const opsOf = (t: (typeof bench.tasks)[number]): number =>
  (t.result as { throughput?: { mean?: number } } | undefined)?.throughput?.mean ?? Number.NaN;
const hz = (name: string): number =>
  ((t) => (t === undefined ? Number.NaN : opsOf(t)))(bench.tasks.find((t) => t.name === name));
console.table(bench.tasks.map((t) => ({ task: t.name, "ops/s": Math.round(opsOf(t)) })));
console.log(
  `naive / composeRulebook = ${(hz("naive nested spread (no validity, no provenance)") / hz("composeRulebook([national, province])")).toFixed(1)}×`,
);
