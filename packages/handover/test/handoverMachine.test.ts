import { getShortestPaths } from "xstate/graph";
import { describe, expect, it } from "vitest";
import { handoverMachine, replay, type HandoverEvent } from "@motcua/handover";

// Model-based paths over the chart (Kế hoạch 41/KH-UBND III.3, seed 000_2e345361e98f0131.txt;
// Kế hoạch 60/KH-UBND III.3.b, seed 002_3dbcea63c5a39460.txt): every status is reachable, and
// replay walks each shortest path to the same status as xstate.
const decision = { document: "Quyết định thử", verified: false };
const events: HandoverEvent[] = [
  { type: "proposed", at: 0, officeId: "X", level: "province", scope: { kind: "all" }, mode: "replace" },
  { type: "proposed", at: 0, officeId: "X", level: "commune", scope: { kind: "all" }, mode: "support" },
  { type: "staffAssigned", at: 0, staff: 1 },
  { type: "proficiencyAssessed", at: 0, proficient: true },
  { type: "proficiencyAssessed", at: 0, proficient: false },
  { type: "withdrawalProposed", at: 0 },
  { type: "approved", at: 0, decision },
  { type: "rejected", at: 0, reason: "x" },
  { type: "handedOver", at: 0 },
  { type: "suspended", at: 0, reason: "x" },
  { type: "resumed", at: 0 },
  { type: "reversed", at: 0, reason: "x" },
];

describe("handoverMachine (model-based paths with xstate/graph)", () => {
  const paths = getShortestPaths(handoverMachine, { events });

  it("reaches every status of the chart", () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(
      [
        "idle",
        "proposed",
        "learning",
        "assessed",
        "withdrawalProposed",
        "approved",
        "rejected",
        "handedOver",
        "suspended",
        "reversed",
      ].sort(),
    );
  });

  it("replay follows every shortest path to the same status and context", () => {
    let checked = 0;
    for (const path of paths) {
      // The first step is xstate's own init event, which is not a handover event.
      const walked = path.steps
        .map((s, i) => ({ ...s.event, at: i }))
        .filter((e) => String(e.type) !== "xstate.init");
      if (walked.length === 0) continue;
      const r = replay(walked);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.value.status).toBe(path.state.value);
      expect(r.value.mode).toBe(path.state.context.mode);
      expect(r.value.suspendedFrom).toBe(path.state.context.suspendedFrom);
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });
});
