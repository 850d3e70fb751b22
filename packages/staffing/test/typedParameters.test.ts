// Type-level tests (issue 17): planStaffing takes a typed input and the staffing rules, so a
// misspelt level or field is a compile error (the file is typechecked by `tsc -p tsconfig.json`).
import { describe, expect, expectTypeOf, it } from "vitest";
import { planStaffing, type StaffingInput, type StaffingRules } from "@motcua/staffing";

describe("staffing: typed parameters", () => {
  it("planStaffing takes a StaffingInput and the staffing rules", () => {
    expectTypeOf(planStaffing).parameter(0).toEqualTypeOf<StaffingInput>();
    expectTypeOf(planStaffing).parameter(1).toEqualTypeOf<StaffingRules>();
    const typos = (rules: StaffingRules) => {
      // @ts-expect-error "huyen" is not a level
      planStaffing({ level: "huyen", volumes: [{ domain: "Tư pháp", dossiersPerDay: 30 }] }, rules);
      // @ts-expect-error dossiersPerDay is a number
      planStaffing({ level: "district", volumes: [{ domain: "Tư pháp", dossiersPerDay: "30" }] }, rules);
      // @ts-expect-error "dossierPerDay" is not a field
      planStaffing({ level: "district", volumes: [{ domain: "Tư pháp", dossierPerDay: 30 }] }, rules);
      planStaffing({ level: "district", volumes: [{ domain: "Tư pháp", dossiersPerDay: 30 }] }, rules);
    };
    expect(typeof typos).toBe("function");
  });
});
