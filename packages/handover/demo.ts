/**
 * Demo: who approves a handover, and a district handover replayed into the register.
 *
 * Run from the repository root:
 *   node --conditions=@motcua/source --import tsx packages/handover/demo.ts
 */
import { citeLegalRef, findHandover, isMotcuaError } from "@motcua/core";
import {
  decide,
  haTinh2021HandoverRules,
  replay,
  toRegister,
  vinhPhuc2025HandoverRules,
  type HandoverEventInput,
} from "@motcua/handover";

const show = (title: string, f: () => ReturnType<typeof decide>) => {
  try {
    const d = f();
    console.log(`\n${title} → ${d.mode}${d.ownProposalRequired ? " (own proposal required)" : ""}`);
    for (const s of d.steps)
      console.log(
        `  ${s.duty.padEnd(8)} ${s.party.padEnd(28)}${s.responsible ? " (responsible)" : ""}  ← ${citeLegalRef(s.legalRef)}`,
      );
  } catch (e) {
    if (!isMotcuaError(e)) throw e;
    console.log(`\n${title} → ${e.code}: ${e.vi}`);
  }
};

const prov = { officeId: "HCC", level: "province", scope: { kind: "department", agencyId: "STC" } };
const dist = { officeId: "HUYEN", level: "district", scope: { kind: "all" } };
show("Hà Tĩnh 2021, province", () => decide(prov, haTinh2021HandoverRules, "2021-06-01"));
show("Hà Tĩnh 2021, Sở Nội vụ", () =>
  decide({ ...prov, scope: { kind: "department", agencyId: "SNV" } }, haTinh2021HandoverRules, "2021-06-01"),
);
show("Hà Tĩnh 2021, district", () => decide(dist, haTinh2021HandoverRules, "2021-06-01"));
show("Hà Tĩnh, district on 1/7/2025", () => decide(dist, haTinh2021HandoverRules, "2025-07-01"));
show("Hà Tĩnh, commune centre on 1/7/2025", () =>
  decide(
    { officeId: "XA", level: "commune", scope: { kind: "all" }, mode: "support" },
    haTinh2021HandoverRules,
    "2025-07-01",
  ),
);
show("Vĩnh Phúc 2025, province", () => decide(prov, vinhPhuc2025HandoverRules, "2025-05-05"));
show("Vĩnh Phúc 2025, district", () => decide(dist, vinhPhuc2025HandoverRules, "2025-05-05"));

const at = (d: string) => `${d}T08:00:00+07:00`;
const events: HandoverEventInput[] = [
  {
    type: "proposed",
    at: at("2021-03-01"),
    officeId: "HT-CANLOC",
    level: "district",
    scope: { kind: "all" },
  },
  { type: "staffAssigned", at: at("2021-03-02"), staff: 3 },
  {
    type: "proficiencyAssessed",
    at: at("2021-05-03"),
    proficient: true,
    assessors: ["pilotUnitHead", "centreDirector"],
  },
  { type: "withdrawalProposed", at: at("2021-05-04") },
  {
    type: "approved",
    at: at("2021-05-10"),
    by: "districtChairman",
    decision: { document: "Quyết định …/QĐ-UBND (huyện Can Lộc)", verified: false },
  },
  { type: "handedOver", at: at("2021-05-17") },
];
const r = replay(events, { rules: haTinh2021HandoverRules });
if (r.ok) {
  const register = toRegister(r.value);
  console.log("\nReplayed:", r.value.status, "→ register:", JSON.stringify(register));
  console.log(
    "findHandover on 2021-06-01:",
    findHandover(register, { officeId: "HT-CANLOC", procedureCode: "1.0", date: "2021-06-01" })?.mode,
  );
}
const bad = replay(
  [
    ...events.slice(0, 4),
    {
      type: "approved",
      at: at("2021-05-10"),
      by: "steeringBoard",
      decision: { document: "x", verified: false },
    },
  ],
  {
    rules: haTinh2021HandoverRules,
  },
);
if (!bad.ok) console.log("\nWrong decider:", bad.error.code, bad.error.path, bad.error.en);
