/**
 * Hand-written staffing slices for the mechanism tests: the shape a composed rulebook gives
 * (`sliceOf(rulebook, "staffing")`), with made-up sources. The seed provinces' own figures are
 * tested in their plugins (packages/provinces/<slug>/test).
 */
import type { LegalRef } from "@motcua/core";
import type { StaffingRules } from "@motcua/staffing";

export const ref = (note: string, verified = true): LegalRef => ({
  document: "Kế hoạch 1/KH-UBND (fixture)",
  verified,
  note,
});
const rule = <T>(value: T, legalRef: LegalRef) => ({ value, legalRef, verified: legalRef.verified });

/** Shaped like Hà Tĩnh's phase II plan: 1–3 domains each, at least 15–20 dossiers each, one spare. */
export const workloadRules: StaffingRules = {
  domainsPerEmployee: rule({ min: 1, max: 3 }, ref("1-3 domains")),
  minimumWorkload: rule({ min: 15, max: 20 }, ref("at least 15-20 dossiers a day")),
  reserve: rule({ kind: "extra" as const, extra: 1 }, ref("spare staff, no figure: one (a reading)", false)),
  qualifications: rule([{ id: "trainedInProcedures", vi: "Được đào tạo", en: "Trained" }], ref("trained")),
};

/** Shaped like Vĩnh Phúc's plan: many domains each, pool twice the staff. */
export const manyDomainsRules: StaffingRules = {
  domainsPerEmployee: rule({ min: 1 }, ref("many domains")),
  reserve: rule({ kind: "factor" as const, factor: 2 }, ref("2x reserve")),
  qualifications: rule(
    [
      { id: "universityDegree", vi: "Trình độ đại học trở lên", en: "University degree or higher" },
      { id: "personalDigitalSignature", vi: "Chữ ký số cá nhân", en: "Personal digital signature" },
      { id: "trainedInProcedures", vi: "Được đào tạo", en: "Trained" },
    ],
    ref("qualifications"),
  ),
};

const placeholder: LegalRef = {
  document: "Quyết định 2133/QĐ-BTTTT",
  verified: false,
  note: "test placeholder, not the decision's figure",
};

/** An activity-time model with placeholder (unverified) figures. */
export const activityRules: StaffingRules = {
  activityMinutes: rule({ guidance: 5, receipt: 10, digitisationPerPage: 0.5, return: 5 }, placeholder),
  workingMinutesPerDay: rule(480, placeholder),
};

/** A capacity: one employee can receive 15 dossiers a day (no source gives one; a test value). */
export const capacityRules: StaffingRules = {
  capacityPerEmployee: rule(15, ref("capacity (test value)", false)),
};

/** Observed civil servants freed, per level. */
export const freedRules: StaffingRules = {
  civilServantsFreed: rule(
    [
      { level: "province" as const, min: 10, max: 10 },
      { level: "district" as const, min: 2, max: 8 },
    ],
    ref("observed in the review"),
  ),
};
