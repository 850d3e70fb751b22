/**
 * Demo section: who approves handing counter work to postal staff — Hà Tĩnh 2021 (steering board)
 * versus Vĩnh Phúc 2025 (provincial People's Committee), the district chairman until 30/6/2025, and a
 * coded refusal after the district level was abolished. The rules come from the province plugins.
 */
import { citeLegalRef, isMotcuaError } from "@motcua/core";
import { decide, type ApprovalDecision, type HandoverRules } from "@motcua/handover";
import { national } from "@motcua/national";
import { composeRulebook, sliceOf, type Plugin } from "@motcua/plugin-sdk";
import { haTinh } from "@motcua/province-ha-tinh";
import { vinhPhuc } from "@motcua/province-vinh-phuc";
import { heading, line } from "../print";

/** The handover rules a province's plugin gives, composed on the national baseline as of a date. */
const rulesOf = (province: Plugin, asOf: string): HandoverRules =>
  sliceOf(composeRulebook([national, province], { asOf }), "handover");

const show = (title: string, d: ApprovalDecision): void => {
  console.log(`\n  ${title}`);
  for (const step of d.steps) {
    const mark = step === d.decider ? "★" : " ";
    console.log(
      `   ${mark} ${step.duty.padEnd(8)} ${step.party.padEnd(28)} ← ${citeLegalRef(step.legalRef)}`,
    );
  }
};

export function handover(): void {
  heading("Phê duyệt chuyển giao cho bưu điện", "Who approves handing the counter to postal staff");
  show(
    "Hà Tĩnh 2021, Sở Tài chính at the province HCC centre (★ = decides):",
    decide(
      { officeId: "HT-HCC", level: "province", scope: { kind: "department", agencyId: "STC" } },
      rulesOf(haTinh, "2021-06-01"),
      "2021-06-01",
    ),
  );
  show(
    "Vĩnh Phúc 2025, Sở Tư pháp at the province HCC centre:",
    decide(
      { officeId: "VP-HCC", level: "province", scope: { kind: "department", agencyId: "STP" } },
      rulesOf(vinhPhuc, "2025-05-01"),
      "2025-05-01",
    ),
  );
  show(
    "Hà Tĩnh 2021, district one-stop of Can Lộc:",
    decide(
      { officeId: "HT-CANLOC", level: "district", scope: { kind: "all" } },
      rulesOf(haTinh, "2021-06-01"),
      "2021-06-01",
    ),
  );
  try {
    decide(
      { officeId: "HT-CANLOC", level: "district", scope: { kind: "all" } },
      rulesOf(haTinh, "2025-07-01"),
      "2025-07-01",
    );
  } catch (e) {
    if (!isMotcuaError(e)) throw e;
    console.log("");
    line("District request on 01/07/2025", e.code);
    line("  vi", e.vi);
  }
}
