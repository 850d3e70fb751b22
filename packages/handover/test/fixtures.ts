/**
 * A synthetic handover slice for the mechanism tests: the shape a composed rulebook gives
 * (`sliceOf(rulebook, "handover")`), with made-up sources. The seed provinces' own rules are tested
 * in their plugins (packages/provinces/<slug>/test/handover.test.ts).
 */
import type { LegalRef } from "@motcua/core";
import type { ApprovalAuthority, HandoverRules } from "@motcua/handover";

export const ref = (note: string, verified = true): LegalRef => ({
  document: "Kế hoạch 1/KH-UBND (fixture)",
  verified,
  note,
});

const PROVINCE = ref("province procedure");
const DISTRICT = ref("district procedure");
const COMMUNE = ref("commune support", false);

export const authorities: ApprovalAuthority[] = [
  {
    id: "fixture/province",
    level: "province",
    validity: { validFrom: "2021-02-18" },
    mode: "replace",
    steps: [
      { duty: "propose", party: "departmentDirector", legalRef: PROVINCE },
      { duty: "agree", party: "centreDirector", legalRef: PROVINCE },
      { duty: "advise", party: "steeringBoard", legalRef: PROVINCE },
      { duty: "decide", party: "provincialPeoplesCommittee", legalRef: PROVINCE },
    ],
    legalRef: PROVINCE,
  },
  {
    id: "fixture/district",
    level: "district",
    validity: { validFrom: "2021-02-18", validTo: "2025-06-30" },
    mode: "replace",
    steps: [
      { duty: "decide", party: "districtChairman", responsible: true, legalRef: DISTRICT },
      { duty: "inform", party: "steeringBoard", legalRef: DISTRICT },
    ],
    legalRef: DISTRICT,
  },
  {
    id: "fixture/commune",
    level: "commune",
    validity: { validFrom: "2021-02-18", validTo: "2025-06-30" },
    mode: "support",
    units: ["UBND xã Mẫu"],
    steps: [{ duty: "decide", party: "provincialPeoplesCommittee", legalRef: COMMUNE }],
    legalRef: COMMUNE,
  },
];

const sourced = <T>(value: T, legalRef: LegalRef) => ({ value, legalRef, verified: legalRef.verified });

/** The fixture province's handover rules. */
export const rules: HandoverRules = {
  authorities: { ...sourced(authorities, ref("authorities")), plugins: ["national", "province-fixture"] },
  exceptions: sourced(
    [
      {
        id: "keeps",
        agencyIds: ["SNV"],
        level: "province" as const,
        effect: "untilOwnProposal" as const,
        legalRef: ref("keeps its civil servants"),
      },
      {
        id: "separate",
        agencyIds: ["SGDDT"],
        level: "province" as const,
        effect: "separateProcedure" as const,
        steps: [
          {
            duty: "decide" as const,
            party: "provincialPeoplesCommittee" as const,
            legalRef: ref("separate document not read", false),
          },
        ],
        legalRef: ref("separate procedure"),
      },
    ],
    ref("exceptions"),
  ),
  learning: sourced(
    { minMonths: 2, maxMonths: 3, untilProficient: true },
    ref("2-3 months or until proficient"),
  ),
  assessors: sourced(["pilotUnitHead" as const, "centreDirector" as const], ref("assessors")),
};
