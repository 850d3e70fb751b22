/**
 * `replay` (transition table compiled from the xstate chart) against the obvious alternative:
 * parse the events the same way and drive an xstate actor (`createActor(handoverMachine)`), one
 * actor per workflow. Also `replay` with a rulebook (each proposal checked with `decide`).
 *
 * Run: node --conditions=@motcua/source --expose-gc --import tsx packages/handover/bench/replay.bench.ts
 */
import { Bench } from "tinybench";
import { createActor } from "xstate";
import { decode } from "@motcua/core";
import {
  decide,
  HandoverEventSchema,
  handoverMachine,
  replay,
  type HandoverEventInput,
  type HandoverRequest,
} from "@motcua/handover";
import { rules as haTinh2021HandoverRules } from "../test/fixtures";

const at = (d: string) => `${d}T08:00:00+07:00`;
// A 12-event Hà Tĩnh district workflow (Kế hoạch 41/KH-UBND III.3.2.2), suspended once and resumed.
const events: HandoverEventInput[] = [
  {
    type: "proposed",
    at: at("2021-03-01"),
    officeId: "HT-CANLOC",
    level: "district",
    scope: { kind: "all" },
  },
  { type: "staffAssigned", at: at("2021-03-02"), staff: 2 },
  { type: "staffAssigned", at: at("2021-03-15"), staff: 1 },
  { type: "proficiencyAssessed", at: at("2021-04-20"), proficient: false },
  { type: "proficiencyAssessed", at: at("2021-05-03"), proficient: true },
  { type: "withdrawalProposed", at: at("2021-05-04") },
  {
    type: "approved",
    at: at("2021-05-10"),
    decision: { document: "QĐ", verified: true },
    by: "districtChairman",
  },
  { type: "handedOver", at: at("2021-05-17") },
  { type: "suspended", at: at("2021-07-01"), reason: "thiếu nhân viên" },
  { type: "resumed", at: at("2021-07-05") },
  { type: "suspended", at: at("2021-08-01"), reason: "nghỉ lễ" },
  { type: "resumed", at: at("2021-08-03") },
];

const request = {
  officeId: "HT-CANLOC",
  level: "district",
  scope: { kind: "all" },
} satisfies HandoverRequest;

let sink = 0;
const bench = new Bench({ time: 1000, warmup: true });
bench
  .add("replay (compiled table)", () => {
    const r = replay(events);
    sink += r.ok ? r.value.history.length : 0;
  })
  .add("xstate actor (same parsing)", () => {
    const actor = createActor(handoverMachine).start();
    for (const e of events) actor.send(decode(HandoverEventSchema, e));
    sink += actor.getSnapshot().value.length;
    actor.stop();
  })
  .add("replay with rulebook (decide on proposal)", () => {
    const r = replay(events, { rules: haTinh2021HandoverRules });
    sink += r.ok ? r.value.history.length : 0;
  })
  .add("decide alone", () => {
    sink += decide(request, haTinh2021HandoverRules, "2021-06-01").steps.length;
  });

await bench.run();

const hz = (name: string): number => {
  const r = bench.tasks.find((x) => x.name === name)?.result as
    { throughput?: { mean?: number } } | undefined;
  return r?.throughput?.mean ?? 0;
};
const ours = hz("replay (compiled table)");
console.table(
  bench.tasks.map((t) => ({
    task: t.name,
    "ops/s": Math.round(hz(t.name)).toLocaleString("en-US"),
    "replay ÷ this": (ours / hz(t.name)).toFixed(2),
  })),
);
console.log(`(12 events per workflow; checksum ${sink % 1000})`);
